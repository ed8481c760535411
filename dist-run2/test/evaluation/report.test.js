import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport, writeReport } from '../../src/evaluation/report.js';
import { escapeMarkdown, escapeMarkdownLineStart, meanStdPct } from '../../src/evaluation/report/format.js';
import { VoeError } from '../../src/errors.js';
import { FIXTURE_MODELS, resultsFixture } from '../helpers/results-fixture.js';
const SECTIONS = [
    'Summary',
    'Protocol and method',
    'Results',
    'Significance',
    'Per-class results',
    'Strengths and limitations',
    'Recommendations',
    'Plots',
];
/** The markdown between `## name` and the next level-2 heading. */
function section(markdown, name) {
    const start = markdown.indexOf(`\n## ${name}\n`);
    assert.ok(start >= 0, `section ${name} missing`);
    const end = markdown.indexOf('\n## ', start + 4);
    return markdown.slice(start, end < 0 ? undefined : end);
}
/** The default fixture's report, rendered once and shared (rendering plots is the slow part). */
let shared;
function defaultReport() {
    shared ??= (async () => {
        const results = resultsFixture();
        return { results, report: await renderReport(results) };
    })();
    return shared;
}
test('the report has every section, every model with its UA as formatted, and one plot per figure', async () => {
    const { results, report } = await defaultReport();
    for (const s of SECTIONS) {
        assert.match(report.markdown, new RegExp(`^## ${s}$`, 'm'), `markdown section ${s}`);
        assert.ok(report.html.includes(`>${s}</h2>`), `html section ${s}`);
    }
    assert.match(report.markdown, /^# Speech emotion recognition on RAVDESS: speaker-independent, 6 folds of whole speakers$/m);
    for (const m of Object.values(results.models)) {
        const ua = meanStdPct(m.ua);
        assert.match(ua, /^\d+\.\d ± \d+\.\d$/);
        assert.ok(report.markdown.includes(`| **${m.name}** | ${m.description} |`), `results row of ${m.name}`);
        assert.ok(section(report.markdown, 'Results').includes(ua), `UA ${ua} of ${m.name} in the results table`);
        assert.ok(report.html.includes(ua), `UA of ${m.name} in html`);
        assert.ok(report.markdown.includes(`(plots/confusion-${m.name}.svg)`), `confusion plot of ${m.name}`);
    }
    assert.deepEqual(Object.keys(report.plots).sort(), [
        'confusion-cnn',
        'confusion-ensemble',
        'confusion-rnn',
        'fold-ua',
        'per-class-f1',
        'training-curves',
    ]);
    // Method lines verbatim; the warning only for a leaky split.
    for (const line of results.method)
        assert.ok(report.markdown.includes(`- ${line}`), line);
    assert.ok(!report.markdown.includes('Warning'));
    assert.ok(!report.html.includes('class="warning"'));
    assert.ok(!/NaN|undefined|\[object/.test(report.markdown), 'no unformatted values');
});
test('the summary names the best model by mean UA, its lead, and what both tests say', async () => {
    const { results, report } = await defaultReport();
    const ranked = Object.values(results.models).sort((a, b) => b.ua.mean - a.ua.mean);
    const [best, second] = ranked;
    const summary = section(report.markdown, 'Summary');
    assert.ok(summary.includes(`**${best.name}** has the highest mean unweighted accuracy (UA)`), summary);
    assert.ok(summary.includes(`${(100 * (best.ua.mean - second.ua.mean)).toFixed(1)} percentage points ahead of the runner-up **${second.name}**`));
    const c = results.comparisons.find((x) => [x.a, x.b].includes(best.name) && [x.a, x.b].includes(second.name));
    assert.ok(c);
    const sigM = c.mcnemar.pValue < 0.05;
    const sigT = c.folds.pValue < 0.05;
    if (sigM && sigT)
        assert.match(summary, /significant at α = 0\.05 by both/);
    else if (!sigM && !sigT)
        assert.match(summary, /not significant at α = 0\.05 by either/);
    else
        assert.match(summary, /so it is not significant by both tests/);
});
test('swapping which model is best changes the summary and the recommendation', async () => {
    // The same fixture with the CNN made the strongest model and the ensemble the weakest.
    const models = FIXTURE_MODELS.map((m) => ({ ...m, accuracy: m.name === 'cnn' ? 0.72 : m.name === 'ensemble' ? 0.45 : m.accuracy }));
    const results = resultsFixture({ models });
    const report = await renderReport(results);
    const summary = section(report.markdown, 'Summary');
    assert.ok(summary.includes('**cnn** has the highest mean unweighted accuracy'), summary);
    assert.ok(!summary.includes('**ensemble** has the highest'));
    // The ensemble now trails the best base model, so the base model is recommended.
    assert.match(section(report.markdown, 'Recommendations'), /\*\*cnn\*\* suffices: the best ensemble, ensemble, does not beat it/);
});
test('the significance verdict follows the p-values: both, neither, one', async () => {
    const base = resultsFixture();
    const ranked = Object.values(base.models).sort((a, b) => b.ua.mean - a.ua.mean);
    const [best, second] = ranked;
    const withP = (mcnemarP, tP) => {
        const r = structuredClone(base);
        const c = r.comparisons.find((x) => [x.a, x.b].includes(best.name) && [x.a, x.b].includes(second.name));
        assert.ok(c);
        c.mcnemar.pValue = mcnemarP;
        c.folds.pValue = tP;
        return r;
    };
    const both = await renderReport(withP(0.001, 0.002));
    assert.match(section(both.markdown, 'Summary'), /significant at α = 0\.05 by both McNemar's test on the pooled test clips \(p = 0\.00100\) and the paired t-test over folds \(p = 0\.00200\)/);
    assert.match(section(both.markdown, 'Recommendations'), /Use \*\*ensemble\*\*: it beats the best base model cnn/);
    const neither = await renderReport(withP(0.4, 0.3));
    assert.match(section(neither.markdown, 'Summary'), /not significant at α = 0\.05 by either McNemar's test on the pooled test clips \(p = 0\.400\) or the paired t-test over folds \(p = 0\.300\)/);
    assert.match(section(neither.markdown, 'Recommendations'), /\*\*cnn\*\* suffices: ensemble leads it by .* but is not significantly better by both tests/);
    // A stricter α from the options changes the verdict on the same numbers.
    const strict = await renderReport(withP(0.03, 0.04), { alpha: 0.01 });
    assert.match(section(strict.markdown, 'Summary'), /not significant at α = 0\.01 by either/);
});
test('the significance section tabulates every comparison and states the 6-fold Wilcoxon floor', async () => {
    const { results, report } = await defaultReport();
    const sig = section(report.markdown, 'Significance');
    for (const c of results.comparisons) {
        assert.ok(sig.includes(`| ${c.a} | ${c.b} | ${c.mcnemar.aOnlyCorrect} | ${c.mcnemar.bOnlyCorrect} |`), `${c.a} vs ${c.b}`);
    }
    assert.match(sig, /cannot give p below 2\^\(1 − 6\) = 0\.0313/);
    assert.match(sig, /Bonferroni/);
});
test('per-class results name the hardest emotion and the top confusions of the best model with their shares', async () => {
    const { results, report } = await defaultReport();
    const perClass = section(report.markdown, 'Per-class results');
    // In the fixture sad is the hardest emotion (ease 0.55) and is mostly taken for neutral.
    assert.match(perClass, /Hardest by mean F1 over the 3 models: sad \(/);
    const best = Object.values(results.models).sort((a, b) => b.ua.mean - a.ua.mean)[0];
    const sad = results.classes.indexOf('sad');
    const neutral = results.classes.indexOf('neutral');
    const n = best.pooled.confusion[sad][neutral];
    const share = ((100 * n) / best.pooled.perClass[sad].support).toFixed(1);
    assert.ok(perClass.includes(`**sad → neutral**: ${n} clips (${share} % of the true class)`), perClass);
    // Sad's recall is below 40 % for every fixture model: the recommendation names it.
    assert.ok(best.pooled.perClass[sad].recall < 0.4);
    assert.match(section(report.markdown, 'Recommendations'), new RegExp(`Under 40 % recall with ${best.name}: sad \\(`));
});
test('the HTML is self-contained: every plot inline as SVG, no external resources', async () => {
    const { report } = await defaultReport();
    const keys = Object.keys(report.plots);
    assert.equal((report.html.match(/<svg\b/g) ?? []).length, keys.length);
    for (const k of keys) {
        assert.match(report.plots[k], /^<svg /);
        assert.ok(report.html.includes(report.plots[k]), `plot ${k} inline`);
    }
    const withoutNamespaces = report.html.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]*"/g, '');
    assert.ok(!/https?:\/\//.test(withoutNamespaces), 'no URL other than the SVG namespaces');
    assert.ok(!/<script|<link|<img|@import|<iframe/i.test(report.html));
    // Ids stay unique with several SVGs on one page.
    const ids = [...report.html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
});
test('a leaky protocol puts a warning in the summary and the protocol section', async () => {
    const report = await renderReport(resultsFixture({ leaky: true }));
    assert.match(section(report.markdown, 'Summary'), /> \*\*⚠ Warning:\*\* \*\*the split "speaker-dependent \(leaky\) random split, 6 folds" is leaky/);
    assert.match(section(report.markdown, 'Protocol and method'), /⚠ Warning/);
    assert.equal((report.html.match(/class="warning"/g) ?? []).length, 2);
    assert.match(section(report.markdown, 'Recommendations'), /Rerun with a speaker-independent split/);
});
test('one model, no curves, an emotion without clips and NaN values all render without inventing numbers', async () => {
    const results = resultsFixture({ models: [FIXTURE_MODELS[0]], noCurves: true, emptyClass: true });
    const cnn = results.models.cnn;
    cnn.folds[2].ua = NaN;
    cnn.wa = { ...cnn.wa, std: NaN };
    const report = await renderReport(results);
    assert.match(section(report.markdown, 'Significance'), /Only one model was evaluated/);
    assert.match(section(report.markdown, 'Summary'), /one model, \*\*cnn\*\*, reaches a mean unweighted accuracy \(UA\) of \d+\.\d %/);
    assert.match(section(report.markdown, 'Plots'), /No training curves were recorded/);
    assert.deepEqual(Object.keys(report.plots).sort(), ['confusion-cnn', 'fold-ua', 'per-class-f1']);
    // The empty emotion: n/a in the tables, named as unknown, not ranked; chance is over the 5 present emotions.
    assert.match(section(report.markdown, 'Per-class results'), /\| surprised \| 0 \| n\/a \|/);
    assert.match(report.markdown, /surprised has no test clips/);
    assert.match(section(report.markdown, 'Summary'), /chance 20\.0 %/);
    // The NaN fold and std print as n/a.
    assert.match(section(report.markdown, 'Results'), /\| 3 \| 05, 06 \| n\/a \|/);
    assert.ok(report.markdown.includes(`${(100 * cnn.wa.mean).toFixed(1)} ± n/a`));
    assert.ok(!/NaN/.test(report.markdown) && !/NaN/.test(report.html));
});
test('odd model names are escaped in HTML, markdown and SVG, and get safe plot file names', async () => {
    const odd = '<b>cnn & "rnn"</b>|*x*';
    const results = resultsFixture({ models: [{ ...FIXTURE_MODELS[0], name: odd }, FIXTURE_MODELS[1]], noCurves: true });
    const report = await renderReport(results);
    assert.ok(!report.html.includes('<b>'), 'raw tag in html');
    assert.ok(report.html.includes('&lt;b&gt;cnn &amp; &quot;rnn&quot;&lt;/b&gt;|*x*'));
    assert.ok(report.markdown.includes('\\<b>cnn & "rnn"\\</b>\\|\\*x\\*'));
    assert.ok('confusion-b-cnn-rnn-b-x' in report.plots, Object.keys(report.plots).join(', '));
    for (const svg of Object.values(report.plots))
        assert.ok(!svg.includes('<b>'), 'raw tag in svg');
});
test('markdown escaping keeps text literal without cluttering ordinary prose', () => {
    assert.equal(escapeMarkdown('a|b *c* _d_ [e] `f` <g> 5 < 6 & x'), 'a\\|b \\*c\\* \\_d\\_ \\[e\\] \\`f\\` \\<g> 5 < 6 & x');
    assert.equal(escapeMarkdown('&amp;'), '&amp;amp;');
    assert.equal(escapeMarkdown('line\nbreak'), 'line break');
    assert.equal(escapeMarkdownLineStart('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdownLineStart('1. not a list'), '1\\. not a list');
    assert.equal(escapeMarkdownLineStart('ensemble+functionals'), 'ensemble+functionals');
});
test('writeReport writes report.md, report.html and every plot into the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'voe-report-'));
    try {
        const results = resultsFixture();
        const out = join(dir, 'nested', 'run');
        const written = await writeReport(out, results);
        assert.deepEqual((await readdir(out)).sort(), ['plots', 'report.html', 'report.md']);
        const expected = await defaultReport();
        assert.equal(await readFile(join(out, 'report.md'), 'utf8'), expected.report.markdown);
        const html = await readFile(written.html, 'utf8');
        assert.match(html, /^<!DOCTYPE html>/);
        const plots = (await readdir(join(out, 'plots'))).sort();
        assert.deepEqual(plots, Object.keys(expected.report.plots).map((k) => `${k}.svg`).sort());
        for (const p of plots)
            assert.match(await readFile(join(out, 'plots', p), 'utf8'), /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        // Every image the markdown links exists.
        for (const m of expected.report.markdown.matchAll(/\]\((plots\/[^)]+)\)/g))
            assert.ok(plots.includes(m[1].slice('plots/'.length)), m[1]);
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
});
test('a file that is not experiment results is refused with a VoeError', async () => {
    const notResults = { kind: 'something-else' };
    await assert.rejects(renderReport(notResults), (e) => e instanceof VoeError && e.code === 'INVALID_ARGUMENT' && /not an experiment results/.test(e.message));
    const future = { ...resultsFixture(), version: 2 };
    await assert.rejects(renderReport(future), /version 2 is not supported/);
});
test('the fold-spread recommendation names each wide model once, and the widest only when there are several', async () => {
    const results = resultsFixture();
    const names = Object.keys(results.models);
    const withStd = (stds) => ({
        ...results,
        models: Object.fromEntries(names.map((n, i) => [n, { ...results.models[n], ua: { ...results.models[n].ua, std: stds[i] ?? 0.01 } }])),
    });
    const one = section((await renderReport(withStd([0.08]))).markdown, 'Recommendations');
    assert.ok(one.includes(`pp for ${names[0]}: 8.0 pp)`), one);
    assert.ok(!one.includes('; up to'), one);
    const two = section((await renderReport(withStd([0.08, 0.06]))).markdown, 'Recommendations');
    assert.ok(two.includes(`; up to 8.0 pp for ${names[0]})`), two);
});
//# sourceMappingURL=report.test.js.map