import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chiSquareSurvival1, compareModels, erfc, mcnemar, pairedTTest, wilcoxonSignedRank } from '../../src/scoring/significance.js';
import { VoeError } from '../../src/errors.js';
/** Per-clip correctness with `both` clips right for both models, `b` only A right, `c` only B right, `none` neither. */
function pairs(both, b, c, none) {
    const a = [];
    const bb = [];
    const push = (n, x, y) => {
        for (let i = 0; i < n; i++) {
            a.push(x);
            bb.push(y);
        }
    };
    push(both, true, true);
    push(b, true, false);
    push(c, false, true);
    push(none, false, false);
    return { a, b: bb };
}
function close(actual, expected, tol, what) {
    assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} vs expected ${expected}`);
}
test('McNemar exact: b = 10, c = 2 gives p = 2·P(Bin(12, ½) ≤ 2) = 0.0385742…', () => {
    // P(X ≤ 2) = (C(12,0) + C(12,1) + C(12,2)) / 2^12 = (1 + 12 + 66) / 4096 = 79/4096; doubled: 158/4096.
    // scipy.stats.binomtest(2, 12, 0.5).pvalue = 0.03857421875.
    const { a, b } = pairs(50, 10, 2, 7);
    const r = mcnemar(a, b);
    assert.equal(r.aOnlyCorrect, 10);
    assert.equal(r.bOnlyCorrect, 2);
    assert.equal(r.exact, true);
    assert.equal(r.statistic, 2);
    close(r.pValue, 158 / 4096, 1e-15, 'p');
    // Swapping the models swaps b and c, not p.
    const s = mcnemar(b, a);
    assert.equal(s.aOnlyCorrect, 2);
    assert.equal(s.bOnlyCorrect, 10);
    assert.equal(s.pValue, r.pValue);
});
test('McNemar χ²: b = 30, c = 15 gives (15 − 1)²/45 = 4.3556, p = erfc(√(4.3556/2)) = 0.036888…', () => {
    // b + c = 45 ≥ 25, so the continuity-corrected χ² with 1 df; scipy.stats.chi2.sf(196/45, 1) = 0.036888425707049914.
    const { a, b } = pairs(100, 30, 15, 20);
    const r = mcnemar(a, b);
    assert.equal(r.exact, false);
    close(r.statistic, 196 / 45, 1e-12, 'statistic');
    close(r.pValue, 0.036888425707049914, 1e-12, 'p');
});
test('McNemar: identical correctness gives p = 1; balanced small counts cap at 1; 1/0 numbers work as booleans', () => {
    const same = mcnemar([true, false, true], [1, 0, 1]);
    assert.deepEqual(same, { aOnlyCorrect: 0, bOnlyCorrect: 0, statistic: 0, pValue: 1, exact: true });
    // b = c = 3: 2·P(Bin(6, ½) ≤ 3) = 2·42/64 > 1 → 1.
    const { a, b } = pairs(0, 3, 3, 0);
    assert.equal(mcnemar(a, b).pValue, 1);
    // b + c = 24 is still exact, 25 is not: the switch is at the documented place.
    assert.equal(mcnemar(...Object.values(pairs(0, 12, 12, 0))).exact, true);
    assert.equal(mcnemar(...Object.values(pairs(0, 13, 12, 0))).exact, false);
});
test('McNemar rejects clips that do not pair up, and values that are not correctness', () => {
    assert.throws(() => mcnemar([true], [true, false]), (e) => e instanceof VoeError && e.code === 'INVALID_ARGUMENT');
    assert.throws(() => mcnemar([2], [1]), /expected true\/false or 1\/0/);
});
test('paired t-test with 2 df matches the closed form p = 1 − t/√(t² + 2)', () => {
    // d = [1, 2, 3]: mean 2, sd 1, t = 2/(1/√3) = 2√3 = 3.4641; for 2 df, P(|T| > t) = 1 − t/√(t² + 2) = 1 − √12/√14
    // = 0.0741799…; scipy.stats.ttest_rel([3,5,7], [2,3,4]) → t = 3.4641016, p = 0.0741799002.
    const r = pairedTTest([3, 5, 7], [2, 3, 4]);
    assert.equal(r.df, 2);
    close(r.meanDifference, 2, 1e-12, 'mean difference');
    close(r.tStatistic, 2 * Math.sqrt(3), 1e-12, 't');
    close(r.pValue, 1 - Math.sqrt(12) / Math.sqrt(14), 1e-9, 'p');
});
test('paired t-test over 6 folds: t = √7, p = 0.045659 (closed form for 5 df)', () => {
    // d = [.02, −.01, .03, .05, .04, .01]: mean 0.14/6, Σ(d − mean)² = 23.333e−4, sd² = 4.6667e−4, t = √7 = 2.6458.
    // For odd df, P(|T| > t) = 1 − (2/π)[θ + sinθ cosθ (1 + ⅔cos²θ)], θ = atan(t/√5): sinθ = √(7/12), cosθ = √(5/12)
    // → p = 0.0456591…; scipy.stats.ttest_1samp(d, 0) → p = 0.04565912378.
    const d = [0.02, -0.01, 0.03, 0.05, 0.04, 0.01];
    const r = pairedTTest(d, [0, 0, 0, 0, 0, 0]);
    close(r.tStatistic, Math.sqrt(7), 1e-9, 't');
    const theta = Math.atan(Math.sqrt(7 / 5));
    const closed = 1 - (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta) * (1 + (2 / 3) * Math.cos(theta) ** 2));
    close(closed, 0.04565912378, 1e-10, 'closed form itself');
    close(r.pValue, closed, 1e-9, 'p');
    assert.equal(r.df, 5);
    // A − B and B − A differ only in sign.
    const s = pairedTTest([0, 0, 0, 0, 0, 0], d);
    close(s.tStatistic, -r.tStatistic, 1e-12, 't reversed');
    close(s.pValue, r.pValue, 1e-15, 'p reversed');
});
test('paired t-test with zero variance: equal scores give p = 1, a constant non-zero gap gives p = 0', () => {
    const same = pairedTTest([0.5, 0.6, 0.7], [0.5, 0.6, 0.7]);
    assert.deepEqual(same, { meanDifference: 0, tStatistic: 0, df: 2, pValue: 1 });
    // 0.3 − 0.1, 0.5 − 0.3, 0.7 − 0.5 differ in the last bits; still a constant gap of 0.2.
    const gap = pairedTTest([0.3, 0.5, 0.7], [0.1, 0.3, 0.5]);
    assert.equal(gap.tStatistic, Infinity);
    assert.equal(gap.pValue, 0);
    assert.equal(pairedTTest([0.1, 0.3], [0.3, 0.5]).tStatistic, -Infinity);
    assert.throws(() => pairedTTest([1], [0]), /at least 2 pairs/);
    assert.throws(() => pairedTTest([1, NaN], [0, 0]), /non-finite/);
});
test('Wilcoxon: 6 folds all won by A gives the smallest possible p, 2/2^6 = 0.03125', () => {
    // Only the all-plus and all-minus sign patterns are as extreme: 2 of 64. scipy.stats.wilcoxon([1..6]) → 0.03125.
    const r = wilcoxonSignedRank([0.61, 0.55, 0.7, 0.66, 0.58, 0.63], [0.6, 0.5, 0.62, 0.6, 0.57, 0.6]);
    assert.equal(r.pValue, 0.03125);
    assert.equal(r.smallestPossibleP, 0.03125);
    assert.equal(r.statistic, 0);
    assert.equal(r.wPlus, 21);
    assert.equal(wilcoxonSignedRank([0, 0, 0, 0, 0, 0], [1, 2, 3, 4, 5, 6]).pValue, 0.03125);
    // Five folds can never reach 0.05.
    assert.equal(wilcoxonSignedRank([1, 2, 3, 4, 5], [0, 0, 0, 0, 0]).pValue, 0.0625);
});
test('Wilcoxon: one loss of rank 2 among 6 folds gives p = 6/64 = 0.09375', () => {
    // d = [1, −2, 3, 4, 5, 6]: W− = 2. Patterns with min(W+, W−) ≤ 2: W+ ∈ {0, 1, 2} (∅, {1}, {2}) and the mirror
    // images: 6 of 64 = 0.09375; scipy.stats.wilcoxon([1, -2, 3, 4, 5, 6]) → statistic 2, p 0.09375.
    const r = wilcoxonSignedRank([1, -2, 3, 4, 5, 6], [0, 0, 0, 0, 0, 0]);
    assert.equal(r.statistic, 2);
    assert.equal(r.pValue, 0.09375);
});
test('Wilcoxon drops zero differences and gives ties their average rank', () => {
    // A zero is dropped ("wilcox"): [0, 1, −2, 3, 4, 5, 6] is the 6-pair case above.
    assert.equal(wilcoxonSignedRank([0, 1, -2, 3, 4, 5, 6], [0, 0, 0, 0, 0, 0, 0]).pValue, 0.09375);
    // d = [1, 1, −2, 3, 3, 3, −4, 5]: ranks of |d| are 1.5, 1.5, 3, 5, 5, 5, 7, 8; W− = 3 + 7 = 10, W+ = 26 of 36.
    // Enumerating all 256 sign patterns (a brute-force Python loop) finds 80 with |W+ − 18| ≥ 8: p = 80/256 = 0.3125.
    const r = wilcoxonSignedRank([1, 1, -2, 3, 3, 3, -4, 5], [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(r.wPlus, 26);
    assert.equal(r.statistic, 10);
    assert.equal(r.n, 8);
    assert.equal(r.pValue, 0.3125);
    // All differences zero: no evidence, p = 1.
    assert.equal(wilcoxonSignedRank([1, 2], [1, 2]).pValue, 1);
});
test('Wilcoxon matches brute-force enumeration of 2^n sign patterns on random data', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 20; trial++) {
        const n = 3 + (trial % 9);
        // Values on a coarse grid so that ties happen.
        const d = Array.from({ length: n }, () => Math.round((rand() - 0.4) * 8) / 4).filter((x) => x !== 0);
        if (d.length === 0)
            continue;
        const abs = d.map(Math.abs);
        const rank = abs.map((v) => {
            const below = abs.filter((u) => u < v).length;
            const equal = abs.filter((u) => u === v).length;
            return below + (equal + 1) / 2;
        });
        const total = rank.reduce((s, x) => s + x, 0);
        const observed = d.reduce((s, x, i) => s + (x > 0 ? rank[i] : 0), 0);
        let extreme = 0;
        for (let mask = 0; mask < 1 << d.length; mask++) {
            let w = 0;
            for (let i = 0; i < d.length; i++)
                if (mask & (1 << i))
                    w += rank[i];
            if (Math.abs(w - total / 2) >= Math.abs(observed - total / 2) - 1e-9)
                extreme++;
        }
        const r = wilcoxonSignedRank(d, new Array(d.length).fill(0));
        close(r.pValue, Math.min(1, extreme / 2 ** d.length), 1e-12, `p for d = [${d.join(', ')}]`);
    }
});
test('compareModels fills the Comparison shape from clips and folds', () => {
    const { a, b } = pairs(50, 10, 2, 7);
    const c = compareModels({ name: 'cnn', correct: a, foldUa: [0.61, 0.55, 0.7, 0.66, 0.58, 0.63] }, { name: 'rnn', correct: b, foldUa: [0.6, 0.5, 0.62, 0.6, 0.57, 0.6] });
    assert.equal(c.a, 'cnn');
    assert.equal(c.b, 'rnn');
    assert.equal(c.mcnemar.aOnlyCorrect, 10);
    close(c.mcnemar.pValue, 158 / 4096, 1e-15, 'McNemar p');
    assert.equal(c.folds.metric, 'ua');
    close(c.folds.meanDifference, 0.04, 1e-12, 'mean UA difference');
    assert.equal(c.folds.df, 5);
    assert.equal(c.folds.wilcoxonPValue, 0.03125);
    // d = [.01, .05, .08, .06, .01, .03]: mean .04, Σ(d − mean)² = .004, sd = √(.004/5) = .02√2, t = .04√6/(.02√2) = 2√3;
    // scipy.stats.ttest_rel → p = 0.0179628846.
    close(c.folds.tStatistic, 2 * Math.sqrt(3), 1e-9, 't');
    close(c.folds.pValue, 0.0179628846, 1e-9, 't-test p');
    assert.throws(() => compareModels({ name: 'x', correct: a, foldUa: [1, 2] }, { name: 'y', correct: b, foldUa: [1] }), /paired values/);
});
test('erfc and the χ²₁ tail keep full relative precision far out, where jStat returns 0', () => {
    // Reference values of erfc (Abramowitz & Stegun; mpmath to 16 digits).
    for (const [z, want] of [[0.5, 0.4795001221869535], [3, 2.209049699858544e-5], [5, 1.5374597944280349e-12], [10, 2.088487583762545e-45], [20, 5.395865611607901e-176]]) {
        const got = erfc(z);
        assert.ok(Math.abs(got - want) / want < 1e-13, `erfc(${z}) = ${got}, want ${want}`);
    }
    // McNemar with 412 vs 130 discordant clips: χ² ≈ 145.7, p ≈ 1.5e-33, not 0.
    const stat = (412 - 130) ** 2 / (412 + 130);
    const p = chiSquareSurvival1(stat);
    assert.ok(p > 0 && p < 1e-30, `p = ${p}`);
    assert.ok(Math.abs(chiSquareSurvival1(3.841458820694124) - 0.05) < 1e-12, 'the 5 % critical value');
});
//# sourceMappingURL=significance.test.js.map