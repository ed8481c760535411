/**
 * The estimator contract every model implements (as scikit-learn's): `fit` on labelled clips, `predictProba` and
 * `predict` on new ones, `save` to a folder and `load` back. Clips arrive as cached `FeatureSet`s; labels as
 * emotion names; probabilities come back n × classes, row-major, in the order of `classes`.
 */
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '../util/files.js';
import { readManifest } from '../util/manifest.js';
import { join } from 'node:path';
import type * as tfl from '@tensorflow/tfjs-layers';
import { argmaxRows } from '../scoring/metrics.js';
import type { FeatureSet } from '../features/feature-set.js';
import type { FeatureConfig } from '../config.js';
import { VoeError } from '../errors.js';
import { describePerturbation } from '../features/perturbation.js';
import { trainConfig, trainingPerturbations, type TrainConfig } from './config.js';
import { loadLayersModel, saveLayersModel } from './io.js';
import { buildCnn, buildRnn } from './networks.js';
import { activeRegion, gainPerDb, poolFrames, poolRegion, Standardizer, subtractRegionMean, toSequence, type Sequence } from './sequences.js';
import { predictProbabilities, trainNetwork, type ClipSet, type EpochLog, type TrainResult } from './train.js';

export interface EmotionClassifier {
  readonly classes: string[];
  predictProba(clips: FeatureSet[]): Float32Array;
  predict(clips: FeatureSet[]): string[];
  save(dir: string): Promise<void>;
}

export interface FitOptions {
  /** Clips of held-out (validation) speakers for early stopping; without them, train for a fixed number of epochs. */
  validation?: { clips: FeatureSet[]; labels: string[] };
  epochs?: number;
  onEpoch?: (log: EpochLog) => void;
  /**
   * The training clips in each version `trainingPerturbations(config.augment)` lists (speeds, then noisy copies),
   * in that order, each aligned with `clips`; required when the config asks for any. The standardisation
   * statistics come from `clips` alone.
   */
  perturbed?: FeatureSet[][];
}

/** What is saved beside model.json: everything needed to turn a new clip into a prediction. */
export interface NeuralModelManifest {
  kind: 'voe-neural-classifier';
  version: 1;
  classes: string[];
  train: TrainConfig;
  features: FeatureConfig | null;
  standardizer: { mean: number[]; std: number[] };
  training: Omit<TrainResult, 'history'> & { history: EpochLog[] };
  /** Anything the caller wants kept with the model (metrics, fold, seed, …). */
  notes: Record<string, unknown>;
}

export const NEURAL_MANIFEST = 'voe-model.json';
const MANIFEST = NEURAL_MANIFEST;

export class NeuralClassifier implements EmotionClassifier {
  readonly config: TrainConfig;
  classes: string[] = [];
  model: tfl.LayersModel | null = null;
  standardizer: Standardizer | null = null;
  training: TrainResult | null = null;
  featureConfig: FeatureConfig | null = null;
  notes: Record<string, unknown> = {};

  constructor(config: Partial<TrainConfig> = {}) {
    this.config = trainConfig(config);
  }

  /** The clip's sequence before standardisation: the chosen input, utterance-normalised if configured. */
  private rawSequence(clip: FeatureSet): Sequence {
    const seq = toSequence(clip, this.config.input);
    const normalised = this.config.utteranceNorm === 'mean' ? subtractRegionMean(seq, activeRegion(clip.rms, this.config.activeTopDb)) : seq;
    return poolFrames(normalised, this.config.frameStride);
  }

  /** The clip's active region, in the frames the network reads. */
  private region(clip: FeatureSet): { start: number; end: number } {
    return poolRegion(activeRegion(clip.rms, this.config.activeTopDb), this.config.frameStride);
  }

  private clipSet(clips: FeatureSet[], labels?: string[]): ClipSet {
    if (!this.standardizer) throw new Error('classifier is not fitted');
    const st = this.standardizer;
    return {
      seqs: clips.map((c) => st.apply(this.rawSequence(c))),
      frequencyDims: this.config.input === 'mfcc-deltas' || clips.length === 0 ? 0 : clips[0].logmel.rows,
      regions: clips.map((c) => this.region(c)),
      gainPerDb: clips.length === 0 ? undefined : gainPerDb(this.config.input, clips[0].logmel.rows, st.std),
      labels: Int32Array.from(labels ?? [], (l) => {
        const k = this.classes.indexOf(l);
        if (k < 0) throw new VoeError('INVALID_ARGUMENT', `label "${l}" is not one of the trained classes ${this.classes.join(', ')}`);
        return k;
      }),
    };
  }

