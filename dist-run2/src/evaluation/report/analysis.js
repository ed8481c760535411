import { isNumber } from './format.js';
export const DEFAULT_REPORT_OPTIONS = { alpha: 0.05, lowRecall: 0.4, largeFoldStd: 0.05, topConfusions: 5 };
export function modelList(results) {
    return Object.values(results.models ?? {});
}
/** Models by mean UA, best first; models without a UA last, in their given order. */
export function rankByUa(models) {
    return models
        .map((m, i) => ({ m, i }))
        .sort((x, y) => {
        const a = x.m.ua.mean;
        const b = y.m.ua.mean;
        if (isNumber(a) && isNumber(b) && a !== b)
            return b - a;
        if (isNumber(a) !== isNumber(b))
            return isNumber(a) ? -1 : 1;
        return x.i - y.i;
    })
        .map((x) => x.m);
}
/** Whether a model combines others: its `role`, else its name ('ensemble', 'stack…', 'average', 'vote'). */
export function isEnsemble(m) {
    if (m.role)
        return m.role === 'ensemble';
    return /ensemble|stack|average|voting|vote/i.test(m.name);
}
export function orient(c, x) {
    const flip = c.a !== x;
    return {
        x: flip ? c.b : c.a,
        y: flip ? c.a : c.b,
        xOnly: flip ? c.mcnemar.bOnlyCorrect : c.mcnemar.aOnlyCorrect,
        yOnly: flip ? c.mcnemar.aOnlyCorrect : c.mcnemar.bOnlyCorrect,
        mcnemarStatistic: c.mcnemar.statistic,
        mcnemarP: c.mcnemar.pValue,
        exact: c.mcnemar.exact,
        meanDifference: flip ? -c.folds.meanDifference : c.folds.meanDifference,
        t: flip ? -c.folds.tStatistic : c.folds.tStatistic,
        df: c.folds.df,
        tP: c.folds.pValue,
        wilcoxonP: c.folds.wilcoxonPValue,
    };
}
/** The recorded comparison of x with y, from x's side, or null. */
export function findComparison(results, x, y) {
    const c = (results.comparisons ?? []).find((c) => (c.a === x && c.b === y) || (c.a === y && c.b === x));
    return c ? orient(c, x) : null;
}
export function verdict(c, alpha) {
    const sig = (p) => isNumber(p) && p < alpha;
    const mcnemar = sig(c.mcnemarP);
    const tTest = sig(c.tP);
    return { mcnemar, tTest, wilcoxon: sig(c.wilcoxonP), both: mcnemar && tTest };
}
/** Number of outer folds: the protocol's, else the most any model reports. */
export function foldCount(results) {
    const fromProtocol = results.protocol?.folds?.length ?? 0;
    return fromProtocol > 0 ? fromProtocol : Math.max(0, ...modelList(results).map((m) => m.folds.length));
}
/** The smallest two-sided p the exact Wilcoxon signed-rank test can reach on n pairs: 2^(1−n). */
export function wilcoxonFloor(n) {
    return n >= 1 ? Math.min(1, 2 ** (1 - n)) : 1;
}
/**
 * Chance-level UA: 1 / (emotions with test clips). UA averages recall over the emotions present, and a classifier
 * that ignores its input (a constant or random guess) has a mean recall of exactly that.
 */
