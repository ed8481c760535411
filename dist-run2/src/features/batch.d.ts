import type { FeatureConfig } from '../config.js';
import { FeatureCache } from './cache.js';
import { type Perturbation } from './perturbation.js';
import type { FeatureSet } from './feature-set.js';
/**
 * Whole-corpus extraction: every file read, hashed, looked up in the cache, and on a miss decoded, resampled,
 * featurised and written back, spread over worker threads (one per core by default). One bad file is reported
 * with its reason and skipped; everything computed before an interruption stays in the cache, so a rerun resumes.
 */
export interface FileOutcome {
    path: string;
    ok: boolean;
    /** Why the file failed (ok = false). */
    reason?: string;
    cached?: boolean;
    contentHash?: string;
    /** Duration of the decoded audio in seconds. */
    audioSeconds?: number;
    frames?: number;
    /** Cache entries found unreadable and recomputed. */
    warnings?: string[];
}
export interface ExtractionProgress {
    done: number;
    total: number;
    failed: number;
    cached: number;
    audioSeconds: number;
    elapsedSeconds: number;
    last: FileOutcome;
    /** The perturbation of this pass, described ('' = the clips themselves). */
    perturbation: string;
}
export interface ExtractionSummary {
    files: number;
    extracted: number;
    cached: number;
    failed: Array<{
        path: string;
        reason: string;
    }>;
    warnings: string[];
    /** Groups of files with byte-identical content (a corpus defect worth knowing: the same clip counted twice). */
    duplicates: string[][];
    audioSeconds: number;
    wallSeconds: number;
    workers: number;
    cacheDir: string;
    configHash: string;
    interrupted: boolean;
    outcomes: FileOutcome[];
}
export interface ExtractionOptions {
    config: FeatureConfig;
    /** Cache root; entries go to <cacheRoot>/features/<configHash>/. */
    cacheRoot: string;
    /** Worker threads; 0 runs in this thread. Default: one per core. */
    workers?: number;
    onProgress?: (p: ExtractionProgress) => void;
    signal?: AbortSignal;
    /** A training-augmentation version of every clip (see perturbation.ts); default none, the clips themselves. */
    perturbation?: Perturbation;
}
/**
 * The hash that names a feature config's cache folder: the config plus the extractor's version, and the
 * perturbation when there is one (the clips themselves keep the hash they always had, so existing caches stay valid).
 */
export declare function featureConfigHash(config: FeatureConfig, perturbation?: Perturbation): string;
/** Reads, hashes, and featurises one file through the cache. Never throws for a bad file: it returns ok = false. */
export declare function processFile(path: string, config: FeatureConfig, cache: FeatureCache, perturbation?: Perturbation): Promise<FileOutcome>;
/**
 * Loads one file's features through the cache (computing and storing them on a miss); throws on a bad file.
 * With a `perturbation`: the features of that version of the clip.
 */
export declare function loadFeatures(path: string, config: FeatureConfig, cacheRoot: string, perturbation?: Perturbation): Promise<FeatureSet>;
export declare function extractCorpus(paths: string[], options: ExtractionOptions): Promise<ExtractionSummary>;
