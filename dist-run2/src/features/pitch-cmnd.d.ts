/** numpy.finfo(np.float32).tiny: librosa's `util.tiny` for the float32 frames it works on. */
export declare const FLOAT32_TINY = 1.1754943508222875e-38;
/** Framing and period range of one YIN/pYIN call (librosa's names). */
export interface CmndGeometry {
    frame_length: number;
    hop_length: number;
    /** ⌊sr / fmax⌋ */
    minPeriod: number;
    /** min(⌈sr / fmin⌉, frame_length − 1) */
    maxPeriod: number;
    center: boolean;
}
/**
 * Called once per frame, in order, with the CMND at periods min_period … max_period (`cmnd[i]` is period
 * min_period + i). The array is reused for the next frame. `energy` is Σ x² over the frame (0 for a silent frame).
 * `trough` is `yinTrough(cmnd, threshold)` when `forEachCmnd` was given a threshold, else −1.
 */
export type CmndVisitor = (t: number, cmnd: Float64Array, energy: number, trough: number) => void;
/**
 * YIN's choice of period index in a CMND: the first trough (`util.localmin`, index 0 a trough if below index 1,
 * the last index if below the one before) whose value is below `threshold`, else the global minimum (its first
 * occurrence, as np.argmin).
 */
export declare function yinTrough(c: Float64Array, threshold: number): number;
export type CmndEngineKind = 'blocked' | 'direct';
/** Number of frames librosa's `util.frame` yields for n samples (after centring), or throws if there are none. */
export declare function frameCount(n: number, g: CmndGeometry): number;
/**
 * Runs the CMND of every frame of y through `visit` and returns the number of frames. `engine` picks the
 * algorithm ('blocked' when the geometry suits it, else 'direct', by default); engines and their buffers are
 * cached per geometry, so repeated calls allocate nothing but a larger padded-signal buffer when needed. With a
 * `threshold`, each frame's YIN trough (`yinTrough`) comes to the visitor too (found in wasm by the blocked engine).
 */
export declare function forEachCmnd(y: ArrayLike<number>, g: CmndGeometry, visit: CmndVisitor, engine?: CmndEngineKind, threshold?: number): number;
