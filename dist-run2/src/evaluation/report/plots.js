/**
 * The report's plots as Vega-Lite specs, compiled to Vega and rendered to SVG in Node (no browser, no canvas):
 * `vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' }).toSVG()`. Each spec is a pure function of
 * the results; model colours follow the order of `results.models` so a model has one colour in every plot.
 *
 * Data values may hold any text (model names, emotion labels): Vega escapes them in the SVG. Field names are ours
 * and plain, since Vega-Lite gives '.', '[' and '\' in field names a meaning.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { chanceUa } from './analysis.js';
import { isNumber } from './format.js';
/** Tableau 10, the Vega default categorical scheme, written out so that a model's colour is fixed by its index. */
const PALETTE = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];
const FONT = 'Helvetica, Arial, sans-serif';
const CONFIG = {
    font: FONT,
    background: 'white',
    padding: 12,
    view: { stroke: null },
    title: { fontSize: 16, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 12, subtitleColor: '#555', offset: 12 },
    axis: { labelFontSize: 12, titleFontSize: 13, titleFontWeight: 'normal', titlePadding: 10, gridColor: '#e6e6e6' },
    legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 320 },
    header: { labelFontSize: 13, titleFontSize: 13 },
};
export function modelColor(index) {
    return PALETTE[index % PALETTE.length];
}
/** One confusion matrix: rows true emotion, columns predicted, cell colour and first line the row-normalised recall. */
export function confusionSpec(results, model, key) {
    const folds = model.folds.length;
    return confusionMatrixSpec(results.classes, results.classes, model.pooled.confusion, {
        key,
        title: `Confusion matrix: ${model.name}`,
        subtitle: `${model.pooled.n} test clips pooled over ${folds} fold${folds === 1 ? '' : 's'}; cell: % of the true class (clips)`,
        caption: `Confusion matrix of ${model.name}, all test folds pooled: true emotion down, predicted across; each cell gives the share of the true class (row-normalised recall) and the clip count.`,
    });
}
/**
 * A confusion matrix of `confusion[i][j]` clips of true class `rows[i]` predicted as `cols[j]`; rows and columns may
 * differ (a model scored on a corpus with fewer classes than it predicts).
 */
