import type { ExperimentResults } from '../scoring/results.js';
export declare class ResultsFolder {
    readonly root: string;
    constructor(root: string);
    get configPath(): string;
    get jobsDir(): string;
    get modelsDir(): string;
    /** Where a fold model of `voe train` / `voe compare` is saved, by its job id. */
    foldModelDir(jobId: string): string;
    /** Where the final model `name` (cnn, rnn, ensemble, ensemble+…, svm-functionals) is saved. */
    finalModelDir(name: string): string;
    hasFinalModel(name: string): boolean;
    get predictionsPath(): string;
    get metricsPath(): string;
    get reportMarkdownPath(): string;
    get reportHtmlPath(): string;
    get plotsDir(): string;
    /** The run's metrics.json, or null when the folder has none (yet); a corrupt file is an error, not a null. */
    readMetrics(): ExperimentResults | null;
    /** The saved config.json as parsed JSON (validate it with `validateExperimentConfig`), or null when absent. */
    readConfig(): unknown;
}
