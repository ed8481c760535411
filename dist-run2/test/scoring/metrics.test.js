import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argmaxRows, classificationMetrics, confusionMatrix, meanStd } from '../../src/scoring/metrics.js';
const close = (a, b, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);
test('metrics match values computed by hand (and by sklearn for the same labels)', () => {
    // sklearn: accuracy 0.5, balanced_accuracy 0.5, f1 macro 0.4666…, on these labels with 3 classes.
    const yTrue = [0, 0, 0, 0, 1, 1, 2, 2];
    const yPred = [0, 0, 1, 2, 1, 0, 2, 1];
    const m = classificationMetrics(yTrue, yPred, 3);
    assert.deepEqual(m.confusion, [
        [2, 1, 1],
        [1, 1, 0],
        [0, 1, 1],
    ]);
    close(m.wa, 4 / 8);
    close(m.ua, (2 / 4 + 1 / 2 + 1 / 2) / 3);
    // Class 0: P 2/3, R 1/2 → F1 4/7; class 1: P 1/3, R 1/2 → 2/5; class 2: P 1/2, R 1/2 → 1/2.
    close(m.perClass[0].f1, 4 / 7);
    close(m.perClass[1].f1, 2 / 5);
    close(m.perClass[2].f1, 1 / 2);
    close(m.macroF1, (4 / 7 + 2 / 5 + 1 / 2) / 3);
});
test('UA averages recall over the classes present; a never-predicted class has F1 0', () => {
    const m = classificationMetrics([0, 0, 1, 1], [0, 0, 0, 0], 3);
    close(m.ua, (1 + 0) / 2);
    close(m.wa, 0.5);
    assert.equal(m.perClass[1].f1, 0);
    assert.equal(m.perClass[2].support, 0);
    close(m.macroF1, (2 / 3 + 0 + 0) / 3);
});
test('out-of-range labels and length mismatches are errors, not silent miscounts', () => {
    assert.throws(() => confusionMatrix([0, 3], [0, 0], 3), /out of range/);
    assert.throws(() => confusionMatrix([0, 1], [0], 3), /length|labels/);
});
test('argmaxRows and meanStd', () => {
    assert.deepEqual([...argmaxRows([0.1, 0.7, 0.2, 0.5, 0.2, 0.3], 3)], [1, 0]);
    const s = meanStd([0.6, 0.7, 0.8]);
    close(s.mean, 0.7);
    close(s.std, 0.1, 1e-12);
    assert.equal(meanStd([0.5]).std, 0);
});
//# sourceMappingURL=metrics.test.js.map