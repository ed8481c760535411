import { type FeatureSet } from './feature-set.js';
/**
 * Features on disk, keyed by the audio's content hash under a folder per feature-config hash: the same audio with
 * the same config is computed once; a changed config lands in another folder and recomputes.
 *
 * Writes are atomic (a uniquely named temporary file in the same folder, then rename), so a run killed at any
 * moment leaves either a whole entry or none; an entry that still fails to parse (disk damage, a foreign file) is
 * removed and reported as a miss with its reason, never returned.
 */
export declare class FeatureCache {
    readonly dir: string;
    constructor(root: string, configHash: string);
    entryPath(contentHash: string): string;
    /** The cached features, or undefined (with `onCorrupt` told why when an entry existed but was unreadable). */
    read(contentHash: string, onCorrupt?: (reason: string) => void): FeatureSet | undefined;
    write(contentHash: string, features: FeatureSet): void;
    /** Entry folders this cache has made (or found) in this process. */
    private readonly folders;
}
