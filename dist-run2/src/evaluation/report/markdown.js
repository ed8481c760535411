/** Blocks → GitHub-flavoured markdown. Plots are linked as `plots/<key>.svg` files beside report.md. */
import { spans } from './document.js';
import { escapeMarkdown, escapeMarkdownLineStart } from './format.js';
function inline(content, lineStart = false) {
    const out = spans(content)
        .map((s) => {
        if (typeof s === 'string')
            return escapeMarkdown(s);
        if (s.code)
            return codeSpan(s.text);
        const t = escapeMarkdown(s.text);
        if (!s.strong || !t.trim())
            return t;
        // CommonMark only closes ** that does not follow whitespace: keep edge spaces outside the markers.
        const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(t) ?? ['', '', t, ''];
        return `${lead}**${body}**${trail}`;
    })
        .join('');
    return lineStart ? escapeMarkdownLineStart(out) : out;
}
/** A code span whose fence is longer than any backtick run inside it (CommonMark's rule). */
function codeSpan(text) {
    const t = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
function block(b) {
    switch (b.kind) {
        case 'heading':
            return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
        case 'paragraph':
            return inline(b.content, true);
        case 'warning':
            return `> **⚠ Warning:** ${inline(b.content)}`;
        case 'list':
            return b.items.map((item) => `- ${inline(item, true)}`).join('\n');
        case 'table': {
            const header = `| ${b.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`;
            const rule = `| ${b.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
            const rows = b.rows.map((r) => `| ${b.columns.map((_, i) => inline(r[i] ?? '')).join(' | ')} |`);
            return [header, rule, ...rows].join('\n');
        }
        case 'figure':
            return `![${escapeMarkdown(b.alt)}](plots/${encodeURIComponent(b.plot)}.svg)\n\n*${inline(b.caption)}*`;
    }
}
export function renderMarkdown(blocks) {
    return `${blocks.map(block).join('\n\n')}\n`;
}
//# sourceMappingURL=markdown.js.map