import { type CorpusFile, type CorpusName, type CorpusScan, type ParseResult } from './types.js';
export interface ScanOptions {
    /** The naming convention to read; undefined = detect it from the file names. */
    corpus?: CorpusName;
}
/** Human names, for messages. */
export declare const CORPUS_TITLES: Readonly<Record<CorpusName, string>>;
/**
 * Every parser without context (CREMA-D's genders come later). The order is also the tie-break order of detection:
 * the corpora whose names carry a speaker id first, the folder-per-label layout (no speakers) last.
 */
export declare const PARSERS: Readonly<Record<CorpusName, (file: CorpusFile) => ParseResult>>;
export declare function isCorpusName(name: string): name is CorpusName;
/** A corpus name given by a user ('RAVDESS', 'crema-d', 'cremad', 'emo-db' …) → CorpusName, or a CorpusError. */
export declare function toCorpusName(text: string): CorpusName;
/**
 * Scan a corpus folder. Returns utterances and skipped files sorted by path. Throws a CorpusError when the folder is
 * missing (FILE_NOT_FOUND), is a file (NOT_A_DIRECTORY), holds no WAV file or no file of the named corpus
 * (NO_UTTERANCES), or when no WAV name matches any known convention (UNKNOWN_CORPUS).
 */
export declare function scanCorpus(dir: string, options?: ScanOptions): Promise<CorpusScan>;
