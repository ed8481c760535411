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
export declare function loadAudio(path: string, { sr }?: LoadOptions): Promise<LoadedAudio>;
