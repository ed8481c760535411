import { type ChannelSummary } from './channels.js';
import { type CorpusName, type CorpusScan, type Emotion, type Gender, type SkippedFile } from './types.js';
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
export declare function summarizeCorpus(scan: CorpusScan, options?: SummaryOptions): Promise<CorpusSummary>;
