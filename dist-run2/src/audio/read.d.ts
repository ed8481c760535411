import { type AudioInfo, type DecodedAudio } from './wav.js';
/** Read and decode a WAV file to mono float32 (see `decodeWav` for formats and checks). */
export declare function readAudioFile(path: string): Promise<DecodedAudio>;
/**
 * Sample rate, channels, frames, duration and format of a WAV file, from its header alone: one read of the first
 * 4 KB, then positioned reads of chunk headers if the `data` chunk lies further in. The samples are not read, so
 * NaN/Inf in float files are not detected here (`readAudioFile` does that); every structural check of
 * `decodeWav` (truncation, codec, missing chunks) applies, so a file that probes fine decodes too, barring
 * non-finite floats.
 */
export declare function probeAudio(path: string): Promise<AudioInfo>;
