/**
 * Test predictions of a whole cross-validation, and their scores: every clip is tested exactly once (in the fold
 * that holds it out), so one n × k probability matrix per model holds the run's predictions, and per-fold and
 * pooled metrics follow from it and the split.
 */
import type { Split } from '../scoring/folds.js';
import type { ChannelScore, ModelResults } from '../scoring/results.js';
/** One model's test-time class probabilities for every clip (n × classes, row-major). */
export interface ModelPredictions {
    name: string;
    description: string;
    probs: Float32Array;
}
/** Fold index (0-based) that tests each clip; throws unless every clip is tested exactly once. */
export declare function testFoldOf(split: Split, n: number): Int32Array;
export declare function scoreModel(pred: ModelPredictions, labels: Int32Array, split: Split, nClasses: number): ModelResults;
/**
 * A model's scores on each vocal channel's clips alone (`channelOf[i]` for clip i), each over the classes that
 * channel has: UA is the mean recall over them and macro-F1 their mean F1, so song is not charged for disgust and
 * surprised, which it never has. Per-fold means use the folds that hold clips of the channel.
 */
export declare function scoreChannels(pred: ModelPredictions, labels: Int32Array, split: Split, classes: string[], channelOf: readonly string[]): Record<string, ChannelScore>;
/** Per-clip correctness (for McNemar) and per-fold UA of a model. */
export declare function correctness(pred: ModelPredictions, labels: Int32Array, nClasses: number): boolean[];
/**
 * predictions.csv: one row per clip with its fold, speaker, true label, and for every model the predicted label and
 * each class probability (`<model>:<class>` columns, 6 decimals).
 */
export declare function predictionsCsv(clips: {
    path: string;
    speaker: string;
    emotion: string;
}[], foldOf: Int32Array, classes: string[], models: ModelPredictions[]): string;
