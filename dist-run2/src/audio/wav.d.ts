/** The sample encoding of a decoded file, named by its container: 'pcm8' is unsigned 8-bit, the others signed. */
export type SampleFormat = 'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64';
/** A decoded file: mono float32 samples plus what the header said. */
export interface DecodedAudio {
    /** Mono samples (channels averaged), nominally in [-1, 1]; float files may exceed it. */
    samples: Float32Array;
    /** Sample rate in Hz, as stored in the file. */
    sampleRate: number;
    /** Channel count of the file (the samples are already mixed to mono). */
    channels: number;
    format: SampleFormat;
    durationSeconds: number;
}
/** What a header alone tells: enough to sum durations without reading the samples. */
export interface AudioInfo {
    sampleRate: number;
    channels: number;
    /** Sample frames (samples per channel). */
    frames: number;
    durationSeconds: number;
    format: SampleFormat;
}
/** Where the samples are and how they are encoded; the result of walking the RIFF chunks. */
export interface WavLayout extends AudioInfo {
    /** The format tag that was decoded: 1 (PCM) or 3 (IEEE float), after resolving WAVE_FORMAT_EXTENSIBLE. */
    formatTag: 1 | 3;
    /** Bytes per sample of one channel (1–4 for PCM, 4 or 8 for float). */
    bytesPerSample: number;
    /** Bytes per frame (all channels). */
    blockAlign: number;
    /** Byte offset of the first sample in the file. */
    dataOffset: number;
    /** Bytes of sample data used: frames × blockAlign. */
    dataBytes: number;
    /** How the data size was obtained: from the data chunk header, or up to the end of the file (streaming writer). */
    dataSize: 'declared' | 'to-end-of-file';
}
/** A request, from the chunk walker to whoever holds the bytes, for `length` bytes at `offset`. */
export interface ByteRequest {
    offset: number;
    length: number;
}
/**
 * The RIFF walker as a generator: it yields the byte ranges it needs and receives them (possibly shorter, at the
 * end of the file), so one parser serves both a whole file in memory (`decodeWav`) and positioned reads of a file
 * on disk (`probeAudio`) without reading the samples.
 */
export type WavLayoutParser = Generator<ByteRequest, WavLayout, Uint8Array>;
/**
 * Walk the RIFF chunks of a file of `fileSize` bytes and return where and how its samples are stored. See the
 * module comment for the rules. Yields byte requests; the driver answers each with the bytes it has.
 */
export declare function parseWavLayout(fileSize: number, path?: string): WavLayoutParser;
/** Run the chunk walker over bytes already in memory. */
export declare function wavLayoutOfBytes(bytes: Uint8Array, path?: string): WavLayout;
/**
 * Decode a WAV file held in memory to mono float32. `path` is only used in error messages.
 * @throws AudioError for anything that is not a well-formed PCM/float WAV (see the module comment).
 */
export declare function decodeWav(bytes: Uint8Array, path?: string): DecodedAudio;
