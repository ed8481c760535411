/**
 * The default feature set of one clip, from one FeatureConfig: log-mel, MFCC + Δ + ΔΔ, YIN f0 + periodicity, RMS
 * and ZCR, all on one frame grid. This is the function the cache, the workers and the models call.
 */
// wav.js directly, and the resampler only when a clip needs it: corpora already at config.sr never use it.
import { normalizeActiveLevel } from '../audio/normalize.js';
import { decodeWav } from '../audio/wav.js';
import { AudioError } from '../errors.js';
import { applyNoise, checkPerturbation } from './perturbation.js';
import { sha256 } from '../util/hash.js';
import { yinWithPeriodicity } from './pitch.js';
import { spectralFeatures } from './spectral.js';
import { wasmDsp } from './wasm-dsp.js';
/**
 * Bumped whenever extraction changes what it computes for the same config, so that old cache entries (keyed by
 * config and this version) are not reused.
 */
export const EXTRACTOR_VERSION = 2; // 2: our polyphase resampler replaced libsamplerate (clips not at config.sr, speed perturbation)
/** Peak below which a clip is treated as silent (about −100 dBFS): its features would describe nothing. */
export const SILENCE_PEAK = 1e-5;
/**
 * Features of `y`, sampled at `config.sr`. `path` only names the clip in errors.
 * @throws AudioError SILENT_AUDIO for a silent clip, TOO_SHORT for one too short to have delta_width frames.
 */
export function extractFeatures(y, config, path) {
    // Deltas need at least delta_width frames (librosa raises below that); frames = 1 + floor(n / hop).
    const minSamples = Math.max(config.win_length, (config.delta_width - 1) * config.hop_length);
    if (y.length < minSamples) {
        throw new AudioError('TOO_SHORT', `clip too short: ${y.length} samples (${((1000 * y.length) / config.sr).toFixed(0)} ms) at ${config.sr} Hz; ` +
            `features need at least ${minSamples} (${((1000 * minSamples) / config.sr).toFixed(0)} ms)`, { path });
    }
    // max |y| in the wasm heap, two samples per vector (NaN ignored, as a JavaScript `a > peak` loop would).
    const dsp = wasmDsp();
    const at = dsp.region('extract-signal', y.length);
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
export function levelNormalised(y, config, path) {
    if (config.level_dbfs === null || config.level_dbfs === undefined)
        return y;
    try {
        return normalizeActiveLevel(y, config.sr, config.level_dbfs).y;
    }
    catch (e) {
        if (e instanceof AudioError && path && !e.path)
            throw new AudioError(e.code, e.message, { path, cause: e });
        throw e;
    }
}
/**
 * Decodes a WAV held in memory, resamples it to `config.sr` and extracts its features. A `perturbation` (training
 * augmentation; see perturbation.ts) changes the clip first: its speed while resampling, then noise at config.sr,
 * seeded by the file's content so that the same file always gets the same version.
 */
export async function featuresFromWavBytes(bytes, config, path, perturbation = {}) {
    checkPerturbation(perturbation);
    const decoded = decodeWav(bytes, path);
    const speed = perturbation.speed ?? 1;
    let y = decoded.samples;
    if (decoded.sampleRate !== config.sr || speed !== 1) {
        const { resample } = await import('../audio/resample.js');
        // Read as if recorded at speed × its rate, then brought to config.sr: n samples become n · sr / (speed · rate).
        y = await resample(decoded.samples, Math.round(decoded.sampleRate * speed), config.sr);
    }
    y = levelNormalised(y, config, path);
    if (perturbation.noise)
        y = applyNoise(y, perturbation, sha256(bytes));
    return extractFeatures(y, config, path);
}
//# sourceMappingURL=extract.js.map