import type { ExperimentConfig } from './experiment-config.js';
import type { ResultsFolder } from '../predict/results-folder.js';
import { type PreparedCorpus } from './prepared-corpus.js';
import type { Split } from '../scoring/folds.js';
import type { JobResult } from './jobs.js';
import type { ModelPredictions } from './scoring.js';
export interface StackingOutcome {
    predictions: ModelPredictions[];
    method: string[];
    /** Fits the deployable second-level models on every clip's out-of-fold predictions and saves them into the results folder. */
    saveFinal(folder: ResultsFolder): Promise<void>;
}
export declare function runStacking(cfg: ExperimentConfig, split: Split, corpus: PreparedCorpus, results: Map<string, JobResult>, base: ModelPredictions[], log: (line: string) => void): Promise<StackingOutcome>;
