/**
 * Prediction on new audio with the models a run saved: either one network folder (`models/final-cnn`, any folder
 * holding a `voe-model.json`), or a whole results folder, whose stacking ensemble (`models/final-ensemble*`) is
 * fed by the final CNN and RNN exactly as in training: their class probabilities (and, for the variant that uses
 * them, the utterance-level functionals) into the SVM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureConfig } from '../config.js';
import { StackingEnsemble, SvmClassifier, type BasePredictions } from '../ensemble/index.js';
import { VoeError } from '../errors.js';
import { featuresFromWavBytes } from '../features/extract.js';
import type { FeatureSet } from '../features/feature-set.js';
import { initBackend } from '../models/backend.js';
import { NeuralClassifier } from '../models/classifier.js';
import { normaliseBySpeaker, type SpeakerNorm } from '../models/speaker-norm.js';
import type { ExperimentResults } from './results.js';
import { FUNCTIONALS_BASE, placeInto, svmFunctionals } from './stacking-run.js';
import { fileError, fsLayer } from '../util/files.js';

export interface Prediction {
  emotion: string;
  /** Class → probability. */
  probabilities: Record<string, number>;
  /** Each base network's probabilities, when an ensemble decided. */
  base?: Record<string, Record<string, number>>;
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
}

export class EmotionPredictor {
  /** Filled by `load` from the folder's metrics.json when there is one. */
  crossValidated?: PredictorSummary['crossValidated'];

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
   * metrics.json) or a single saved network folder.
   */
  static async load(dir: string, name?: string): Promise<EmotionPredictor> {
    if (!existsSync(dir)) throw new VoeError('FILE_NOT_FOUND', 'no such model or results folder', { path: dir });
    await initBackend();
    if (existsSync(join(dir, 'voe-model.json'))) {
      const net = await NeuralClassifier.load(dir);
      if (!net.featureConfig) throw new VoeError('INVALID_ARGUMENT', 'the saved model records no feature config', { path: dir });
      return new EmotionPredictor(net.config.architecture, net.classes, net.featureConfig, [net], null);
    }
    const models = join(dir, 'models');
    const variant = name ?? bestStackingVariant(dir);
    const ensembleDir = join(models, `final-${variant}`);
    const known = ['ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`];
    if (name !== undefined && !known.includes(name)) {
      const here = known.filter((n) => existsSync(join(models, `final-${n}`)));
      throw new VoeError('INVALID_ARGUMENT', `unknown --ensemble "${name}"; valid names: ${known.join(', ')}${here.length ? ` (this folder has ${here.join(', ')})` : ''}`, { path: dir });
    }
    if (!existsSync(ensembleDir)) {
      throw new VoeError('FILE_NOT_FOUND', `no models/final-${variant} here: not a results folder of \`voe experiment\`, nor a model folder`, { path: dir });
    }
    const ensemble = await StackingEnsemble.load(ensembleDir);
    const networks = await Promise.all(ensemble.models.filter((m) => m !== FUNCTIONALS_BASE).map((m) => NeuralClassifier.load(join(models, `final-${m}`))));
    const functionalsSvm = ensemble.models.includes(FUNCTIONALS_BASE) ? await SvmClassifier.load(join(models, `final-${FUNCTIONALS_BASE}`)) : null;
    const fc = networks[0]?.featureConfig;
    if (!fc) throw new VoeError('INVALID_ARGUMENT', 'the saved networks record no feature config', { path: dir });
    const predictor = new EmotionPredictor(variant, ensemble.classes, fc, networks, ensemble, functionalsSvm);
    const metrics = readMetrics(dir);
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
    return { model: this.name, classes: this.classes, ...(this.crossValidated ? { crossValidated: this.crossValidated } : {}) };
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

  async predictFile(path: string): Promise<Prediction> {
    return this.predictFeatures(await this.featuresOfFile(path));
  }

  /** The features this predictor's models read, of one WAV file. */
  async featuresOfFile(path: string): Promise<FeatureSet> {
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

/** The stacking variant with the higher mean UA in the folder's metrics.json ('ensemble' if none is recorded). */
function readMetrics(dir: string): ExperimentResults | null {
  const path = join(dir, 'metrics.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ExperimentResults;
  } catch (e) {
    throw new VoeError('INVALID_ARGUMENT', `metrics.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path });
  }
}

function bestStackingVariant(dir: string): string {
  const r = readMetrics(dir);
  if (!r) return 'ensemble';
  const candidates = ['ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`].filter((n) => r.models[n] && existsSync(join(dir, 'models', `final-${n}`)));
  if (candidates.length === 0) return 'ensemble';
  return candidates.reduce((a, b) => (r.models[b].ua.mean > r.models[a].ua.mean ? b : a));
}

/** The SVM's probabilities for `rows` with columns in `classes` order (a class it never saw gets 0). */
function inClassOrder(svm: SvmClassifier, rows: Float32Array[], classes: string[]): Float32Array {
  const out = new Float32Array(rows.length * classes.length);
  placeInto(out, svm.predictProba(rows), rows.map((_, i) => i), svm.classes, classes);
  return out;
}
