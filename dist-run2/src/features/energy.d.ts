/**
 * Frame energy and zero-crossing rate, as librosa 0.11 (`librosa/feature/spectral.py`: `rms`,
 * `zero_crossing_rate`; `librosa/core/audio.py`: `zero_crossings`). Both return one value per frame on the
 * same grid as the STFT when frame_length = n_fft and centred (1 + ⌊len/hop_length⌋ frames).
 */
import { type Signal } from './stft.js';
export interface FrameOptions {
    /** Samples per frame. librosa default 2048. */
    frame_length?: number;
    /** Hop between frames in samples. librosa default 512. */
    hop_length?: number;
    /** Centre frames on t·hop_length by padding frame_length/2 at both ends. librosa default true. */
    center?: boolean;
}
/**
 * `librosa.feature.rms(y=y, frame_length=, hop_length=, center=, pad_mode='constant')[0]`:
 * √(mean of y² over each frame of the raw signal, no window), zero padding when centred. Float64 sums.
 */
export declare function rms(y: Signal, opts?: FrameOptions): Float32Array;
export interface ZcrOptions extends FrameOptions {
    /** |y| ≤ threshold counts as zero (librosa `zero_crossings` default 1e-10; compared in float32 for float32 input). */
    threshold?: number;
}
/**
 * `librosa.feature.zero_crossing_rate(y, frame_length=, hop_length=, center=)[0]`: the signal is centred by
 * repeating its edge samples (`mode='edge'`), samples with |y| ≤ 1e-10 become 0, a crossing is a change of sign
 * bit between neighbours inside a frame with 0 counted as positive (`zero_pos=True`), and the rate is the count
 * divided by frame_length (the mean over the frame, whose first position never counts, `pad=False`).
 *
 * Crossings are counted once over the whole padded signal and each frame's count is a difference of integer
 * prefix sums, so the cost per frame is O(1) and the counts are exact.
 */
export declare function zeroCrossingRate(y: Signal, opts?: ZcrOptions): Float32Array;
