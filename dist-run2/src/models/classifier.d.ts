import type * as tfl from '@tensorflow/tfjs-layers';
import type { FeatureSet } from '../features/feature-set.js';
import type { FeatureConfig } from '../config.js';
import { type TrainConfig } from './config.js';
import { Standardizer } from './sequences.js';
import { type EpochLog, type TrainResult } from './train.js';
export interface EmotionClassifier {
    readonly classes: string[];
    predictProba(clips: FeatureSet[]): Float32Array;
    predict(clips: FeatureSet[]): string[];
    save(dir: string): Promise<void>;
}
export interface FitOptions {
    /** Clips of held-out (validation) speakers for early stopping; without them, train for a fixed number of epochs. */
    validation?: {
        clips: FeatureSet[];
        labels: string[];
    };
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
    standardizer: {
        mean: number[];
        std: number[];
    };
    training: Omit<TrainResult, 'history'> & {
        history: EpochLog[];
    };
    /** Anything the caller wants kept with the model (metrics, fold, seed, …). */
    notes: Record<string, unknown>;
}
export declare class NeuralClassifier implements EmotionClassifier {
    readonly config: TrainConfig;
    classes: string[];
    model: tfl.LayersModel | null;
    standardizer: Standardizer | null;
    training: TrainResult | null;
    featureConfig: FeatureConfig | null;
    notes: Record<string, unknown>;
    constructor(config?: Partial<TrainConfig>);
    /** The clip's sequence before standardisation: the chosen input, utterance-normalised if configured. */
    private rawSequence;
    /** The clip's active region, in the frames the network reads. */
    private region;
    private clipSet;
    fit(clips: FeatureSet[], labels: string[], options?: FitOptions): Promise<this>;
    predictProba(clips: FeatureSet[]): Float32Array;
    predict(clips: FeatureSet[]): string[];
    save(dir: string): Promise<void>;
    static load(dir: string): Promise<NeuralClassifier>;
    dispose(): void;
}
