/**
 * Test helper: the fixture clips as float32 samples, read without src/audio (written concurrently) so the
 * spectral tests depend on nothing but the features themselves. RAVDESS 16 kHz copies are 16-bit PCM mono;
 * samples / 32768 is exactly what librosa/soundfile gives for them as float32.
 */
import { readFileSync } from 'node:fs';
import wavefile from 'wavefile';
import { sharedPath } from '../helpers/shared.js';
export const RAVDESS_16K = 'data/ravdess-speech-16k';
export const LIBROSA_FIXTURES = 'fixtures/librosa';
export const SYNTHETIC_CHIRP = 'synthetic/chirp-80-400Hz-plus-noise';
/** 16-bit PCM mono WAV → float32 in [−1, 1), with its sample rate. */
export function readPcm16Wav(path) {
    const wav = new wavefile.WaveFile(readFileSync(path));
    const fmt = wav.fmt;
    if (fmt.numChannels !== 1 || fmt.bitsPerSample !== 16 || fmt.audioFormat !== 1) {
        throw new Error(`${path}: expected 16-bit PCM mono, got ${fmt.bitsPerSample}-bit, ${fmt.numChannels} channel(s), format ${fmt.audioFormat}`);
    }
    const raw = wav.getSamples(false, Int16Array);
    const y = new Float32Array(raw.length);
    for (let i = 0; i < raw.length; i++)
        y[i] = raw[i] / 32768;
    return { sr: fmt.sampleRate, y };
}
/** A fixture clip by its key: a path under ravdess-speech-16k/, or the synthetic chirp (raw float32 LE, 16 kHz). */
export function readFixtureClip(key) {
    if (key === SYNTHETIC_CHIRP) {
        const buf = readFileSync(sharedPath(`${LIBROSA_FIXTURES}/chirp-80-400Hz-plus-noise.f32`));
        const y = new Float32Array(buf.length / 4);
        for (let i = 0; i < y.length; i++)
            y[i] = buf.readFloatLE(i * 4);
        return y;
    }
    const { sr, y } = readPcm16Wav(sharedPath(`${RAVDESS_16K}/${key}`));
    if (sr !== 16000)
        throw new Error(`${key}: expected 16 kHz, got ${sr} Hz`);
    return y;
}
//# sourceMappingURL=spectral-wav.js.map