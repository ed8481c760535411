/**
 * A C-SVC with an RBF kernel and Platt-scaled class probabilities (LIBSVM 3.22 through libsvm-js' WebAssembly
 * build), behind the estimator contract of scikit-learn's `SVC(kernel='rbf', probability=True)`: `fit`,
 * `predictProba`, `predict`, `save`, `load`. Inputs are standardised per column with statistics of the fitting rows
 * only (sklearn's `StandardScaler`), and C and gamma are chosen by a grid search whose inner folds hold whole
 * speakers out (sklearn's `GridSearchCV` with `GroupKFold`), scored by unweighted accuracy.
 *
 * `fit` and `load` are async because the wasm runtime loads asynchronously (once per process); `predictProba` and
 * `predict` are synchronous, since a fitted or loaded classifier has the runtime already.
 *
 * Determinism: LIBSVM's probability training shuffles its internal 5-fold Platt cross-validation with C `rand()`,
 * whose state lives in the wasm heap and carries over from one training to the next, so two identical fits in one
 * process came out different (measured: different probA/probB). libsvm-js exposes no `srand`, so the state is set
 * directly before every training, as musl's `srand(seed)` would (see `RAND_STATE_OFFSET`); a fit is then a
 * function of its data, options and seed alone, whatever ran before it in the process.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../util/files.js';
import { readManifest } from '../util/manifest.js';
import { join } from 'node:path';
import { VoeError } from '../errors.js';
import { argmaxRows, classificationMetrics, meanStd } from '../scoring/metrics.js';
import { speakerFolds } from '../scoring/folds.js';

// ---------------------------------------------------------------------------------------------------------------
// The LIBSVM runtime (libsvm-js 0.2.1, wasm build)

interface LibsvmEstimate {
  label: number;
  probability: number;
}

interface LibsvmModel {
  train(samples: ArrayLike<number>[], labels: number[]): void;
  predictOneProbability(sample: ArrayLike<number>): { prediction: number; estimates: LibsvmEstimate[] };
  predictOne(sample: ArrayLike<number>): number;
  getLabels(): number[];
  serializeModel(): string;
  free(): void;
}

interface LibsvmClass {
  new (options: Record<string, unknown>): LibsvmModel;
  load(serialized: string): LibsvmModel;
}

interface EmscriptenModule {
  HEAPU8: Uint8Array;
  printErr: (message: string) => void;
}

interface SvmRuntime {
  SVM: LibsvmClass;
  module: EmscriptenModule;
}

/**
 * Byte offset of musl's `static uint64_t seed` (the state of `rand()`, `seed = 6364136223846793005·seed + 1`) in
 * the linear memory of libsvm-js 0.2.1's wasm build. Found by diffing the heap around a probability training and
 * matching the LCG; checked again every time the runtime loads (`checkRandState`), so a different build fails
 * loudly instead of silently losing determinism.
 */
const RAND_STATE_OFFSET = 7248;
const LCG_MULTIPLIER = 6364136223846793005n;
const U64 = (1n << 64n) - 1n;

let runtimePromise: Promise<SvmRuntime> | undefined;
let runtime: SvmRuntime | undefined;
let liveModels = 0;
/** While set, LIBSVM's stderr lines are collected here instead of printed (to put them in an error message). */
let captured: string[] | null = null;

/**
 * Loads LIBSVM (WebAssembly) once per process. `SvmClassifier.fit` and `.load` call it themselves; call it early
 * only to pay the load (about 0.1 s) up front. The wasm build was chosen over asm.js by measurement: it trains 2.5–4×
 * faster (800 × 16 rows, 4 classes: 70–150 ms vs 300–480 ms per fit) and loads in about the same time.
 */
export function loadSvmRuntime(): Promise<void> {
  runtimePromise ??= loadRuntime().catch((e: unknown) => {
    runtimePromise = undefined;
    throw e;
  });
  return runtimePromise.then(() => undefined);
}

/**
 * libsvm-js' two parts: the Emscripten module (its heap holds the `rand()` state) and the SVM class built on it.
 * Node gets them by `require` (`nodeLibsvm`); the browser build loads the same wasm build over HTTP and hands
 * them in through `setLibsvmLoader` (src/predict/browser.ts).
 */
