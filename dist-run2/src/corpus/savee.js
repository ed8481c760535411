/**
 * SAVEE, Surrey Audio-Visual Expressed Emotion (Haq & Jackson 2009): four male speakers DC, JE, JK, KL; 15 sentences
 * per emotion and 30 neutral. Two layouts are in circulation: `DC_a01.wav` (flat) and `DC/a01.wav` (the original
 * AudioData/ folder per speaker).
 */
import { parentFolder, stem } from './names.js';
const EMOTIONS = {
    a: 'angry',
    d: 'disgust',
    f: 'fearful',
    h: 'happy',
    n: 'neutral',
    sa: 'sad',
    su: 'surprised',
};
const SPEAKERS = ['DC', 'JE', 'JK', 'KL'];
function isSpeaker(s) {
    return SPEAKERS.includes(s);
}
/** Parse a SAVEE file name in either layout (case-insensitive; speaker codes are upper-cased). */
export function parseSavee(file) {
    const name = stem(file.path);
    const fail = (why) => ({ ok: false, reason: `not a valid SAVEE name (${name}): ${why}` });
    let speaker;
    let code;
    let layout;
    const flat = /^([a-z]{2})_([a-z]{1,2})(\d{2})$/i.exec(name);
    const nested = /^([a-z]{1,2})(\d{2})$/i.exec(name);
    let number;
    if (flat) {
        [, speaker, code, number] = flat;
        layout = 'flat';
    }
    else if (nested) {
        [, code, number] = nested;
        speaker = parentFolder(file);
        layout = 'nested';
        if (!isSpeaker(speaker.toUpperCase())) {
            return fail(`a bare <emotion><nn> name must be in a speaker folder (${SPEAKERS.join(', ')}), not '${speaker}'`);
        }
    }
    else {
        return fail('expected <speaker>_<emotion><nn> (DC_a01) or <speaker>/<emotion><nn> (DC/a01)');
    }
    const speakerCode = speaker.toUpperCase();
    if (!isSpeaker(speakerCode))
        return fail(`speaker '${speaker}' is not one of ${SPEAKERS.join(', ')}`);
    const emotionCode = code.toLowerCase();
    const emotion = EMOTIONS[emotionCode];
    if (emotion === undefined)
        return fail(`emotion '${code}' is not one of ${Object.keys(EMOTIONS).join(', ')}`);
    const sentence = Number(number);
    const max = emotion === 'neutral' ? 30 : 15;
    if (sentence < 1 || sentence > max)
        return fail(`sentence ${number} is out of range (01 … ${max} for '${emotionCode}')`);
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'savee',
            speaker: `savee:${speakerCode}`,
            gender: 'male',
            emotion,
            fields: { speakerCode, emotionCode, sentence, layout },
        },
    };
}
//# sourceMappingURL=savee.js.map