/**
 * Vocal channels: RAVDESS records every actor speaking and singing the same two sentences (file-name field 2: 01
 * speech, 02 song). The same actor is one speaker in both (the speaker id has no channel in it), so speaker folds
 * keep an actor's speech and song on the same side. Song has no disgust and no surprised.
 */
import { EMOTIONS } from './types.js';
export const VOCAL_CHANNELS = ['speech', 'song'];
/** The clip's vocal channel, or null for corpora that do not record one (all but RAVDESS). */
export function vocalChannelOf(u) {
    return u.corpus === 'ravdess' ? u.fields.vocalChannel : null;
}
/** Clips per vocal channel × emotion, or null when no clip has a vocal channel. */
export function summarizeChannels(utterances) {
    const counts = new Map();
    for (const u of utterances) {
        const ch = vocalChannelOf(u);
        if (ch === null)
            continue;
        const m = counts.get(ch) ?? new Map();
        m.set(u.emotion, (m.get(u.emotion) ?? 0) + 1);
        counts.set(ch, m);
    }
    if (counts.size === 0)
        return null;
    const clips = {};
    for (const ch of VOCAL_CHANNELS) {
        const m = counts.get(ch);
        if (!m)
            continue;
        const row = {};
        for (const e of EMOTIONS)
            if (m.has(e))
                row[e] = m.get(e);
        clips[ch] = row;
    }
    const onlyIn = {};
    if (counts.size === 2) {
        for (const ch of VOCAL_CHANNELS) {
            const other = counts.get(ch === 'speech' ? 'song' : 'speech');
            const only = EMOTIONS.filter((e) => counts.get(ch).has(e) && !other.has(e));
            if (only.length)
                onlyIn[ch] = only;
        }
    }
    return { clips, onlyIn };
}
//# sourceMappingURL=channels.js.map