/**
 * The feature registry: every frame-level feature, one module each, with the librosa call it reproduces.
 *
 * | feature | function | librosa 0.11 |
 * | --- | --- | --- |
 * | power spectrogram | `powerSpectrogram` | `np.abs(librosa.stft(y, n_fft, hop_length, win_length, center, pad_mode='constant'))**2` |
 * | mel filterbank | `melFilterbank` | `librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax, htk, norm)` |
 * | mel spectrogram | `melspectrogram` | `librosa.feature.melspectrogram` |
 * | dB | `powerToDb` | `librosa.power_to_db(S, ref, amin, top_db)` |
 * | MFCC | `mfcc` | `librosa.feature.mfcc(S=S_db, n_mfcc, dct_type=2, norm='ortho', lifter=0)` |
 * | deltas | `delta` | `librosa.feature.delta(data, width, order, mode='interp')` |
 * | RMS | `rms` | `librosa.feature.rms(y, frame_length, hop_length, center)` |
 * | zero-crossing rate | `zeroCrossingRate` | `librosa.feature.zero_crossing_rate(y, frame_length, hop_length, center)` |
 * | f0 (YIN) | `yin`, `yinWithPeriodicity` | `librosa.yin(y, fmin, fmax, sr, frame_length, hop_length, trough_threshold)` |
 * | f0 (pYIN) | `pyin` | `librosa.pyin(y, fmin, fmax, sr, frame_length, hop_length)`; a library extra: the default feature set uses YIN, nothing in the pipeline calls pyin, and its tests keep it exact |
 * | functionals | `functionals` | (utterance statistics for classical baselines) |
 *
 * `extractFeatures` computes the default set from one `FeatureConfig`; `extractCorpus` does it for a whole corpus in
 * worker threads through the on-disk cache.
 *
 * The hot loops (the FFTs of the STFT and of YIN's difference function, the bin passes around them, the mel product,
 * the DCT, the CMND) run in float64 SIMD WebAssembly kernels, `wasm-dsp.ts`; everything else is plain TypeScript.
 */
export type { Matrix } from './matrix.js';
export type { FeatureSet } from './feature-set.js';
export { getRealFft, type RealFft } from './fft.js';
export { powerSpectrogram, hannWindow, frameCount } from './stft.js';
export { melFilterbank, melspectrogram, hzToMel, melToHz, melFrequencies, fftFrequencies } from './mel.js';
export { powerToDb } from './db.js';
export { mfcc, logMelAndMfcc, dctBasis } from './mfcc.js';
export { delta } from './delta.js';
export { rms, zeroCrossingRate } from './energy.js';
export { yin, yinWithPeriodicity, pyin, type YinOptions, type PyinOptions, type YinTrack, type PyinResult } from './pitch.js';
export { spectralFeatures, type SpectralFeatures } from './spectral.js';
export { functionals, summarize, percentile, DEFAULT_FUNCTIONALS, FUNCTIONAL_STATS, type Functionals, type FunctionalsOptions } from './functionals.js';
export { extractFeatures, featuresFromWavBytes, EXTRACTOR_VERSION } from './extract.js';
export { FeatureCache } from './cache.js';
export { addNoise, describePerturbation, type Perturbation } from './perturbation.js';
export { extractCorpus, loadFeatures, featureConfigHash, type ExtractionOptions, type ExtractionSummary, type ExtractionProgress, type FileOutcome, } from './batch.js';
