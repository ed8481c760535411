import type { FeatureConfig } from '../config.js';
import type { TrainConfig } from '../models/config.js';
import type { EpochLog } from '../models/train.js';
/** A clip as the workers see it: where its audio is (features come from the cache) and its speaker and label. */
export interface JobClip {
    path: string;
    speaker: string;
    emotion: string;
}
export interface TrainingJob {
    /** Unique within a run and safe as a file name: e.g. 'cnn-fold-3', 'rnn-pair-1-4', 'cnn-final'. */
    id: string;
    config: TrainConfig;
    /** Indices into the run's clips. */
    trainClips: number[];
    /** Early-stopping clips (other speakers than trainClips); empty → train for `config.epochs` epochs. */
    validationClips: number[];
    predictClips: number[];
    /** Save the trained model (model.json + weights + voe-model.json) here, if given. */
    saveModelTo?: string;
    /** Kept with the saved model. */
    notes?: Record<string, unknown>;
}
export interface JobResult {
    id: string;
    hash: string;
    classes: string[];
    predictClips: number[];
    /** predictClips.length × classes.length, row-major. */
    probs: number[];
    /** Every speaker whose clips trained this model, validation speakers included (for leak checks). */
    trainedOnSpeakers: string[];
    history: EpochLog[];
    bestEpoch: number;
    stoppedEarly: boolean;
    seconds: number;
    backend: string;
}
export interface JobProgress {
    kind: 'epoch' | 'done' | 'cached' | 'started';
    id: string;
    epoch?: EpochLog;
    jobsDone: number;
    jobsTotal: number;
    /** Epochs run so far in this run, and an estimate of the epochs left (max epochs of unfinished jobs). */
    elapsedSeconds: number;
    etaSeconds: number | null;
}
export interface RunJobsOptions {
    clips: JobClip[];
    featureConfig: FeatureConfig;
    cacheRoot: string;
    /** Folder for finished job results (created). */
    dir: string;
    /** Worker threads; default one per core, never more than jobs. */
    workers?: number;
    onProgress?: (p: JobProgress) => void;
    signal?: AbortSignal;
}
export interface RunJobsOutcome {
    results: Map<string, JobResult>;
    interrupted: boolean;
    backend: string | null;
}
/**
 * Bumped whenever training code changes what a config produces (so saved job results from older code are not
 * reused): 2 = dropout draws a fresh mask each step (seeded-dropout.ts).
 */
export declare const TRAINER_VERSION = 2;
/** The hash of everything that decides a job's result. */
export declare function jobHash(job: TrainingJob, clips: JobClip[], featureConfig: FeatureConfig): string;
export declare function jobResultPath(dir: string, id: string): string;
/** A finished result for this job from an earlier run, if its hash matches (and, if it saved a model, the model is there). */
export declare function cachedJobResult(dir: string, job: TrainingJob, hash: string): JobResult | null;
/**
 * Runs the jobs (those without a cached result) in worker threads, longest first, and returns every result.
 * Rejects if a job fails (a training error is a bug or a bad config, not a bad file: nothing to skip); results of
 * jobs finished before the failure are on disk already.
 */
export declare function runJobs(jobs: TrainingJob[], options: RunJobsOptions): Promise<RunJobsOutcome>;
