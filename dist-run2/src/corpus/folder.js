/**
 * The plain folder-per-label layout, `<root>/<label>/*.wav`: the emotion is the name of the folder a file is in
 * (matched case-insensitively, with synonyms: see emotions.ts). No speaker is known, so each file is its own speaker
 * group ('folder:<path relative to root>'), which makes any evaluation on it speaker-dependent.
 */
import { emotionFromLabel } from './emotions.js';
import { parentFolder } from './names.js';
export function parseFolder(file) {
    const label = parentFolder(file);
    if (label === '') {
        return { ok: false, reason: 'not in a label folder: folder-per-label files must be in <root>/<label>/' };
    }
    const emotion = emotionFromLabel(label);
    if (emotion === undefined) {
        return { ok: false, reason: `folder '${label}' is not an emotion label (see src/corpus/README.md for the names)` };
    }
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'folder',
            speaker: `folder:${file.relativePath}`,
            gender: 'unknown',
            emotion,
            fields: { label },
        },
    };
}
//# sourceMappingURL=folder.js.map