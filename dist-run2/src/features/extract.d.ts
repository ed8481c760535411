import type { FeatureConfig } from '../config.js';
import type { FeatureSet } from './feature-set.js';
import { type Perturbation } from './perturbation.js';
/**
 * Bumped whenever extraction changes what it computes for the same config, so that old cache entries (keyed by
 * config and this version) are not reused.
 */
export declare const EXTRACTOR_VERSION = 2;
/** Peak below which a clip is treated as silent (about −100 dBFS): its features would describe nothing. */
export declare const SILENCE_PEAK = 0.00001;
/**
 * Features of `y`, sampled at `config.sr`. `path` only names the clip in errors.
 * @throws AudioError SILENT_AUDIO for a silent clip, TOO_SHORT for one too short to have delta_width frames.
 */
export declare function extractFeatures(y: Float32Array, config: FeatureConfig, path?: string): FeatureSet;
/** The clip at the config's active-speech level (FeatureConfig.level_dbfs), or as it is when that is off. */
export declare function levelNormalised(y: Float32Array, config: Pick<FeatureConfig, 'level_dbfs' | 'sr'>, path?: string): Float32Array;
/**
 * Decodes a WAV held in memory, resamples it to `config.sr` and extracts its features. A `perturbation` (training
 * augmentation; see perturbation.ts) changes the clip first: its speed while resampling, then noise at config.sr,
 * seeded by the file's content so that the same file always gets the same version.
 */
export declare function featuresFromWavBytes(bytes: Uint8Array, config: FeatureConfig, path?: string, perturbation?: Perturbation): Promise<FeatureSet>;
