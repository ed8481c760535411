export interface TrimOptions {
    /** Threshold in dB below the reference under which a frame counts as silence. Default 60. */
    top_db?: number;
    /**
     * Reference amplitude: a number, or a function of the frame RMS values (librosa: `np.max`, the default, so that
     * the threshold is relative to the loudest frame).
     */
    ref?: number | ((rms: Float64Array) => number);
    /** Samples per analysis frame. Default 2048 (128 ms at 16 kHz). */
    frame_length?: number;
    /** Samples between analysis frames, and the resolution of `start`/`end`. Default 512 (32 ms at 16 kHz). */
    hop_length?: number;
}
export interface TrimResult {
    /** The trimmed signal, `y[start:end]` (a copy). */
    y: Float32Array;
    /** First kept sample. */
    start: number;
    /** One past the last kept sample. */
    end: number;
}
/**
 * Frame RMS as `librosa.feature.rms(y=y, frame_length, hop_length, center=True, pad_mode='constant')`: frame t
 * covers samples [t·hop − ⌊frame_length/2⌋, … + frame_length) of `y` with zeros outside it, and its RMS is the
 * square root of the mean of squares over all frame_length samples (zeros included).
 */
export declare function frameRms(y: Float32Array, frame_length: number, hop_length: number): Float64Array;
/**
 * Trim leading and trailing silence from `y`, as `librosa.effects.trim(y, top_db=60, ref=np.max,
 * frame_length=2048, hop_length=512)`. See the module comment for the exact definition and its edge cases.
 */
export declare function trim(y: Float32Array, { top_db, ref, frame_length, hop_length }?: TrimOptions): TrimResult;
