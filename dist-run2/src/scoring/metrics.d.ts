/**
 * Classification metrics as pure functions of integer labels `yTrue`, `yPred` in 0 … nClasses−1 (as
 * sklearn.metrics). Definitions:
 * - accuracy (WA, weighted accuracy): correct / total.
 * - unweighted accuracy (UA): the mean over classes of recall, over the classes present in yTrue (sklearn's
 *   `balanced_accuracy_score`).
 * - macro-F1: the unweighted mean of per-class F1 over all nClasses, with F1 = 0 where precision + recall = 0
 *   (sklearn's `f1_score(average='macro', labels=range(nClasses), zero_division=0)`).
 */
export interface ClassReport {
    precision: number;
    recall: number;
    f1: number;
    support: number;
}
export interface Metrics {
    n: number;
    wa: number;
    ua: number;
    macroF1: number;
    perClass: ClassReport[];
    /** confusion[i][j]: clips of true class i predicted as j. */
    confusion: number[][];
}
export declare function confusionMatrix(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, nClasses: number): number[][];
/**
 * Metrics of a confusion matrix. `labels` (class indices) restricts macro-F1 to those classes, as sklearn's
 * `f1_score(labels=…)`: a subset scored over the classes it has (RAVDESS song has no disgust or surprised).
 */
export declare function metricsFromConfusion(confusion: number[][], labels?: readonly number[]): Metrics;
export declare function classificationMetrics(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, nClasses: number, labels?: readonly number[]): Metrics;
export declare function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number;
/** The index of the largest value in each row of a row-major n × k probability matrix. */
export declare function argmaxRows(probs: ArrayLike<number>, k: number): Int32Array;
export interface MeanStd {
    mean: number;
    /** Sample standard deviation over folds (n − 1 in the denominator); 0 for a single fold. */
    std: number;
    values: number[];
}
export declare function meanStd(values: number[]): MeanStd;
/** "61.2 ± 3.4" in percent. */
export declare function formatPercent(m: MeanStd, digits?: number): string;
