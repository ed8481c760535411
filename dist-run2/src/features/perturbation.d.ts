import { Rng } from '../util/random.js';
export interface Perturbation {
    /** Play speed: 0.9 is slower and lower, 1.1 faster and higher; 1 or absent = unchanged. */
    speed?: number;
    /**
     * White Gaussian noise at an SNR (dB, against the clip's mean power over all its samples) drawn uniformly from
     * `snrDb` for each clip; `copy` numbers independent draws (noise and SNR both), each reproducible from the clip's
     * content alone.
     */
    noise?: {
        snrDb: [number, number];
        copy: number;
    };
}
export declare function isIdentity(p: Perturbation): boolean;
/** Throws AudioError INVALID_ARGUMENT for a speed outside 0.5–2 or a noise range that is not two finite dB values, low ≤ high. */
export declare function checkPerturbation(p: Perturbation): void;
/** The perturbation without its no-op parts, for hashing: {} for the clip itself. */
export declare function normalisePerturbation(p: Perturbation): Perturbation;
/** A short name, also a key: '' for none, 'speed 0.9', 'noise 10–30 dB #0'. */
export declare function describePerturbation(p: Perturbation): string;
/** A 32-bit seed from a clip's content hash (hex) and a copy number. */
export declare function noiseSeed(contentHash: string, copy: number): number;
/**
 * `y` plus white Gaussian noise at `snrDb` below its mean power (a new array). A silent `y` gets no noise: there is
 * no level to set it against, and feature extraction rejects the clip as silent anyway.
 */
export declare function addNoise(y: Float32Array, snrDb: number, rng: Rng): Float32Array;
/** The noise of perturbation `p` for the clip with content hash `contentHash`, applied to `y` (unchanged without noise). */
export declare function applyNoise(y: Float32Array, p: Perturbation, contentHash: string): Float32Array;
