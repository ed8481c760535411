import type { Emotion } from './types.js';
/**
 * Folder names accepted for each canonical emotion in the folder-per-label layout, after normalisation (lower case,
 * runs of spaces, '-' and '_' turned into one '_'). The three-letter codes are CREMA-D's.
 */
export declare const LABEL_SYNONYMS: Readonly<Record<Emotion, readonly string[]>>;
export declare function normaliseLabel(label: string): string;
/** The canonical emotion a label names ('Anger', 'happiness', 'Pleasant surprise' …), or undefined. */
export declare function emotionFromLabel(label: string): Emotion | undefined;