export function confusionMatrixSpec(rows, cols, confusion, text) {
    const cells = [];
    rows.forEach((t, i) => {
        const row = confusion[i] ?? [];
        const support = row.reduce((s, x) => s + x, 0);
        cols.forEach((p, j) => {
            const count = row[j] ?? 0;
            const percent = support > 0 ? (100 * count) / support : null;
            cells.push({ truth: t, predicted: p, percent, count, label: percent === null ? 'no test\nclips' : `${percent.toFixed(0)} %\n(${count})` });
        });
    });
    const side = Math.max(44, Math.min(64, Math.round(480 / Math.max(1, cols.length, rows.length))));
    // Horizontal x labels when the longest fits in a cell (about 7 px per character at 12 px), else slanted.
    const labelAngle = Math.max(0, ...cols.map((c) => c.length)) * 7 <= side ? 0 : -35;
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        title: { text: text.title, subtitle: text.subtitle },
        data: { values: cells },
        width: side * cols.length,
        height: side * rows.length,
        encoding: {
            x: { field: 'predicted', type: 'nominal', sort: cols, title: 'Predicted emotion', axis: { labelAngle, domain: false, ticks: false } },
            y: { field: 'truth', type: 'nominal', sort: rows, title: 'True emotion', axis: { domain: false, ticks: false } },
        },
        layer: [
            {
                mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 },
                encoding: {
                    color: {
                        field: 'percent',
                        type: 'quantitative',
                        scale: { domain: [0, 100], scheme: 'blues' },
                        legend: { title: 'Recall (%)', gradientLength: Math.max(120, side * rows.length - 20) },
                    },
                },
            },
            {
                mark: { type: 'text', fontSize: side >= 56 ? 12 : 11, lineBreak: '\n', baseline: 'middle', lineHeight: 14, dy: -6 },
                encoding: {
                    text: { field: 'label', type: 'nominal' },
                    color: {
                        condition: [
                            { test: 'datum.percent === null', value: '#999' },
                            { test: 'datum.percent > 55', value: 'white' },
                        ],
                        value: '#222',
                    },
                },
            },
        ],
    };
    return { key: text.key, title: text.title, caption: text.caption, spec };
}
export function perClassF1Spec(results, models) {
    const names = models.map((m) => m.name);
    const values = [];
    for (const m of models) {
        results.classes.forEach((c, i) => {
            const r = m.pooled.perClass[i];
            values.push({ emotion: c, model: m.name, f1: r && r.support > 0 && isNumber(r.f1) ? 100 * r.f1 : null });
        });
    }
    const groupWidth = Math.max(40, 16 * models.length + 14);
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        title: { text: 'F1 by emotion and model', subtitle: 'Pooled over all test folds; emotions without test clips are left empty' },
        data: { values },
        width: Math.max(360, groupWidth * results.classes.length),
        height: 280,
        mark: { type: 'bar', cornerRadiusEnd: 1 },
        encoding: {
            x: { field: 'emotion', type: 'nominal', sort: results.classes, title: 'Emotion', axis: { labelAngle: -30 } },
            xOffset: { field: 'model', type: 'nominal', sort: names },
            y: { field: 'f1', type: 'quantitative', title: 'F1 (%)', scale: { domain: [0, 100] } },
            color: { field: 'model', type: 'nominal', sort: names, scale: { domain: names, range: names.map((_, i) => modelColor(i)) }, legend: { title: 'Model', orient: 'right' } },
        },
    };
    return { key: 'per-class-f1', title: 'F1 by emotion', caption: 'Per-emotion F1 of every model, all test folds pooled.', spec };
}
/** UA on each outer fold, one line per model; the legend carries each model's mean ± std. */
export function foldUaSpec(results, models) {
    const labels = models.map((m) => `${m.name}: ${isNumber(m.ua.mean) ? `${(100 * m.ua.mean).toFixed(1)} ± ${(100 * m.ua.std).toFixed(1)} %` : 'n/a'}`);
    const nFolds = Math.max(0, ...models.map((m) => m.folds.length));
    const foldNames = Array.from({ length: nFolds }, (_, k) => `Fold ${k + 1}`);
    const values = [];
    models.forEach((m, i) => {
        m.folds.forEach((f, k) => {
            if (isNumber(f.ua))
                values.push({ fold: foldNames[k], model: labels[i], ua: 100 * f.ua });
        });
    });
    const chance = isNumber(chanceUa(results)) ? 100 * chanceUa(results) : null;
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        title: {
            text: 'Unweighted accuracy per test fold',
            subtitle: `${results.protocol.label}${chance !== null ? `; chance is ${chance.toFixed(1)} %` : ''}`,
        },
        data: { values },
        width: Math.max(360, 70 * nFolds),
        height: 280,
        encoding: {
            x: { field: 'fold', type: 'ordinal', sort: foldNames, title: 'Test fold', axis: { labelAngle: 0 } },
            y: { field: 'ua', type: 'quantitative', title: 'UA (%)', scale: { zero: false, nice: true } },
            color: {
                field: 'model',
                type: 'nominal',
                sort: labels,
                scale: { domain: labels, range: labels.map((_, i) => modelColor(i)) },
                legend: { title: 'Model: mean ± std', orient: 'right' },
            },
        },
        layer: [{ mark: { type: 'line', strokeWidth: 2 } }, { mark: { type: 'point', filled: true, size: 60 } }],
    };
    return { key: 'fold-ua', title: 'UA per fold', caption: 'UA of every model on each test fold (whole speakers held out), with each model’s mean ± std in the legend.', spec };
}
/**
 * Training curves: one column per model, rows training loss and validation UA by epoch. Every run (outer/inner
 * fold, final) is a thin line; the bold line is the mean over the runs still training at that epoch (early stopping
 * ends runs at different epochs, so late epochs average fewer runs); dots mark each run's best (kept) epoch.
 */
