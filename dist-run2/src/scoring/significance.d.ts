/** A paired comparison of two models on the same test clips. */
export interface Comparison {
    a: string;
    b: string;
    /** McNemar's test on pooled per-clip correctness: b01 = a right & b wrong, b10 = a wrong & b right. */
    mcnemar: {
        aOnlyCorrect: number;
        bOnlyCorrect: number;
        statistic: number;
        pValue: number;
        exact: boolean;
    };
    /** Paired test over folds of the UA difference (a − b). */
    folds: {
        metric: 'ua';
        meanDifference: number;
        tStatistic: number;
        df: number;
        pValue: number;
        wilcoxonPValue: number;
    };
}
export type McNemarResult = Comparison['mcnemar'];
/** Below this many discordant pairs (b + c) McNemar uses the exact binomial test, at or above the χ² approximation. */
export declare const MCNEMAR_EXACT_BELOW = 25;
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
export declare function mcnemar(correctA: ArrayLike<boolean | number>, correctB: ArrayLike<boolean | number>): McNemarResult;
/**
 * P(χ²₁ ≥ x): χ²₁ is the square of a standard normal, so this is P(|Z| ≥ √x) = erfc(√(x/2)). Computed as erfc
 * rather than 1 − CDF, which would cancel to a few correct digits for small p.
 */
export declare function chiSquareSurvival1(x: number): number;
/**
 * erfc with full relative precision in the far tail: jStat's erfc returns exactly 0 beyond z ≈ 7.5 (McNemar
 * statistics over ~115), which a report would print as "p = 0". For z ≥ 3 the continued fraction
 * erfc z = e^(−z²)/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))) converges in a few dozen terms; below, jStat's
 * series is accurate.
 */
export declare function erfc(z: number): number;
export interface TTestResult {
    /** Mean of a − b. */
    meanDifference: number;
    tStatistic: number;
    df: number;
    /** Two-sided. */
    pValue: number;
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
export declare function pairedTTest(a: readonly number[], b: readonly number[]): TTestResult;
export interface WilcoxonResult {
    /** min(W+, W−), the smaller signed-rank sum (scipy's two-sided statistic). */
    statistic: number;
    /** Sum of the ranks of the positive differences. */
    wPlus: number;
    /** Non-zero differences: the pairs the test uses. */
    n: number;
    /** Exact two-sided p. */
    pValue: number;
    /**
     * The smallest two-sided p any data of this size can give: 2 · 2^−n, reached only when every difference has the
     * same sign. With n = 6 folds that is 0.03125, with n = 5 it is 0.0625: five folds can never show p < 0.05.
     */
    smallestPossibleP: number;
}
/** Above this many non-zero differences the exact distribution's table (O(n³) work) is refused. */
export declare const WILCOXON_MAX_N = 400;
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
export declare function wilcoxonSignedRank(a: readonly number[], b: readonly number[]): WilcoxonResult;
/** One model's paired evidence: per-clip correctness on the pooled test clips and per-fold UA. */
export interface PairedScores {
    name: string;
    /** Per pooled test clip (every fold's test clips, in one fixed order shared by both models): right or wrong. */
    correct: ArrayLike<boolean | number>;
    /** Per outer fold, in fold order. */
    foldUa: readonly number[];
}
/** McNemar on the pooled clips, and the paired t-test and Wilcoxon test on per-fold UA (a − b). */
export declare function compareModels(a: PairedScores, b: PairedScores): Comparison;
