/**
 * What a corpus holds: clips per emotion, speaker and gender, and (optionally, from the WAV headers) total duration.
 * Durations come from the audio step's header-only `probeAudio`: the one place where corpus reaches downstream, for a
 * leaf function that knows nothing of corpora.
 */
import { describeError } from '../errors.js';
import { probeAudio } from '../audio/index.js';
import { summarizeChannels, type ChannelSummary } from './channels.js';
import { EMOTIONS, type CorpusName, type CorpusScan, type Emotion, type Gender, type SkippedFile } from './types.js';

export interface SpeakerSummary {
  gender: Gender;
  clips: number;
  emotions: Partial<Record<Emotion, number>>;
  /** Seconds of audio, or null when durations were not read. */
  durationSeconds: number | null;
}

export interface CorpusSummary {
  corpus: CorpusName;
  root: string;
  /** Clips counted (with durations: only those whose header could be read). */
  utterances: number;
  /** Distinct speaker ids (for the folder-per-label layout: one per file, see `speakersKnown`). */
  speakers: number;
  speakersKnown: boolean;
  /** Clips per emotion, canonical order, emotions with no clip left out. */
  emotions: Partial<Record<Emotion, number>>;
  /** Clips per gender, genders with no clip left out. */
  genders: Partial<Record<Gender, number>>;
  /** Keyed by speaker id, in sorted order. */
  perSpeaker: Record<string, SpeakerSummary>;
  /** Total seconds of audio (to the millisecond), or null when durations were not read. */
  durationSeconds: number | null;
  /** Clips per file sample rate in Hz (e.g. { 48000: 2452 }), or null when headers were not read. */
  sampleRates: Record<number, number> | null;
  /** RAVDESS: clips per vocal channel × emotion, and the emotions only one channel has; null for other corpora. */
  vocalChannels: ChannelSummary | null;
  /** The scan's skipped files plus, with durations, those whose header is broken; sorted by path. */
  skipped: SkippedFile[];
  warnings: string[];
}

export interface SummaryOptions {
  /** Read every WAV header for durations (and drop files whose header is broken). Default false. */
  durations?: boolean;
  /** Header reads in flight at once. Default 16. */
  concurrency?: number;
}

const GENDER_ORDER: readonly Gender[] = ['male', 'female', 'unknown'];

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const roundMs = (s: number): number => Math.round(s * 1000) / 1000;

export async function summarizeCorpus(scan: CorpusScan, options: SummaryOptions = {}): Promise<CorpusSummary> {
  const skipped = [...scan.skipped];
  let durations: (number | null)[] = scan.utterances.map(() => null);
  const rateOf = new Map<(typeof scan.utterances)[number], number>();
  if (options.durations) {
    durations = await mapLimit(scan.utterances, options.concurrency ?? 16, async (u) => {
      try {
        const info = await probeAudio(u.path);
        rateOf.set(u, info.sampleRate);
        return info.durationSeconds;
      } catch (e) {
        skipped.push({ path: u.path, reason: `unreadable WAV header: ${describeError(e)}` });
        return null;
      }
    });
  }

  const emotionCounts = new Map<Emotion, number>();
  const genderCounts = new Map<Gender, number>();
  const speakers = new Map<string, SpeakerSummary>();
  let counted = 0;
  let total = 0;
  const sampleRates = new Map<number, number>();
  const countedUtterances: typeof scan.utterances = [];
  scan.utterances.forEach((u, i) => {
    const seconds = durations[i];
    if (options.durations && seconds === null) return;
    counted++;
    countedUtterances.push(u);
    const rate = rateOf.get(u);
    if (rate !== undefined) sampleRates.set(rate, (sampleRates.get(rate) ?? 0) + 1);
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

  const emotions: Partial<Record<Emotion, number>> = {};
  for (const e of EMOTIONS) {
    const n = emotionCounts.get(e);
    if (n) emotions[e] = n;
  }
  const genders: Partial<Record<Gender, number>> = {};
  for (const g of GENDER_ORDER) {
    const n = genderCounts.get(g);
    if (n) genders[g] = n;
  }
  const perSpeaker: Record<string, SpeakerSummary> = {};
  for (const id of [...speakers.keys()].sort()) {
    const s = speakers.get(id) as SpeakerSummary;
    const ordered: Partial<Record<Emotion, number>> = {};
    for (const e of EMOTIONS) if (s.emotions[e]) ordered[e] = s.emotions[e];
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
