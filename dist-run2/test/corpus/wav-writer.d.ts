export interface TinyWav {
    sampleRate?: number;
    channels?: number;
    /** Frames (samples per channel); the signal is a quiet 440 Hz tone. */
    frames: number;
    /** Add a LIST chunk before `data`, as the shared RAVDESS copies have. */
    listChunk?: boolean;
}
export declare function wavBytes({ sampleRate, channels, frames, listChunk }: TinyWav): Uint8Array;
/** Write a tiny WAV (creating folders as needed). */
export declare function writeWav(path: string, spec: TinyWav): void;
/** Write empty files (enough for name parsing), creating folders as needed. */
export declare function touch(root: string, relativePaths: readonly string[]): void;
