/**
 * Speaker normalisation (Busso et al. 2011; Schuller et al. 2010): every clip of a speaker is expressed relative to
 * that speaker's own averages, so that a network learns how far an utterance departs from the speaker's habitual
 * pitch, level and timbre rather than the habitual values themselves, which are what differs most between
 * speakers. The statistics come from the speaker's clips alone and use no label; at test time they are the held-out
 * speaker's own unlabelled clips (a transductive step: it needs several clips per speaker, and reports say so).
 *
 * Over the active frames of all a speaker's clips (TrainConfig.activeTopDb):
 * - log-mel bands and MFCCs: the speaker's mean removed ('mean'), and divided by the speaker's standard deviation
 *   ('zscore'; the MFCC deltas are divided by it too, as they are linear in the MFCCs);
 * - f0 (voiced frames): scaled so that the speaker's mean log2 f0 becomes REFERENCE_LOG2_F0 (a relative pitch that
 *   stays a frequency, so unvoiced frames keep their own code downstream);
 * - RMS: scaled so that the speaker's mean log RMS becomes REFERENCE_LOG_RMS;
 * - periodicity and zero-crossing rate are left as they are (they do not depend on speaker level or register in a
 *   way a shift would remove).
 */
import type { FeatureSet } from '../features/feature-set.js';
export type SpeakerNorm = 'none' | 'mean' | 'zscore';
/** 2^7.5 ≈ 181 Hz: where a speaker's mean voiced pitch lands. */
export declare const REFERENCE_LOG2_F0 = 7.5;
/** e^-3 ≈ 0.05: where a speaker's mean active-frame RMS lands (a typical speech level on a ±1 scale). */
export declare const REFERENCE_LOG_RMS = -3;
/** One speaker's averages, as `speakerStatistics` measures them. */
export interface SpeakerStatistics {
    clips: number;
    logmelMean: Float64Array;
    logmelStd: Float64Array;
    mfccMean: Float64Array;
    mfccStd: Float64Array;
    /** Mean log2 f0 over voiced active frames; null if the speaker has none (f0 is then left as it is). */
    log2F0: number | null;
    logRms: number;
}
/** The averages of one speaker's clips (at least one), over their active frames. */
export declare function speakerStatistics(clips: FeatureSet[], topDb?: number): SpeakerStatistics;
/** A copy of one clip's features expressed relative to its speaker's statistics. */
export declare function applySpeakerStatistics(fs: FeatureSet, stats: SpeakerStatistics, mode: Exclude<SpeakerNorm, 'none'>): FeatureSet;
/**
 * Every clip relative to its own speaker's statistics, measured on `reference` (the same clips by default; e.g.
 * the clean clips when normalising their perturbed versions, so a pitch change survives). `speakers[i]` names
 * clip i's speaker; 'none' returns the clips unchanged.
 */
export declare function normaliseBySpeaker(clips: FeatureSet[], speakers: string[], mode: SpeakerNorm, topDb?: number, reference?: {
    clips: FeatureSet[];
    speakers: string[];
}): FeatureSet[];
