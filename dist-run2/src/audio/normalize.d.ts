/**
 * A clip whose peak is below this (−120 dBFS) counts as silent. For scale: one LSB of 16-bit audio is 3.1e-5
 * (−90 dBFS), so only digital silence or a few LSBs of 24-bit audio fall below.
 */
export declare const SILENT_PEAK = 0.000001;
/**
 * Scale `y` so that its largest absolute sample equals `target` (default 1.0, full scale). Returns a new array.
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal;
 *   INVALID_ARGUMENT for a target that is not a positive number.
 */
export declare function normalizePeak(y: Float32Array, target?: number): Float32Array;
/**
 * Scale `y` so that its RMS level is `targetDb` dB relative to full scale (default −20 dBFS, i.e. RMS 0.1).
 * Returns a new array. The peak is not limited: a very peaky clip can exceed ±1 (no clipping is applied).
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal.
 */
export declare function normalizeRms(y: Float32Array, targetDb?: number): Float32Array;
/** What `normalizeActiveLevel` did: the scaled clip, the gain applied, and the level it measured before. */
export interface ActiveLevelResult {
    y: Float32Array;
    /** Gain applied, in dB (positive = made louder). */
    gainDb: number;
    /** The clip's active level before scaling, in dBFS. */
    levelDb: number;
    /** Fraction of frames counted as active. */
    activeFraction: number;
}
/**
 * Scale `y` so that the RMS of its active frames is `targetDb` dBFS: a recording's level, which says more about the
 * microphone, its gain and the distance to it than about the speaker, is taken out before any feature is computed.
 *
 * Active frames are those whose RMS is within `topDb` (default 40 dB) of the loudest frame's, on 25 ms frames every
 * 10 ms. Both the set of active frames and the level are defined relative to the clip itself, so the result does not
 * depend on the clip's gain: `normalizeActiveLevel(g · y)` equals `normalizeActiveLevel(y)` for any g > 0, up to
 * float rounding (test/audio/normalize.test.ts). This is the idea of ITU-T P.56's active speech level, with a
 * simpler activity threshold. The gain is capped at `maxGainDb` (default 60 dB), so a clip of near-silence is not
 * blown up into full-scale noise.
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal.
 */
export declare function normalizeActiveLevel(y: Float32Array, sr: number, targetDb: number, { topDb, maxGainDb }?: {
    topDb?: number | undefined;
    maxGainDb?: number | undefined;
}): ActiveLevelResult;
