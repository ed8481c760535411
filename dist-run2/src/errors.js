export class VoeError extends Error {
    code;
    /** The file or folder the error is about, when there is one. */
    path;
    constructor(code, message, options = {}) {
        super(options.path ? `${options.path}: ${message}` : message, { cause: options.cause });
        this.name = 'VoeError';
        this.code = code;
        this.path = options.path;
    }
}
/** Errors raised while reading or decoding an audio file. */
export class AudioError extends VoeError {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'AudioError';
    }
}
/** Errors raised while reading a corpus (folders, file names). */
export class CorpusError extends VoeError {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'CorpusError';
    }
}
export function isVoeError(e) {
    return e instanceof VoeError;
}
/** A one-line reason for a skipped file, for reports: the VoeError's message, or the bug's name and message. */
export function describeError(e) {
    if (e instanceof VoeError)
        return `${e.code}: ${e.message}`;
    if (e instanceof Error)
        return `${e.name}: ${e.message}`;
    return String(e);
}
//# sourceMappingURL=errors.js.map