/**
 * `loadAudio`: a library extra for callers who want a clip's samples, as `librosa.load(path, sr=16000, mono=True)`
 * gives them (read, mix to mono, resample; WAV only, and resampled with our own resampler instead of soxr_hq).
 * The toolkit's own pipeline does not call it: features are computed from a WAV's bytes
 * (`featuresFromWavBytes` in src/features/extract.ts: decode, resample, perturb, extract), which the feature
 * cache and the predictor share, so a clip is read once. Both use the same decoder and resampler.
 */
import { AudioError } from '../errors.js';
import { readAudioFile } from './read.js';
import { resample } from './resample.js';
/**
 * Read a WAV file, mix it to mono and resample it to `sr` (default 16 kHz).
 * @throws AudioError (see `decodeWav`, `readAudioFile`, `resample`).
 */
export async function loadAudio(path, { sr = 16000 } = {}) {
    if (sr !== null && (!Number.isInteger(sr) || sr <= 0)) {
        throw new AudioError('INVALID_ARGUMENT', `target sample rate must be a positive integer number of Hz or null, got ${sr}`, { path });
    }
    const decoded = await readAudioFile(path);
    const target = sr ?? decoded.sampleRate;
    // Equal rates: use the decoded buffer itself, nobody else holds it.
    const y = target === decoded.sampleRate ? decoded.samples : await resample(decoded.samples, decoded.sampleRate, target);
    return {
        y,
        sr: target,
        path,
        sourceSampleRate: decoded.sampleRate,
        channels: decoded.channels,
        format: decoded.format,
        durationSeconds: y.length / target,
    };
}
//# sourceMappingURL=load.js.map