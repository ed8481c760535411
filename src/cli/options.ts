import { VoeError } from '../errors.js';

/** Where `voe` keeps computed features unless told otherwise: a folder in the current directory, easy to delete. */
export const DEFAULT_CACHE_ROOT = '.voe-cache';

export function parsePositiveInt(text: string, flag: string, allowZero = false): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw new VoeError('INVALID_ARGUMENT', `${flag} must be a whole number ${allowZero ? '≥ 0' : '≥ 1'}, got "${text}"`);
  }
  return n;
}
