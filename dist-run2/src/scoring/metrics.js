export function confusionMatrix(yTrue, yPred, nClasses) {
    if (yTrue.length !== yPred.length)
        throw new RangeError(`yTrue has ${yTrue.length} labels, yPred ${yPred.length}`);
    const m = Array.from({ length: nClasses }, () => new Array(nClasses).fill(0));
    for (let i = 0; i < yTrue.length; i++) {
        const t = yTrue[i];
        const p = yPred[i];
        if (!(t >= 0 && t < nClasses && p >= 0 && p < nClasses && Number.isInteger(t) && Number.isInteger(p))) {
            throw new RangeError(`label out of range at ${i}: true ${t}, predicted ${p}, nClasses ${nClasses}`);
        }
        m[t][p]++;
    }
    return m;
}
/**
 * Metrics of a confusion matrix. `labels` (class indices) restricts macro-F1 to those classes, as sklearn's
 * `f1_score(labels=…)`: a subset scored over the classes it has (RAVDESS song has no disgust or surprised).
 */
export function metricsFromConfusion(confusion, labels) {
    const k = confusion.length;
    let n = 0;
    let correct = 0;
    const perClass = [];
    for (let c = 0; c < k; c++) {
        let support = 0;
        let predicted = 0;
        for (let j = 0; j < k; j++) {
            support += confusion[c][j];
            predicted += confusion[j][c];
        }
        const tp = confusion[c][c];
        n += support;
        correct += tp;
        const precision = predicted > 0 ? tp / predicted : 0;
        const recall = support > 0 ? tp / support : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        perClass.push({ precision, recall, f1, support });
    }
    const present = perClass.filter((c) => c.support > 0);
    return {
        n,
        wa: n > 0 ? correct / n : 0,
        ua: present.length > 0 ? present.reduce((s, c) => s + c.recall, 0) / present.length : 0,
        macroF1: labels ? (labels.length > 0 ? labels.reduce((s, c) => s + perClass[c].f1, 0) / labels.length : 0) : k > 0 ? perClass.reduce((s, c) => s + c.f1, 0) / k : 0,
        perClass,
        confusion,
    };
}
export function classificationMetrics(yTrue, yPred, nClasses, labels) {
    return metricsFromConfusion(confusionMatrix(yTrue, yPred, nClasses), labels);
}
export function accuracy(yTrue, yPred) {
    if (yTrue.length !== yPred.length)
        throw new RangeError('yTrue and yPred differ in length');
    let correct = 0;
    for (let i = 0; i < yTrue.length; i++)
        if (yTrue[i] === yPred[i])
            correct++;
    return yTrue.length > 0 ? correct / yTrue.length : 0;
}
/** The index of the largest value in each row of a row-major n × k probability matrix. */
export function argmaxRows(probs, k) {
    const n = probs.length / k;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let j = 1; j < k; j++)
            if (probs[i * k + j] > probs[i * k + best])
                best = j;
        out[i] = best;
    }
    return out;
}
export function meanStd(values) {
    const n = values.length;
    if (n === 0)
        return { mean: NaN, std: NaN, values };
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
    return { mean, std: Math.sqrt(variance), values };
}
/** "61.2 ± 3.4" in percent. */
export function formatPercent(m, digits = 1) {
    return `${(100 * m.mean).toFixed(digits)} ± ${(100 * m.std).toFixed(digits)}`;
}
//# sourceMappingURL=metrics.js.map