/**
 * RAVDESS (Livingstone & Russo 2018): `MM-VV-EE-II-SS-RR-AA.wav`, seven two-digit codes. The code tables are the
 * published ones (Zenodo record 1188976); see src/corpus/README.md.
 */
import { stem } from './names.js';
import { RAVDESS_EMOTIONS } from './types.js';
const FIELD_NAMES = ['modality', 'vocal channel', 'emotion', 'intensity', 'statement', 'repetition', 'actor'];
export const RAVDESS_STATEMENTS = {
    1: 'Kids are talking by the door',
    2: 'Dogs are sitting by the door',
};
function fail(file, why) {
    return { ok: false, reason: `not a valid RAVDESS name (${stem(file.path)}): ${why}` };
}
function two(n) {
    return String(n).padStart(2, '0');
}
/**
 * Parse a RAVDESS file name. Every code is range-checked; combinations RAVDESS never recorded are rejected: neutral
 * has no strong intensity, song has no disgust or surprised. Video-only (02) has no audio and is rejected; full-AV
 * (01) is accepted, since a .wav with that name is the audio track extracted from the AV file (the scan drops it when
 * its audio-only twin is also present, see `dropFullAvTwins`).
 */
export function parseRavdess(file) {
    const parts = stem(file.path).split('-');
    if (parts.length !== 7) {
        return fail(file, `expected 7 two-digit fields MM-VV-EE-II-SS-RR-AA separated by '-', found ${parts.length}`);
    }
    const codes = [];
    for (let i = 0; i < 7; i++) {
        if (!/^\d{2}$/.test(parts[i])) {
            return fail(file, `field ${i + 1} (${FIELD_NAMES[i]}) '${parts[i]}' is not a two-digit number`);
        }
        codes.push(Number(parts[i]));
    }
    const [modality, channel, emotionCode, intensity, statement, repetition, actor] = codes;
    if (modality === 2)
        return fail(file, 'modality 02 is video-only, which has no audio');
    if (modality !== 1 && modality !== 3) {
        return fail(file, `modality ${two(modality)} is out of range (01 full-AV, 02 video-only, 03 audio-only)`);
    }
    if (channel !== 1 && channel !== 2) {
        return fail(file, `vocal channel ${two(channel)} is out of range (01 speech, 02 song)`);
    }
    if (emotionCode < 1 || emotionCode > 8) {
        return fail(file, `emotion ${two(emotionCode)} is out of range (01 … 08)`);
    }
    if (intensity !== 1 && intensity !== 2) {
        return fail(file, `intensity ${two(intensity)} is out of range (01 normal, 02 strong)`);
    }
    if (statement !== 1 && statement !== 2) {
        return fail(file, `statement ${two(statement)} is out of range (01, 02)`);
    }
    if (repetition !== 1 && repetition !== 2) {
        return fail(file, `repetition ${two(repetition)} is out of range (01, 02)`);
    }
    if (actor < 1 || actor > 24)
        return fail(file, `actor ${two(actor)} is out of range (01 … 24)`);
    const emotion = RAVDESS_EMOTIONS[emotionCode - 1]; // codes 01 … 08 in order;
    if (emotion === 'neutral' && intensity === 2) {
        return fail(file, 'intensity 02 (strong) with emotion 01 (neutral): RAVDESS has no strong neutral');
    }
    if (channel === 2 && (emotion === 'disgust' || emotion === 'surprised')) {
        return fail(file, `vocal channel 02 (song) with emotion ${two(emotionCode)} (${emotion}): song has no ${emotion}`);
    }
    const fields = {
        modality: modality === 3 ? 'audio-only' : 'full-AV',
        vocalChannel: channel === 1 ? 'speech' : 'song',
        emotionCode,
        intensity: intensity === 1 ? 'normal' : 'strong',
        statement,
        statementText: RAVDESS_STATEMENTS[statement],
        repetition,
        actor,
    };
    return {
        ok: true,
        utterance: {
            path: file.path,
            corpus: 'ravdess',
            speaker: `ravdess:${two(actor)}`,
            gender: actor % 2 === 1 ? 'male' : 'female',
            emotion,
            fields,
        },
    };
}
/** The identity of a recording, whatever its modality: the six codes after the first. */
function recordingKey(fields) {
    return [
        fields.vocalChannel,
        fields.emotionCode,
        fields.intensity,
        fields.statement,
        fields.repetition,
        fields.actor,
    ].join('-');
}
/**
 * RAVDESS' three modalities are cuts of one recording, so a full-AV .wav beside its audio-only twin is the same
 * performance twice; keep the audio-only one and report the other as skipped.
 */
export function dropFullAvTwins(utterances) {
    const audioOnly = new Map();
    for (const u of utterances)
        if (u.fields.modality === 'audio-only')
            audioOnly.set(recordingKey(u.fields), u.path);
    const kept = [];
    const dropped = [];
    for (const u of utterances) {
        const twin = u.fields.modality === 'full-AV' ? audioOnly.get(recordingKey(u.fields)) : undefined;
        if (twin === undefined)
            kept.push(u);
        else
            dropped.push({ path: u.path, reason: `full-AV audio of the same recording as ${twin}, which is kept` });
    }
    return { kept, dropped };
}
//# sourceMappingURL=ravdess.js.map