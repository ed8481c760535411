import { SvmClassifier, type GridSearchResult, type SvmOptions } from './svm.js';
export interface BasePredictions {
    /** 'cnn', 'rnn', …: unique per ensemble; inputs are matched by this name, not by array position. */
    model: string;
    /** Column order of `probs`. */
    classes: string[];
    /** n × classes.length probabilities, row-major, one row per clip. */
    probs: Float32Array;
    /** Per clip: every speaker whose clips trained the model(s) that produced this row, validation speakers included. */
    trainedOnSpeakers: string[][];
}
export interface StackClip {
    speaker: string;
    /** Needed to fit; ignored when predicting. */
    label?: string;
}
export interface StackingFitOptions extends SvmOptions {
    /** Extra features per clip (e.g. utterance-level functionals), appended after the base probabilities. */
    extra?: readonly ArrayLike<number>[];
    /** Groups for the SVM's inner grid-search folds; default the clips' speakers. */
    groups?: readonly string[];
}
export interface StackingPredictOptions {
    /** The same kind of extra features as at fit, if the ensemble was fitted with them (and only then). */
    extra?: readonly ArrayLike<number>[];
    /**
     * The clips the rows belong to, to check (when evaluating) that their base rows are out-of-fold too and that
     * none of their speakers helped fit the ensemble.
     */
    clips?: readonly StackClip[];
}
/** The content of `voe-stacking.json`; the SVM is saved beside it as `voe-svm.json`. */
export interface StackingManifest {
    kind: 'voe-stacking-ensemble';
    version: 1;
    /** Base model names, in the order their probabilities are concatenated. */
    models: string[];
    classes: string[];
    /** Number of extra features per clip; 0 when fitted on base probabilities alone. */
    extraFeatures: number;
    /** Speakers of the clips the ensemble was fitted on. */
    trainSpeakers: string[];
    /** How base probabilities enter the SVM (absent in older files: 'probabilities'). */
    baseInput?: BaseInput;
    notes: Record<string, unknown>;
}
export declare const STACKING_MANIFEST = "voe-stacking.json";
/**
 * Throws unless every clip's base rows are out-of-fold: for every base model and clip i, `clips[i].speaker` must
 * not be in `trainedOnSpeakers[i]`. An empty speaker list is refused too, since it would pass vacuously.
 */
export declare function assertOutOfFold(base: readonly BasePredictions[], clips: readonly StackClip[]): void;
/** The simple averaging baseline: the mean of the base models' probabilities (n × classes, row-major). */
export declare function averageProbabilities(base: readonly BasePredictions[]): Float32Array;
/** One input row per clip: the base probability rows in `models` order, then the extra features. */
/**
 * How the base probabilities enter the SVM: as they are, or as log probabilities (floored at 1e-4), which spreads
 * the confident rows that crowd near 0 and 1 and makes the RBF distance compare odds rather than raw differences.
 */
export type BaseInput = 'probabilities' | 'log-probabilities';
export declare class StackingEnsemble {
    readonly options: SvmOptions;
    /** Base model names in input order (sorted). */
    models: string[];
    /** The base models' classes: the column order of `predictProba`. */
    classes: string[];
    extraFeatures: number;
    trainSpeakers: string[];
    notes: Record<string, unknown>;
    svm: SvmClassifier | null;
    readonly baseInput: BaseInput;
    /**
     * `options` go to the SVM (seed, grid, C, gamma, nSplits, …); `fit` options override them. `baseInput`: see
     * BaseInput (default 'probabilities').
     */
    constructor(options?: SvmOptions & {
        baseInput?: BaseInput;
    });
    get search(): GridSearchResult | null;
    /**
     * Fits the SVM on the clips' stacked base probabilities (and extra features), after checking that every row is
     * out-of-fold. Needs a label on every clip; C and gamma are searched over folds of whole speakers.
     */
    fit(base: readonly BasePredictions[], clips: readonly StackClip[], options?: StackingFitOptions): Promise<this>;
    /** n × classes probabilities in the order of `classes`; a class absent from the fitting clips gets 0. */
    predictProba(base: readonly BasePredictions[], options?: StackingPredictOptions): Float32Array;
    predict(base: readonly BasePredictions[], options?: StackingPredictOptions): string[];
    /** Writes `voe-stacking.json` and the SVM's `voe-svm.json` into `dir`. */
    save(dir: string): Promise<void>;
    static load(dir: string): Promise<StackingEnsemble>;
    /** Frees the SVM's native memory. */
    dispose(): void;
}
