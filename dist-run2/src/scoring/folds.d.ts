export interface SplitItem {
    speaker: string;
    emotion: string;
    gender?: string;
}
export interface Fold {
    index: number;
    /** Speakers whose clips are tested (empty for the leaky random split, where every speaker is on both sides). */
    testSpeakers: string[];
    trainSpeakers: string[];
    train: number[];
    test: number[];
}
export type SplitProtocol = 'speaker-folds' | 'leave-one-speaker-out' | 'random-leaky';
export interface Split {
    protocol: SplitProtocol;
    /** True only for the random split: speakers (and their recording sessions) sit in train and test alike. */
    leaky: boolean;
    /** Human label printed with every result of this split. */
    label: string;
    folds: Fold[];
}
/** Speaker ids in natural order ('ravdess:2' before 'ravdess:10'). */
export declare function sortedSpeakers(items: readonly SplitItem[]): string[];
/**
 * `nFolds` folds of whole speakers, balanced by gender and by clip count, deterministic.
 *
 * First candidate: contiguous speakers in natural order, sizes differing by at most one. On RAVDESS speech (actors
 * 01 … 24, 60 clips each) with 6 folds, fold k (1-based) holds actors 4k−3 … 4k: two male (odd) and two female
 * (even), 240 clips. That split is kept unless the balanced assignment below is strictly better on (1) the spread of
 * each gender's speaker count across folds, (2) the spread of fold sizes in speakers, (3) the spread of clip counts,
 * compared in that order. It is better when the speakers do not divide evenly or an actor is missing: RAVDESS song
 * has no actor 18, and its contiguous fold 5 would hold three men and one woman.
 *
 * The balanced assignment: speakers by clip count (most first, then natural order), each to the fold with the fewest
 * speakers of its gender (where it is known), then the fewest clips, then the fewest speakers, then the lowest index; folds are then
 * numbered by their first speaker in natural order.
 */
export declare function speakerFolds(items: readonly SplitItem[], nFolds?: number): Split;
/** One fold per speaker. */
export declare function leaveOneSpeakerOut(items: readonly SplitItem[]): Split;
/**
 * The reference study's protocol, kept only to show how much it flatters: clips shuffled into `nFolds` folds
 * stratified by emotion, ignoring speakers. Every result of it is labelled "speaker-dependent (leaky)".
 */
export declare function randomLeakySplit(items: readonly SplitItem[], nFolds: number, seed: number): Split;
/**
 * Speakers to hold out of a training set for validation (early stopping), chosen only among the training
 * speakers: `n` of them, alternating genders where genders are known, picked by a seeded shuffle.
 */
export declare function validationSpeakers(items: readonly SplitItem[], trainIdx: readonly number[], n: number, seed: number): string[];
/** Throws if any fold has a speaker on both sides (for non-leaky splits): the property everything rests on. */
export declare function assertSpeakerDisjoint(items: readonly SplitItem[], split: Split): void;
