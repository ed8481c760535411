/**
 * Prediction on new audio with the models a run saved: either one network folder (`models/final-cnn`, any folder
 * holding a `voe-model.json`), or a whole results folder, whose stacking ensemble (`models/final-ensemble*`) is
 * fed by the final CNN and RNN exactly as in training: their class probabilities (and, for the variant that uses
 * them, the utterance-level functionals) into the SVM.
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
    /** What decides: 'cnn', 'rnn', 'ensemble', 'ensemble+functionals' or 'ensemble+svm-functionals'. */
    readonly name: string,
    readonly classes: string[],
    readonly featureConfig: FeatureConfig,
    private readonly networks: NeuralClassifier[],
    private readonly ensemble: StackingEnsemble | null,
    /** The functionals SVM, when the ensemble stacks its probabilities too. */
    private readonly functionalsSvm: SvmClassifier | null = null,
  ) {}

  /**
   * A results folder (uses its stacking ensemble: `name`, or the variant with the higher cross-validated UA in its
   * metrics.json) or a single saved network folder: a path in Node, a URL in the browser build, or any
   * `ModelSource`. Both platforms load through this one path.
   */
  static async load(location: string | ModelSource, name?: string): Promise<EmotionPredictor> {
    const source = typeof location === 'string' ? await platform.open(location) : location;
    await platform.initBackend();
    if (await source.exists(NEURAL_MANIFEST)) {
      const net = await loadNetwork(source, '');
      if (!net.featureConfig) throw new VoeError('INVALID_ARGUMENT', 'the saved model records no feature config', { path: source.root });
      return new EmotionPredictor(net.config.architecture, net.classes, net.featureConfig, [net], null);
    }
    const metrics = await readMetrics(source);
    const variant = name ?? (await bestStackingVariant(source, metrics));
    if (!(await hasFinalModel(source, variant))) {
      throw new VoeError('FILE_NOT_FOUND', `no ${RESULTS_PATHS.finalModel(variant)} here: not a results folder of \`voe experiment\`, nor a model folder`, { path: source.root });
    }
    const ensemble = await loadStacking(source, RESULTS_PATHS.finalModel(variant));
    const networks = await Promise.all(ensemble.models.filter((m) => m !== FUNCTIONALS_BASE).map((m) => loadNetwork(source, RESULTS_PATHS.finalModel(m))));
    const functionalsSvm = ensemble.models.includes(FUNCTIONALS_BASE) ? await loadSvm(source, RESULTS_PATHS.finalModel(FUNCTIONALS_BASE)) : null;
    const fc = networks[0]?.featureConfig;
    if (!fc) throw new VoeError('INVALID_ARGUMENT', 'the saved networks record no feature config', { path: source.root });
    const predictor = new EmotionPredictor(variant, ensemble.classes, fc, networks, ensemble, functionalsSvm);
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
    return this.networks[0].config.speakerNorm;
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
    const normalised = normaliseBySpeaker(clips, clips.map(() => 'speaker'), speakerNorm, this.networks[0].config.activeTopDb);
    return normalised.map((fs) => this.predictPrepared(fs));
  }

  private predictPrepared(fs: FeatureSet): Prediction {
    return { ...this.decide(fs), warnings: clipWarnings(fs) };
  }

  private decide(fs: FeatureSet): Omit<Prediction, 'warnings'> {
    const bases: { name: string; classes: string[]; probs: Float32Array }[] = this.networks.map((n) => ({ name: n.config.architecture, classes: n.classes, probs: n.predictProba([fs]) }));
    if (!this.ensemble) return { emotion: argmax(asRecord(bases[0].classes, bases[0].probs)), probabilities: asRecord(bases[0].classes, bases[0].probs) };
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
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path).catch((e: unknown) => {
      throw new VoeError('FILE_NOT_FOUND', `cannot read: ${e instanceof Error ? e.message : String(e)}`, { path });
    });
    return featuresFromWavBytes(bytes, this.featureConfig, path);
  }

  dispose(): void {
    for (const n of this.networks) n.dispose();
    this.ensemble?.dispose();
    this.functionalsSvm?.dispose();
  }
}

/** The stacking variant with the higher mean UA in the folder's metrics.json ('ensemble' if none is recorded). */
async function bestStackingVariant(source: ModelSource, r: ExperimentResults | null): Promise<string> {
  if (!r) return 'ensemble';
  const candidates: string[] = [];
  for (const n of ['ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`]) {
    if (r.models[n] && (await hasFinalModel(source, n))) candidates.push(n);
  }
  if (candidates.length === 0) return 'ensemble';
  return candidates.reduce((a, b) => (r.models[b].ua.mean > r.models[a].ua.mean ? b : a));
}

/** The SVM's probabilities for `rows` with columns in `classes` order (a class it never saw gets 0). */
function inClassOrder(svm: SvmClassifier, rows: Float32Array[], classes: string[]): Float32Array {
  const out = new Float32Array(rows.length * classes.length);
  placeInto(out, svm.predictProba(rows), rows.map((_, i) => i), svm.classes, classes);
  return out;
}
