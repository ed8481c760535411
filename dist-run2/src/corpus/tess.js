/**
 * TESS, the Toronto emotional speech set (Dupuis & Pichora-Fuller 2010): `OAF_back_angry.wav`, speaker, target word,
 * emotion. Two speakers, both female: OAF (older, 64) and YAF (younger, 26).
 */
import { stem } from './names.js';
const EMOTIONS = {
    angry: 'angry',
    disgust: 'disgust',
    fear: 'fearful',
    happy: 'happy',
    neutral: 'neutral',
    ps: 'surprised', // pleasant surprise
    sad: 'sad',
};
/**
 * Parse a TESS file name (case-insensitive). The published set names a few OAF files `OA_…` (e.g.
 * `OA_bite_neutral.wav` in OAF_neutral/): 'OA' is read as OAF.
 */
export function parseTess(file) {
    const name = stem(file.path);
    const m = /^(OAF|YAF|OA)_([a-z]+)_([a-z]+)$/i.exec(name);
    if (!m) {
        return {
            ok: false,
            reason: `not a TESS name (${name}): expected <OAF|YAF>_<word>_<emotion>, e.g. OAF_back_angry`,
        };
    }
    const speakerCode = m[1].toUpperCase() === 'YAF' ? 'YAF' : 'OAF';
    const emotionCode = m[3].toLowerCase();
    const emotion = EMOTIONS[emotionCode];
    if (emotion === undefined) {
        return {
            ok: false,
            reason: `not a TESS name (${name}): emotion '${m[3]}' is not one of ${Object.keys(EMOTIONS).join(', ')}`,
        };
    }
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'tess',
            speaker: `tess:${speakerCode}`,
            gender: 'female',
            emotion,
            fields: { speakerCode, word: m[2].toLowerCase(), emotionCode },
        },
    };
}
//# sourceMappingURL=tess.js.map