import type { TopLevelSpec } from 'vega-lite';
import type { ExperimentResults, ModelResults } from '../../scoring/results.js';
export declare function modelColor(index: number): string;
export interface PlotSpec {
    /** File name stem: plots/<key>.svg. */
    key: string;
    title: string;
    /** One sentence for the figure caption and alt text. */
    caption: string;
    spec: TopLevelSpec;
}
/** One confusion matrix: rows true emotion, columns predicted, cell colour and first line the row-normalised recall. */
export declare function confusionSpec(results: ExperimentResults, model: ModelResults, key: string): PlotSpec;
/**
 * A confusion matrix of `confusion[i][j]` clips of true class `rows[i]` predicted as `cols[j]`; rows and columns may
 * differ (a model scored on a corpus with fewer classes than it predicts).
 */
export declare function confusionMatrixSpec(rows: string[], cols: string[], confusion: number[][], text: {
    key: string;
    title: string;
    subtitle: string;
    caption: string;
}): PlotSpec;
export declare function perClassF1Spec(results: ExperimentResults, models: ModelResults[]): PlotSpec;
/** UA on each outer fold, one line per model; the legend carries each model's mean ± std. */
export declare function foldUaSpec(results: ExperimentResults, models: ModelResults[]): PlotSpec;
/**
 * Training curves: one column per model, rows training loss and validation UA by epoch. Every run (outer/inner
 * fold, final) is a thin line; the bold line is the mean over the runs still training at that epoch (early stopping
 * ends runs at different epochs, so late epochs average fewer runs); dots mark each run's best (kept) epoch.
 */
export declare function curvesSpec(results: ExperimentResults, models: ModelResults[]): PlotSpec | null;
/** Compiles and renders one Vega-Lite spec to SVG text. */
export declare function renderSvg(spec: TopLevelSpec, idPrefix: string): Promise<string>;
/** Every plot the results support, in report order. */
export declare function plotSpecs(results: ExperimentResults, models: ModelResults[], confusionKeys: string[]): PlotSpec[];
