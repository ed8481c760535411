import type { ExtractionProgress } from '../features/batch.js';
import { type ExperimentConfig } from './experiment-config.js';
import { type Split, type SplitItem } from '../scoring/folds.js';
import { type JobProgress } from './jobs.js';
import type { ExperimentResults } from '../scoring/results.js';
export interface ExperimentHooks {
    log?: (line: string) => void;
    onFeatures?: (p: ExtractionProgress) => void;
    onJobs?: (phase: string, p: JobProgress) => void;
    signal?: AbortSignal;
}
export interface ExperimentOutcome {
    out: string;
    interrupted: boolean;
    results: ExperimentResults | null;
}
export declare function makeSplit(cfg: Pick<ExperimentConfig, 'protocol' | 'folds' | 'seed'>, items: SplitItem[]): Split;
export declare function runExperiment(cfg: ExperimentConfig, hooks?: ExperimentHooks): Promise<ExperimentOutcome>;
