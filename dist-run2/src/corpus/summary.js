/**
 * What a corpus holds: clips per emotion, speaker and gender, and (optionally, from the WAV headers) total duration.
 * Durations come from the audio step's header-only `probeAudio`: the one place where corpus reaches downstream, for a
 * leaf function that knows nothing of corpora.
 */
import { describeError } from '../errors.js';
import { probeAudio } from '../audio/index.js';
import { summarizeChannels } from './channels.js';
import { EMOTIONS } from './types.js';
const GENDER_ORDER = ['male', 'female', 'unknown'];
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
const roundMs = (s) => Math.round(s * 1000) / 1000;
export async function summarizeCorpus(scan, options = {}) {
    const skipped = [...scan.skipped];
    let durations = scan.utterances.map(() => null);
    const rateOf = new Map();
    if (options.durations) {
        durations = await mapLimit(scan.utterances, options.concurrency ?? 16, async (u) => {
            try {
                const info = await probeAudio(u.path);
                rateOf.set(u, info.sampleRate);
                return info.durationSeconds;
            }
            catch (e) {
                skipped.push({ path: u.path, reason: `unreadable WAV header: ${describeError(e)}` });
                return null;
            }
        });
    }
    const emotionCounts = new Map();
    const genderCounts = new Map();
    const speakers = new Map();
    let counted = 0;
    let total = 0;
    const sampleRates = new Map();
    const countedUtterances = [];
    scan.utterances.forEach((u, i) => {
        const seconds = durations[i];
        if (options.durations && seconds === null)
            return;
        counted++;
        countedUtterances.push(u);
        const rate = rateOf.get(u);
        if (rate !== undefined)
            sampleRates.set(rate, (sampleRates.get(rate) ?? 0) + 1);
        emotionCounts.set(u.emotion, (emotionCounts.get(u.emotion) ?? 0) + 1);
        genderCounts.set(u.gender, (genderCounts.get(u.gender) ?? 0) + 1);
        let s = speakers.get(u.speaker);
        if (!s) {
            s = { gender: u.gender, clips: 0, emotions: {}, durationSeconds: options.durations ? 0 : null };
            speakers.set(u.speaker, s);
        }
        s.clips++;
        s.emotions[u.emotion] = (s.emotions[u.emotion] ?? 0) + 1;
        if (seconds !== null) {
            s.durationSeconds = (s.durationSeconds ?? 0) + seconds;
            total += seconds;
        }
    });
    const emotions = {};
    for (const e of EMOTIONS) {
        const n = emotionCounts.get(e);
        if (n)
            emotions[e] = n;
    }
    const genders = {};
    for (const g of GENDER_ORDER) {
        const n = genderCounts.get(g);
        if (n)
            genders[g] = n;
    }
    const perSpeaker = {};
    for (const id of [...speakers.keys()].sort()) {
        const s = speakers.get(id);
        const ordered = {};
        for (const e of EMOTIONS)
            if (s.emotions[e])
                ordered[e] = s.emotions[e];
        perSpeaker[id] = {
            ...s,
            emotions: ordered,
            durationSeconds: s.durationSeconds === null ? null : roundMs(s.durationSeconds),
        };
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        corpus: scan.corpus,
        root: scan.root,
        utterances: counted,
        speakers: speakers.size,
        speakersKnown: scan.speakersKnown,
        emotions,
        genders,
        perSpeaker,
        durationSeconds: options.durations ? roundMs(total) : null,
        sampleRates: options.durations ? Object.fromEntries([...sampleRates].sort((a, b) => a[0] - b[0])) : null,
        vocalChannels: summarizeChannels(countedUtterances),
        skipped,
        warnings: [...scan.warnings],
    };
}
//# sourceMappingURL=summary.js.map