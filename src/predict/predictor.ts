/**
 * Prediction on new audio with the models a run saved: either one network folder (`models/final-cnn`, any folder
 * holding a `voe-model.json`), or a whole results folder and any model of it the report scores and the run saved:
 * a stacking ensemble (`models/final-ensemble*`), fed by the final CNN and RNN exactly as in training (their class
 * probabilities and, for the variants that use them, the functionals or the functionals SVM's probabilities, into
 * the SVM), or a base model alone (`cnn`, `rnn`, their `average`, `svm-functionals`).
 */
import type { FeatureConfig } from '../config.js';
import { FUNCTIONALS_BASE, placeInto, StackingEnsemble, SvmClassifier, svmFunctionals, type BasePredictions } from '../ensemble/index.js';
import { VoeError } from '../errors.js';
import { featuresFromSamples, featuresFromWavBytes } from '../features/extract.js';
import type { FeatureSet } from '../features/feature-set.js';
import { initBackend } from '../models/backend.js';
import { NEURAL_MANIFEST, NeuralClassifier } from '../models/classifier.js';
import { normaliseBySpeaker, type SpeakerNorm } from '../models/speaker-norm.js';
import type { ExperimentResults } from '../scoring/results.js';
import type { ModelSource } from './model-source.js';
import { ResultsFolder } from './results-folder.js';
import { hasFinalModel, loadNetwork, loadStacking, loadSvm, readMetrics, RESULTS_PATHS } from './saved-models.js';
import { clipWarnings, type PredictionWarning } from './warnings.js';

/**
 * What differs between Node and a browser when a predictor loads: how a location (a folder, a URL) becomes a
 * `ModelSource`, and which tfjs backend runs. Node's is the default; the browser entry (browser.ts) sets its own.
 */
export interface PredictorPlatform {
  open(location: string): Promise<ModelSource>;
  initBackend(): Promise<unknown>;
}

let platform: PredictorPlatform = {
  async open(dir) {
    // Imported here, not at the top, so that the browser bundle never reaches node:fs through this module.
    const { existsSync } = await import('node:fs');
    if (!existsSync(dir)) throw new VoeError('FILE_NOT_FOUND', 'no such model or results folder', { path: dir });
    return (await import('./model-source-fs.js')).fsModelSource(dir);
  },
  initBackend: () => initBackend(),
};

/** Sets how predictors load on this platform (the browser entry calls it once). */
export function setPredictorPlatform(p: PredictorPlatform): void {
  platform = p;
}

export interface Prediction {
  emotion: string;
  /** Class → probability. */
  probabilities: Record<string, number>;
  /** Each base network's probabilities, when an ensemble decided. */
  base?: Record<string, Record<string, number>>;
  /** Why this label may not deserve trust (src/predict/warnings.ts); empty when there is nothing to say. */
  warnings: PredictionWarning[];
}

function asRecord(classes: string[], p: ArrayLike<number>, row = 0): Record<string, number> {
  return Object.fromEntries(classes.map((c, k) => [c, p[row * classes.length + k]]));
}

