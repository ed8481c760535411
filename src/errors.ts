/**
 * Errors a user can cause (bad file, bad folder, bad option) are `VoeError`s: they carry a stable `code`, name the
 * file involved, and say what to do. The CLI prints their message without a stack trace; anything else is a bug.
 */
export type VoeErrorCode =
  | 'NOT_RIFF_WAVE'
  | 'TRUNCATED_HEADER'
  | 'TRUNCATED_DATA'
  | 'NO_SAMPLES'
  | 'UNSUPPORTED_CODEC'
  | 'UNSUPPORTED_FORMAT'
  | 'MALFORMED_HEADER'
  | 'MISSING_CHUNK'
  | 'READ_FAILED'
  | 'NON_FINITE_SAMPLES'
  | 'SILENT_AUDIO'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'FILE_NOT_FOUND'
  | 'IS_A_DIRECTORY'
  | 'DISK_FULL'
  | 'IO_ERROR'
  | 'WRITE_FAILED'
  | 'NOT_A_DIRECTORY'
  | 'PERMISSION_DENIED'
  | 'NO_UTTERANCES'
  | 'UNKNOWN_FILE_NAME'
  | 'UNKNOWN_CORPUS'
  | 'INVALID_ARGUMENT'
  | 'CACHE_CORRUPT'
  | 'INVALID_CONFIG'
  | 'BACKEND_INCOMPATIBLE';

export class VoeError extends Error {
  readonly code: VoeErrorCode;
  /** The file or folder the error is about, when there is one. */
  readonly path?: string;

  constructor(code: VoeErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(options.path ? `${options.path}: ${message}` : message, { cause: options.cause });
    this.name = 'VoeError';
    this.code = code;
    this.path = options.path;
  }
}

/** Errors raised while reading or decoding an audio file. */
export class AudioError extends VoeError {
  constructor(code: VoeErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'AudioError';
  }
}

/** Errors raised while reading a corpus (folders, file names). */
export class CorpusError extends VoeError {
  constructor(code: VoeErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'CorpusError';
  }
}

export function isVoeError(e: unknown): e is VoeError {
  return e instanceof VoeError;
}

/** A one-line reason for a skipped file, for reports: the VoeError's message, or the bug's name and message. */
export function describeError(e: unknown): string {
  if (e instanceof VoeError) return `${e.code}: ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
