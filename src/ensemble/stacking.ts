/**
 * The stacking ensemble (sklearn's `StackingClassifier(final_estimator=SVC(probability=True))`): an RBF SVM whose
 * inputs are the class probabilities of base models (a CNN's, an RNN's), optionally followed by per-clip extra
 * features (utterance-level functionals).
 *
 * Its training rows must be out-of-fold: a clip's base probabilities must come from models that never saw that
 * clip's speaker, or the SVM learns how confident the networks are on voices they were trained on, which is not how
 * they behave on new speakers. sklearn gets this by construction (`cross_val_predict`); here the base predictions
 * are produced elsewhere (the experiment runner), so each row carries the speakers its model was trained on, and
 * `fit` refuses a row whose own speaker is among them (`assertOutOfFold`).
 */
import { writeFileAtomic } from '../util/files.js';
import { readManifest } from '../util/manifest.js';
import { join } from 'node:path';
import { VoeError } from '../errors.js';
import { argmaxRows } from '../scoring/metrics.js';
import { SVM_MANIFEST, SvmClassifier, type GridSearchResult, type SvmManifest, type SvmOptions } from './svm.js';

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

export const STACKING_MANIFEST = 'voe-stacking.json';

/** Probability rows may be off by float rounding (a float32 softmax sums to 1 within ~1e-6); more means a bad input. */
const SUM_TOLERANCE = 1e-3;
const NEGATIVE_TOLERANCE = 1e-6;

function invalid(message: string): VoeError {
  return new VoeError('INVALID_ARGUMENT', message);
}

interface CheckedBase {
  /** Model names in the fixed (sorted) order of the inputs. */
  models: string[];
  byModel: Map<string, BasePredictions>;
  classes: string[];
  n: number;
}

/** Shapes, class agreement and probability rows of base predictions; `n` when the row count is known. */
function checkBase(base: readonly BasePredictions[], n?: number): CheckedBase {
  if (!Array.isArray(base) || base.length === 0) throw invalid('no base predictions: give at least one model’s probabilities');
  const byModel = new Map<string, BasePredictions>();
  for (const b of base) {
    if (typeof b?.model !== 'string' || b.model === '') throw invalid('every base prediction needs a model name (e.g. "cnn")');
    if (byModel.has(b.model)) throw invalid(`base model "${b.model}" is given twice`);
    byModel.set(b.model, b);
  }
  const first = base[0];
  const classes = first.classes;
  if (!Array.isArray(classes) || classes.length < 2 || new Set(classes).size !== classes.length || classes.some((c) => typeof c !== 'string' || c === '')) {
    throw invalid(`base model "${first.model}": classes must be at least two distinct names, got ${JSON.stringify(classes)}`);
  }
  const k = classes.length;
  for (const b of base) {
    if (!Array.isArray(b.classes) || b.classes.length !== k || b.classes.some((c: string, j: number) => c !== classes[j])) {
      throw invalid(
        `base models disagree on classes: "${first.model}" has [${classes.join(', ')}], "${b.model}" has [${Array.isArray(b.classes) ? b.classes.join(', ') : String(b.classes)}] (same names in the same order needed)`,
      );
    }
    if (b.probs == null || typeof b.probs.length !== 'number' || b.probs.length % k !== 0) {
      throw invalid(`base model "${b.model}": probs must hold n × ${k} values, got ${b.probs?.length ?? 'none'}`);
    }
    const rows = b.probs.length / k;
    n ??= rows;
    if (rows !== n) throw invalid(`base model "${b.model}" has ${rows} rows, expected ${n} (one per clip)`);
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const v = b.probs[i * k + j];
        if (!Number.isFinite(v) || v < -NEGATIVE_TOLERANCE) {
          throw invalid(`base model "${b.model}" row ${i}: probability of "${classes[j]}" is ${v}, not a probability`);
        }
        sum += v;
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE) throw invalid(`base model "${b.model}" row ${i} sums to ${sum}, not 1: rows must be class probabilities`);
    }
  }
  return { models: [...byModel.keys()].sort(), byModel, classes: [...classes], n: n ?? 0 };
}

