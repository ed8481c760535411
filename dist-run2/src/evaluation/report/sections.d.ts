/**
 * The report's descriptive sections: protocol and method, results tables, significance table, per-class tables,
 * plots. Every number comes from the results; the conclusions (summary, strengths, recommendations) are in
 * conclusion.ts.
 */
import type { ExperimentResults, ModelResults } from '../../scoring/results.js';
import { type ReportOptions } from './analysis.js';
import { type Block, type Inline } from './document.js';
import type { PlotSpec } from './plots.js';
export declare function leakyWarning(results: ExperimentResults): Inline;
export declare function protocolSection(results: ExperimentResults): Block[];
export declare function resultsSection(results: ExperimentResults, models: ModelResults[]): Block[];
export declare function significanceSection(results: ExperimentResults, models: ModelResults[], options: ReportOptions): Block[];
export declare function perClassSection(results: ExperimentResults, models: ModelResults[], best: ModelResults | undefined, options: ReportOptions): Block[];
export declare function plotsSection(specs: PlotSpec[], results: ExperimentResults): Block[];
/**
 * With speech and song in one run: each model scored on each channel's clips alone, over that channel's classes
 * (RAVDESS song has no disgust or surprised), beside its pooled score.
 */
export declare function channelSection(results: ExperimentResults, models: ModelResults[]): Block[];
