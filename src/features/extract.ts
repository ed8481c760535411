/**
 * The default feature set of one clip, from one FeatureConfig: log-mel, MFCC + Δ + ΔΔ, YIN f0 + periodicity, RMS
 * and ZCR, all on one frame grid. This is the function the cache, the workers and the models call.
 */
// wav.js directly, and the resampler only when a clip needs it: corpora already at config.sr never use it.
import { normalizeActiveLevel } from '../audio/normalize.js';
import { decodeWav, wavLayoutOfBytes } from '../audio/wav.js';
import { AudioError, isVoeError } from '../errors.js';
import type { FeatureConfig } from '../config.js';
import type { FeatureSet } from './feature-set.js';
import { applyNoise, checkPerturbation, type Perturbation } from './perturbation.js';
import { sha256 } from '../util/hash.js';
import { yinWithPeriodicity } from './pitch.js';
import { spectralFeatures } from './spectral.js';
import { releaseLargeWasmHeap, resetWasmDsp, wasmDsp } from './wasm-dsp.js';

/**
 * Bumped whenever extraction changes what it computes for the same config, so that old cache entries (keyed by
 * config and this version) are not reused.
 */
export const EXTRACTOR_VERSION = 2; // 2: our polyphase resampler replaced libsamplerate (clips not at config.sr, speed perturbation)

/**
 * The longest clip featurised, in samples at config.sr: 2^26, 69.9 min at 16 kHz. Extraction holds the whole clip
 * and its frame matrices at once (about 16 bytes per sample in the wasm heap plus 10 in JavaScript: a 60-min clip
 * at 16 kHz peaks near 1.6 GB RSS); longer input is refused with TOO_LONG, from the WAV header before decoding.
 * Split longer recordings into clips first (emotion is a property of an utterance, seconds long, anyway).
 */
export const MAX_CLIP_SAMPLES = 2 ** 26;

/** Peak below which a clip is treated as silent (about −100 dBFS): its features would describe nothing. */
export const SILENCE_PEAK = 1e-5;

/**
 * Features of `y`, sampled at `config.sr`. `path` only names the clip in errors.
 * @throws AudioError SILENT_AUDIO for a silent clip, TOO_SHORT for one too short to have delta_width frames.
 */
export function extractFeatures(y: Float32Array, config: FeatureConfig, path?: string): FeatureSet {
  checkClipLength(y.length, config, path);
  try {
    return extractChecked(y, config, path);
  } catch (e) {
    // Whatever an unexpected failure left in the kernels' memory dies with it: the next clip gets a fresh kernel
    // set (~0.1 s to compile). Our own coded refusals (TOO_SHORT, SILENT_AUDIO, TOO_LONG) leave it consistent.
    if (!isVoeError(e)) resetWasmDsp();
    throw e;
  } finally {
    releaseLargeWasmHeap();
  }
}

/** TOO_LONG for a clip of more than MAX_CLIP_SAMPLES samples at config.sr. */
function checkClipLength(samples: number, config: FeatureConfig, path: string | undefined): void {
  if (samples > MAX_CLIP_SAMPLES) {
    const minutes = (n: number) => (n / config.sr / 60).toFixed(1);
    throw new AudioError(
      'TOO_LONG',
      `clip too long: ${minutes(samples)} min at ${config.sr} Hz (${samples} samples); features are computed for clips up to ` +
        `${MAX_CLIP_SAMPLES} samples (${minutes(MAX_CLIP_SAMPLES)} min at ${config.sr} Hz): split the recording into shorter clips`,
      { path },
    );
  }
}