  async fit(clips: FeatureSet[], labels: string[], options: FitOptions = {}): Promise<this> {
    if (clips.length !== labels.length) throw new RangeError(`${clips.length} clips but ${labels.length} labels`);
    if (this.config.speakerNorm === 'zscore' && this.config.augment.gainDb > 0) {
      throw new VoeError('INVALID_ARGUMENT',
        'gain augmentation (augment.gainDb) shifts dB-scaled inputs, which per-speaker z-scoring no longer gives: set augment.gainDb to 0 with speakerNorm "zscore"');
    }
    this.classes = [...new Set(labels)].sort();
    if (this.classes.length < 2) {
      throw new VoeError('NO_UTTERANCES', `need at least two emotions to train, found ${this.classes.join(', ') || 'none'}`);
    }
    this.standardizer = Standardizer.fit(clips.map((c) => this.rawSequence(c)));
    const train = this.clipSet(clips, labels);
    const versions = trainingPerturbations(this.config.augment);
    if (versions.length > 0) {
      const perturbed = options.perturbed ?? [];
      if (perturbed.length !== versions.length || perturbed.some((p) => p.length !== clips.length)) {
        throw new VoeError('INVALID_ARGUMENT',
          `augmentation by ${versions.map(describePerturbation).join('; ')} needs the training clips in each version, aligned with the clips`);
      }
      train.variants = perturbed.map((p) => this.clipSet(p));
    }
    const val = options.validation ? this.clipSet(options.validation.clips, options.validation.labels) : null;
    const shape = { frames: this.config.cropFrames, dims: train.seqs[0].dims, classes: this.classes.length };
    this.model?.dispose();
    this.model =
      this.config.architecture === 'cnn'
        ? buildCnn(shape, this.config.cnn, this.config.seed)
        : buildRnn(shape, this.config.rnn, this.config.seed);
    this.training = await trainNetwork(this.model, train, val, this.classes.length, this.config, options.onEpoch, options.epochs);
    return this;
  }

  predictProba(clips: FeatureSet[]): Float32Array {
    if (!this.model) throw new Error('classifier is not fitted');
    return predictProbabilities(this.model, this.clipSet(clips), this.classes.length, this.config);
  }

  predict(clips: FeatureSet[]): string[] {
    return [...argmaxRows(this.predictProba(clips), this.classes.length)].map((k) => this.classes[k]);
  }

  async save(dir: string): Promise<void> {
    if (!this.model || !this.standardizer || !this.training) throw new Error('classifier is not fitted');
    mkdirSync(dir, { recursive: true });
    await saveLayersModel(this.model, dir);
    const manifest: NeuralModelManifest = {
      kind: 'voe-neural-classifier',
      version: 1,
      classes: this.classes,
      train: this.config,
      features: this.featureConfig,
      standardizer: this.standardizer.toJSON(),
      training: this.training,
      notes: this.notes,
    };
    writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  }

  static async load(dir: string): Promise<NeuralClassifier> {
    const { manifest, path } = readManifest<NeuralModelManifest>(dir, MANIFEST, 'voe model folder');
    return NeuralClassifier.fromSaved(manifest, () => loadLayersModel(dir), path);
  }

  /**
   * A classifier from its parsed `voe-model.json` and its tfjs model, wherever they are read from (a folder,
   * a URL); the manifest is checked before the model is loaded.
   */
  static async fromSaved(manifest: NeuralModelManifest, loadModel: () => Promise<tfl.LayersModel>, path?: string): Promise<NeuralClassifier> {
    if (manifest?.kind !== 'voe-neural-classifier') {
      throw new VoeError('INVALID_ARGUMENT', `${MANIFEST} describes a "${String(manifest?.kind)}", not a neural classifier`, { path });
    }
    const c = new NeuralClassifier(manifest.train);
    c.classes = manifest.classes;
    c.standardizer = Standardizer.fromJSON(manifest.standardizer);
    c.training = manifest.training;
    c.featureConfig = manifest.features;
    c.notes = manifest.notes;
    c.model = await loadModel();
    return c;
  }

  dispose(): void {
    this.model?.dispose();
    this.model = null;
  }
}