function checkClips(clips: readonly StackClip[], n: number): void {
  if (!Array.isArray(clips)) throw invalid('clips must be an array of { speaker, label }');
  if (clips.length !== n) throw invalid(`${clips.length} clips but ${n} rows of base predictions`);
  clips.forEach((c, i) => {
    if (typeof c?.speaker !== 'string' || c.speaker === '') throw invalid(`clips[${i}] has no speaker id`);
  });
}

/**
 * Throws unless every clip's base rows are out-of-fold: for every base model and clip i, `clips[i].speaker` must
 * not be in `trainedOnSpeakers[i]`. An empty speaker list is refused too, since it would pass vacuously.
 */
export function assertOutOfFold(base: readonly BasePredictions[], clips: readonly StackClip[]): void {
  if (!Array.isArray(base) || base.length === 0) throw invalid('no base predictions to check');
  checkClips(clips, clips?.length ?? 0);
  for (const b of base) {
    const trained = b?.trainedOnSpeakers;
    if (!Array.isArray(trained) || trained.length !== clips.length) {
      throw invalid(`base model "${b?.model}": trainedOnSpeakers needs one speaker list per clip (${clips.length}), got ${Array.isArray(trained) ? trained.length : 'none'}`);
    }
    for (let i = 0; i < clips.length; i++) {
      const speakers = trained[i];
      if (!Array.isArray(speakers) || speakers.length === 0) {
        throw invalid(`base model "${b.model}" row ${i}: trainedOnSpeakers is empty; name the speakers that trained the model behind this row`);
      }
      if (speakers.includes(clips[i].speaker)) {
        throw invalid(
          `stacking leak: base model "${b.model}" row ${i} (speaker "${clips[i].speaker}") comes from a model trained on that speaker; stack only out-of-fold predictions`,
        );
      }
    }
  }
}

/** The simple averaging baseline: the mean of the base models' probabilities (n × classes, row-major). */
export function averageProbabilities(base: readonly BasePredictions[]): Float32Array {
  const { models, byModel, classes, n } = checkBase(base);
  const k = classes.length;
  const sum = new Float64Array(n * k);
  // A fixed order, so the float sums do not depend on the order the models were passed in.
  for (const m of models) {
    const p = byModel.get(m)!.probs;
    for (let i = 0; i < sum.length; i++) sum[i] += p[i];
  }
  return Float32Array.from(sum, (v) => v / models.length);
}

function checkExtra(extra: readonly ArrayLike<number>[], n: number, dims?: number): number {
  if (!Array.isArray(extra)) throw invalid('extra must be an array of feature rows, one per clip');
  if (extra.length !== n) throw invalid(`extra has ${extra.length} rows but there are ${n} clips`);
  const d = dims ?? extra[0]?.length ?? 0;
  if (n > 0 && !(d > 0)) throw invalid('extra rows have no features');
  extra.forEach((row, i) => {
    if (row?.length !== d) throw invalid(`extra[${i}] has ${row?.length ?? 'no'} features, expected ${d}`);
    for (let j = 0; j < d; j++) if (!Number.isFinite(row[j])) throw invalid(`extra[${i}][${j}] is ${row[j]}: features must be finite`);
  });
  return d;
}

/** One input row per clip: the base probability rows in `models` order, then the extra features. */
/**
 * How the base probabilities enter the SVM: as they are, or as log probabilities (floored at 1e-4), which spreads
 * the confident rows that crowd near 0 and 1 and makes the RBF distance compare odds rather than raw differences.
 */
export type BaseInput = 'probabilities' | 'log-probabilities';
const LOG_FLOOR = 1e-4;

function stackRows(checked: CheckedBase, models: string[], extra: readonly ArrayLike<number>[] | undefined, baseInput: BaseInput): Float32Array[] {
  const k = checked.classes.length;
  const d = extra ? (extra[0]?.length ?? 0) : 0;
  const rows: Float32Array[] = [];
  for (let i = 0; i < checked.n; i++) {
    const row = new Float32Array(models.length * k + d);
    models.forEach((m, b) => row.set(checked.byModel.get(m)!.probs.subarray(i * k, (i + 1) * k), b * k));
    if (baseInput === 'log-probabilities') for (let j = 0; j < models.length * k; j++) row[j] = Math.log(Math.max(row[j], LOG_FLOOR));
    if (extra) for (let j = 0; j < d; j++) row[models.length * k + j] = extra[i][j];
    rows.push(row);
  }
  return rows;
}

