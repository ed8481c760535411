/**
 * From a split to training jobs, for the two evaluation designs:
 *
 * - **fold jobs** (`voe train`, `voe compare`): per outer fold, one network trained on the fold's training speakers
 *   (less a few validation speakers for early stopping, chosen among the training speakers only) and tested on
 *   its held-out speakers.
 * - **pair jobs** (`voe experiment`, stacking): the outer folds' speaker groups G1 … Gk; for every pair {i, j} one
 *   network trained on all groups but Gi and Gj, predicting both. For outer fold i, the models {i, j} (j ≠ i) are
 *   exactly the inner cross-validation of i's training speakers: model {i, j} gives out-of-fold predictions for
 *   Gj (it never saw Gj, nor the test group Gi), and the mean of the k − 1 models {i, ·} is the base models'
 *   prediction for Gi. Each model serves two outer folds, so nested cross-validation costs k(k − 1)/2 trainings
 *   per architecture instead of k².
 */
import type { TrainConfig } from '../models/config.js';
import { type Split, type SplitItem } from '../scoring/folds.js';
import type { TrainingJob } from './jobs.js';
/** A seed per job, derived from the run's seed and the job's place, so jobs differ but the run is reproducible. */
export declare function jobSeed(seed: number, ...parts: number[]): number;
/** Splits training indices into those of `validationSpeakers` (early stopping) and the rest. */
export declare function holdOutValidation(items: readonly SplitItem[], trainIdx: number[], nSpeakers: number, seed: number): {
    train: number[];
    validation: number[];
    validationSpeakers: string[];
};
export declare function foldJobs(items: readonly SplitItem[], split: Split, config: TrainConfig, seed: number): TrainingJob[];
/** Pair-job id for groups i and j (0-based, either order). */
export declare function pairJobId(architecture: string, i: number, j: number): string;
export declare function pairJobs(items: readonly SplitItem[], split: Split, config: TrainConfig, seed: number): TrainingJob[];
/**
 * A network on every clip (for deployment), trained for a fixed number of epochs: the median best epoch of the
 * cross-validation runs, since no speakers are left to stop on.
 */
export declare function finalJob(items: readonly SplitItem[], config: TrainConfig, epochs: number, seed: number, saveModelTo: string): TrainingJob;
export declare function medianBestEpoch(bestEpochs: number[]): number;
