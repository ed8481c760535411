/**
 * Facts the report's prose is written from, derived from the results only: rankings, oriented comparisons,
 * per-class standings, confusions. Pure functions; no wording here.
 */
import type { Comparison, ExperimentResults, ModelResults } from '../../scoring/results.js';
/** Thresholds the conclusions use, in one place (all fractions, not percent). */
export interface ReportOptions {
    /** Significance level for every test. */
    alpha: number;
    /** A class below this pooled recall with the best model is named in the recommendations. */
    lowRecall: number;
    /** A fold UA standard deviation at or above this is called large. */
    largeFoldStd: number;
    /** How many off-diagonal confusion cells to list. */
    topConfusions: number;
}
export declare const DEFAULT_REPORT_OPTIONS: ReportOptions;
export declare function modelList(results: ExperimentResults): ModelResults[];
/** Models by mean UA, best first; models without a UA last, in their given order. */
export declare function rankByUa(models: ModelResults[]): ModelResults[];
/** Whether a model combines others: its `role`, else its name ('ensemble', 'stack…', 'average', 'vote'). */
export declare function isEnsemble(m: ModelResults): boolean;
/** A comparison seen from model `x`'s side: `a` is x, differences are x − y. */
export interface OrientedComparison {
    x: string;
    y: string;
    /** Clips only x got right, only y got right. */
    xOnly: number;
    yOnly: number;
    mcnemarStatistic: number;
    mcnemarP: number;
    exact: boolean;
    /** Mean over folds of UA(x) − UA(y). */
    meanDifference: number;
    t: number;
    df: number;
    tP: number;
    wilcoxonP: number;
}
export declare function orient(c: Comparison, x: string): OrientedComparison;
/** The recorded comparison of x with y, from x's side, or null. */
export declare function findComparison(results: ExperimentResults, x: string, y: string): OrientedComparison | null;
export interface Verdict {
    mcnemar: boolean;
    tTest: boolean;
    wilcoxon: boolean;
    /** Significant by both McNemar's test and the fold t-test, the report's criterion. */
    both: boolean;
}
export declare function verdict(c: OrientedComparison, alpha: number): Verdict;
/** Number of outer folds: the protocol's, else the most any model reports. */
export declare function foldCount(results: ExperimentResults): number;
/** The smallest two-sided p the exact Wilcoxon signed-rank test can reach on n pairs: 2^(1−n). */
export declare function wilcoxonFloor(n: number): number;
/**
 * Chance-level UA: 1 / (emotions with test clips). UA averages recall over the emotions present, and a classifier
 * that ignores its input (a constant or random guess) has a mean recall of exactly that.
 */
export declare function chanceUa(results: ExperimentResults): number;
/** Pooled F1 of class i, NaN when the class has no test clips (F1 is undefined there, not 0). */
export declare function classF1(m: ModelResults, i: number): number;
export declare function classRecall(m: ModelResults, i: number): number;
/** Test clips of class i (from the first model that has them; every model sees the same clips). */
export declare function classSupport(models: ModelResults[], i: number): number;
export interface ClassStanding {
    index: number;
    name: string;
    value: number;
}
/** Classes with test clips sorted by `value` (NaN dropped), highest first. */
export declare function sortClasses(results: ExperimentResults, value: (i: number) => number): ClassStanding[];
export interface Confusion {
    truth: string;
    predicted: string;
    count: number;
    /** Share of the true class. */
    share: number;
}
/** The largest off-diagonal cells of a model's pooled confusion matrix, largest first (ties in class order). */
export declare function topConfusions(results: ExperimentResults, m: ModelResults, n: number): Confusion[];
/** The class a true class is most often mistaken for, or null if it never is. */
export declare function mostConfusedWith(results: ExperimentResults, m: ModelResults, i: number): Confusion | null;
export declare function median(values: number[]): number;
/** Per model, on how many folds it has the highest UA, and how many of those it shares with another model. */
export declare function foldWins(models: ModelResults[], nFolds: number): Map<string, {
    wins: number;
    tied: number;
}>;
/** Speaker ids without their shared corpus prefix: ['ravdess:01', 'ravdess:02'] → '01, 02'. */
export declare function speakerList(speakers: string[]): string;
/** What is known about a public corpus, for the limitations: facts about the recordings, not about the results. */
export interface CorpusFacts {
    title: string;
    speech: string;
    language: string;
}
/** Keyed by the corpus id `scanCorpus` reports. Sources: each corpus' own publication (see src/corpus/README.md). */
export declare const CORPUS_FACTS: Record<string, CorpusFacts>;
export declare function corpusFacts(name: string): CorpusFacts | null;
/** The vocal material the results describe: 'speech', 'song', or 'speech and song' (RAVDESS names it per clip). */
export declare function material(results: Pick<ExperimentResults, 'corpus'>): 'speech' | 'song' | 'speech and song';
/** The corpus as it is usually written ('RAVDESS' for 'ravdess'), else its name as recorded. */
export declare function corpusTitle(name: string): string;