export function chanceUa(results) {
    const models = modelList(results);
    const present = results.classes.filter((_, i) => models.length === 0 || classSupport(models, i) > 0).length;
    return present > 0 ? 1 / present : NaN;
}
/** Pooled F1 of class i, NaN when the class has no test clips (F1 is undefined there, not 0). */
export function classF1(m, i) {
    const r = m.pooled.perClass[i];
    return r && r.support > 0 ? r.f1 : NaN;
}
export function classRecall(m, i) {
    const r = m.pooled.perClass[i];
    return r && r.support > 0 ? r.recall : NaN;
}
/** Test clips of class i (from the first model that has them; every model sees the same clips). */
export function classSupport(models, i) {
    for (const m of models) {
        const r = m.pooled.perClass[i];
        if (r)
            return r.support;
    }
    return 0;
}
/** Classes with test clips sorted by `value` (NaN dropped), highest first. */
export function sortClasses(results, value) {
    return results.classes
        .map((name, index) => ({ index, name, value: value(index) }))
        .filter((c) => isNumber(c.value))
        .sort((a, b) => b.value - a.value || a.index - b.index);
}
/** The largest off-diagonal cells of a model's pooled confusion matrix, largest first (ties in class order). */
export function topConfusions(results, m, n) {
    const out = [];
    const conf = m.pooled.confusion;
    results.classes.forEach((t, i) => {
        const row = conf[i] ?? [];
        const support = row.reduce((s, x) => s + x, 0);
        results.classes.forEach((p, j) => {
            if (i !== j && (row[j] ?? 0) > 0)
                out.push({ truth: t, predicted: p, count: row[j], share: row[j] / support });
        });
    });
    return out.sort((a, b) => b.count - a.count || b.share - a.share).slice(0, n);
}
/** The class a true class is most often mistaken for, or null if it never is. */
export function mostConfusedWith(results, m, i) {
    const row = m.pooled.confusion[i] ?? [];
    const support = row.reduce((s, x) => s + x, 0);
    let best = -1;
    row.forEach((x, j) => {
        if (j !== i && x > 0 && (best < 0 || x > row[best]))
            best = j;
    });
    return best < 0 ? null : { truth: results.classes[i], predicted: results.classes[best], count: row[best], share: row[best] / support };
}
export function median(values) {
    const v = values.filter(isNumber).sort((a, b) => a - b);
    if (v.length === 0)
        return NaN;
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
/** Per model, on how many folds it has the highest UA, and how many of those it shares with another model. */
export function foldWins(models, nFolds) {
    const wins = new Map(models.map((m) => [m.name, { wins: 0, tied: 0 }]));
    for (let k = 0; k < nFolds; k++) {
        const scores = models.map((m) => m.folds[k]?.ua).filter(isNumber);
        if (scores.length < 2)
            continue;
        const top = Math.max(...scores);
        const winners = models.filter((m) => m.folds[k]?.ua === top);
        for (const m of winners) {
            const w = wins.get(m.name);
            if (!w)
                continue;
            w.wins++;
            if (winners.length > 1)
                w.tied++;
        }
    }
    return wins;
}
/** Speaker ids without their shared corpus prefix: ['ravdess:01', 'ravdess:02'] → '01, 02'. */
export function speakerList(speakers) {
    if (speakers.length === 0)
        return 'all speakers (leaky split)';
    const prefix = /^[^:]+:/.exec(speakers[0])?.[0];
    const same = prefix !== undefined && speakers.every((s) => s.startsWith(prefix));
    return speakers.map((s) => (same ? s.slice(prefix.length) : s)).join(', ');
}
/** Keyed by the corpus id `scanCorpus` reports. Sources: each corpus' own publication (see src/corpus/README.md). */
export const CORPUS_FACTS = {
    ravdess: {
        title: 'RAVDESS',
        speech: 'acted: professional actors posing each emotion on two fixed, lexically neutral sentences',
        language: 'North American English only',
    },
    tess: { title: 'TESS', speech: 'acted: two actresses saying carrier phrases with one target word each', language: 'Canadian English only' },
    'crema-d': { title: 'CREMA-D', speech: 'acted: actors reading twelve fixed sentences', language: 'American English only' },
    savee: { title: 'SAVEE', speech: 'acted: four male speakers reading phonetically balanced sentences', language: 'British English only' },
    emodb: { title: 'EMO-DB', speech: 'acted: ten actors saying ten fixed sentences', language: 'German only' },
};
export function corpusFacts(name) {
    return CORPUS_FACTS[name.toLowerCase()] ?? null;
}
/** The vocal material the results describe: 'speech', 'song', or 'speech and song' (RAVDESS names it per clip). */
export function material(results) {
    const ch = results.corpus.channels ?? {};
    if ((ch.song ?? 0) > 0)
        return (ch.speech ?? 0) > 0 ? 'speech and song' : 'song';
    return 'speech';
}
/** The corpus as it is usually written ('RAVDESS' for 'ravdess'), else its name as recorded. */
export function corpusTitle(name) {
    return corpusFacts(name)?.title ?? name;
}
//# sourceMappingURL=analysis.js.map