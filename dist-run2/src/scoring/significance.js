/**
 * Paired significance tests for comparing two models evaluated on the same test clips and folds, as pure functions
 * (like scipy.stats / statsmodels):
 * - `mcnemar`: McNemar's test on per-clip correctness (statsmodels' `mcnemar(exact=…, correction=True)`).
 * - `pairedTTest`: Student's paired t-test (scipy's `ttest_rel`).
 * - `wilcoxonSignedRank`: the exact Wilcoxon signed-rank test (scipy's `wilcoxon(zero_method='wilcox')`).
 * - `compareModels`: all three, in the `Comparison` shape of results.json.
 */
import jStat from 'jstat';
import { VoeError } from '../errors.js';
/** Below this many discordant pairs (b + c) McNemar uses the exact binomial test, at or above the χ² approximation. */
export const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test on paired per-clip correctness (McNemar 1947; Dietterich 1998, "Approximate statistical tests for
 * comparing supervised classification learning algorithms", test 2). Only the discordant clips carry information:
 * b = A right and B wrong (`aOnlyCorrect`), c = A wrong and B right (`bOnlyCorrect`). Under H0 (equal error rates)
 * b ~ Binomial(b + c, ½).
 * - b + c < 25: exact two-sided p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b + c, ½); `statistic` is min(b, c), as
 *   statsmodels reports it.
 * - otherwise: χ² = (|b − c| − 1)² / (b + c) with Edwards' continuity correction, 1 df; p = P(χ²₁ ≥ statistic).
 * - b + c = 0 (the models are right on exactly the same clips): p = 1, statistic 0.
 *
 * The clips of one speaker are not independent, so on speaker-grouped folds this p is optimistic: read it together
 * with the fold-level tests.
 *
 * @param correctA per clip, whether model A was right (boolean, or 1/0)
 * @param correctB the same clips, in the same order, for model B
 */
export function mcnemar(correctA, correctB) {
    if (correctA.length !== correctB.length) {
        throw new VoeError('INVALID_ARGUMENT', `McNemar's test needs the same clips for both models: got ${correctA.length} and ${correctB.length} correctness values`);
    }
    let b = 0;
    let c = 0;
    for (let i = 0; i < correctA.length; i++) {
        const ra = asCorrect(correctA[i], 'A', i);
        const rb = asCorrect(correctB[i], 'B', i);
        if (ra && !rb)
            b++;
        else if (!ra && rb)
            c++;
    }
    const n = b + c;
    if (n === 0)
        return { aOnlyCorrect: b, bOnlyCorrect: c, statistic: 0, pValue: 1, exact: true };
    if (n < MCNEMAR_EXACT_BELOW) {
        const k = Math.min(b, c);
        return { aOnlyCorrect: b, bOnlyCorrect: c, statistic: k, pValue: Math.min(1, 2 * binomialCdfHalf(k, n)), exact: true };
    }
    const statistic = (Math.abs(b - c) - 1) ** 2 / n;
    return { aOnlyCorrect: b, bOnlyCorrect: c, statistic, pValue: chiSquareSurvival1(statistic), exact: false };
}
function asCorrect(v, model, i) {
    if (v === true || v === 1)
        return true;
    if (v === false || v === 0)
        return false;
    throw new VoeError('INVALID_ARGUMENT', `correctness of model ${model} at clip ${i} is ${String(v)}; expected true/false or 1/0`);
}
/** P(X ≤ k) for X ~ Binomial(n, ½), summed exactly: C(n, i) is an integer below 2^53 for the n < 25 used here. */
function binomialCdfHalf(k, n) {
    let term = 1; // C(n, 0)
    let sum = 1;
    for (let i = 1; i <= k; i++) {
        term = (term * (n - i + 1)) / i;
        sum += term;
    }
    return sum / 2 ** n;
}
/**
 * P(χ²₁ ≥ x): χ²₁ is the square of a standard normal, so this is P(|Z| ≥ √x) = erfc(√(x/2)). Computed as erfc
 * rather than 1 − CDF, which would cancel to a few correct digits for small p.
 */
