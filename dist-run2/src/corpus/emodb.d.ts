import type { CorpusFile, Gender, ParseResult } from './types.js';
export declare const EMODB_SPEAKERS: Readonly<Record<string, Gender>>;
export declare const EMODB_TEXTS: Readonly<Record<string, string>>;
/** Parse an EMO-DB file name (the emotion letter is upper case, the version letter lower case, as published). */
export declare function parseEmodb(file: CorpusFile): ParseResult<'emodb'>;
