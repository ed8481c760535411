/**
 * `loadAudio`: the one call the rest of the toolkit makes to get a clip — read, mix to mono, resample.
 * Mirrors `librosa.load(path, sr=16000, mono=True)` (but resamples with libsamplerate's best sinc instead of
 * soxr_hq, and reads WAV only).
 */
import { AudioError } from '../errors.js';
import { readAudioFile } from './read.js';
import { resample } from './resample.js';
import type { SampleFormat } from './wav.js';

export interface LoadOptions {
  /** Target sample rate in Hz; `null` keeps the file's own rate (librosa's `sr=None`). Default 16000. */
  sr?: number | null;
}

/** A clip ready for feature extraction. */
export interface LoadedAudio {
  /** Mono samples at `sr`. */
  y: Float32Array;
  /** Sample rate of `y` in Hz. */
  sr: number;
  /** The file it came from. */
  path: string;
  /** The file's own sample rate, channel count and sample format. */
  sourceSampleRate: number;
  channels: number;
  format: SampleFormat;
  /** Duration of `y` in seconds. */
  durationSeconds: number;
}

/**
 * Read a WAV file, mix it to mono and resample it to `sr` (default 16 kHz).
 * @throws AudioError (see `decodeWav`, `readAudioFile`, `resample`).
 */
export async function loadAudio(path: string, { sr = 16000 }: LoadOptions = {}): Promise<LoadedAudio> {
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