export interface LibsvmParts {
  /** The module as soon as it exists: its `printErr` is wrapped before the runtime initialises. */
  module: { HEAPU8: Uint8Array; printErr: (message: string) => void };
  /** The SVM class, once the runtime has initialised. */
  SVM: Promise<unknown>;
}

let libsvmLoader: () => Promise<LibsvmParts> = nodeLibsvm;

/** Replaces how the LIBSVM runtime is obtained; call before anything loads it. */
export function setLibsvmLoader(loader: () => Promise<LibsvmParts>): void {
  if (runtimePromise) throw new Error('the LIBSVM runtime is already loaded: set its loader first');
  libsvmLoader = loader;
}

async function nodeLibsvm(): Promise<LibsvmParts> {
  // The emscripten glue installs `process.on('unhandledRejection', () => process.exit(1))`, which would turn every
  // unhandled rejection anywhere in the process into a silent exit; keep Node's own behaviour instead.
  const require = createRequire(import.meta.url);
  const before = new Set(process.listeners('unhandledRejection'));
  const module = require('libsvm-js/out/wasm/libsvm.js') as EmscriptenModule;
  for (const l of process.listeners('unhandledRejection')) if (!before.has(l)) process.off('unhandledRejection', l);
  return { module, SVM: require('libsvm-js') as Promise<LibsvmClass> };
}

async function loadRuntime(): Promise<SvmRuntime> {
  const parts = await libsvmLoader();
  const module = parts.module;
  // Node 20 has `fetch` but cannot fetch a file path, so emscripten logs two lines before it falls back to reading
  // the .wasm file, which works; those two lines are noise, anything else it prints is kept.
  const printErr = module.printErr;
  module.printErr = (message: string) => {
    if (captured) captured.push(String(message));
    else if (!/^(wasm streaming compile failed|falling back to ArrayBuffer instantiation)/.test(String(message))) printErr(message);
  };
  const rt = { SVM: (await parts.SVM) as LibsvmClass, module };
  checkRandState(rt);
  runtime = rt;
  return rt;
}

function loadedRuntime(): SvmRuntime {
  if (!runtime) throw new Error('LIBSVM runtime is not loaded: await loadSvmRuntime() (fit and load do it)');
  return runtime;
}

/** musl's `srand(seed)`: `seed = s − 1` in 32-bit unsigned arithmetic, widened to the 64-bit state. */
function srand(rt: SvmRuntime, seed: number): void {
  new DataView(rt.module.HEAPU8.buffer).setBigUint64(RAND_STATE_OFFSET, BigInt((seed - 1) >>> 0), true);
}

function randState(rt: SvmRuntime): bigint {
  return new DataView(rt.module.HEAPU8.buffer).getBigUint64(RAND_STATE_OFFSET, true);
}

/** A probability training on l two-class rows draws exactly l numbers (its Platt-CV shuffle); check that the state moved so. */
function checkRandState(rt: SvmRuntime): void {
  const l = 10;
  const seed = 2024;
  srand(rt, seed);
  const m = new rt.SVM({ type: '0', kernel: '2', gamma: 0.5, cost: 1, probabilityEstimates: true, quiet: true });
  m.train(
    Array.from({ length: l }, (_, i) => [i / l, i % 2]),
    Array.from({ length: l }, (_, i) => i % 2),
  );
  m.free();
  let expected = BigInt(seed - 1);
  for (let i = 0; i < l; i++) expected = (LCG_MULTIPLIER * expected + 1n) & U64;
  if (randState(rt) !== expected) {
    throw new Error(
      `libsvm-js: rand() state not found at byte ${RAND_STATE_OFFSET} of the wasm heap (this build differs from 0.2.1), so SVM training cannot be seeded`,
    );
  }
}

function newModel(rt: SvmRuntime, options: Record<string, unknown>): LibsvmModel {
  const m = new rt.SVM(options);
  liveModels++;
  return m;
}

function loadModel(rt: SvmRuntime, text: string): LibsvmModel {
  const m = rt.SVM.load(text);
  liveModels++;
  return m;
}

function freeModel(m: LibsvmModel): void {
  m.free();
  liveModels--;
}

/** LIBSVM models allocated by this module and not yet freed (their memory lives in the wasm heap, outside the GC). */
export function liveLibsvmModels(): number {
  return liveModels;
}

