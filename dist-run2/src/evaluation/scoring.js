import { argmaxRows, classificationMetrics, meanStd } from '../scoring/metrics.js';
/** Fold index (0-based) that tests each clip; throws unless every clip is tested exactly once. */
export function testFoldOf(split, n) {
    const fold = new Int32Array(n).fill(-1);
    for (const f of split.folds) {
        for (const i of f.test) {
            if (fold[i] !== -1)
                throw new Error(`clip ${i} is tested in folds ${fold[i] + 1} and ${f.index + 1}`);
            fold[i] = f.index;
        }
    }
    const missing = fold.indexOf(-1);
    if (missing >= 0)
        throw new Error(`clip ${missing} is tested in no fold`);
    return fold;
}
export function scoreModel(pred, labels, split, nClasses) {
    const predicted = argmaxRows(pred.probs, nClasses);
    if (predicted.length !== labels.length)
        throw new RangeError(`${pred.name}: ${predicted.length} predictions for ${labels.length} clips`);
    const folds = split.folds.map((f) => ({
        fold: f.index + 1,
        testSpeakers: f.testSpeakers,
        ...classificationMetrics(f.test.map((i) => labels[i]), f.test.map((i) => predicted[i]), nClasses),
    }));
    return {
        name: pred.name,
        description: pred.description,
        folds,
        wa: meanStd(folds.map((f) => f.wa)),
        ua: meanStd(folds.map((f) => f.ua)),
        macroF1: meanStd(folds.map((f) => f.macroF1)),
        pooled: classificationMetrics(labels, predicted, nClasses),
    };
}
/**
 * A model's scores on each vocal channel's clips alone (`channelOf[i]` for clip i), each over the classes that
 * channel has: UA is the mean recall over them and macro-F1 their mean F1, so song is not charged for disgust and
 * surprised, which it never has. Per-fold means use the folds that hold clips of the channel.
 */
export function scoreChannels(pred, labels, split, classes, channelOf) {
    const k = classes.length;
    const predicted = argmaxRows(pred.probs, k);
    const out = {};
    for (const channel of [...new Set(channelOf)].sort()) {
        const mine = (idx) => idx.filter((i) => channelOf[i] === channel);
        const all = mine([...labels.keys()]);
        const present = [...new Set(all.map((i) => labels[i]))].sort((a, b) => a - b);
        const score = (idx) => classificationMetrics(idx.map((i) => labels[i]), idx.map((i) => predicted[i]), k, present);
        const folds = split.folds.map((f) => mine(f.test)).filter((idx) => idx.length > 0).map(score);
        const pooled = score(all);
        out[channel] = {
            n: all.length,
            classes: present.map((c) => classes[c]),
            wa: meanStd(folds.map((f) => f.wa)),
            ua: meanStd(folds.map((f) => f.ua)),
            macroF1: meanStd(folds.map((f) => f.macroF1)),
            pooled: { wa: pooled.wa, ua: pooled.ua, macroF1: pooled.macroF1 },
        };
    }
    return out;
}
/** Per-clip correctness (for McNemar) and per-fold UA of a model. */
export function correctness(pred, labels, nClasses) {
    const predicted = argmaxRows(pred.probs, nClasses);
    return [...labels].map((y, i) => predicted[i] === y);
}
function csvField(v) {
    return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
/**
 * predictions.csv: one row per clip with its fold, speaker, true label, and for every model the predicted label and
 * each class probability (`<model>:<class>` columns, 6 decimals).
 */
export function predictionsCsv(clips, foldOf, classes, models) {
    const k = classes.length;
    const header = ['path', 'speaker', 'fold', 'true'];
    for (const m of models)
        header.push(`${m.name}:predicted`, ...classes.map((c) => `${m.name}:${c}`));
    const lines = [header.map(csvField).join(',')];
    const argmax = models.map((m) => argmaxRows(m.probs, k));
    clips.forEach((c, i) => {
        const row = [c.path, c.speaker, String(foldOf[i] + 1), c.emotion];
        models.forEach((m, mi) => {
            row.push(classes[argmax[mi][i]]);
            for (let j = 0; j < k; j++)
                row.push(m.probs[i * k + j].toFixed(6));
        });
        lines.push(row.map(csvField).join(','));
    });
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=scoring.js.map