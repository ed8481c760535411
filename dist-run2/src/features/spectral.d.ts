/**
 * The spectral half of the default feature set from one FeatureConfig: log-mel, MFCC + Δ + ΔΔ, RMS and ZCR, all
 * on the STFT frame grid (frame t centred on sample t·hop_length, 1 + ⌊len/hop_length⌋ frames). One STFT pass
 * feeds both log-mel and MFCC. Each matrix equals the librosa 0.11 call named beside it.
 */
import type { FeatureConfig } from '../config.js';
import type { Matrix } from './matrix.js';
import type { Signal } from './stft.js';
export interface SpectralFeatures {
    /** power_to_db(melspectrogram(y, sr, n_fft, hop_length, win_length, center, n_mels, fmin, fmax, htk, norm), ref, amin, top_db). */
    logmel: Matrix;
    /** mfcc(S=logmel, n_mfcc, dct_type=2, norm='ortho'). */
    mfcc: Matrix;
    /** delta(mfcc, width=delta_width, order=1) and order=2, mode='interp'. */
    delta: Matrix;
    delta2: Matrix;
    /** rms(y, frame_length=n_fft, hop_length, center) and zero_crossing_rate(y, frame_length=n_fft, hop_length, center). */
    rms: Float32Array;
    zcr: Float32Array;
}
/** All spectral features of `y` (sampled at `config.sr`) under `config`. */
export declare function spectralFeatures(y: Signal, config: FeatureConfig): SpectralFeatures;