// ---------------------------------------------------------------------------------------------------------------
// Types

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
  grid?: false | { C?: readonly number[]; gamma?: readonly number[] };
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
export const LIBSVM_MAX_VALUES = 250_000;

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
  best: { C: number; gamma: number; meanUa: number };
}

/** The content of `voe-svm.json`. */
export interface SvmManifest {
  kind: 'voe-svm-classifier';
  version: 1;
  classes: string[];
  nFeatures: number;
  standardizer: { mean: number[]; std: number[] };
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

export const SVM_MANIFEST = 'voe-svm.json';
const DEFAULT_C_GRID = [0.1, 1, 10, 100];
const DEFAULT_GAMMA_SCALES = [0.1, 1, 10];

// ---------------------------------------------------------------------------------------------------------------
// Input checks and standardisation

function checkRows(X: FeatureRows, what: string, nFeatures?: number): number {
  if (!Array.isArray(X)) throw new VoeError('INVALID_ARGUMENT', `${what} must be an array of rows (Float32Array[] or number[][])`);
  const d = nFeatures ?? X[0]?.length ?? 0;
  if (X.length > 0 && !(d > 0)) throw new VoeError('INVALID_ARGUMENT', `${what} has rows with no features`);
  for (let i = 0; i < X.length; i++) {
    const row = X[i];
    if (row == null || typeof row.length !== 'number') throw new VoeError('INVALID_ARGUMENT', `${what}[${i}] is not a row of numbers`);
    if (row.length !== d) {
      throw new VoeError('INVALID_ARGUMENT', `${what}[${i}] has ${row.length} features, expected ${d}${nFeatures === undefined ? ' (as row 0)' : ' (as the fitted model)'}`);
    }
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new VoeError('INVALID_ARGUMENT', `${what}[${i}][${j}] is ${String(v)}: features must be finite numbers`);
      }
    }
  }
  return d;
}