export function chiSquareSurvival1(x) {
    return erfc(Math.sqrt(x / 2));
}
/**
 * erfc with full relative precision in the far tail: jStat's erfc returns exactly 0 beyond z ≈ 7.5 (McNemar
 * statistics over ~115), which a report would print as "p = 0". For z ≥ 3 the continued fraction
 * erfc z = e^(−z²)/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))) converges in a few dozen terms; below, jStat's
 * series is accurate.
 */
export function erfc(z) {
    if (!(z >= 3))
        return jStat.erfc(z);
    let tail = z;
    for (let n = 80; n >= 1; n--)
        tail = z + n / 2 / tail;
    return Math.exp(-z * z) / Math.sqrt(Math.PI) / tail;
}
/**
 * Student's paired t-test on d = a − b (scipy's `ttest_rel`): t = mean(d) / (sd(d) / √n), sd with n − 1, df = n − 1,
 * two-sided p = 2·P(T_df ≤ −|t|) (jStat's Student t CDF, a regularised incomplete beta).
 *
 * Zero variance (every difference equal), where t is 0/0 or x/0 and scipy returns NaN or ±∞:
 * - all differences 0: t = 0, p = 1, since the two models scored identically on every fold and there is no evidence
 *   of a difference at all;
 * - all differences equal and non-zero: t = ±∞, p = 0. The sample shows no fold-to-fold noise, so the t-test's
 *   model (normal differences with estimated spread) has nothing to discount the mean by. This is an artefact of
 *   too few folds rather than proof; the Wilcoxon test's floor (see `wilcoxonSignedRank`) is the honest bound then.
 *
 * @param a per fold, a score of model A (e.g. UA)
 * @param b the same folds, in the same order, for model B; at least 2 folds
 */
export function pairedTTest(a, b) {
    const d = differences(a, b, 'paired t-test');
    const n = d.length;
    if (n < 2)
        throw new VoeError('INVALID_ARGUMENT', `the paired t-test needs at least 2 pairs, got ${n}`);
    const mean = d.reduce((s, x) => s + x, 0) / n;
    const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    const df = n - 1;
    // Differences equal up to rounding (e.g. 0.3 − 0.1 vs 0.5 − 0.3) count as equal: relative to their size.
    const scale = Math.max(...d.map(Math.abs));
    if (variance <= (Number.EPSILON * scale) ** 2 * n) {
        if (mean === 0 || scale === 0)
            return { meanDifference: 0, tStatistic: 0, df, pValue: 1 };
        return { meanDifference: mean, tStatistic: mean > 0 ? Infinity : -Infinity, df, pValue: 0 };
    }
    const t = mean / Math.sqrt(variance / n);
    const pValue = Math.min(1, 2 * jStat.studentt.cdf(-Math.abs(t), df));
    return { meanDifference: mean, tStatistic: t, df, pValue };
}
/** Above this many non-zero differences the exact distribution's table (O(n³) work) is refused. */
export const WILCOXON_MAX_N = 400;
/**
 * The exact two-sided Wilcoxon signed-rank test on d = a − b (Wilcoxon 1945), as scipy's
 * `wilcoxon(a, b, zero_method='wilcox', method='exact')`:
 * - zero differences are dropped ("wilcox" zero method, scipy's default);
 * - |d| is ranked with ties given their average rank;
 * - under H0 each rank's sign is + or − with probability ½ independently, so the null distribution of W+ is that
 *   of all 2^n sign patterns; p is the share of patterns at least as far from the centre n(n+1)/4 as the observed W+.
 *
 * Rather than listing the 2^n patterns (2^24 for leave-one-speaker-out on RAVDESS), the distribution is counted
 * with the standard subset-sum recursion over ranks: the same count, exact, in O(n · Σranks). Ranks are doubled so
 * average ranks (halves) stay integers. With ties the result is the exact permutation p (scipy's 'exact' method
 * ignores ties, and falls back to a normal approximation by default).
 *
 * Folds bound what this test can show: with n folds the smallest p is 2^(1−n) (0.03125 for 6 folds), reached only
 * when one model wins every fold. No fold-level test on 6 folds can be more convincing than that.
 */
