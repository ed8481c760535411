/**
 * The spectral half of the default feature set from one FeatureConfig: log-mel, MFCC + Δ + ΔΔ, RMS and ZCR, all
 * on the STFT frame grid (frame t centred on sample t·hop_length, 1 + ⌊len/hop_length⌋ frames). One STFT pass
 * feeds both log-mel and MFCC. Each matrix equals the librosa 0.11 call named beside it.
 */
import type { FeatureConfig } from '../config.js';
import { delta } from './delta.js';
import { rms, zeroCrossingRate } from './energy.js';
import type { Matrix } from './matrix.js';
import { logMelAndMfcc } from './mfcc.js';
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
export function spectralFeatures(y: Signal, config: FeatureConfig): SpectralFeatures {
  const { logmel, mfcc } = logMelAndMfcc(y, {
    sr: config.sr,
    n_fft: config.n_fft,
    hop_length: config.hop_length,
    win_length: config.win_length,
    center: config.center,
    n_mels: config.n_mels,
    fmin: config.fmin,
    fmax: config.fmax,
    htk: config.htk,
    norm: config.norm,
    ref: config.ref,
    amin: config.amin,
    top_db: config.top_db,
    n_mfcc: config.n_mfcc,
  });
  const frames = { frame_length: config.n_fft, hop_length: config.hop_length, center: config.center };
  return {
    logmel,
    mfcc,
    delta: delta(mfcc, { width: config.delta_width, order: 1 }),
    delta2: delta(mfcc, { width: config.delta_width, order: 2 }),
    rms: rms(y, frames),
    zcr: zeroCrossingRate(y, frames),
  };
}