export function curvesSpec(results, models) {
    const curves = (results.curves ?? []).filter((c) => c.points.length > 0);
    if (curves.length === 0)
        return null;
    const order = [];
    for (const m of models)
        if (curves.some((c) => c.model === m.name))
            order.push(m.name);
    for (const c of curves)
        if (!order.includes(c.model))
            order.push(c.model);
    const colorOf = (name) => {
        const i = models.findIndex((m) => m.name === name);
        return modelColor(i >= 0 ? i : models.length + order.indexOf(name));
    };
    const LOSS = 'Training loss';
    const UA = 'Validation UA (%)';
    const values = [];
    for (const c of curves) {
        const run = `${c.model} / ${c.run}`;
        for (const p of c.points) {
            const best = p.epoch === c.bestEpoch;
            if (isNumber(p.loss))
                values.push({ model: c.model, run, epoch: p.epoch, metric: LOSS, value: p.loss, best });
            if (isNumber(p.valUa))
                values.push({ model: c.model, run, epoch: p.epoch, metric: UA, value: 100 * p.valUa, best });
        }
    }
    const runs = new Set(curves.map((c) => `${c.model} / ${c.run}`)).size;
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        config: CONFIG,
        title: {
            text: 'Training curves',
            subtitle: `${runs} training run${runs === 1 ? '' : 's'}: thin lines per run, bold the mean over runs still training, dots the best (kept) epoch`,
        },
        data: { values },
        facet: {
            row: { field: 'metric', type: 'nominal', sort: [LOSS, UA], title: null, header: { labelAngle: -90, labelAlign: 'center', labelFontWeight: 'bold' } },
            column: { field: 'model', type: 'nominal', sort: order, title: null, header: { labelFontWeight: 'bold' } },
        },
        spec: {
            width: 300,
            height: 170,
            encoding: {
                x: { field: 'epoch', type: 'quantitative', title: 'Epoch', axis: { tickMinStep: 1 } },
                y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } },
                color: { field: 'model', type: 'nominal', scale: { domain: order, range: order.map(colorOf) }, legend: null },
            },
            layer: [
                { mark: { type: 'line', strokeWidth: 1, opacity: 0.35 }, encoding: { detail: { field: 'run', type: 'nominal' } } },
                {
                    mark: { type: 'line', strokeWidth: 2.5 },
                    encoding: { y: { aggregate: 'mean', field: 'value', type: 'quantitative', title: null } },
                },
                {
                    transform: [{ filter: 'datum.best' }],
                    mark: { type: 'point', filled: true, size: 28, color: '#222', opacity: 0.8 },
                    encoding: { color: { value: '#222' } },
                },
            ],
        },
        resolve: { scale: { y: 'independent' } },
    };
    return {
        key: 'training-curves',
        title: 'Training curves',
        caption: values.some((v) => v.metric === UA)
            ? `Training loss and validation UA by epoch for ${runs} training run${runs === 1 ? '' : 's'}; the bold line is the mean over runs still training at that epoch, dots mark the epoch each run kept.`
            : `Training loss by epoch for ${runs} training run${runs === 1 ? '' : 's'} (no validation speakers: each run kept its last epoch); the bold line is the mean over runs.`,
        spec,
    };
}
/**
 * Helvetica's advance widths for ASCII 32 … 126, in 1/1000 em (Adobe's Helvetica AFM, one of the PDF core 14
 * fonts). Without a canvas, Vega guesses every character at 0.8 em, which makes every title, legend and axis
 * twice as wide as drawn and leaves the SVG half empty; Vega lets a caller supply `textMetrics.width` instead
 * (as vl-convert does).
 */
const HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
/** Viewers without Helvetica substitute Arial (same widths) or DejaVu Sans (wider): leave a little room. */
const WIDTH_MARGIN = 1.06;
function textWidth(item, text) {
    const s = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    let units = 0;
    for (const ch of s) {
        const c = ch.codePointAt(0) ?? 0;
        units += c >= 32 && c <= 126 ? HELVETICA[c - 32] : 600;
    }
    const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
    const width = (units / 1000) * size * (bold ? 1.08 : 1) * WIDTH_MARGIN;
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}
const metrics = vega.textMetrics;
/**
 * Vega's SVG ids (legend gradients, clip paths) come from counters, so two inline SVGs in one HTML page could share
 * one; prefixing every id with the plot's key keeps them apart.
 */
function prefixIds(svg, prefix) {
    return svg
        .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
        .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
        .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}
/** Compiles and renders one Vega-Lite spec to SVG text. */
export async function renderSvg(spec, idPrefix) {
    const compiled = vl.compile(spec).spec;
    const previous = metrics.width;
    metrics.width = textWidth;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
        return prefixIds(await view.toSVG(), idPrefix);
    }
    finally {
        view.finalize();
        metrics.width = previous;
    }
}
/** Every plot the results support, in report order. */
export function plotSpecs(results, models, confusionKeys) {
    const specs = models.map((m, i) => confusionSpec(results, m, confusionKeys[i]));
    if (models.length > 0)
        specs.push(perClassF1Spec(results, models), foldUaSpec(results, models));
    const curves = curvesSpec(results, models);
    if (curves)
        specs.push(curves);
    return specs;
}
//# sourceMappingURL=plots.js.map