/**
 * The layout of a results folder, in one place: the experiment runner writes it, the stacking step saves its final
 * models into it, the report is written beside it, and the predictor reads it.
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
export class ResultsFolder {
    root;
    constructor(root) {
        this.root = resolve(root);
    }
    get configPath() {
        return join(this.root, 'config.json');
    }
    get jobsDir() {
        return join(this.root, 'jobs');
    }
    get modelsDir() {
        return join(this.root, 'models');
    }
    /** Where a fold model of `voe train` / `voe compare` is saved, by its job id. */
    foldModelDir(jobId) {
        return join(this.modelsDir, jobId);
    }
    /** Where the final model `name` (cnn, rnn, ensemble, ensemble+…, svm-functionals) is saved. */
    finalModelDir(name) {
        return join(this.modelsDir, `final-${name}`);
    }
    hasFinalModel(name) {
        return existsSync(this.finalModelDir(name));
    }
    get predictionsPath() {
        return join(this.root, 'predictions.csv');
    }
    get metricsPath() {
        return join(this.root, 'metrics.json');
    }
    get reportMarkdownPath() {
        return join(this.root, 'report.md');
    }
    get reportHtmlPath() {
        return join(this.root, 'report.html');
    }
    get plotsDir() {
        return join(this.root, 'plots');
    }
    /** The run's metrics.json, or null when the folder has none (yet); a corrupt file is an error, not a null. */
    readMetrics() {
        if (!existsSync(this.metricsPath))
            return null;
        try {
            return JSON.parse(readFileSync(this.metricsPath, 'utf8'));
        }
        catch (e) {
            throw new VoeError('INVALID_ARGUMENT', `metrics.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: this.metricsPath });
        }
    }
    /** The saved config.json as parsed JSON (validate it with `validateExperimentConfig`), or null when absent. */
    readConfig() {
        if (!existsSync(this.configPath))
            return null;
        try {
            return JSON.parse(readFileSync(this.configPath, 'utf8'));
        }
        catch (e) {
            throw new VoeError('INVALID_ARGUMENT', `config.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: this.configPath });
        }
    }
}
//# sourceMappingURL=results-folder.js.map