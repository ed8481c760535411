/**
 * The layout of a results folder, in one place: the experiment runner writes it, the stacking step saves its final
 * models into it, the report is written beside it, and the predictor reads it (through `RESULTS_PATHS`).
 *
 * ```
 * <root>/config.json        the run's ExperimentConfig (accepted back by `voe experiment --config`)
 * <root>/jobs/<id>.json     one per trained network: the unit of resumption
 * <root>/models/<job id>/   fold models of `voe train` / `voe compare`
 * <root>/models/final-<m>/  final models on every clip: cnn, rnn, the stacking variants, svm-functionals
 * <root>/predictions.csv    every clip's out-of-fold probabilities per model
 * <root>/metrics.json       ExperimentResults
 * <root>/report.md, report.html, plots/*.svg
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VoeError } from '../errors.js';
import type { ExperimentResults } from '../scoring/results.js';

/**
 * The paths the predictor reads, relative to the root and '/'-separated, so that they work over HTTP too
 * (saved-models.ts reads them through a ModelSource, in Node and in the browser).
 */
export const RESULTS_PATHS = {
  metrics: 'metrics.json',
  /** The folder of final model `name` (cnn, rnn, ensemble, ensemble+…, svm-functionals). */
  finalModel: (name: string) => `models/final-${name}`,
};

export class ResultsFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  get configPath(): string {
    return join(this.root, 'config.json');
  }

  get jobsDir(): string {
    return join(this.root, 'jobs');
  }

  get modelsDir(): string {
    return join(this.root, 'models');
  }

  /** Where a fold model of `voe train` / `voe compare` is saved, by its job id. */
  foldModelDir(jobId: string): string {
    return join(this.modelsDir, jobId);
  }

  /** Where the final model `name` (cnn, rnn, ensemble, ensemble+…, svm-functionals) is saved. */
  finalModelDir(name: string): string {
    return join(this.root, ...RESULTS_PATHS.finalModel(name).split('/'));
  }

  hasFinalModel(name: string): boolean {
    return existsSync(this.finalModelDir(name));
  }

  get predictionsPath(): string {
    return join(this.root, 'predictions.csv');
  }

  get metricsPath(): string {
    return join(this.root, RESULTS_PATHS.metrics);
  }

  get reportMarkdownPath(): string {
    return join(this.root, 'report.md');
  }

  get reportHtmlPath(): string {
    return join(this.root, 'report.html');
  }

  get plotsDir(): string {
    return join(this.root, 'plots');
  }

  /** The run's metrics.json, or null when the folder has none (yet); a corrupt file is an error, not a null. */
  readMetrics(): ExperimentResults | null {
    if (!existsSync(this.metricsPath)) return null;
    try {
      return JSON.parse(readFileSync(this.metricsPath, 'utf8')) as ExperimentResults;
    } catch (e) {
      throw new VoeError('INVALID_ARGUMENT', `metrics.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: this.metricsPath });
    }
  }

  /** The saved config.json as parsed JSON (validate it with `validateExperimentConfig`), or null when absent. */
  readConfig(): unknown {
    if (!existsSync(this.configPath)) return null;
    try {
      return JSON.parse(readFileSync(this.configPath, 'utf8')) as unknown;
    } catch (e) {
      throw new VoeError('INVALID_ARGUMENT', `config.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: this.configPath });
    }
  }
}
