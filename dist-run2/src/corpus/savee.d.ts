import type { CorpusFile, ParseResult } from './types.js';
/** Parse a SAVEE file name in either layout (case-insensitive; speaker codes are upper-cased). */
export declare function parseSavee(file: CorpusFile): ParseResult<'savee'>;
