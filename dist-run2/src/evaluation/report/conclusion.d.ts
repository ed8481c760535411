/**
 * The report's conclusions: the summary, each model's strengths and limitations, and recommendations. All written
 * from the numbers: which model leads and by how much, whether the lead survives both tests, which classes and
 * folds are weak. Thresholds are in `ReportOptions`.
 */
import type { ExperimentResults, ModelResults } from '../../scoring/results.js';
import { type OrientedComparison, type ReportOptions } from './analysis.js';
import { type Block } from './document.js';
/** A gap between two models read through both tests, from the side of `x` (the one ahead by mean UA). */
export interface GapSignificance {
    comparison: OrientedComparison | null;
    /** McNemar significant and in x's favour (x alone right on more clips). */
    mcnemarForX: boolean;
    /** McNemar significant in y's favour: UA and clip accuracy disagree. */
    mcnemarForY: boolean;
    /** Fold t-test significant with x ahead. */
    tTestForX: boolean;
    /** Both of the above for x: the report's criterion for "significantly better". */
    both: boolean;
}
export declare function gapSignificance(results: ExperimentResults, x: string, y: string, alpha: number): GapSignificance;
export declare function summarySection(results: ExperimentResults, models: ModelResults[], options: ReportOptions): Block[];
export declare function strengthsSection(results: ExperimentResults, models: ModelResults[], options: ReportOptions): Block[];
export declare function recommendationsSection(results: ExperimentResults, models: ModelResults[], options: ReportOptions): Block[];