export function wilcoxonSignedRank(a, b) {
    const d = differences(a, b, 'Wilcoxon signed-rank test').filter((x) => x !== 0);
    const n = d.length;
    if (n === 0)
        return { statistic: 0, wPlus: 0, n: 0, pValue: 1, smallestPossibleP: 1 };
    if (n > WILCOXON_MAX_N) {
        throw new VoeError('INVALID_ARGUMENT', `the exact Wilcoxon test is limited to ${WILCOXON_MAX_N} pairs, got ${n}`);
    }
    const ranks2 = doubledAverageRanks(d.map(Math.abs));
    const total2 = ranks2.reduce((s, r) => s + r, 0);
    let wPlus2 = 0;
    d.forEach((x, i) => {
        if (x > 0)
            wPlus2 += ranks2[i];
    });
    // prob[s]: P(doubled W+ = s) over random signs, built one rank at a time.
    let prob = new Float64Array(total2 + 1);
    prob[0] = 1;
    let reach = 0;
    for (const r of ranks2) {
        const next = new Float64Array(total2 + 1);
        for (let s = 0; s <= reach; s++) {
            if (prob[s] === 0)
                continue;
            next[s] += prob[s] / 2;
            next[s + r] += prob[s] / 2;
        }
        prob = next;
        reach += r;
    }
    // Doubled sums are integers, so "at least as far from the centre" is an exact integer comparison.
    const distance = Math.abs(2 * wPlus2 - total2);
    let p = 0;
    for (let s = 0; s <= total2; s++)
        if (Math.abs(2 * s - total2) >= distance)
            p += prob[s];
    const wPlus = wPlus2 / 2;
    return {
        statistic: Math.min(wPlus, total2 / 2 - wPlus),
        wPlus,
        n,
        pValue: Math.min(1, p),
        smallestPossibleP: Math.min(1, 2 ** (1 - n)),
    };
}
/** Twice the 1-based average ranks of `values` (ties share the mean of their positions), as integers. */
function doubledAverageRanks(values) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const ranks2 = new Array(values.length);
    for (let start = 0; start < order.length;) {
        let end = start + 1;
        while (end < order.length && values[order[end]] === values[order[start]])
            end++;
        // Positions start+1 … end (1-based): their mean doubled is start + 1 + end.
        for (let k = start; k < end; k++)
            ranks2[order[k]] = start + 1 + end;
        start = end;
    }
    return ranks2;
}
function differences(a, b, test) {
    if (a.length !== b.length) {
        throw new VoeError('INVALID_ARGUMENT', `the ${test} needs paired values: got ${a.length} and ${b.length}`);
    }
    const d = a.map((x, i) => x - b[i]);
    const bad = d.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0)
        throw new VoeError('INVALID_ARGUMENT', `the ${test} got a non-finite value at pair ${bad}: ${a[bad]} vs ${b[bad]}`);
    return d;
}
/** McNemar on the pooled clips, and the paired t-test and Wilcoxon test on per-fold UA (a − b). */
export function compareModels(a, b) {
    const t = pairedTTest(a.foldUa, b.foldUa);
    const w = wilcoxonSignedRank(a.foldUa, b.foldUa);
    return {
        a: a.name,
        b: b.name,
        mcnemar: mcnemar(a.correct, b.correct),
        folds: {
            metric: 'ua',
            meanDifference: t.meanDifference,
            tStatistic: t.tStatistic,
            df: t.df,
            pValue: t.pValue,
            wilcoxonPValue: w.pValue,
        },
    };
}
//# sourceMappingURL=significance.js.map