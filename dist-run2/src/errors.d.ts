/**
 * Errors a user can cause (bad file, bad folder, bad option) are `VoeError`s: they carry a stable `code`, name the
 * file involved, and say what to do. The CLI prints their message without a stack trace; anything else is a bug.
 */
export type VoeErrorCode = 'NOT_RIFF_WAVE' | 'TRUNCATED_HEADER' | 'TRUNCATED_DATA' | 'NO_SAMPLES' | 'UNSUPPORTED_CODEC' | 'UNSUPPORTED_FORMAT' | 'MALFORMED_HEADER' | 'MISSING_CHUNK' | 'READ_FAILED' | 'NON_FINITE_SAMPLES' | 'SILENT_AUDIO' | 'TOO_SHORT' | 'FILE_NOT_FOUND' | 'NOT_A_DIRECTORY' | 'PERMISSION_DENIED' | 'NO_UTTERANCES' | 'UNKNOWN_FILE_NAME' | 'UNKNOWN_CORPUS' | 'INVALID_ARGUMENT' | 'CACHE_CORRUPT' | 'INVALID_CONFIG' | 'BACKEND_INCOMPATIBLE';
export declare class VoeError extends Error {
    readonly code: VoeErrorCode;
    /** The file or folder the error is about, when there is one. */
    readonly path?: string;
    constructor(code: VoeErrorCode, message: string, options?: {
        path?: string;
        cause?: unknown;
    });
}
/** Errors raised while reading or decoding an audio file. */
export declare class AudioError extends VoeError {
    constructor(code: VoeErrorCode, message: string, options?: {
        path?: string;
        cause?: unknown;
    });
}
/** Errors raised while reading a corpus (folders, file names). */
export declare class CorpusError extends VoeError {
    constructor(code: VoeErrorCode, message: string, options?: {
        path?: string;
        cause?: unknown;
    });
}
export declare function isVoeError(e: unknown): e is VoeError;
/** A one-line reason for a skipped file, for reports: the VoeError's message, or the bug's name and message. */
export declare function describeError(e: unknown): string;
