import type { FeatureSet } from './feature-set.js';
/**
 * Utterance-level functionals: fixed-length summaries of frame-level tracks, the input of classical baselines
 * (an SVM on MFCC and pitch statistics, as in the openSMILE/eGeMAPS tradition).
 *
 * For every track: mean, std (population), min, max, the 10th/50th/90th percentiles (linear interpolation, as
 * numpy's default) and the slope of a least-squares line against time in seconds. Pitch statistics are taken over
 * voiced frames only (voicing ≥ `voicedThreshold`) and come with the voiced fraction; an utterance with no voiced
 * frame gets zeros for them (and a voiced fraction of 0, which says so).
 */
export declare const FUNCTIONAL_STATS: readonly ["mean", "std", "min", "max", "p10", "p50", "p90", "slope"];
export interface FunctionalsOptions {
    /** Which frame-level inputs to summarise. */
    include: Array<'mfcc' | 'delta' | 'delta2' | 'logmel' | 'f0' | 'rms' | 'zcr'>;
    /** YIN periodicity above which a frame counts as voiced for the pitch statistics. */
    voicedThreshold: number;
}
export declare const DEFAULT_FUNCTIONALS: Readonly<FunctionalsOptions>;
export interface Functionals {
    names: string[];
    values: Float32Array;
}
export declare function functionals(fs: FeatureSet, options?: Partial<FunctionalsOptions>): Functionals;
/**
 * [mean, std, min, max, p10, p50, p90, slope] of a track; `frameIndex` gives each value's frame when the track is a
 * subset of frames. An empty track gives zeros.
 */
export declare function summarize(track: ArrayLike<number>, frameIndex: ArrayLike<number> | null, secondsPerFrame: number): number[];
/** numpy.percentile's default ('linear') on an ascending array. */
export declare function percentile(sorted: ArrayLike<number>, q: number): number;
