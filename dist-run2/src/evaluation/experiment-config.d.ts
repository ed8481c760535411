/**
 * Every setting of an evaluation run, in one object: printed at the start, saved as `config.json` beside the
 * results, hashed into each training job so that a resumed run reuses only what the same settings produced, and
 * accepted back as input (`voe experiment --config <results>/config.json`, or `experimentConfig(json)` in the
 * library), so a saved run can be reproduced.
 *
 * `experimentConfig` is the one entry point: it lays the given fields over the defaults and validates the result,
 * field by field, with an error naming the field (`cnn.epochs must be a whole number ≥ 1, got -3`). The CLI's
 * flags are turned into such fields and pass through the same checks.
 */
import { type FeatureConfig } from '../config.js';
import { type CorpusName } from '../corpus/types.js';
import type { BaseInput } from '../ensemble/stacking.js';
import { type Architecture, type CnnConfig, type RnnConfig, type TrainConfig } from '../models/config.js';
import type { SpeakerNorm } from '../models/speaker-norm.js';
import type { SplitProtocol } from '../scoring/folds.js';
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
/**
 * How one network of the run is trained: TrainConfig's training fields and that network's own architecture fields,
 * side by side. What the run decides for every network is not repeated here: the seed (`ExperimentConfig.seed`,
 * from which each job derives its own) and the speaker normalisation (`ExperimentConfig.speakerNorm`).
 */
export type TrainingSettings = Omit<TrainConfig, 'architecture' | 'seed' | 'speakerNorm' | 'cnn' | 'rnn'>;
export type CnnSettings = TrainingSettings & CnnConfig;
export type RnnSettings = TrainingSettings & RnnConfig;
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
    /** Outer folds for 'speaker-folds' and 'random-leaky' (≥ 2). */
    folds: number;
    /**
     * 'folds': one network per outer fold (`voe train`, `voe compare`). 'nested': pair jobs giving out-of-fold
     * predictions for stacking (`voe experiment`); see protocol.ts.
     */
    design: 'folds' | 'nested';
    models: Architecture[];
    cnn: CnnSettings;
    rnn: RnnSettings;
    stacking: StackingConfig;
    svm: SvmSearchConfig;
    /**
     * Per-speaker normalisation of every model's input, the functionals baseline's included (src/models/speaker-norm.ts):
     * 'none' (the default), 'mean', or 'zscore' (with which the networks' gain augmentation must be 0, its default
     * then: its dB steps mean nothing once each speaker's bands are in units of their own spread). Each speaker's
     * statistics come from that speaker's own clips, so the test speakers' unlabelled clips are used at test time:
     * results are labelled so.
     */
    speakerNorm: SpeakerNorm;
    /** Also run the classical baseline: an SVM on utterance-level functionals. */
    functionalsBaseline: boolean;
    /** Train every model on all clips at the end and save it in `<out>/models/final-*`. */
    final: boolean;
    /** The one seed of the run: every training job derives its own from it and its place (protocol.ts jobSeed). */
    seed: number;
    /** Worker threads for training; undefined = one per core. Not part of what a run computes. */
    workers?: number;
}
type DeepPartial<T> = T extends unknown[] ? T : T extends object ? {
    [K in keyof T]?: DeepPartial<T[K]>;
} : T;
/** Any subset of an ExperimentConfig, nested objects included: what `experimentConfig` lays over the defaults. */
export type ExperimentConfigInput = DeepPartial<ExperimentConfig>;
/** The run's config: `input` over the defaults, validated (see `parseExperimentConfig`). */
export declare function experimentConfig(input: ExperimentConfigInput): ExperimentConfig;
/**
 * The run's config from input of unknown shape (a whole saved `config.json`, or a few fields) over the defaults,
 * then `over` on top (e.g. command-line flags over a file), validated: unknown fields, wrong types and out-of-range
 * values are refused with a VoeError('INVALID_CONFIG') naming the field. `source` names where the input came
 * from, for those messages.
 */
export declare function parseExperimentConfig(input: unknown, source?: string, over?: ExperimentConfigInput): ExperimentConfig;
/** The TrainConfig one network of the run trains with: its settings, the run's speaker normalisation and seed. */
export declare function trainConfigFor(cfg: ExperimentConfig, architecture: Architecture): TrainConfig;
/** Milliseconds between feature frames, derived from the feature config (10 ms at 160 samples and 16 kHz). */
export declare function hopMs(features: Pick<FeatureConfig, 'hop_length' | 'sr'>): number;
export {};