function argmax(r: Record<string, number>): string {
  return Object.entries(r).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** What a predictor can say of itself: which model decides, and how it scored where that was measured. */
export interface PredictorSummary {
  model: string;
  classes: string[];
  /** The deciding model's cross-validated scores, from the results folder's metrics.json (absent for a lone network folder). */
  crossValidated?: {
    protocol: string;
    utterances: number;
    ua: { mean: number; std: number };
    wa: { mean: number; std: number };
    macroF1: { mean: number; std: number };
  };
  /** What the run that trained the model read, from metrics.json (absent for a lone network folder). */
  trainedOn?: { corpus: string; utterances: number; speakers: number };
}

export class EmotionPredictor {
  /** Filled by `load` from the folder's metrics.json when there is one. */
  crossValidated?: PredictorSummary['crossValidated'];
  /** Filled by `load` from the folder's metrics.json when there is one. */
  trainedOn?: PredictorSummary['trainedOn'];

  private constructor(
    /** What decides: a name of `predictableModels` ('cnn', 'ensemble', 'svm-functionals', …). */
    readonly name: string,
    readonly classes: string[],
    readonly featureConfig: FeatureConfig,
    private readonly networks: NeuralClassifier[],
    private readonly ensemble: StackingEnsemble | null,
    /** The functionals SVM, when the ensemble stacks its probabilities too, or when it decides alone. */
    private readonly functionalsSvm: SvmClassifier | null = null,
    /** How the run normalised speakers, for a predictor without networks (the functionals SVM alone). */
    private readonly svmNorm: { speakerNorm: SpeakerNorm; activeTopDb: number } | null = null,
  ) {}

  /**
   * A results folder (the model `name`, one of `predictableModels(dir)`; by default the one with the best
   * cross-validated UA in its metrics.json, as the report ranks them) or a single saved network folder: a path in
   * Node, a URL in the browser build, or any `ModelSource`. Both platforms load through this one path.
   */
  static async load(location: string | ModelSource, name?: string): Promise<EmotionPredictor> {
    const source = typeof location === 'string' ? await platform.open(location) : location;
    const dir = source.root;
    await platform.initBackend();
    if (await source.exists(NEURAL_MANIFEST)) {
      const net = await loadNetwork(source, '');
      if (!net.featureConfig) throw new VoeError('INVALID_ARGUMENT', 'the saved model records no feature config', { path: dir });
      return new EmotionPredictor(net.config.architecture, net.classes, net.featureConfig, [net], null);
    }
    const available = await modelsIn(source);
    if (available.length === 0) {
      throw new VoeError('FILE_NOT_FOUND', 'no models/final-* here: not a results folder of `voe experiment`, nor a model folder', { path: dir });
    }
    const metrics = await readMetrics(source);
    const variant = name ?? bestModel(metrics, available);
    if (!available.includes(variant)) {
      throw new VoeError('INVALID_ARGUMENT', `no model "${variant}" in this results folder; choose one of: ${available.join(', ')}`, { path: dir });
    }
    const predictor = STACKING_VARIANTS.includes(variant) ? await EmotionPredictor.loadStack(source, variant) : await EmotionPredictor.loadBase(source, variant, metrics);
    if (metrics) predictor.trainedOn = { corpus: metrics.corpus.name, utterances: metrics.corpus.utterances, speakers: metrics.corpus.speakers };
    const scored = metrics?.models[variant];
    if (metrics && scored) {
      predictor.crossValidated = {
        protocol: metrics.protocol.label,
        utterances: metrics.corpus.utterances,
        ua: { mean: scored.ua.mean, std: scored.ua.std },
        wa: { mean: scored.wa.mean, std: scored.wa.std },
        macroF1: { mean: scored.macroF1.mean, std: scored.macroF1.std },
      };
    }
    return predictor;
  }

  /** A base model of a results folder: one final network, the mean of both, or the functionals SVM. */
  private static async loadBase(source: ModelSource, name: string, metrics: ExperimentResults | null): Promise<EmotionPredictor> {
    const dir = source.root;
    if (name === FUNCTIONALS_BASE) {
      const fc = (metrics?.config as { features?: FeatureConfig } | undefined)?.features;
      if (!metrics || !fc) throw new VoeError('INVALID_ARGUMENT', `${FUNCTIONALS_BASE} needs the run's feature config from metrics.json, which is missing`, { path: dir });
      // The run's functionals were computed after the same speaker normalisation as the networks' inputs.
      const run = metrics.config as { speakerNorm?: SpeakerNorm; cnn?: { activeTopDb?: number } };
      const svmNorm = { speakerNorm: run.speakerNorm ?? 'none', activeTopDb: run.cnn?.activeTopDb ?? 0 };
      if (svmNorm.speakerNorm !== 'none' && run.cnn?.activeTopDb === undefined) {
        throw new VoeError('INVALID_ARGUMENT', `${FUNCTIONALS_BASE}: metrics.json records speaker normalisation but not its activeTopDb`, { path: dir });
      }
      const svm = await loadSvm(source, RESULTS_PATHS.finalModel(FUNCTIONALS_BASE));
      return new EmotionPredictor(name, svm.classes, fc, [], null, svm, svmNorm);
    }
    const archs = name === 'average' ? ['cnn', 'rnn'] : [name];
    const networks = await Promise.all(archs.map((a) => loadNetwork(source, RESULTS_PATHS.finalModel(a))));
    const fc = networks[0].featureConfig;
    if (!fc) throw new VoeError('INVALID_ARGUMENT', 'the saved networks record no feature config', { path: dir });
    return new EmotionPredictor(name, networks[0].classes, fc, networks, null);
  }

  /** A stacking variant of a results folder, with the base models it stacks. */
  private static async loadStack(source: ModelSource, variant: string): Promise<EmotionPredictor> {
    const ensemble = await loadStacking(source, RESULTS_PATHS.finalModel(variant));
    const networks = await Promise.all(ensemble.models.filter((m) => m !== FUNCTIONALS_BASE).map((m) => loadNetwork(source, RESULTS_PATHS.finalModel(m))));
    const functionalsSvm = ensemble.models.includes(FUNCTIONALS_BASE) ? await loadSvm(source, RESULTS_PATHS.finalModel(FUNCTIONALS_BASE)) : null;
    const fc = networks[0]?.featureConfig;
    if (!fc) throw new VoeError('INVALID_ARGUMENT', 'the saved networks record no feature config', { path: source.root });
    return new EmotionPredictor(variant, ensemble.classes, fc, networks, ensemble, functionalsSvm);
  }

  summary(): PredictorSummary {
    return {
      model: this.name,
      classes: this.classes,
      ...(this.crossValidated ? { crossValidated: this.crossValidated } : {}),
      ...(this.trainedOn ? { trainedOn: this.trainedOn } : {}),
    };
  }

  /**
   * 'none', or how the networks were trained to see each speaker (TrainConfig.speakerNorm): then a prediction needs
   * several clips of the speaker at once (`predictSpeaker`).
   */
  get speakerNorm(): SpeakerNorm {
    return this.networks[0]?.config.speakerNorm ?? this.svmNorm?.speakerNorm ?? 'none';
  }

  /**
   * Throws, saying why, when the models cannot judge one recording alone (they were trained with speaker
   * normalisation); `context` says who is asking, e.g. "the server predicts one recording at a time".
   */
  assertPredictsSingleClips(context = 'one clip at a time'): void {
    if (this.speakerNorm === 'none') return;
    throw new VoeError('INVALID_ARGUMENT',
      `${context}: this model was trained with per-speaker ${this.speakerNorm} normalisation, which needs several clips of one speaker at once (voe predict --same-speaker, or predictSpeaker in the library)`);
  }

  /** The emotion of one clip's features; models trained with speaker normalisation refuse (see `predictSpeaker`). */
  predictFeatures(fs: FeatureSet): Prediction {
    this.assertPredictsSingleClips();
    return this.predictPrepared(fs);
  }

  /**
   * The emotion of each of several clips by one speaker. With a speaker-normalised model they are normalised by
   * their joint statistics first, as each speaker was in training (the more clips, and the more varied their
   * emotions, the closer those statistics come to the ones training saw); otherwise each clip is predicted alone.
   */
  predictSpeaker(clips: FeatureSet[]): Prediction[] {
    if (clips.length === 0) throw new VoeError('INVALID_ARGUMENT', 'no clips to predict');
    const { speakerNorm } = this;
    const activeTopDb = this.networks[0]?.config.activeTopDb ?? this.svmNorm?.activeTopDb ?? 0;
    const normalised = normaliseBySpeaker(clips, clips.map(() => 'speaker'), speakerNorm, activeTopDb);
    return normalised.map((fs) => this.predictPrepared(fs));
  }

  private predictPrepared(fs: FeatureSet): Prediction {
    return { ...this.decide(fs), warnings: clipWarnings(fs) };
  }

  private decide(fs: FeatureSet): Omit<Prediction, 'warnings'> {
    const bases: { name: string; classes: string[]; probs: Float32Array }[] = this.networks.map((n) => ({ name: n.config.architecture, classes: n.classes, probs: n.predictProba([fs]) }));
    if (!this.ensemble) {
      if (this.functionalsSvm && bases.length === 0) {
        const probabilities = asRecord(this.classes, inClassOrder(this.functionalsSvm, [svmFunctionals(fs)], this.classes));
        return { emotion: argmax(probabilities), probabilities };
      }
      // One network, or the mean of the CNN's and the RNN's probabilities ('average', as the experiment scores it).
      const probabilities: Record<string, number> = Object.fromEntries(this.classes.map((c) => [c, 0]));
      for (const b of bases) for (const [c, v] of Object.entries(asRecord(b.classes, b.probs))) probabilities[c] += v / bases.length;
      return { emotion: argmax(probabilities), probabilities, ...(bases.length > 1 ? { base: Object.fromEntries(bases.map((b) => [b.name, asRecord(b.classes, b.probs)])) } : {}) };
    }
    if (this.functionalsSvm) bases.push({ name: FUNCTIONALS_BASE, classes: this.ensemble.classes, probs: inClassOrder(this.functionalsSvm, [svmFunctionals(fs)], this.ensemble.classes) });
    const base: BasePredictions[] = bases.map((b) => ({ model: b.name, classes: b.classes, probs: b.probs, trainedOnSpeakers: [[]] }));
    const extra = this.ensemble.extraFeatures > 0 ? [svmFunctionals(fs)] : undefined;
    const p = this.ensemble.predictProba(base, { extra });
    const probabilities = asRecord(this.ensemble.classes, p);
    return {
      emotion: argmax(probabilities),
      probabilities,
      base: Object.fromEntries(bases.map((b) => [b.name, asRecord(b.classes, b.probs)])),
    };
  }

  /** The emotion of a WAV file held in memory (any rate, channels and PCM/float format `decodeWav` reads). */
  async predictWavBytes(bytes: Uint8Array, name = 'upload'): Promise<Prediction> {
    return this.predictFeatures(await featuresFromWavBytes(bytes, this.featureConfig, name));
  }

  /**
   * The emotion of mono samples at any rate (resampled to the model's rate first, exactly as a WAV at that rate
   * would be): the entry point of the browser build, where audio arrives as a Float32Array.
   */
  async predict(samples: Float32Array, sampleRate: number): Promise<Prediction> {
    if (!(samples instanceof Float32Array)) throw new VoeError('INVALID_ARGUMENT', 'predict takes the samples as a Float32Array');
    if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new VoeError('INVALID_ARGUMENT', `sampleRate must be a positive integer number of Hz, got ${sampleRate}`);
    return this.predictFeatures(await featuresFromSamples(samples, sampleRate, this.featureConfig));
  }

  async predictFile(path: string): Promise<Prediction> {
    return this.predictFeatures(await this.featuresOfFile(path));
  }

  /** The features this predictor's models read, of one WAV file. */
  async featuresOfFile(path: string): Promise<FeatureSet> {
    // Node only, and imported here: util/files.ts touches `process` as it loads, which a browser lacks.
    const { fileError, fsLayer } = await import('../util/files.js');
    let bytes: Uint8Array;
    try {
      bytes = fsLayer().readFileSync(path);
    } catch (e) {
      throw fileError(e, path, 'reading');
    }
    return featuresFromWavBytes(bytes, this.featureConfig, path);
  }

  dispose(): void {
    for (const n of this.networks) n.dispose();
    this.ensemble?.dispose();
    this.functionalsSvm?.dispose();
  }
}

const STACKING_VARIANTS = ['ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`];

/** The predictable models among the final models a folder holds (the stacking variants, cnn, rnn, …). */
function predictableAmong(has: (m: string) => boolean): string[] {
  const names = [...STACKING_VARIANTS.filter(has), ...['cnn', 'rnn'].filter(has)];
  if (has('cnn') && has('rnn')) names.push('average');
  if (has(FUNCTIONALS_BASE)) names.push(FUNCTIONALS_BASE);
  return names;
}

/**
 * The models a results folder can predict with, from its saved final models: the stacking variants, the final CNN
 * and RNN, 'average' (their mean) when both are there, and the functionals SVM.
 */
export function predictableModels(dir: string): string[] {
  const folder = new ResultsFolder(dir);
  return predictableAmong((m) => folder.hasFinalModel(m));
}

/** `predictableModels` of a folder read through a `ModelSource` (a URL cannot be listed: each final model is asked for). */
async function modelsIn(source: ModelSource): Promise<string[]> {
  const present = new Set<string>();
  for (const m of [...STACKING_VARIANTS, 'cnn', 'rnn', FUNCTIONALS_BASE]) if (await hasFinalModel(source, m)) present.add(m);
  return predictableAmong((m) => present.has(m));
}

/** The report's best model (highest mean UA in metrics.json; first listed wins ties) that can predict; else the first stacking variant. */
function bestModel(r: ExperimentResults | null, available: string[]): string {
  const scored = r ? Object.keys(r.models).filter((n) => available.includes(n)) : [];
  if (!r || scored.length === 0) return available[0];
  return scored.reduce((a, b) => (r.models[b].ua.mean > r.models[a].ua.mean ? b : a));
}

/** The SVM's probabilities for `rows` with columns in `classes` order (a class it never saw gets 0). */
function inClassOrder(svm: SvmClassifier, rows: Float32Array[], classes: string[]): Float32Array {
  const out = new Float32Array(rows.length * classes.length);
  placeInto(out, svm.predictProba(rows), rows.map((_, i) => i), svm.classes, classes);
  return out;
}
