/**
 * Blocks → one self-contained HTML page: styles inline, every plot's SVG inline, nothing fetched from anywhere, so
 * the file can be mailed or archived on its own.
 */
import { spans } from './document.js';
import { escapeHtml, slug } from './format.js';
const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 1.9em; margin: 0.4em 0 0.6em; line-height: 1.25; }
h2 { font-size: 1.4em; margin-top: 2em; padding-bottom: 0.25em; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.12em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: 0.8em 0 1.2em; font-size: 0.92em; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; vertical-align: top; }
th { background: #f6f8fa; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafbfc; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0.1em 0.3em; border-radius: 4px; }
.warning { border-left: 6px solid #cf222e; background: #ffebe9; padding: 10px 14px; margin: 1em 0; font-weight: 600; }
nav.toc { background: #f6f8fa; border: 1px solid #d0d7de; padding: 8px 16px; margin: 1em 0; font-size: 0.92em; }
nav.toc ul { margin: 0.3em 0; padding-left: 1.2em; columns: 2; }
figure { margin: 1.2em 0 2em; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #57606a; font-size: 0.9em; margin-top: 0.4em; }
`.trim();
function inline(content) {
    return spans(content)
        .map((s) => {
        if (typeof s === 'string')
            return escapeHtml(s);
        const t = escapeHtml(s.text);
        if (s.code)
            return `<code>${t}</code>`;
        return s.strong ? `<strong>${t}</strong>` : t;
    })
        .join('');
}
function block(b, plots, ids) {
    switch (b.kind) {
        case 'heading': {
            const id = ids.get(b);
            return `<h${b.level}${id ? ` id="${id}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
        }
        case 'paragraph':
            return `<p>${inline(b.content)}</p>`;
        case 'warning':
            return `<div class="warning" role="alert">⚠ Warning: ${inline(b.content)}</div>`;
        case 'list':
            return `<ul>\n${b.items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`;
        case 'table': {
            const cls = (i) => (b.columns[i].align === 'right' ? ' class="num"' : '');
            const head = b.columns.map((c, i) => `<th${cls(i)}>${escapeHtml(c.header)}</th>`).join('');
            const rows = b.rows.map((r) => `<tr>${b.columns.map((_, i) => `<td${cls(i)}>${inline(r[i] ?? '')}</td>`).join('')}</tr>`);
            return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
        }
        case 'figure': {
            const svg = plots[b.plot];
            const body = svg ?? `<p>(plot ${escapeHtml(b.plot)} missing)</p>`;
            return `<figure role="img" aria-label="${escapeHtml(b.alt)}">\n${body}\n<figcaption>${inline(b.caption)}</figcaption>\n</figure>`;
        }
    }
}
/** The page; `plots` maps each figure's key to its SVG text. The first level-1 heading is the page title. */
export function renderHtml(blocks, plots) {
    const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
    const ids = new Map();
    const used = new Set();
    for (const b of blocks) {
        if (b.kind !== 'heading' || b.level === 1)
            continue;
        let id = slug(b.text);
        for (let k = 2; used.has(id); k++)
            id = `${slug(b.text)}-${k}`;
        used.add(id);
        ids.set(b, id);
    }
    const sections = blocks.filter((b) => b.kind === 'heading' && b.level === 2);
    const toc = sections.length
        ? `<nav class="toc"><strong>Contents</strong>\n<ul>\n${sections
            .map((b) => `  <li><a href="#${ids.get(b)}">${escapeHtml(b.kind === 'heading' ? b.text : '')}</a></li>`)
            .join('\n')}\n</ul></nav>`
        : '';
    const body = [];
    for (const b of blocks) {
        body.push(block(b, plots, ids));
        if (b === title)
            body.push(toc);
    }
    if (!title)
        body.unshift(toc);
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title && title.kind === 'heading' ? title.text : 'Experiment report')}</title>`,
        `<style>\n${CSS}\n</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body.filter((s) => s !== ''),
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
//# sourceMappingURL=html.js.map