function extractChecked(y: Float32Array, config: FeatureConfig, path?: string): FeatureSet {
  // Deltas need at least delta_width frames (librosa raises below that); frames = 1 + floor(n / hop).
  const minSamples = Math.max(config.win_length, (config.delta_width - 1) * config.hop_length);
  if (y.length < minSamples) {
    throw new AudioError(
      'TOO_SHORT',
      `clip too short: ${y.length} samples (${((1000 * y.length) / config.sr).toFixed(0)} ms) at ${config.sr} Hz; ` +
        `features need at least ${minSamples} (${((1000 * minSamples) / config.sr).toFixed(0)} ms)`,
      { path },
    );
  }
  // max |y| in the wasm heap, two samples per vector (NaN ignored, as a JavaScript `a > peak` loop would).
  const dsp = wasmDsp();
  // The 'signal' region is the clip's float64 copy for every pass (this peak, the STFT, the energy pass, YIN), each
  // with its own padding: reserved once at the largest (YIN pads to whole blocks past the end), since a region
  // that grows is reallocated and the old copy, 8 bytes a sample, stays in the heap.
  const at = dsp.region('signal', y.length + 4 * (config.n_fft + config.pitch_frame_length) + 16 * config.hop_length);
  dsp.f64.set(y, at / 8);
  const peak = dsp.peakabs(at, y.length);
  if (peak < SILENCE_PEAK) {
    throw new AudioError('SILENT_AUDIO', `clip is silent (peak ${peak.toExponential(2)}): no features to compute`, {
      path,
    });
  }
  const spectral = spectralFeatures(y, config);
  const { f0, periodicity } = yinWithPeriodicity(y, {
    sr: config.sr,
    fmin: config.f0_min,
    fmax: config.f0_max,
    frame_length: config.pitch_frame_length,
    hop_length: config.hop_length,
    trough_threshold: config.trough_threshold,
    center: config.center,
  });
  const frames = spectral.mfcc.cols;
  if (f0.length !== frames || spectral.rms.length !== frames || spectral.logmel.cols !== frames) {
    throw new Error(`feature frame grids disagree: mfcc ${frames}, f0 ${f0.length}, rms ${spectral.rms.length}`);
  }
  return {
    sr: config.sr,
    hop_length: config.hop_length,
    numSamples: y.length,
    frames,
    ...spectral,
    f0,
    voicing: periodicity,
  };
}

/** The clip at the config's active-speech level (FeatureConfig.level_dbfs), or as it is when that is off. */
export function levelNormalised(y: Float32Array, config: Pick<FeatureConfig, 'level_dbfs' | 'sr'>, path?: string): Float32Array {
  if (config.level_dbfs === null || config.level_dbfs === undefined) return y;
  try {
    return normalizeActiveLevel(y, config.sr, config.level_dbfs).y;
  } catch (e) {
    if (e instanceof AudioError && path && !e.path) throw new AudioError(e.code, e.message, { path, cause: e });
    throw e;
  }
}

/**
 * Decodes a WAV held in memory, resamples it to `config.sr` and extracts its features. A `perturbation` (training
 * augmentation; see perturbation.ts) changes the clip first: its speed while resampling, then noise at config.sr,
 * seeded by the file's content so that the same file always gets the same version.
 */
export async function featuresFromWavBytes(bytes: Uint8Array, config: FeatureConfig, path?: string, perturbation: Perturbation = {}): Promise<FeatureSet> {
  checkPerturbation(perturbation);
  const speed = perturbation.speed ?? 1;
  // The length after resampling, from the header alone: a small file declaring a low rate must not be decoded and
  // resampled into more than extraction will take.
  const layout = wavLayoutOfBytes(bytes, path);
  checkClipLength(Math.ceil((layout.frames * config.sr) / (layout.sampleRate * speed)), config, path);
  const decoded = decodeWav(bytes, path);
  let y = decoded.samples;
  if (decoded.sampleRate !== config.sr || speed !== 1) {
    const { resample } = await import('../audio/resample.js');
    // Read as if recorded at speed × its rate, then brought to config.sr: n samples become n · sr / (speed · rate).
    y = await resample(decoded.samples, Math.round(decoded.sampleRate * speed), config.sr);
  }
  y = levelNormalised(y, config, path);
  if (perturbation.noise) y = applyNoise(y, perturbation, sha256(bytes));
  return extractFeatures(y, config, path);
}

/**
 * The features of mono samples recorded at `sampleRate`: resampled to `config.sr` and brought to the config's
 * level first, exactly as `featuresFromWavBytes` treats a decoded WAV at that rate (the browser hands its audio
 * over this way).
 */
export async function featuresFromSamples(samples: Float32Array, sampleRate: number, config: FeatureConfig, path?: string): Promise<FeatureSet> {
  let y = samples;
  if (sampleRate !== config.sr) {
    const { resample } = await import('../audio/resample.js');
    y = await resample(samples, sampleRate, config.sr);
  }
  return extractFeatures(levelNormalised(y, config, path), config, path);
}
