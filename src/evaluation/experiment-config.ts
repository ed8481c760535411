/**
 * Every setting of an evaluation run, in one object: printed at the start, saved as `config.json` beside the
 * results, and hashed into each training job so that a resumed run reuses only what the same settings produced.
 */
import { featureConfig, type FeatureConfig } from '../config.js';
import type { CorpusName } from '../corpus/types.js';
import type { BaseInput } from '../ensemble/stacking.js';
import { DEFAULT_TRAIN_CONFIG, trainConfig, type Architecture, type TrainConfig } from '../models/config.js';
import type { SpeakerNorm } from '../models/speaker-norm.js';
import type { SplitProtocol } from './folds.js';

export interface StackingConfig {
  /**
   * Meta-classifier inputs: the base models' probabilities ('probs', the default: on RAVDESS it beat adding the 87
   * functionals by 3.4 UA points, 65.4 against 62.0 %), with utterance-level functionals too, or both variants.
   */
  inputs: 'probs' | 'probs+functionals' | 'both';
  /**
   * What the SVM sees for a test clip of outer fold i. It is trained on rows from one inner network each, so
   * 'per-model' gives it each of the k − 1 inner networks' probabilities in turn and averages its outputs;
   * 'mean' gives it the mean of the k − 1 networks once (smoother inputs than it was trained on).
   */
  testInputs: 'per-model' | 'mean';
  /** How the base probabilities enter the SVM (see BaseInput in src/ensemble/stacking.ts). */
  baseInput: BaseInput;
  /**
   * Also build 'ensemble+svm-functionals': the SVM stacked on a third base model's out-of-fold probabilities beside
   * the networks', the functionals SVM's (one per pair of outer folds, as the networks), whose errors differ more
   * from the networks' than the networks' from each other's. 'ensemble' is built too, on the same folds. Off by
   * default: on RAVDESS it lost 1.8 UA points to 'ensemble' without speaker normalisation (64.6 against 66.3 %) and
   * gained 0.6–0.9 with 'zscore' (69.3 against 68.7 %, 69.7 against 68.8 %; neither significant); README, "Results".
   */
  functionalsSvmBase: boolean;
}

/** The grid searched for every SVM (stacking and the functionals baseline), by speaker-grouped inner folds. */
export interface SvmSearchConfig {
  C: number[];
  /** RBF gamma values as multiples of 1 / n_features (inputs are standardised, so 1 is sklearn's 'scale'). */
  gammaScale: number[];
  innerFolds: number;
  /**
   * Class weighting of every SVM (see SvmFitOptions.classWeight). 'balanced', the default, matches the networks'
   * class weights. Re-run on the same cross-validation jobs, it raised the stacked SVM's UA from 65.2 to 66.2 %
   * (neutral recall 63.5 → 80.2 %).
   */
  classWeight: 'balanced' | 'none';
}

export interface ExperimentConfig {
  /** Folder of audio, or several holding one corpus (e.g. RAVDESS speech and song). */
  data: string | string[];
  /** Naming convention; undefined = detected. */
  corpus?: CorpusName;
  /** Results folder (created; a rerun with the same folder resumes). */
  out: string;
  cacheRoot: string;
  features: FeatureConfig;
  protocol: SplitProtocol;
  /** Outer folds for 'speaker-folds' and 'random-leaky'. */
  folds: number;
  /**
   * 'folds': one network per outer fold (`voe train`, `voe compare`). 'nested': pair jobs giving out-of-fold
   * predictions for stacking (`voe experiment`); see protocol.ts.
   */
  design: 'folds' | 'nested';
  models: Architecture[];
  cnn: TrainConfig;
  rnn: TrainConfig;
  stacking: StackingConfig;
  svm: SvmSearchConfig;
  /**
   * Per-speaker normalisation of every model's input, the functionals baseline's included (src/models/speaker-norm.ts):
   * 'none' (the default), 'mean', or 'zscore' (which turns the networks' gain augmentation off: its dB steps mean
   * nothing once each speaker's bands are in units of their own spread). Each speaker's statistics come from that
   * speaker's own clips, so the test speakers' unlabelled clips are used at test time: results are labelled so.
   */
  speakerNorm: SpeakerNorm;
  /** Also run the classical baseline: an SVM on utterance-level functionals. */
  functionalsBaseline: boolean;
  /** Train every model on all clips at the end and save it in `<out>/models/final-*`. */
  final: boolean;
  seed: number;
  /** Worker threads for training; undefined = one per core. */
  workers?: number;
}

/** Defaults for `voe experiment`; `voe compare` and `voe train` override `design`, `models` and the extras. */
export function experimentConfig(
  overrides: Omit<Partial<ExperimentConfig>, 'stacking'> & Pick<ExperimentConfig, 'data' | 'out'> & { stacking?: Partial<StackingConfig> },
): ExperimentConfig {
  const seed = overrides.seed ?? 1;
  const speakerNorm = overrides.speakerNorm ?? 'none';
  const normalised = (t: Partial<TrainConfig> | undefined): Partial<TrainConfig> =>
    speakerNorm === 'none' ? { ...t } : { ...t, speakerNorm, ...(speakerNorm === 'zscore' ? { augment: { ...DEFAULT_TRAIN_CONFIG.augment, ...t?.augment, gainDb: 0 } } : {}) };
  return {
    cacheRoot: '.voe-cache',
    features: featureConfig(),
    protocol: 'speaker-folds',
    folds: 6,
    design: 'nested',
    models: ['cnn', 'rnn'],
    svm: { C: [1, 10, 100], gammaScale: [0.1, 0.3, 1], innerFolds: 3, classWeight: 'balanced' },
    functionalsBaseline: true,
    final: true,
    ...overrides,
    stacking: { inputs: 'probs', testInputs: 'per-model', baseInput: 'probabilities', functionalsSvmBase: false, ...overrides.stacking },
    speakerNorm,
    cnn: trainConfig({ ...normalised(overrides.cnn), architecture: 'cnn', seed }),
    rnn: trainConfig({ ...RNN_DEFAULTS, ...normalised(overrides.rnn), architecture: 'rnn', seed }),
    seed,
  };
}

/**
 * Where the RNN's defaults differ from the shared training defaults: 45 epochs instead of 60, to keep
 * `voe experiment` within 20 minutes on 2 cores. Measured on the six speaker folds (seed 1, one network per
 * fold), the CRNN scored 60.9 ± 3.6 % UA at 45 epochs against 61.7 ± 2.7 % at 60 (README, "Choosing the models").
 */
const RNN_DEFAULTS: Partial<TrainConfig> = { epochs: 45 };