function checkPositive(values: readonly number[], what: string): number[] {
  if (!Array.isArray(values) || values.length === 0) throw new VoeError('INVALID_ARGUMENT', `${what} must be a non-empty list of numbers`);
  for (const v of values) {
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new VoeError('INVALID_ARGUMENT', `${what} must be finite and > 0, got ${String(v)}`);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

class ColumnScaler {
  constructor(
    readonly mean: Float64Array,
    readonly std: Float64Array,
  ) {}

  /** Population mean and std of each column (sklearn's `StandardScaler`); a constant column gets std 1. */
  static fit(X: FeatureRows, rows: readonly number[]): ColumnScaler {
    const d = X[rows[0]].length;
    const mean = new Float64Array(d);
    const std = new Float64Array(d);
    for (const i of rows) for (let j = 0; j < d; j++) mean[j] += X[i][j];
    for (let j = 0; j < d; j++) mean[j] /= rows.length;
    // Two passes rather than E[x²] − E[x]²: probabilities in [0, 1] near 0 or 1 would lose digits.
    for (const i of rows) for (let j = 0; j < d; j++) std[j] += (X[i][j] - mean[j]) ** 2;
    for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j] / rows.length) || 1;
    return new ColumnScaler(mean, std);
  }

  apply(row: ArrayLike<number>): Float64Array {
    const out = new Float64Array(row.length);
    for (let j = 0; j < row.length; j++) out[j] = (row[j] - this.mean[j]) / this.std[j];
    return out;
  }

  toJSON(): { mean: number[]; std: number[] } {
    return { mean: [...this.mean], std: [...this.std] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Training and prediction on class indices

interface Trained {
  /** Null when the training rows held one class only: LIBSVM is not called and that class gets probability 1. */
  model: LibsvmModel | null;
  /** Class index of each of LIBSVM's estimate slots. */
  labels: number[];
}

function libsvmOptions(p: SvmParams, y: readonly number[], probability = true): Record<string, unknown> {
  // `quiet` must be passed: libsvm-js' README says it defaults to true, but its command builder omits -q unless set.
  // It must also come last: the builder writes "-q 1", and LIBSVM's parser stops at the stray "1", dropping every
  // option after it.
  return {
    type: '0', kernel: '2', cost: p.C, gamma: p.gamma, tolerance: p.tol, cacheSize: p.cacheSize, probabilityEstimates: probability,
    ...(p.classWeight === 'balanced' ? { weight: balancedWeights(y) } : {}),
    quiet: true,
  };
}

/** Probabilities (n × k) times per-class weights, each row renormalised to sum 1, in place. */
export function rebalance(p: Float32Array, weights: readonly number[]): Float32Array {
  const k = weights.length;
  for (let r = 0; r < p.length; r += k) {
    let sum = 0;
    for (let c = 0; c < k; c++) sum += (p[r + c] *= weights[c]);
    if (sum > 0) for (let c = 0; c < k; c++) p[r + c] /= sum;
  }
  return p;
}

/** The 'balanced' weight of each class index 0 … k − 1 among labels `y` (0 for a class absent from y). */
function classWeightsOf(y: ArrayLike<number>, k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < y.length; i++) counts[y[i]]++;
  const present = counts.filter((n) => n > 0).length;
  return counts.map((n) => (n > 0 ? y.length / (present * n) : 0));
}

/** LIBSVM's per-label C multipliers (-w<label>) for sklearn's 'balanced', for the labels present in `y`. */
export function balancedWeights(y: readonly number[]): Record<number, number> {
  const w = classWeightsOf(y, Math.max(...y) + 1);
  return Object.fromEntries(w.flatMap((v, label) => (v > 0 ? [[label, v]] : [])));
}

/**
 * Labels of held-out rows by LIBSVM's one-vs-one votes, from a model trained without Platt scaling (whose internal
 * 5-fold cross-validation costs 2.5–3× the fit): the rule scikit-learn's `SVC.predict` and so its grid searches use.
 */
function voteLabels(rt: SvmRuntime, trainRows: Float64Array[], trainY: number[], testRows: Float64Array[], p: SvmParams): number[] {
  const present = [...new Set(trainY)];
  if (present.length === 1) return testRows.map(() => present[0]);
  const m = newModel(rt, libsvmOptions(p, trainY, false));
  try {
    m.train(trainRows, trainY);
    return testRows.map((r) => m.predictOne(r));
  } finally {
    freeModel(m);
  }
}

/**
 * Trains on standardised rows with class indices `y`, then swaps the trained model for one parsed back from its
 * own serialization: LIBSVM writes rho and the Platt coefficients with 6 significant digits, so only the reparsed
 * model predicts exactly as a saved-and-loaded one will.
 */
function train(rt: SvmRuntime, rows: Float64Array[], y: number[], p: SvmParams): Trained {
  const present = [...new Set(y)];
  if (present.length === 1) return { model: null, labels: present };
  const m = newModel(rt, libsvmOptions(p, y));
  let text: string;
  try {
    srand(rt, p.seed);
    m.train(rows, y);
    text = m.serializeModel();
  } finally {
    freeModel(m);
  }
  const model = loadModel(rt, text);
  return { model, labels: model.getLabels() };
}

function release(t: Trained): void {
  if (t.model) freeModel(t.model);
  t.model = null;
}

/** n × nClasses probabilities; a class the model never saw gets 0. */
function probabilities(t: Trained, rows: Float64Array[], nClasses: number): Float32Array {
  const out = new Float32Array(rows.length * nClasses);
  for (let i = 0; i < rows.length; i++) {
    if (!t.model) {
      out[i * nClasses + t.labels[0]] = 1;
      continue;
    }
    // `estimates` follow the model's label order (first appearance in training), not class order.
    const { estimates } = t.model.predictOneProbability(rows[i]);
    for (const e of estimates) out[i * nClasses + e.label] = e.probability;
  }
  return out;
}

/**
 * Each inner fit blocks the thread for up to a few seconds; yielding between them lets the caller's event loop run,
 * so training workers' progress messages are shown as they come rather than in a burst after the search.
 */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function gridSearch(
  rt: SvmRuntime,
  X: FeatureRows,
  y: Int32Array,
  nClasses: number,
  groups: readonly string[],
  grid: { C: number[]; gamma: number[] },
  nSplits: number,
  base: Omit<SvmParams, 'C' | 'gamma'>,
  scoring: SearchScoring,
): Promise<GridSearchResult> {
  const nGroups = new Set(groups).size;
  if (nGroups < 2) throw new VoeError('INVALID_ARGUMENT', `the grid search needs clips of at least 2 speakers (groups), got ${nGroups}`);
  if (!Number.isInteger(nSplits) || nSplits < 2) throw new VoeError('INVALID_ARGUMENT', `nSplits must be an integer ≥ 2, got ${nSplits}`);
  const split = speakerFolds(
    groups.map((g, i) => ({ speaker: g, emotion: String(y[i]) })),
    Math.min(nSplits, nGroups),
  );
  const points = grid.C.flatMap((C) => grid.gamma.map((gamma) => ({ C, gamma, foldUa: [] as number[] })));
  for (const fold of split.folds) {
    // Standardise with the inner training rows only, as the final fit will with all of its rows.
    const scaler = ColumnScaler.fit(X, fold.train);
    const trainRows = fold.train.map((i) => scaler.apply(X[i]));
    const testRows = fold.test.map((i) => scaler.apply(X[i]));
    const trainY = fold.train.map((i) => y[i]);
    const testY = fold.test.map((i) => y[i]);
    for (const point of points) {
      await yieldToEventLoop();
      const params = { ...base, C: point.C, gamma: point.gamma };
      let predicted: ArrayLike<number>;
      if (scoring === 'votes') {
        predicted = voteLabels(rt, trainRows, trainY, testRows, params);
      } else {
        const t = train(rt, trainRows, trainY, params);
        try {
          const p = probabilities(t, testRows, nClasses);
          predicted = argmaxRows(params.classWeight === 'balanced' ? rebalance(p, classWeightsOf(trainY, nClasses)) : p, nClasses);
        } finally {
          release(t);
        }
      }
      point.foldUa.push(classificationMetrics(testY, predicted, nClasses).ua);
    }
  }
  const table = points.map((p) => {
    const s = meanStd(p.foldUa);
    return { C: p.C, gamma: p.gamma, meanUa: s.mean, stdUa: s.std, foldUa: p.foldUa };
  });
  // Strictly greater only: the table is in ascending C then gamma, so ties keep the smaller C, then gamma.
  let best = table[0];
  for (const p of table) if (p.meanUa > best.meanUa) best = p;
  return {
    scoring: `unweighted accuracy (mean per-class recall) of ${scoring === 'votes' ? "LIBSVM's one-vs-one votes" : 'the argmax of the probabilities'}`,
    nSplits: split.folds.length,
    folds: split.folds.map((f) => f.testSpeakers),
    table,
    best: { C: best.C, gamma: best.gamma, meanUa: best.meanUa },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The estimator

/** Options that may be set once on the estimator (as sklearn's constructor arguments); `fit` options override them. */
export type SvmOptions = Omit<SvmFitOptions, 'groups'>;

export class SvmClassifier {
  readonly options: SvmOptions;
  /** Sorted label names: the column order of `predictProba`. */
  classes: string[] = [];
  nFeatures = 0;
  params: SvmParams | null = null;
  search: GridSearchResult | null = null;
  notes: Record<string, unknown> = {};
  private scaler: ColumnScaler | null = null;
  private trained: Trained | null = null;
  private modelText = '';

  constructor(options: SvmOptions = {}) {
    this.options = { ...options };
  }

  /**
   * Fits on rows `X` with label names `labels`. Unless C and gamma are both fixed (or `grid: false`), searches them
   * over inner folds of whole speakers given by `options.groups`, then refits on all rows with the best pair.
   */
  async fit(X: FeatureRows, labels: readonly string[], fitOptions: SvmFitOptions = {}): Promise<this> {
    const options: SvmFitOptions = { ...this.options, ...fitOptions };
    const d = checkRows(X, 'X');
    if (X.length === 0) throw new VoeError('NO_UTTERANCES', 'no rows to fit the SVM on');
    if (!Array.isArray(labels) || labels.length !== X.length) {
      throw new VoeError('INVALID_ARGUMENT', `X has ${X.length} rows but labels has ${Array.isArray(labels) ? labels.length : 'no'} entries`);
    }
    labels.forEach((l, i) => {
      if (typeof l !== 'string' || l === '') throw new VoeError('INVALID_ARGUMENT', `labels[${i}] must be a non-empty string, got ${JSON.stringify(l)}`);
    });
    const classes = [...new Set(labels)].sort();
    if (classes.length < 2) {
      throw new VoeError('NO_UTTERANCES', `need at least two classes to fit the SVM, found ${classes.join(', ')}`);
    }
    if (X.length * (d + 1) > LIBSVM_MAX_VALUES) {
      throw new VoeError(
        'INVALID_ARGUMENT',
        `${X.length} rows × ${d} features is more than LIBSVM's heap holds here (libsvm-js 0.2.1 has a fixed 16 MiB heap: ` +
          `about ${LIBSVM_MAX_VALUES.toLocaleString('en')} values); use fewer features or rows`,
      );
    }
    const { groups } = options;
    if (groups !== undefined) {
      if (!Array.isArray(groups) || groups.length !== X.length) {
        throw new VoeError('INVALID_ARGUMENT', `X has ${X.length} rows but groups has ${Array.isArray(groups) ? groups.length : 'no'} entries`);
      }
      groups.forEach((g, i) => {
        if (typeof g !== 'string' || g === '') throw new VoeError('INVALID_ARGUMENT', `groups[${i}] must be a non-empty speaker id, got ${JSON.stringify(g)}`);
      });
    }
    const seed = options.seed ?? 1;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new VoeError('INVALID_ARGUMENT', `seed must be an integer in 0 … 2³²−1, got ${seed}`);
    const classWeight = options.classWeight ?? 'none';
    if (classWeight !== 'balanced' && classWeight !== 'none') throw new VoeError('INVALID_ARGUMENT', `classWeight must be 'balanced' or 'none', got ${JSON.stringify(classWeight)}`);
    const base = {
      kernel: 'rbf' as const,
      classWeight,
      tol: checkPositive([options.tol ?? 1e-3], 'tol')[0],
      cacheSize: checkPositive([options.cacheSize ?? 100], 'cacheSize')[0],
      seed,
    };
    const grid = resolveGrid(options, d);
    await loadSvmRuntime();
    const rt = loadedRuntime();
    const y = Int32Array.from(labels, (l) => classes.indexOf(l));

    let search: GridSearchResult | null = null;
    if (grid.C.length * grid.gamma.length > 1) {
      if (!groups) {
        throw new VoeError(
          'INVALID_ARGUMENT',
          'grid search needs options.groups (a speaker id per row), so that C and gamma are never tuned on clips of speakers that are also scored; or fix C and gamma, or pass grid: false',
        );
      }
      search = await gridSearch(rt, X, y, classes.length, groups, grid, options.nSplits ?? 5, base, options.searchScoring ?? 'votes');
    }
    const params: SvmParams = {
      ...base,
      C: search ? search.best.C : grid.C[0],
      gamma: search ? search.best.gamma : grid.gamma[0],
      ...(classWeight === 'balanced' ? { outputWeights: classWeightsOf(y, classes.length) } : {}),
    };

    const all = Array.from({ length: X.length }, (_, i) => i);
    const scaler = ColumnScaler.fit(X, all);
    const trained = train(rt, all.map((i) => scaler.apply(X[i])), [...y], params);
    this.dispose();
    this.classes = classes;
    this.nFeatures = d;
    this.params = params;
    this.search = search;
    this.scaler = scaler;
    this.trained = trained;
    this.modelText = trained.model!.serializeModel();
    return this;
  }

  /** n × classes probabilities, row-major, columns in the order of `classes`. */
  predictProba(X: FeatureRows): Float32Array {
    if (!this.trained || !this.scaler) throw new Error('SVM classifier is not fitted');
    checkRows(X, 'X', this.nFeatures);
    const scaler = this.scaler;
    const p = probabilities(this.trained, X.map((r) => scaler.apply(r)), this.classes.length);
    return this.params?.outputWeights ? rebalance(p, this.params.outputWeights) : p;
  }

  /** The most probable class of each row (the argmax of `predictProba`, so the two always agree). */
  predict(X: FeatureRows): string[] {
    return [...argmaxRows(this.predictProba(X), this.classes.length)].map((k) => this.classes[k]);
  }

  toManifest(): SvmManifest {
    if (!this.trained || !this.scaler || !this.params) throw new Error('SVM classifier is not fitted');
    return {
      kind: 'voe-svm-classifier',
      version: 1,
      classes: this.classes,
      nFeatures: this.nFeatures,
      standardizer: this.scaler.toJSON(),
      params: this.params,
      search: this.search,
      libsvm: { version: '3.22', labels: this.trained.labels, model: this.modelText },
      notes: this.notes,
    };
  }

  /** Writes `voe-svm.json` into `dir` (created if missing). */
  async save(dir: string): Promise<void> {
    const manifest = this.toManifest();
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(join(dir, SVM_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  }

  static async load(dir: string): Promise<SvmClassifier> {
    const { manifest, path } = readManifest<SvmManifest>(dir, SVM_MANIFEST, 'voe SVM folder');
    return SvmClassifier.fromManifest(manifest, path);
  }

  static async fromManifest(manifest: SvmManifest, path?: string): Promise<SvmClassifier> {
    const bad = (why: string) => new VoeError('INVALID_ARGUMENT', path ? why : `${SVM_MANIFEST}: ${why}`, { path });
    if (manifest?.kind !== 'voe-svm-classifier') throw bad(`describes a "${String(manifest?.kind)}", not an SVM classifier`);
    if (manifest.version !== 1) throw bad(`version ${String(manifest.version)} is not supported (expected 1)`);
    const k = manifest.classes?.length ?? 0;
    const d = manifest.nFeatures;
    if (k < 2 || manifest.standardizer?.mean?.length !== d || manifest.standardizer?.std?.length !== d) {
      throw bad('classes or standardiser are missing or do not match nFeatures');
    }
    if (typeof manifest.libsvm?.model !== 'string' || !manifest.libsvm.model.startsWith('svm_type c_svc')) {
      throw bad('libsvm.model is missing or is not a LIBSVM C-SVC model');
    }
    await loadSvmRuntime();
    const rt = loadedRuntime();
    captured = [];
    let model: LibsvmModel;
    let complaints: string[];
    try {
      model = rt.SVM.load(manifest.libsvm.model);
    } finally {
      complaints = captured;
      captured = null;
    }
    // LIBSVM returns a null model for text it cannot parse; there is nothing to free then.
    if (!(model as unknown as { model: number }).model) {
      throw bad(`libsvm.model could not be parsed by LIBSVM (truncated or edited?)${complaints.length ? `: ${complaints.join('; ')}` : ''}`);
    }
    liveModels++;
    const labels = model.getLabels();
    if (labels.length !== k || [...labels].sort((a, b) => a - b).some((l, i) => l !== i)) {
      freeModel(model);
      throw bad(`the LIBSVM model's labels [${labels.join(', ')}] are not the indices of the ${k} classes`);
    }
    const c = new SvmClassifier({ seed: manifest.params.seed, tol: manifest.params.tol, cacheSize: manifest.params.cacheSize });
    c.classes = manifest.classes;
    c.nFeatures = d;
    c.params = manifest.params;
    c.search = manifest.search;
    c.notes = manifest.notes ?? {};
    c.scaler = new ColumnScaler(Float64Array.from(manifest.standardizer.mean), Float64Array.from(manifest.standardizer.std));
    c.trained = { model, labels };
    c.modelText = manifest.libsvm.model;
    return c;
  }

  /** Frees LIBSVM's native memory (the wasm heap is not garbage-collected). The classifier is unfitted afterwards. */
  dispose(): void {
    if (this.trained) release(this.trained);
    this.trained = null;
    this.scaler = null;
  }
}

function resolveGrid(options: SvmFitOptions, d: number): { C: number[]; gamma: number[] } {
  const grid = options.grid ?? {};
  if (grid !== false && (typeof grid !== 'object' || grid === null)) {
    throw new VoeError('INVALID_ARGUMENT', 'grid must be false or { C?: number[], gamma?: number[] }');
  }
  const pick = (fixed: number | undefined, searched: readonly number[] | undefined, fallback: number[], name: 'C' | 'gamma'): number[] => {
    if (fixed !== undefined && searched !== undefined) {
      throw new VoeError('INVALID_ARGUMENT', `${name} is both fixed (${fixed}) and searched (grid.${name}); give one of them`);
    }
    if (fixed !== undefined) return checkPositive([fixed], name);
    if (searched !== undefined) return checkPositive(searched, `grid.${name}`);
    return fallback;
  };
  if (grid === false) {
    return { C: pick(options.C, undefined, [1], 'C'), gamma: pick(options.gamma, undefined, [1 / d], 'gamma') };
  }
  return {
    C: pick(options.C, grid.C, DEFAULT_C_GRID, 'C'),
    gamma: pick(options.gamma, grid.gamma, DEFAULT_GAMMA_SCALES.map((s) => s / d), 'gamma'),
  };
}
