/**
 * EMO-DB, the Berlin Database of Emotional Speech (Burkhardt et al. 2005): `03a01Fa.wav`, speaker, text, emotion
 * letter (German initial), version. Speakers, genders and sentences as documented in EMO-DB's own description.
 */
import { stem } from './names.js';
/** W Wut, L Langeweile, E Ekel, A Angst, F Freude, T Trauer, N neutral. Boredom is the canonical extension. */
const EMOTIONS = {
    W: 'angry',
    L: 'boredom',
    E: 'disgust',
    A: 'fearful',
    F: 'happy',
    T: 'sad',
    N: 'neutral',
};
export const EMODB_SPEAKERS = {
    '03': 'male',
    '08': 'female',
    '09': 'female',
    '10': 'male',
    '11': 'male',
    '12': 'male',
    '13': 'female',
    '14': 'female',
    '15': 'male',
    '16': 'female',
};
export const EMODB_TEXTS = {
    a01: 'Der Lappen liegt auf dem Eisschrank.',
    a02: 'Das will sie am Mittwoch abgeben.',
    a04: 'Heute abend könnte ich es ihm sagen.',
    a05: 'Das schwarze Stück Papier befindet sich da oben neben dem Holzstück.',
    a07: 'In sieben Stunden wird es soweit sein.',
    b01: 'Was sind denn das für Tüten, die da unter dem Tisch stehen?',
    b02: 'Sie haben es gerade hochgetragen und jetzt gehen sie wieder runter.',
    b03: 'An den Wochenenden bin ich jetzt immer nach Hause gefahren und habe Agnes besucht.',
    b09: 'Ich will das eben wegbringen und dann mit Karl was trinken gehen.',
    b10: 'Die wird auf dem Platz sein, wo wir sie immer hinlegen.',
};
/** Parse an EMO-DB file name (the emotion letter is upper case, the version letter lower case, as published). */
export function parseEmodb(file) {
    const name = stem(file.path);
    const fail = (why) => ({ ok: false, reason: `not a valid EMO-DB name (${name}): ${why}` });
    const m = /^(\d{2})([ab]\d{2})([A-Z])([a-z])$/.exec(name);
    if (!m)
        return fail('expected <speaker nn><text a01…b10><emotion letter><version>, e.g. 03a01Fa');
    const [, speakerCode, text, emotionCode, version] = m;
    const gender = EMODB_SPEAKERS[speakerCode];
    if (gender === undefined)
        return fail(`speaker ${speakerCode} is not one of ${Object.keys(EMODB_SPEAKERS).join(' ')}`);
    const textTranscription = EMODB_TEXTS[text];
    if (textTranscription === undefined)
        return fail(`text ${text} is not one of ${Object.keys(EMODB_TEXTS).join(' ')}`);
    const emotion = EMOTIONS[emotionCode];
    if (emotion === undefined)
        return fail(`emotion '${emotionCode}' is not one of ${Object.keys(EMOTIONS).join(' ')}`);
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'emodb',
            speaker: `emodb:${speakerCode}`,
            gender,
            emotion,
            fields: { speakerCode, text, textTranscription, emotionCode, version },
        },
    };
}
//# sourceMappingURL=emodb.js.map