export class StackingEnsemble {
  readonly options: SvmOptions;
  /** Base model names in input order (sorted). */
  models: string[] = [];
  /** The base models' classes: the column order of `predictProba`. */
  classes: string[] = [];
  extraFeatures = 0;
  trainSpeakers: string[] = [];
  notes: Record<string, unknown> = {};
  svm: SvmClassifier | null = null;
  readonly baseInput: BaseInput;

  /**
   * `options` go to the SVM (seed, grid, C, gamma, nSplits, …); `fit` options override them. `baseInput`: see
   * BaseInput (default 'probabilities').
   */
  constructor(options: SvmOptions & { baseInput?: BaseInput } = {}) {
    const { baseInput = 'probabilities', ...svmOptions } = options;
    if (baseInput !== 'probabilities' && baseInput !== 'log-probabilities') throw invalid(`baseInput must be 'probabilities' or 'log-probabilities', got ${JSON.stringify(baseInput)}`);
    this.baseInput = baseInput;
    this.options = svmOptions;
  }

  get search(): GridSearchResult | null {
    return this.svm?.search ?? null;
  }

  /**
   * Fits the SVM on the clips' stacked base probabilities (and extra features), after checking that every row is
   * out-of-fold. Needs a label on every clip; C and gamma are searched over folds of whole speakers.
   */
  async fit(base: readonly BasePredictions[], clips: readonly StackClip[], options: StackingFitOptions = {}): Promise<this> {
    const checked = checkBase(base);
    checkClips(clips, checked.n);
    if (checked.n === 0) throw new VoeError('NO_UTTERANCES', 'no clips to fit the stacking ensemble on');
    assertOutOfFold(base, clips);
    const labels = clips.map((c, i) => {
      if (typeof c.label !== 'string' || !checked.classes.includes(c.label)) {
        throw invalid(`clips[${i}] label ${JSON.stringify(c.label)} is not one of the base models' classes [${checked.classes.join(', ')}]`);
      }
      return c.label;
    });
    const { extra, groups, ...svmOptions } = options;
    const extraFeatures = extra ? checkExtra(extra, checked.n) : 0;
    const svm = new SvmClassifier({ ...this.options, ...svmOptions });
    await svm.fit(stackRows(checked, checked.models, extra, this.baseInput), labels, { groups: groups ?? clips.map((c) => c.speaker) });
    this.svm?.dispose();
    this.svm = svm;
    this.models = checked.models;
    this.classes = checked.classes;
    this.extraFeatures = extraFeatures;
    this.trainSpeakers = [...new Set(clips.map((c) => c.speaker))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return this;
  }

  /** n × classes probabilities in the order of `classes`; a class absent from the fitting clips gets 0. */
  predictProba(base: readonly BasePredictions[], options: StackingPredictOptions = {}): Float32Array {
    const svm = this.svm;
    if (!svm) throw new Error('stacking ensemble is not fitted');
    const checked = checkBase(base);
    const given = checked.models.join(', ');
    if (given !== this.models.join(', ')) throw invalid(`the ensemble was fitted on base models [${this.models.join(', ')}], got [${given}]`);
    if (checked.classes.join('\u0000') !== this.classes.join('\u0000')) {
      throw invalid(`the ensemble was fitted on classes [${this.classes.join(', ')}], the base predictions have [${checked.classes.join(', ')}]`);
    }
    const { extra, clips } = options;
    if (this.extraFeatures === 0 && extra) throw invalid('the ensemble was fitted without extra features; do not pass extra');
    if (this.extraFeatures > 0) {
      if (!extra) throw invalid(`the ensemble was fitted with ${this.extraFeatures} extra features per clip; pass them as extra`);
      checkExtra(extra, checked.n, this.extraFeatures);
    }
    if (clips) {
      checkClips(clips, checked.n);
      assertOutOfFold(base, clips);
      const fitted = new Set(this.trainSpeakers);
      clips.forEach((c, i) => {
        if (fitted.has(c.speaker)) throw invalid(`stacking leak: clip ${i} (speaker "${c.speaker}") is scored, but that speaker's clips fitted the ensemble`);
      });
    }
    const p = svm.predictProba(stackRows(checked, this.models, extra, this.baseInput));
    const k = this.classes.length;
    const kSvm = svm.classes.length;
    const column = svm.classes.map((c) => this.classes.indexOf(c));
    const out = new Float32Array(checked.n * k);
    for (let i = 0; i < checked.n; i++) for (let j = 0; j < kSvm; j++) out[i * k + column[j]] = p[i * kSvm + j];
    return out;
  }

  predict(base: readonly BasePredictions[], options: StackingPredictOptions = {}): string[] {
    return [...argmaxRows(this.predictProba(base, options), this.classes.length)].map((k) => this.classes[k]);
  }

  /** Writes `voe-stacking.json` and the SVM's `voe-svm.json` into `dir`. */
  async save(dir: string): Promise<void> {
    if (!this.svm) throw new Error('stacking ensemble is not fitted');
    await this.svm.save(dir);
    const manifest: StackingManifest = {
      kind: 'voe-stacking-ensemble',
      version: 1,
      models: this.models,
      classes: this.classes,
      extraFeatures: this.extraFeatures,
      trainSpeakers: this.trainSpeakers,
      baseInput: this.baseInput,
      notes: this.notes,
    };
    writeFileAtomic(join(dir, STACKING_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  }

  static async load(dir: string): Promise<StackingEnsemble> {
    const { manifest, path } = readManifest<StackingManifest>(dir, STACKING_MANIFEST, 'voe stacking ensemble');
    if (manifest?.kind !== 'voe-stacking-ensemble' || manifest.version !== 1) throw notStacking(manifest, path);
    const svm = readManifest<SvmManifest>(dir, SVM_MANIFEST, 'voe SVM folder');
    return StackingEnsemble.fromSaved(manifest, svm.manifest, { dir, stacking: path, svm: svm.path });
  }

  /**
   * An ensemble from its parsed `voe-stacking.json` and `voe-svm.json`, wherever they are read from (a folder, a
   * URL); `where` names them in errors.
   */
  static async fromSaved(manifest: StackingManifest, svmManifest: SvmManifest, where: { dir?: string; stacking?: string; svm?: string } = {}): Promise<StackingEnsemble> {
    const path = where.stacking;
    if (manifest?.kind !== 'voe-stacking-ensemble' || manifest.version !== 1) {
      throw notStacking(manifest, path);
    }
    const svm = await SvmClassifier.fromManifest(svmManifest, where.svm);
    const k = manifest.classes?.length ?? 0;
    if (svm.nFeatures !== (manifest.models?.length ?? 0) * k + manifest.extraFeatures || svm.classes.some((c) => !manifest.classes.includes(c))) {
      svm.dispose();
      throw new VoeError('INVALID_ARGUMENT', `${SVM_MANIFEST} does not match ${STACKING_MANIFEST} (features or classes differ)`, { path: where.dir });
    }
    const e = new StackingEnsemble({ ...svm.options, baseInput: manifest.baseInput ?? 'probabilities' });
    e.svm = svm;
    e.models = manifest.models;
    e.classes = manifest.classes;
    e.extraFeatures = manifest.extraFeatures;
    e.trainSpeakers = manifest.trainSpeakers ?? [];
    e.notes = manifest.notes ?? {};
    return e;
  }

  /** Frees the SVM's native memory. */
  dispose(): void {
    this.svm?.dispose();
    this.svm = null;
  }
}

function notStacking(manifest: StackingManifest, path?: string): VoeError {
  return new VoeError('INVALID_ARGUMENT', `${STACKING_MANIFEST} describes a "${String(manifest?.kind)}" version ${String(manifest?.version)}, not a stacking ensemble version 1`, { path });
}
