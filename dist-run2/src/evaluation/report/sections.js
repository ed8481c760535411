import { chanceUa, classF1, classRecall, classSupport, corpusTitle, foldCount, sortClasses, speakerList, topConfusions, wilcoxonFloor, } from './analysis.js';
import { heading, list, paragraph, strong } from './document.js';
import { duration, isNumber, joinAnd, meanStdPct, num, pct, pctText, plural, pp, pValue } from './format.js';
/** Table cell: bold when it is the best of its column or row. */
function cell(text, best) {
    return best ? strong(text) : text;
}
/** Indices of the largest finite values (all of them on a tie); none when fewer than two values compete. */
function bestIndices(values) {
    const finite = values.filter(isNumber);
    if (finite.length < 2)
        return new Set();
    const top = Math.max(...finite);
    return new Set(values.flatMap((v, i) => (v === top ? [i] : [])));
}
export function leakyWarning(results) {
    return [
        strong(`the split "${results.protocol.label}" is leaky (speaker-dependent).`),
        ' Clips of the same speakers are in both training and test sets, so every number below overstates how the models do on speakers they have not heard. Do not compare these results with speaker-independent ones.',
    ];
}
export function protocolSection(results) {
    const c = results.corpus;
    const emotions = Object.entries(c.emotions ?? {});
    const f = foldCount(results);
    const blocks = [heading(2, 'Protocol and method')];
    if (results.protocol.leaky)
        blocks.push({ kind: 'warning', content: leakyWarning(results) });
    const m = results.machine;
    blocks.push(list([
        [
            strong('Corpus:'),
            ` ${corpusTitle(c.name)}: ${plural(c.utterances, 'utterance')} from ${plural(c.speakers, 'speaker')}, ${plural(results.classes.length, 'emotion')}`,
            emotions.length ? ` (${emotions.map(([e, n]) => `${e} ${n}`).join(', ')})` : '',
            `; ${plural(c.skipped, 'file')} skipped.`,
        ],
        [strong('Split:'), ` ${results.protocol.label} (${plural(f, 'fold')}, protocol ${results.protocol.name}).`],
        [strong('Seed:'), ` ${results.seed}`],
        [strong('Machine:'), ` ${m.cpu}, ${plural(m.cores, 'core')}, Node ${m.node}, compute backend ${m.backend}.`],
        [strong('Run:'), ` started ${results.startedAt}, wall time ${duration(results.wallSeconds)}.`],
    ]));
    blocks.push(heading(3, 'Method'));
    const method = results.method ?? [];
    blocks.push(method.length ? list(method) : paragraph('No method description was recorded with these results.'));
    return blocks;
}
export function resultsSection(results, models) {
    const f = foldCount(results);
    const chance = chanceUa(results);
    const bestWa = bestIndices(models.map((m) => m.wa.mean));
    const bestUa = bestIndices(models.map((m) => m.ua.mean));
    const bestF1 = bestIndices(models.map((m) => m.macroF1.mean));
    const bestPooled = bestIndices(models.map((m) => m.pooled.ua));
    const empty = results.classes.filter((_, i) => classSupport(models, i) === 0);
    const blocks = [
        heading(2, 'Results'),
        paragraph(`Mean ± sample standard deviation over the ${plural(f, 'test fold')}, in percent. WA: accuracy over clips; UA: mean recall over the emotions with test clips (chance ${pctText(chance)}); macro-F1: mean F1 over all ${plural(results.classes.length, 'emotion')}${empty.length ? `, counting ${joinAnd(empty)} (no test clips) as F1 = 0 as sklearn does, which lowers it` : ''}. Pooled UA: every fold's test predictions in one confusion matrix. Best per column in bold.`),
        {
            kind: 'table',
            columns: [
                { header: 'Model' },
                { header: 'Description' },
                { header: 'WA (%)', align: 'right' },
                { header: 'UA (%)', align: 'right' },
                { header: 'Macro-F1 (%)', align: 'right' },
                { header: 'Pooled UA (%)', align: 'right' },
            ],
            rows: models.map((m, i) => [
                strong(m.name),
                m.description ?? '',
                cell(meanStdPct(m.wa), bestWa.has(i)),
                cell(meanStdPct(m.ua), bestUa.has(i)),
                cell(meanStdPct(m.macroF1), bestF1.has(i)),
                cell(pct(m.pooled.ua), bestPooled.has(i)),
            ]),
        },
        heading(3, 'UA per fold'),
        paragraph(`UA (%) of each model on each fold’s ${results.protocol.leaky ? 'test clips (from speakers also seen in training)' : 'held-out speakers'}; best per fold in bold.`),
    ];
    const rows = [];
    for (let k = 0; k < f; k++) {
        const values = models.map((m) => m.folds[k]?.ua ?? NaN);
        const best = bestIndices(values);
        const speakers = results.protocol.folds[k]?.testSpeakers ?? models.find((m) => m.folds[k])?.folds[k].testSpeakers ?? [];
        rows.push([String(k + 1), speakerList(speakers), ...values.map((v, i) => cell(pct(v), best.has(i)))]);
    }
    blocks.push({
        kind: 'table',
        columns: [{ header: 'Fold', align: 'right' }, { header: 'Test speakers' }, ...models.map((m) => ({ header: m.name, align: 'right' }))],
        rows,
    });
    return blocks;
}
export function significanceSection(results, models, options) {
    const blocks = [heading(2, 'Significance')];
    const comparisons = results.comparisons ?? [];
    if (models.length < 2) {
        blocks.push(paragraph('Only one model was evaluated, so there is nothing to compare.'));
        return blocks;
    }
    if (comparisons.length === 0) {
        blocks.push(paragraph('No paired comparisons were recorded with these results.'));
        return blocks;
    }
    const a = options.alpha;
    blocks.push(paragraph(`Every recorded pair of models on the same test clips and folds. b and c count the pooled test clips that only A, or only B, gets right; McNemar's test uses only these (exact binomial test when b + c < 25, else χ² with continuity correction, 1 df). The fold tests pair the two models' UA fold by fold (difference A − B). p-values are two-sided; p < ${a} in bold.`));
    const p = (x) => (isNumber(x) && x < a ? strong(pValue(x)) : pValue(x));
    blocks.push({
        kind: 'table',
        columns: [
            { header: 'A' },
            { header: 'B' },
            { header: 'b: only A right', align: 'right' },
            { header: 'c: only B right', align: 'right' },
            { header: 'McNemar', align: 'right' },
            { header: 'McNemar p', align: 'right' },
            { header: 'UA A − B', align: 'right' },
            { header: 't', align: 'right' },
            { header: 'df', align: 'right' },
            { header: 't-test p', align: 'right' },
            { header: 'Wilcoxon p', align: 'right' },
        ],
        rows: comparisons.map((c) => [
            c.a,
            c.b,
            String(c.mcnemar.aOnlyCorrect),
            String(c.mcnemar.bOnlyCorrect),
            c.mcnemar.exact ? `exact, min = ${num(c.mcnemar.statistic)}` : `χ² = ${num(c.mcnemar.statistic)}`,
            p(c.mcnemar.pValue),
            pp(c.folds.meanDifference),
            num(c.folds.tStatistic),
            num(c.folds.df),
            p(c.folds.pValue),
            p(c.folds.wilcoxonPValue),
        ]),
    });
    blocks.push(heading(3, 'What these tests can and cannot show'));
    const pairs = Math.max(0, ...comparisons.map((c) => c.folds.df + 1));
    const floor = wilcoxonFloor(pairs);
    const caveats = [
        `With ${plural(pairs, 'fold')}, the exact Wilcoxon signed-rank test cannot give p below 2^(1 − ${pairs}) = ${pValue(floor)}, reached only when one model wins every fold${floor >= a
            ? `: at this fold count it can never reach α = ${a}, whatever the models do.`
            : `. A Wilcoxon p of ${pValue(floor)} is the strongest evidence ${plural(pairs, 'fold')} can give.`}`,
        `The paired t-test has ${plural(pairs - 1, 'degree')} of freedom and assumes normally distributed fold differences; with so few folds its power is low, and a non-significant result is not evidence that two models are equal.`,
        `McNemar's test counts every clip as independent evidence, but clips of one speaker are correlated, so its p-values are optimistic${results.protocol.leaky ? '' : ' under speaker-grouped folds'}; the fold tests are the conservative check.`,
    ];
    if (comparisons.length > 1) {
        const bonferroni = a / comparisons.length;
        const passM = comparisons.filter((c) => c.mcnemar.pValue < bonferroni).length;
        const passT = comparisons.filter((c) => c.folds.pValue < bonferroni).length;
        caveats.push(`${comparisons.length} comparisons were made: a Bonferroni-corrected threshold would be α/${comparisons.length} = ${pValue(bonferroni)}; ${passM} of them pass it by McNemar's test and ${passT} by the t-test.`);
    }
    blocks.push(list(caveats));
    return blocks;
}
export function perClassSection(results, models, best, options) {
    const blocks = [heading(2, 'Per-class results')];
    if (models.length === 0 || results.classes.length === 0) {
        blocks.push(paragraph('No per-class results were recorded.'));
        return blocks;
    }
    const table = (metric) => ({
        kind: 'table',
        columns: [{ header: 'Emotion' }, { header: 'Test clips', align: 'right' }, ...models.map((m) => ({ header: m.name, align: 'right' }))],
        rows: results.classes.map((c, i) => {
            const values = models.map((m) => metric(m, i));
            const top = bestIndices(values);
            return [c, String(classSupport(models, i)), ...values.map((v, j) => cell(pct(v), top.has(j)))];
        }),
    });
    blocks.push(paragraph('Pooled over all test folds, in percent; best per emotion in bold; n/a where an emotion has no test clips.'), heading(3, 'F1 by emotion'), table(classF1), heading(3, 'Recall by emotion'), table(classRecall), heading(3, 'Hardest and easiest emotions'));
    const meanF1 = (i) => {
        const v = models.map((m) => classF1(m, i)).filter(isNumber);
        return v.length ? v.reduce((s, x) => s + x, 0) / v.length : NaN;
    };
    const standing = sortClasses(results, meanF1);
    const empty = results.classes.filter((_, i) => classSupport(models, i) === 0);
    const lines = [];
    if (standing.length >= 2) {
        const n = Math.min(2, Math.floor(standing.length / 2));
        const show = (s) => `${s.name} (${pctText(s.value)})`;
        const over = models.length > 1 ? `mean F1 over the ${models.length} models` : `F1 of ${models[0].name}`;
        lines.push(`Hardest by ${over}: ${joinAnd(standing.slice(-n).reverse().map(show))}.`);
        lines.push(`Easiest: ${joinAnd(standing.slice(0, n).map(show))}.`);
    }
    else if (standing.length === 1) {
        lines.push(`Only ${standing[0].name} has test clips.`);
    }
    if (empty.length)
        lines.push(`${joinAnd(empty)} ${empty.length === 1 ? 'has' : 'have'} no test clips and ${empty.length === 1 ? 'is' : 'are'} left out of these rankings.`);
    blocks.push(lines.length ? list(lines) : paragraph('No emotion has test clips.'));
    if (best) {
        blocks.push(heading(3, `Most frequent confusions of ${best.name}`));
        const conf = topConfusions(results, best, options.topConfusions);
        blocks.push(conf.length
            ? list(conf.map((c) => [strong(`${c.truth} → ${c.predicted}`), `: ${plural(c.count, 'clip')} (${pctText(c.share)} of the true class)`]))
            : paragraph(`${best.name} confuses no emotions on the test clips.`));
    }
    return blocks;
}
export function plotsSection(specs, results) {
    const blocks = [heading(2, 'Plots')];
    const figure = (s) => ({ kind: 'figure', plot: s.key, alt: s.title, caption: s.caption });
    const confusion = specs.filter((s) => s.key.startsWith('confusion-'));
    if (confusion.length)
        blocks.push(heading(3, 'Confusion matrices'), ...confusion.map(figure));
    for (const [key, title] of [
        ['per-class-f1', 'F1 by emotion'],
        ['fold-ua', 'UA per fold'],
    ]) {
        const s = specs.find((x) => x.key === key);
        if (s)
            blocks.push(heading(3, title), figure(s));
    }
    blocks.push(heading(3, 'Training curves'));
    const curves = specs.find((s) => s.key === 'training-curves');
    if (curves)
        blocks.push(figure(curves));
    else
        blocks.push(paragraph(results.curves?.length ? 'The recorded training curves have no points.' : 'No training curves were recorded with these results.'));
    return blocks;
}
/**
 * With speech and song in one run: each model scored on each channel's clips alone, over that channel's classes
 * (RAVDESS song has no disgust or surprised), beside its pooled score.
 */
