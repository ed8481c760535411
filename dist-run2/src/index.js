/**
 * voice-of-emotions, the library: corpus → audio → features → folds → metrics. The CLI (`voe`) is a thin layer
 * over these functions.
 */
export { DEFAULT_FEATURE_CONFIG, featureConfig } from './config.js';
export { VoeError, AudioError, CorpusError, isVoeError } from './errors.js';
export * from './audio/index.js';
export * from './corpus/index.js';
export * from './features/index.js';
export * from './scoring/folds.js';
export * from './scoring/metrics.js';
export * from './ensemble/index.js';
export { initBackend } from './models/backend.js';
export { DEFAULT_TRAIN_CONFIG, trainConfig, trainingPerturbations } from './models/config.js';
export { NeuralClassifier } from './models/classifier.js';
export { normaliseBySpeaker, speakerStatistics, applySpeakerStatistics } from './models/speaker-norm.js';
export { experimentConfig } from './evaluation/experiment-config.js';
export { runExperiment } from './evaluation/experiment.js';
export { mcnemar, pairedTTest, wilcoxonSignedRank, compareModels } from './scoring/significance.js';
export { renderReport, writeReport } from './evaluation/report.js';
export { EmotionPredictor } from './predict/predictor.js';
export { bundledModelDir } from './predict/bundled.js';
export { createEmotionServer } from './serve/server.js';
//# sourceMappingURL=index.js.map