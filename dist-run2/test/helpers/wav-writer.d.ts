export type StoredFormat = 'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64';
export declare const BYTES: Record<StoredFormat, number>;
export declare function ascii(s: string): Uint8Array;
/** Interleaved stored sample values → little-endian bytes. */
export declare function encodeSamples(format: StoredFormat, values: ArrayLike<number>): Uint8Array;
/** A chunk: id, size (the real one unless `declaredSize` says otherwise), body, and a pad byte after odd bodies. */
export declare function chunk(id: string, body: Uint8Array, opts?: {
    declaredSize?: number;
    pad?: boolean;
}): Uint8Array;
export interface FmtSpec {
    formatTag: number;
    channels: number;
    sampleRate: number;
    bitsPerSample: number;
    /** Defaults to channels × ceil(bits/8). */
    blockAlign?: number;
    /** Write WAVE_FORMAT_EXTENSIBLE (tag 0xFFFE) with this sub-format tag. */
    extensible?: {
        subFormat: number;
        validBits?: number;
        channelMask?: number;
        guidSuffix?: number[];
    };
    /** Cut the fmt body to this many bytes (the declared size follows). */
    truncateBodyTo?: number;
}
export declare function fmtChunk(spec: FmtSpec): Uint8Array;
/** 'RIFF' + size + 'WAVE' + chunks. `riffSize` overrides the (correct) size field; `form` the 'WAVE'. */
export declare function riff(chunks: Uint8Array[], opts?: {
    riffSize?: number;
    form?: string;
    magic?: string;
}): Uint8Array;
export declare const FORMAT_TAG: Record<StoredFormat, number>;
export interface WavSpec {
    format: StoredFormat;
    channels: number;
    sampleRate: number;
    /** Interleaved stored values. */
    samples: ArrayLike<number>;
    extensible?: boolean;
    /** Chunks before fmt, between fmt and data, and after data. */
    beforeFmt?: Uint8Array[];
    beforeData?: Uint8Array[];
    afterData?: Uint8Array[];
}
/** A well-formed WAV file (plus whatever extra chunks are asked for). */
export declare function wav(spec: WavSpec): Uint8Array;
/** A fresh temporary folder, and a function that removes it. */
export declare function tempDir(prefix?: string): {
    dir: string;
    cleanup: () => void;
};
export declare function writeFile(dir: string, name: string, bytes: Uint8Array): string;
