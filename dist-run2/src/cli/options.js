import { resolve } from 'node:path';
import { VoeError } from '../errors.js';
/** Where `voe` keeps computed features unless told otherwise: a folder in the current directory, easy to delete. */
export const DEFAULT_CACHE_ROOT = '.voe-cache';
export function parsePositiveInt(text, flag, allowZero = false) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
        throw new VoeError('INVALID_ARGUMENT', `${flag} must be a whole number ${allowZero ? '≥ 0' : '≥ 1'}, got "${text}"`);
    }
    return n;
}
/** Commander argument parser for a repeatable folder option (`--data a --data b`): collects them in order. */
export function collectFolders(value, previous) {
    return [...(previous ?? []), value];
}
/** A single folder as a string (as configs saved before several were possible), several as a list; all resolved. */
export function dataFolders(dirs) {
    const resolved = dirs.map((d) => resolve(d));
    return resolved.length === 1 ? resolved[0] : resolved;
}
//# sourceMappingURL=options.js.map