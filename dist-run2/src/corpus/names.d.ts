import type { CorpusFile } from './types.js';
/** The file name without folder or extension: '/a/03-01-01-01-01-01-01.wav' → '03-01-01-01-01-01-01'. */
export declare function stem(path: string): string;
/** The name of the folder a file is in, relative to the scanned root; '' for a file directly in the root. */
export declare function parentFolder(file: CorpusFile): string;