export function channelSection(results, models) {
    const byModel = results.channels;
    if (!byModel)
        return [];
    const channels = [...new Set(Object.values(byModel).flatMap((c) => Object.keys(c)))].sort();
    const rows = [];
    for (const m of models) {
        const scores = byModel[m.name];
        if (!scores)
            continue;
        rows.push([strong(m.name), meanStdPct(m.ua), ...channels.flatMap((ch) => (scores[ch] ? [meanStdPct(scores[ch].wa), meanStdPct(scores[ch].ua), meanStdPct(scores[ch].macroF1)] : ['', '', '']))]);
    }
    const first = Object.values(byModel)[0];
    return [
        heading(3, 'Per vocal channel'),
        paragraph(`Each model on ${joinAnd(channels.map((ch) => `the ${ch} clips alone (${first[ch]?.n ?? 0} clips; ${first[ch]?.classes.length ?? 0} classes: ${first[ch]?.classes.join(', ') ?? ''})`))}, mean ± std over the folds; UA and macro-F1 over that channel's classes only. Pooled: every clip.`),
        {
            kind: 'table',
            columns: [
                { header: 'Model' },
                { header: 'UA pooled (%)', align: 'right' },
                ...channels.flatMap((ch) => [
                    { header: `${ch} WA (%)`, align: 'right' },
                    { header: `${ch} UA (%)`, align: 'right' },
                    { header: `${ch} macro-F1 (%)`, align: 'right' },
                ]),
            ],
            rows,
        },
    ];
}
//# sourceMappingURL=sections.js.map