import type { ExperimentResults } from '../scoring/results.js';
import { type ReportOptions } from './report/analysis.js';
export { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './report/analysis.js';
export interface RenderedReport {
    markdown: string;
    html: string;
    /** SVG text per plot key; written as plots/<key>.svg. */
    plots: Record<string, string>;
}
/** The report's text and plots, in memory. Async only because Vega renders asynchronously. */
export declare function renderReport(results: ExperimentResults, options?: Partial<ReportOptions>): Promise<RenderedReport>;
export interface WrittenReport {
    markdown: string;
    html: string;
    plots: string[];
}
/** Renders the report and writes report.md, report.html and plots/<key>.svg into `dir` (created if needed). */
export declare function writeReport(dir: string, results: ExperimentResults, options?: Partial<ReportOptions>): Promise<WrittenReport>;
