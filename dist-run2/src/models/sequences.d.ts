/**
 * From cached features to model inputs: frame sequences (time-major T × F), their active region, fixed-length
 * crops, and per-dimension standardisation whose statistics come from training clips only.
 */
import type { FeatureSet } from '../features/feature-set.js';
import { Rng } from '../util/random.js';
/** Which frame-level features a model reads. */
export type ModelInput = 'logmel' | 'mfcc-deltas' | 'logmel-pitch';
/** A T × F sequence, time-major (row t = frame t), as tfjs expects for [batch, time, features]. */
export interface Sequence {
    frames: number;
    dims: number;
    data: Float32Array;
}
export declare function inputDims(input: ModelInput, fs: Pick<FeatureSet, 'logmel' | 'mfcc'>): number;
/**
 * The sequence a model of this input reads. 'logmel-pitch' appends log2 f0 (voiced frames; 0 elsewhere), YIN
 * periodicity and log RMS to the log-mel, the prosody that log-mel alone resolves poorly.
 */
export declare function toSequence(fs: FeatureSet, input: ModelInput): Sequence;
/**
 * How far each standardised input dimension moves per dB of gain, for gain augmentation (ClipSet.gainPerDb).
 * The log-mel is in dB (ref = 1) and moves by 1 per dB; log RMS, in nepers, by ln 10 / 20; f0 and periodicity do
 * not depend on level. The MFCCs are the orthonormal DCT-II of that log-mel, so c0 alone moves, by √n_mels, and
 * no delta does. `std` is the standardiser's, which divides every step.
 */
export declare function gainPerDb(input: ModelInput, bands: number, std: Float32Array): Float32Array;
/**
 * The frames between the first and last whose RMS is within `top_db` of the clip's loudest frame: librosa's
 * `effects.trim` at frame resolution, so crops fall on speech rather than on the silence around it.
 */
export declare function activeRegion(rms: Float32Array, top_db?: number): {
    start: number;
    end: number;
};
/** Subtracts, in place, each dimension's mean over the frames of `region` from every frame (see TrainConfig.utteranceNorm). */
export declare function subtractRegionMean(seq: Sequence, region: {
    start: number;
    end: number;
}): Sequence;
/**
 * Averages each run of `stride` frames into one (a tail shorter than `stride` is averaged on its own), so the
 * networks see a coarser hop: half the frames at stride 2, for half the training cost, and twice the time per crop.
 */
export declare function poolFrames(seq: Sequence, stride: number): Sequence;
/** A frame region at the coarser hop of `poolFrames(…, stride)`: every pooled frame that overlaps it. */
export declare function poolRegion(region: {
    start: number;
    end: number;
}, stride: number): {
    start: number;
    end: number;
};
/** `length` frames from `start` (zero rows past the end: after standardisation zero is the training mean). */
export declare function crop(seq: Sequence, start: number, length: number): Float32Array;
/** A random crop for training, drawn within the active region (or centred in it, if the region is shorter). */
export declare function randomCrop(seq: Sequence, region: {
    start: number;
    end: number;
}, length: number, rng: Rng): Float32Array;
/** Crops covering the active region with a hop of `hop` frames, for averaging predictions at test time. */
export declare function coveringCrops(seq: Sequence, region: {
    start: number;
    end: number;
}, length: number, hop: number): Float32Array[];
/** Per-dimension mean and standard deviation over every frame of the training sequences, applied to any sequence. */
export declare class Standardizer {
    readonly mean: Float32Array;
    readonly std: Float32Array;
    constructor(mean: Float32Array, std: Float32Array);
    static fit(sequences: Sequence[]): Standardizer;
    /** A standardised copy. */
    apply(seq: Sequence): Sequence;
    toJSON(): {
        mean: number[];
        std: number[];
    };
    static fromJSON(j: {
        mean: number[];
        std: number[];
    }): Standardizer;
}
