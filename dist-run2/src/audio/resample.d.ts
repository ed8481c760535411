/**
 * Resample `y` from `srIn` to `srOut` Hz.
 *
 * @returns a new array of length `Math.round(y.length * srOut / srIn)`, time-aligned with the input (sample `k` of
 *   the output is at time k/srOut, as sample `j` of the input is at j/srIn). When the rates are equal it is a copy
 *   of `y` (never `y` itself), so callers may modify the result freely.
 * @throws AudioError INVALID_ARGUMENT for rates that are not positive integers or a ratio beyond 256:1.
 */
export declare function resample(y: Float32Array, srIn: number, srOut: number): Promise<Float32Array>;
/** Free this thread's resampler memory and cached filters; they are rebuilt on demand. */
export declare function releaseResamplers(): Promise<void>;
