/**
 * Loads LIBSVM (WebAssembly) once per process. `SvmClassifier.fit` and `.load` call it themselves; call it early
 * only to pay the load (about 0.1 s) up front. The wasm build was chosen over asm.js by measurement: it trains 2.5–4×
 * faster (800 × 16 rows, 4 classes: 70–150 ms vs 300–480 ms per fit) and loads in about the same time.
 */
export declare function loadSvmRuntime(): Promise<void>;
/** LIBSVM models allocated by this module and not yet freed (their memory lives in the wasm heap, outside the GC). */
export declare function liveLibsvmModels(): number;
/** Rows of features, one per clip (Float32Array[] as produced by the feature code, or plain number[][]). */
export type FeatureRows = readonly ArrayLike<number>[];
export interface SvmFitOptions {
    /** Speaker id per row. The inner folds of the grid search hold whole speakers out; required for the search. */
    groups?: readonly string[];
    /** Fix C (sklearn's `C`) instead of searching it. */
    C?: number;
    /** Fix the RBF gamma, `exp(−gamma·|x − x'|²)` on standardised inputs, instead of searching it. */
    gamma?: number;
    /**
     * The values searched, or `false` to search nothing (C = 1, gamma = 1 / n_features unless fixed above).
     * Default C ∈ {0.1, 1, 10, 100}, gamma ∈ {0.1, 1, 10} / n_features; on standardised inputs 1 / n_features is
     * sklearn's `gamma='scale'`.
     */
    grid?: false | {
        C?: readonly number[];
        gamma?: readonly number[];
    };
    /** Inner folds of whole speakers (sklearn's `GroupKFold(n_splits)`), at most the number of speakers. Default 5. */
    nSplits?: number;
    /** Seed of LIBSVM's Platt-scaling cross-validation shuffle (musl `srand` semantics). Default 1, LIBSVM's own. */
    seed?: number;
    /** Stopping tolerance (LIBSVM `-e`, sklearn `tol`). Default 1e-3. */
    tol?: number;
    /** Kernel cache in MB (LIBSVM `-m`, sklearn `cache_size`). Default 100. */
    cacheSize?: number;
    /**
     * How the grid search labels held-out rows: 'votes' (default), LIBSVM's one-vs-one votes from models fitted
     * without Platt scaling, as scikit-learn's `SVC.predict` (and so its `GridSearchCV`) does, 2.5–3× cheaper; or
     * 'probabilities', the argmax of Platt-scaled probabilities, the rule `predict` here uses.
     */
    searchScoring?: SearchScoring;
    /**
     * 'balanced' weights each class's C by rows / (classes × its rows) in every fit, inner ones included (sklearn's
     * `class_weight='balanced'`), so a class with half the clips (RAVDESS neutral) counts as much as the others in
     * the margin. Platt scaling calibrates the probabilities to the training rows' class frequencies, which would
     * undo that, so the probabilities are also divided by those frequencies: the posterior under equal priors, the
     * one whose argmax serves unweighted accuracy. 'none' (default) weights all rows alike.
     */
    classWeight?: 'balanced' | 'none';
}
export type SearchScoring = 'votes' | 'probabilities';
export interface SvmParams {
    kernel: 'rbf';
    C: number;
    gamma: number;
    /** Absent in models saved before it existed: 'none'. */
    classWeight?: 'balanced' | 'none';
    /**
     * With 'balanced': each class's weight in the final fit (rows / (classes × its rows)), in `classes` order; the
     * Platt probabilities are multiplied by them and renormalised (see `rebalance`).
     */
    outputWeights?: number[];
    tol: number;
    cacheSize: number;
    seed: number;
}
/**
 * Rows × (features + 1) that fit libsvm-js' fixed 16 MiB heap with room to spare: measured, 1440 × 180 features
 * trains and 1440 × 220 overflows (as "memory access out of bounds" from inside LIBSVM).
 */
export declare const LIBSVM_MAX_VALUES = 250000;
/** One row of the grid-search table: unweighted accuracy on each inner fold of held-out speakers. */
export interface GridSearchPoint {
    C: number;
    gamma: number;
    meanUa: number;
    /** Sample standard deviation over folds. */
    stdUa: number;
    foldUa: number[];
}
export interface GridSearchResult {
    scoring: string;
    nSplits: number;
    /** Held-out speakers of each inner fold. */
    folds: string[][];
    /** Every C × gamma, in ascending C then ascending gamma. */
    table: GridSearchPoint[];
    /** The best mean UA; ties go to the smaller C, then the smaller gamma. */
    best: {
        C: number;
        gamma: number;
        meanUa: number;
    };
}
/** The content of `voe-svm.json`. */
export interface SvmManifest {
    kind: 'voe-svm-classifier';
    version: 1;
    classes: string[];
    nFeatures: number;
    standardizer: {
        mean: number[];
        std: number[];
    };
    params: SvmParams;
    search: GridSearchResult | null;
    libsvm: {
        version: '3.22';
        /** Class indices (into `classes`) in the model's own order, the order of first appearance in the fitting rows. */
        labels: number[];
        /** LIBSVM's text model format. */
        model: string;
    };
    /** Anything the caller wants kept with the model. */
    notes: Record<string, unknown>;
}
export declare const SVM_MANIFEST = "voe-svm.json";
/** Probabilities (n × k) times per-class weights, each row renormalised to sum 1, in place. */
export declare function rebalance(p: Float32Array, weights: readonly number[]): Float32Array;
/** LIBSVM's per-label C multipliers (-w<label>) for sklearn's 'balanced', for the labels present in `y`. */
export declare function balancedWeights(y: readonly number[]): Record<number, number>;
/** Options that may be set once on the estimator (as sklearn's constructor arguments); `fit` options override them. */
export type SvmOptions = Omit<SvmFitOptions, 'groups'>;
export declare class SvmClassifier {
    readonly options: SvmOptions;
    /** Sorted label names: the column order of `predictProba`. */
    classes: string[];
    nFeatures: number;
    params: SvmParams | null;
    search: GridSearchResult | null;
    notes: Record<string, unknown>;
    private scaler;
    private trained;
    private modelText;
    constructor(options?: SvmOptions);
    /**
     * Fits on rows `X` with label names `labels`. Unless C and gamma are both fixed (or `grid: false`), searches them
     * over inner folds of whole speakers given by `options.groups`, then refits on all rows with the best pair.
     */
    fit(X: FeatureRows, labels: readonly string[], fitOptions?: SvmFitOptions): Promise<this>;
    /** n × classes probabilities, row-major, columns in the order of `classes`. */
    predictProba(X: FeatureRows): Float32Array;
    /** The most probable class of each row (the argmax of `predictProba`, so the two always agree). */
    predict(X: FeatureRows): string[];
    toManifest(): SvmManifest;
    /** Writes `voe-svm.json` into `dir` (created if missing). */
    save(dir: string): Promise<void>;
    static load(dir: string): Promise<SvmClassifier>;
    static fromManifest(manifest: SvmManifest, path?: string): Promise<SvmClassifier>;
    /** Frees LIBSVM's native memory (the wasm heap is not garbage-collected). The classifier is unfitted afterwards. */
    dispose(): void;
}
