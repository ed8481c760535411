import type { CorpusFile, ParseResult } from './types.js';
/**
 * Parse a TESS file name (case-insensitive). The published set names a few OAF files `OA_…` (e.g.
 * `OA_bite_neutral.wav` in OAF_neutral/): 'OA' is read as OAF.
 */
export declare function parseTess(file: CorpusFile): ParseResult<'tess'>;
