import type { CorpusScan } from '../corpus/types.js';
import { type ExtractionProgress } from '../features/batch.js';
import { type Perturbation } from '../features/perturbation.js';
import type { SplitItem } from '../scoring/folds.js';
import type { ExperimentConfig } from './experiment-config.js';
import type { JobClip, JobResult } from './jobs.js';
/** The corpus as the runner uses it: usable clips only, with labels as class indices. */
export interface PreparedCorpus {
    scan: CorpusScan;
    clips: JobClip[];
    items: SplitItem[];
    classes: string[];
    labels: Int32Array;
    /** Each clip's vocal channel ('speech', 'song') where the corpus names it (RAVDESS), else ''. */
    channels: string[];
    /** Files the scan skipped or whose features failed, with the reason. */
    skipped: {
        path: string;
        reason: string;
    }[];
}
/** What corpus preparation reports and listens to. */
export interface PrepareHooks {
    onFeatures?: (p: ExtractionProgress) => void;
    signal?: AbortSignal;
}
export declare function prepareCorpus(cfg: ExperimentConfig, hooks: PrepareHooks): Promise<PreparedCorpus | null>;
/** Every version of the clips the run's models train on (see trainingPerturbations), each once. */
export declare function runPerturbations(cfg: Pick<ExperimentConfig, 'models' | 'cnn' | 'rnn'>): Perturbation[];
/** What a base model trained on some clips says of others: a training job's result, or the functionals SVM's. */
export type PairPredictions = Pick<JobResult, 'classes' | 'predictClips' | 'probs' | 'trainedOnSpeakers'>;
/**
 * Adds a job's rows, times each clip's weight in `weights`, into an n × classes matrix in the run's class order (a
 * class the job never saw stays 0). Clips the job predicted but `weights` lacks are left alone.
 */
export declare function placeRows(target: Float32Array, classes: string[], result: PairPredictions, weights: Map<number, number>): void;
