import type { CorpusFile, ParseResult } from './types.js';
export declare function parseFolder(file: CorpusFile): ParseResult<'folder'>;
