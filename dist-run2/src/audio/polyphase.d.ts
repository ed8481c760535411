/** Pass-band edge as a fraction of the lower Nyquist frequency (0.9: flat to 7.2 kHz for 16 kHz output). */
export declare const PASSBAND = 0.9;
/** Stop-band attenuation of the design in dB (above the lower Nyquist frequency). */
export declare const ATTENUATION_DB = 90;
/** Largest ratio either way (the filter, in input samples, grows with the down-sampling ratio). */
export declare const MAX_RATIO = 256;
/** The filter for one reduced ratio: output sample k is at input time k·q/p. */
export interface PolyphaseFilter {
    /** Output samples per period. */
    p: number;
    /** Input samples per period. */
    q: number;
    /** Taps per phase (a multiple of 16; the last ones may be zero). */
    taps: number;
    /** Input samples before the output's time that the first tap reaches: tap m of output k reads input ⌊kq/p⌋ − left + m. */
    left: number;
    /** p × taps coefficients, phase-major: phase φ = (k·q) mod p. Empty when p·taps > MAX_TABLE (see `coefficients`). */
    table: Float32Array;
    /** Kaiser β, cut-off in cycles per input sample, and half-length in input samples. */
    beta: number;
    cutoff: number;
    halfLength: number;
}
/** Modified Bessel function of the first kind, order 0 (power series; converges for the β used here). */
export declare function besselI0(x: number): number;
/** The filter for `srIn` → `srOut` (cached per reduced ratio). */
export declare function polyphaseFilter(srIn: number, srOut: number): PolyphaseFilter;
/**
 * The taps of phase `ph` (output time ⌊kq/p⌋ + ph/p) into `out` (length `taps`), in double precision, scaled to
 * sum to 1. Tap m multiplies input ⌊kq/p⌋ − left + m, at distance t = ph/p + left − m before the output's time.
 */
export declare function coefficients(f: PolyphaseFilter, ph: number, out: Float64Array): Float64Array;
/** Free this thread's kernel memory and the cached filters (both are rebuilt on demand). */
export declare function releasePolyphase(): void;
/**
 * Resample `y` from `srIn` to `srOut` Hz with the polyphase filter above.
 *
 * @returns a new array of length `Math.round(y.length · srOut / srIn)`; output sample k is at time k/srOut as input
 *   sample j is at j/srIn. Equal rates give a copy of `y`.
 * @param folded for integer down-sampling, use the kernel that folds the symmetric filter (half the products);
 *   false runs the general polyphase kernel instead (the same filter; for tests and benchmarks).
 * @throws AudioError INVALID_ARGUMENT for rates that are not positive integers or a ratio beyond 256:1.
 */
export declare function resamplePolyphase(y: Float32Array, srIn: number, srOut: number, { folded }?: {
    folded?: boolean;
}): Float32Array;
