/**
 * MFCCs, as `librosa.feature.mfcc(S=power_to_db(melspectrogram(...)), n_mfcc=, dct_type=2, norm='ortho',
 * lifter=)` in librosa 0.11 (`librosa/feature/spectral.py`), i.e. `scipy.fftpack.dct(S, type=2, norm='ortho',
 * axis=-2)[:n_mfcc]`:
 *
 *   c[k] = f_k · Σ_{m<N} x[m] · cos(π·k·(2m + 1) / (2N)),   f_0 = √(1/N), f_k = √(2/N) for k > 0,
 *
 * over the N mel bands of each frame. The basis is precomputed once per (n_mfcc, N), and each frame's product
 * uses the basis' symmetry (row k is even about the middle for even k, odd for odd k) to halve the work.
 *
 * `logMelAndMfcc` computes log-mel and MFCC from a single STFT pass.
 */
import { type PowerToDbOptions } from './db.js';
import type { Matrix } from './matrix.js';
import { type MelSpectrogramOptions } from './mel.js';
import { type Signal } from './stft.js';
/**
 * The orthonormal DCT-II basis, n_mfcc × n_input row-major (row k = k-th cosine), so that `basis · x` equals
 * `scipy.fftpack.dct(x, type=2, norm='ortho')[:n_mfcc]`. Rows are orthonormal.
 */
export declare function dctBasis(n_mfcc: number, n_input: number): Float64Array;
export interface MfccOptions {
    /** Coefficients kept. librosa default 20. */
    n_mfcc?: number;
    /** Sinusoidal liftering 1 + (lifter/2)·sin(π(k+1)/lifter); 0 = none (librosa default). */
    lifter?: number;
}
/** `librosa.feature.mfcc(S=S_db, n_mfcc=, dct_type=2, norm='ortho', lifter=)`: n_mfcc × frames. */
export declare function mfcc(S_db: Matrix, opts?: MfccOptions): Matrix;
export interface LogMelMfccOptions extends MelSpectrogramOptions, PowerToDbOptions, MfccOptions {
}
export interface LogMelMfcc {
    /** `power_to_db(melspectrogram(y, ...), ref, amin, top_db)`: n_mels × frames, dB. */
    logmel: Matrix;
    /** `mfcc(S=logmel, n_mfcc, dct_type=2, norm='ortho', lifter)`: n_mfcc × frames. */
    mfcc: Matrix;
}
/**
 * Log-mel spectrogram and MFCCs from one STFT pass: power spectrum → sparse mel product per frame, then dB
 * (float64), the whole-clip top_db clamp and the DCT of every frame. Same results as `powerToDb(melspectrogram(y))` and
 * `mfcc(...)` of it, without materialising the spectrogram. A function `ref` is called on the mel power
 * (float64, frames × n_mels), as librosa calls it on the array it converts.
 *
 * The STFT, the mel product and the DCT run in the wasm heap (wasm-dsp.ts kernels: the per-frame work was ~2/3 of
 * the spectral features' time in JavaScript); the dB step stays here, on Math.log.
 */
export declare function logMelAndMfcc(y: Signal, opts: LogMelMfccOptions): LogMelMfcc;
