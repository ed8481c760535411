/**
 * Folder names accepted for each canonical emotion in the folder-per-label layout, after normalisation (lower case,
 * runs of spaces, '-' and '_' turned into one '_'). The three-letter codes are CREMA-D's.
 */
export const LABEL_SYNONYMS = {
    neutral: ['neutral', 'neu'],
    calm: ['calm', 'calmness'],
    happy: ['happy', 'happiness', 'hap', 'joy', 'joyful'],
    sad: ['sad', 'sadness'],
    angry: ['angry', 'anger', 'ang'],
    fearful: ['fearful', 'fear', 'fea', 'afraid', 'scared'],
    disgust: ['disgust', 'disgusted', 'dis'],
    surprised: ['surprised', 'surprise', 'sur', 'ps', 'pleasant_surprise', 'pleasant_surprised'],
    boredom: ['boredom', 'bored'],
};
const BY_LABEL = new Map();
for (const [emotion, labels] of Object.entries(LABEL_SYNONYMS)) {
    for (const label of labels)
        BY_LABEL.set(label, emotion);
}
export function normaliseLabel(label) {
    return label.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}
/** The canonical emotion a label names ('Anger', 'happiness', 'Pleasant surprise' …), or undefined. */
export function emotionFromLabel(label) {
    return BY_LABEL.get(normaliseLabel(label));
}
//# sourceMappingURL=emotions.js.map