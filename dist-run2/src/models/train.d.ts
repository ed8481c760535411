import type * as tfl from '@tensorflow/tfjs-layers';
import { Rng } from '../util/random.js';
import type { AugmentConfig, TrainConfig } from './config.js';
import { type Sequence } from './sequences.js';
/** Standardised clips with their active regions and labels. */
export interface ClipSet {
    seqs: Sequence[];
    /** Leading input dimensions that form a frequency axis (the log-mel bands), for frequency-shift augmentation. */
    frequencyDims?: number;
    regions: {
        start: number;
        end: number;
    }[];
    labels: Int32Array;
    /**
     * How much each standardised input dimension moves per dB of gain (log-mel bands: 1 / std; log RMS:
     * ln 10 / 20 / std; MFCC c0: √n_mels / std; pitch and deltas: 0), for gain augmentation; absent = none.
     */
    gainPerDb?: Float32Array;
    /**
     * Other versions of the same clips (speed-perturbed), standardised alike: each training crop is drawn from the
     * clip itself or one of these, uniformly. Absent or [] = the clips only.
     */
    variants?: Pick<ClipSet, 'seqs' | 'regions'>[];
}
export interface EpochLog {
    epoch: number;
    loss: number;
    valUa: number | null;
    valWa: number | null;
    seconds: number;
    best: boolean;
}
export interface TrainResult {
    history: EpochLog[];
    /** Epoch (1-based) whose weights the model holds at the end. */
    bestEpoch: number;
    stoppedEarly: boolean;
}
export declare function classWeights(labels: Int32Array, nClasses: number): Float32Array;
/** Shifts bands 0 … bands−1 of every frame by `shift` (positive = up), in place, repeating the edge band. */
export declare function frequencyShift(x: Float32Array, frames: number, dims: number, bands: number, shift: number): void;
/**
 * Gain augmentation on one crop, in place: the input as if the clip had been recorded `db` louder. Exact for a
 * dB-scaled log-mel (ref = 1) and log RMS, whose raw values shift by `db` and `db`·ln 10 / 20; f0 and
 * periodicity do not depend on level.
 */
export declare function applyGain(x: Float32Array, frames: number, dims: number, gainPerDb: Float32Array, db: number): void;
/** SpecAugment masks on one crop (T × F, time-major), in place: frequency bands and time spans set to 0. */
export declare function specAugment(x: Float32Array, frames: number, dims: number, cfg: AugmentConfig, rng: Rng): void;
/**
 * Mixup in place on one batch: rows blended with a shuffled partner, x ← λx + (1 − λ)x', targets and loss weights
 * alike, one λ ~ Beta(α, α) per batch, taken as max(λ, 1 − λ) so each row stays closest to its own clip.
 */
export declare function mixup(x: Float32Array, targets: Float32Array, weights: Float32Array, n: number, alpha: number, rng: Rng): void;
/** The learning rate of update `step` (0-based) of `totalSteps` under `cfg.lrSchedule`. */
export declare function scheduledLearningRate(cfg: Pick<TrainConfig, 'learningRate' | 'lrSchedule'>, step: number, totalSteps: number): number;
export declare function trainNetwork(model: tfl.LayersModel, train: ClipSet, val: ClipSet | null, nClasses: number, cfg: TrainConfig, onEpoch?: (log: EpochLog) => void, epochs?: number): Promise<TrainResult>;
/**
 * Class probabilities (n × k, row-major) for each clip: the softmax of the logits of every crop covering its
 * active region, averaged.
 */
export declare function predictProbabilities(model: tfl.LayersModel, clips: Pick<ClipSet, 'seqs' | 'regions'>, nClasses: number, cfg: Pick<TrainConfig, 'cropFrames' | 'testHopFrames'>, batchSize?: number): Float32Array;
