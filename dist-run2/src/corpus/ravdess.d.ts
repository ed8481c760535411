import { type CorpusFile, type ParseResult, type RavdessFields } from './types.js';
export declare const RAVDESS_STATEMENTS: Readonly<Record<1 | 2, string>>;
/**
 * Parse a RAVDESS file name. Every code is range-checked; combinations RAVDESS never recorded are rejected: neutral
 * has no strong intensity, song has no disgust or surprised. Video-only (02) has no audio and is rejected; full-AV
 * (01) is accepted, since a .wav with that name is the audio track extracted from the AV file (the scan drops it when
 * its audio-only twin is also present, see `dropFullAvTwins`).
 */
export declare function parseRavdess(file: CorpusFile): ParseResult<'ravdess'>;
/**
 * RAVDESS' three modalities are cuts of one recording, so a full-AV .wav beside its audio-only twin is the same
 * performance twice; keep the audio-only one and report the other as skipped.
 */
export declare function dropFullAvTwins<U extends {
    path: string;
    fields: RavdessFields;
}>(utterances: readonly U[]): {
    kept: U[];
    dropped: {
        path: string;
        reason: string;
    }[];
};
