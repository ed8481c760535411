/**
 * voice-of-emotions, the library: corpus → audio → features → folds → metrics. The CLI (`voe`) is a thin layer
 * over these functions.
 */
export { DEFAULT_FEATURE_CONFIG, featureConfig, type FeatureConfig } from './config.js';
export { VoeError, AudioError, CorpusError, isVoeError, type VoeErrorCode } from './errors.js';
export * from './audio/index.js';
export * from './corpus/index.js';
export * from './features/index.js';
export * from './scoring/folds.js';
export * from './scoring/metrics.js';
export * from './ensemble/index.js';
export { initBackend, type BackendInfo, type BackendName } from './models/backend.js';
export { DEFAULT_TRAIN_CONFIG, trainConfig, trainingPerturbations, type TrainConfig, type Architecture } from './models/config.js';
export { NeuralClassifier, type EmotionClassifier, type FitOptions } from './models/classifier.js';
export { normaliseBySpeaker, speakerStatistics, applySpeakerStatistics, type SpeakerNorm, type SpeakerStatistics } from './models/speaker-norm.js';
export { experimentConfig, type ExperimentConfig } from './evaluation/experiment-config.js';
export { runExperiment, type ExperimentHooks, type ExperimentOutcome } from './evaluation/experiment.js';
export type { ExperimentResults, ModelResults, Comparison } from './scoring/results.js';
export { mcnemar, pairedTTest, wilcoxonSignedRank, compareModels } from './scoring/significance.js';
export { renderReport, writeReport } from './evaluation/report.js';
export { EmotionPredictor, type Prediction, type PredictorSummary } from './predict/predictor.js';
export { bundledModelDir } from './predict/bundled.js';
export { createEmotionServer, DEFAULT_MAX_SECONDS, type ServerOptions } from './serve/server.js';
export { InferencePool, PoolError, type PoolOptions } from './serve/pool.js';
