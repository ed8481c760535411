/**
 * Mel scale and mel filterbank, as librosa 0.11 (`librosa/core/convert.py`: `hz_to_mel`, `mel_to_hz`,
 * `mel_frequencies`, `fft_frequencies`; `librosa/filters.py`: `mel`; `librosa/feature/spectral.py`:
 * `melspectrogram`).
 *
 * Slaney scale (librosa's default, `htk=false`): linear below 1 kHz (f / (200/3) mel), logarithmic above
 * (15 + ln(f/1000) / (ln 6.4 / 27)). HTK scale: 2595·log10(1 + f/700).
 *
 * The filterbank is stored sparse (each filter's first bin and its run of non-zero weights) because its product
 * with every power spectrum is a hot path: a triangle covers a few bins, not all 1 + n_fft/2.
 */
import type { Matrix } from './matrix.js';
import { type ResolvedStft, type Signal, type StftOptions } from './stft.js';
/** Hz → mel (`librosa.hz_to_mel`); `htk` chooses the HTK formula instead of Slaney's. */
export declare function hzToMel(frequency: number, htk?: boolean): number;
/** Mel → Hz (`librosa.mel_to_hz`), the inverse of `hzToMel`. */
export declare function melToHz(mel: number, htk?: boolean): number;
/**
 * `librosa.mel_frequencies(n_mels, fmin, fmax, htk)`: n_mels frequencies (Hz) equally spaced on the mel scale
 * from fmin to fmax inclusive (numpy `linspace` arithmetic: start + i·step, last point exactly the stop).
 */
export declare function melFrequencies(n_mels?: number, fmin?: number, fmax?: number, htk?: boolean): Float64Array;
/** `librosa.fft_frequencies(sr, n_fft)` = `np.fft.rfftfreq(n_fft, 1/sr)`: centre of every bin, Hz. */
export declare function fftFrequencies(sr: number, n_fft: number): Float64Array;
export interface MelOptions {
    /** Sample rate in Hz. */
    sr: number;
    /** FFT size the filters apply to (1 + n_fft/2 bins). librosa default 2048. */
    n_fft?: number;
    /** Number of mel bands. librosa default 128. */
    n_mels?: number;
    /** Lowest band edge in Hz. librosa default 0. */
    fmin?: number;
    /** Highest band edge in Hz; null or undefined = sr/2 (librosa default). */
    fmax?: number | null;
    /** HTK mel scale instead of Slaney's. librosa default false. */
    htk?: boolean;
    /**
     * 'slaney': divide each triangle by its width in Hz over 2 (constant area, librosa default); null: peak 1;
     * a number p: unit p-norm per filter (`librosa.util.normalize(norm=p)`, p = Infinity for max).
     */
    norm?: 'slaney' | number | null;
}
/**
 * A mel filterbank in sparse form: filter m has weights `weights[offset[m] … offset[m+1])` on bins
 * `start[m], start[m] + 1, …`. Dense equivalent: `librosa.filters.mel(...)` (n_mels × (1 + n_fft/2)).
 */
export interface MelFilterbank {
    n_mels: number;
    /** 1 + n_fft/2. */
    n_bins: number;
    start: Int32Array;
    offset: Int32Array;
    weights: Float64Array;
}
/**
 * `librosa.filters.mel(sr=, n_fft=, n_mels=, fmin=, fmax=, htk=, norm=)` in sparse form (cached per parameter
 * set; treat the result as read-only). Triangles are computed in float64 as librosa does before its float32 cast.
 */
export declare function melFilterbank(opts: MelOptions): MelFilterbank;
/** The dense n_mels × (1 + n_fft/2) matrix of a filterbank, as `librosa.filters.mel` returns it. */
export declare function melFilterbankDense(bank: MelFilterbank): Matrix;
/** out[m] = Σ_k bank[m, k] · spectrum[k], over the sparse filters (float64 accumulation). */
export declare function applyMelFilterbank(bank: MelFilterbank, spectrum: Float64Array, out: Float64Array): void;
export interface MelSpectrogramOptions extends StftOptions, MelOptions {
    /** Exponent of the STFT magnitude. librosa default 2 (power). */
    power?: number;
}
/**
 * STFT options of `melspectrogram`, whose own hop_length default is 512 (not stft's win_length / 4: the two
 * differ when win_length is given without hop_length).
 */
export declare function resolveMelStft(opts: StftOptions): ResolvedStft;
/**
 * `librosa.feature.melspectrogram(y=, sr=, n_fft=, hop_length=, win_length=, window='hann', center=,
 * pad_mode='constant', power=, n_mels=, fmin=, fmax=, htk=, norm=)`: n_mels × frames.
 */
export declare function melspectrogram(y: Signal, opts: MelSpectrogramOptions): Matrix;
