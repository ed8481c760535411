/**
 * The common record every corpus parser produces. See src/corpus/README.md for how each corpus' codes map onto the
 * canonical emotion vocabulary.
 */
export const CORPUS_NAMES = ['ravdess', 'tess', 'crema-d', 'savee', 'emodb', 'folder'];
/** RAVDESS' eight, in RAVDESS' code order (01 … 08). */
export const RAVDESS_EMOTIONS = [
    'neutral',
    'calm',
    'happy',
    'sad',
    'angry',
    'fearful',
    'disgust',
    'surprised',
];
/** Every canonical emotion, in report order: RAVDESS' eight, then the extension. */
export const EMOTIONS = [...RAVDESS_EMOTIONS, 'boredom'];
//# sourceMappingURL=types.js.map