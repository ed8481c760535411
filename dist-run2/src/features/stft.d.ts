import type { Matrix } from './matrix.js';
/** Samples accepted by the spectral functions. */
export type Signal = Float32Array | Float64Array;
export interface StftOptions {
    /** FFT size in samples (a power of two ≥ 4). librosa default 2048. */
    n_fft?: number;
    /** Hop between frames in samples. librosa default win_length / 4. */
    hop_length?: number;
    /** Window length in samples, ≤ n_fft. librosa default n_fft. */
    win_length?: number;
    /** Centre frames on t·hop_length with n_fft/2 zeros of padding at both ends. librosa default true. */
    center?: boolean;
}
export interface SpectrogramOptions extends StftOptions {
    /** Exponent of the magnitude: 2 = power (librosa default for melspectrogram), 1 = magnitude. */
    power?: number;
}
/** Options with every default filled in. */
export interface ResolvedStft {
    n_fft: number;
    hop_length: number;
    win_length: number;
    center: boolean;
}
export declare function resolveStft(opts?: StftOptions): ResolvedStft;
/**
 * Periodic Hann window of length n, exactly as scipy's `get_window('hann', n, fftbins=True)`:
 * `general_cosine(n + 1, [0.5, 0.5])[:n]`, i.e. 0.5 + 0.5·cos(−π + 2πi/n).
 */
export declare function hannWindow(n: number): Float64Array;
/** `librosa.util.pad_center`: zero-pad `w` to `size`, ⌊(size − len)/2⌋ zeros on the left. */
export declare function padCenter(w: Float64Array, size: number): Float64Array;
/**
 * Frames of a signal of `length` samples: 1 + ⌊length/hop⌋ when centred (frame_length even; librosa pads
 * frame_length/2 at both ends), 1 + ⌊(length − frame_length)/hop⌋ otherwise (0 if the signal is shorter).
 */
export declare function frameCount(length: number, frame_length: number, hop_length: number, center: boolean): number;
/** The n_fft-long analysis window: periodic Hann of win_length, centred (cached). */
export declare function stftWindow(n_fft: number, win_length: number): Float64Array;
/**
 * Calls `onFrame(t, power)` for every frame t with the power spectrum |X_t[k]|², k = 0 … n_fft/2, in a scratch
 * buffer that is overwritten by the next frame (copy what you keep). The single STFT pass behind
 * `powerSpectrogram`, `melspectrogram` and `logMelAndMfcc`. Its buffers are shared per thread and n_fft, so
 * `onFrame` must not start another STFT.
 */
export declare function forEachPowerFrame(y: Signal, opts: StftOptions, onFrame: (t: number, power: Float64Array) => void): number;
/**
 * `forEachPowerFrame` for callers that work in the wasm heap (wasm-dsp.ts): `onFrame(t, at)` gets the byte offset
 * of the power spectrum (n_fft/2 + 1 float64s, overwritten by the next frame). Frames go two at a time through one
 * complex FFT (frame t as the real part, t+1 as the imaginary part) in the float64 SIMD kernels, windowing included,
 * ~3× faster than fft.js' transform plus the framing loop in JavaScript. Needs 8 ≤ n_fft ≤ MAX_WASM_FFT.
 */
export declare function forEachPowerFrameInHeap(y: Signal, opts: StftOptions, onFrame: (t: number, at: number) => void): number;
/**
 * |STFT|^power as a (1 + n_fft/2) × frames matrix, as `np.abs(librosa.stft(y, n_fft=…, hop_length=…,
 * win_length=…, window='hann', center=…, pad_mode='constant')) ** power`.
 */
export declare function powerSpectrogram(y: Signal, opts?: SpectrogramOptions): Matrix;
