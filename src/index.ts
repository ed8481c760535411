/**
 * voice-of-emotions, the library: corpus → audio → features → folds → metrics. The CLI (`voe`) is a thin layer
 * over these functions.
 */
export { DEFAULT_FEATURE_CONFIG, featureConfig, type FeatureConfig } from './config.js';
export { VoeError, AudioError, CorpusError, isVoeError, type VoeErrorCode } from './errors.js';
export * from './audio/index.js';
export * from './corpus/index.js';
export * from './features/index.js';
export * from './evaluation/folds.js';
export * from './evaluation/metrics.js';
export * from './ensemble/index.js';
