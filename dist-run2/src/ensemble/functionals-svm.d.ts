/**
 * The classical base model's input and the helpers shared by the stacking run (which trains on it) and the
 * predictor (which applies it): the functionals SVM's feature vector, its name as a stacked base model, and the
 * re-ordering of a model's class columns into another model's order.
 */
import type { FeatureSet } from '../features/feature-set.js';
/** The functionals SVM's name as a base model of the stack (and of its final model's folder). */
export declare const FUNCTIONALS_BASE = "svm-functionals";
/**
 * The classical utterance-level vector for the SVMs: mean and standard deviation of each MFCC, f0 (voiced frames),
 * RMS and ZCR, and the voiced fraction (87 values with 40 MFCCs). Fewer statistics than `functionals()` offers on
 * purpose: libsvm-js has a fixed 16 MiB heap, which 1440 clips × the full 665 values overflow, and the RBF kernel
 * gains little from many correlated percentiles.
 */
export declare function svmFunctionals(fs: FeatureSet): Float32Array;
/** Rows of p (in `from` class order) into the run's n × k matrix (in `to` order) at clips `idx`. */
export declare function placeInto(target: Float32Array, p: Float32Array, idx: number[], from: string[], to: string[]): void;
