/**
 * Vocal channels: RAVDESS records every actor speaking and singing the same two sentences (file-name field 2: 01
 * speech, 02 song). The same actor is one speaker in both (the speaker id has no channel in it), so speaker folds
 * keep an actor's speech and song on the same side. Song has no disgust and no surprised.
 */
import { type Emotion, type Utterance } from './types.js';
export type VocalChannel = 'speech' | 'song';
export declare const VOCAL_CHANNELS: readonly VocalChannel[];
/** The clip's vocal channel, or null for corpora that do not record one (all but RAVDESS). */
export declare function vocalChannelOf(u: Utterance): VocalChannel | null;
export interface ChannelSummary {
    /** Clips per channel and emotion (emotions in canonical order; channels without clips left out). */
    clips: Partial<Record<VocalChannel, Partial<Record<Emotion, number>>>>;
    /** With both channels present: the emotions that only one channel has (e.g. { speech: ['disgust', 'surprised'] }). */
    onlyIn: Partial<Record<VocalChannel, Emotion[]>>;
}
/** Clips per vocal channel × emotion, or null when no clip has a vocal channel. */
export declare function summarizeChannels(utterances: readonly Utterance[]): ChannelSummary | null;
