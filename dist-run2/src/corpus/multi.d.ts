import { type ScanOptions } from './scan.js';
import type { CorpusScan } from './types.js';
/**
 * Scan one or more folders as one corpus. One folder: exactly `scanCorpus`. Several: every folder must hold the same
 * corpus (else INVALID_ARGUMENT naming each folder's); a file reached twice (the same path, or for RAVDESS the same
 * file name, i.e. the same recording, in two folders) is kept once and the others listed as skipped. `root` is the
 * first folder; `roots` lists them all.
 */
export declare function scanCorpora(dirs: readonly string[], options?: ScanOptions): Promise<CorpusScan & {
    roots: string[];
}>;
