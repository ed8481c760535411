/**
 * CREMA-D (Cao et al. 2014): `1001_DFA_ANG_XX.wav`, actor, sentence, emotion, level. Gender is not in the name; it
 * comes from the corpus' VideoDemographics.csv when that file is in the scanned folder, else it is 'unknown'.
 */
import { stem } from './names.js';
export const CREMA_D_SENTENCES = {
    IEO: "It's eleven o'clock",
    TIE: 'That is exactly what happened',
    IOM: "I'm on my way to the meeting",
    IWW: 'I wonder what this is about',
    TAI: 'The airplane is almost full',
    MTI: 'Maybe tomorrow it will be cold',
    IWL: 'I would like a new alarm clock',
    ITH: "I think I have a doctor's appointment",
    DFA: "Don't forget a jacket",
    ITS: "I think I've seen this before",
    TSI: 'The surface is slick',
    WSI: "We'll stop in a couple of minutes",
};
const EMOTIONS = {
    ANG: 'angry',
    DIS: 'disgust',
    FEA: 'fearful',
    HAP: 'happy',
    NEU: 'neutral',
    SAD: 'sad',
};
const LEVELS = {
    LO: 'low',
    MD: 'medium',
    HI: 'high',
    XX: 'unspecified',
};
/** The file CREMA-D ships with each actor's age, sex, race and ethnicity. */
export const CREMA_D_DEMOGRAPHICS_FILE = 'VideoDemographics.csv';
/**
 * Parse a CREMA-D file name. `genders` maps actor number → gender (from VideoDemographics.csv); an actor missing from
 * it, or no map at all, gives 'unknown'.
 */
export function parseCremaD(file, genders) {
    const name = stem(file.path);
    const fail = (why) => ({
        ok: false,
        reason: `not a valid CREMA-D name (${name}): ${why}`,
    });
    const parts = name.split('_');
    if (parts.length !== 4) {
        return fail(`expected 4 fields <actor>_<sentence>_<emotion>_<level> separated by '_', found ${parts.length}`);
    }
    const [actorText, sentence, emotionCode, levelCode] = parts;
    if (!/^\d{4}$/.test(actorText))
        return fail(`actor '${actorText}' is not a four-digit number`);
    const actor = Number(actorText);
    if (actor < 1001 || actor > 1091)
        return fail(`actor ${actor} is out of range (1001 … 1091)`);
    const sentenceText = CREMA_D_SENTENCES[sentence];
    if (sentenceText === undefined) {
        return fail(`sentence '${sentence}' is not one of ${Object.keys(CREMA_D_SENTENCES).join(' ')}`);
    }
    const emotion = EMOTIONS[emotionCode];
    if (emotion === undefined)
        return fail(`emotion '${emotionCode}' is not one of ${Object.keys(EMOTIONS).join(' ')}`);
    const level = LEVELS[levelCode];
    if (level === undefined)
        return fail(`level '${levelCode}' is not one of ${Object.keys(LEVELS).join(' ')}`);
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'crema-d',
            speaker: `crema-d:${actor}`,
            gender: genders?.get(actor) ?? 'unknown',
            emotion,
            fields: { actor, sentence, sentenceText, emotionCode, level },
        },
    };
}
/** Split one CSV line, honouring double quotes (the published file quotes its text columns). */
function splitCsvLine(line) {
    const out = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cell += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            out.push(cell);
            cell = '';
        }
        else
            cell += c;
    }
    out.push(cell);
    return out.map((s) => s.trim());
}
/**
 * Read VideoDemographics.csv (`"ActorID","Age","Sex","Race","Ethnicity"`) into actor → gender. Throws a plain Error
 * naming the problem when the header lacks ActorID or Sex; rows with other sexes or bad ids are left out.
 */
export function parseCremaDDemographics(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length === 0)
        throw new Error('the file is empty');
    const header = splitCsvLine(lines[0]).map((h) => h.toLowerCase());
    const idCol = header.indexOf('actorid');
    const sexCol = header.indexOf('sex');
    if (idCol < 0 || sexCol < 0)
        throw new Error(`expected columns ActorID and Sex, found ${lines[0]}`);
    const genders = new Map();
    for (const line of lines.slice(1)) {
        const cells = splitCsvLine(line);
        const id = Number(cells[idCol]);
        const sex = (cells[sexCol] ?? '').toLowerCase();
        if (!Number.isInteger(id))
            continue;
        if (sex === 'male' || sex === 'female')
            genders.set(id, sex);
    }
    return genders;
}
//# sourceMappingURL=crema-d.js.map