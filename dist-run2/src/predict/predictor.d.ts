import type { FeatureConfig } from '../config.js';
import type { FeatureSet } from '../features/feature-set.js';
import { type SpeakerNorm } from '../models/speaker-norm.js';
import { type PredictionWarning } from './warnings.js';
export interface Prediction {
    emotion: string;
    /** Class → probability. */
    probabilities: Record<string, number>;
    /** Each base network's probabilities, when an ensemble decided. */
    base?: Record<string, Record<string, number>>;
    /** Why this label may not deserve trust (src/predict/warnings.ts); empty when there is nothing to say. */
    warnings: PredictionWarning[];
}
/** What a predictor can say of itself: which model decides, and how it scored where that was measured. */
export interface PredictorSummary {
    model: string;
    classes: string[];
    /** The deciding model's cross-validated scores, from the results folder's metrics.json (absent for a lone network folder). */
    crossValidated?: {
        protocol: string;
        utterances: number;
        ua: {
            mean: number;
            std: number;
        };
        wa: {
            mean: number;
            std: number;
        };
        macroF1: {
            mean: number;
            std: number;
        };
    };
}
export declare class EmotionPredictor {
    /** What decides: 'cnn', 'rnn', 'ensemble', 'ensemble+functionals' or 'ensemble+svm-functionals'. */
    readonly name: string;
    readonly classes: string[];
    readonly featureConfig: FeatureConfig;
    private readonly networks;
    private readonly ensemble;
    /** The functionals SVM, when the ensemble stacks its probabilities too. */
    private readonly functionalsSvm;
    /** Filled by `load` from the folder's metrics.json when there is one. */
    crossValidated?: PredictorSummary['crossValidated'];
    private constructor();
    /**
     * A results folder (uses its stacking ensemble: `name`, or the variant with the higher cross-validated UA in its
     * metrics.json) or a single saved network folder.
     */
    static load(dir: string, name?: string): Promise<EmotionPredictor>;
    summary(): PredictorSummary;
    /**
     * 'none', or how the networks were trained to see each speaker (TrainConfig.speakerNorm): then a prediction needs
     * several clips of the speaker at once (`predictSpeaker`).
     */
    get speakerNorm(): SpeakerNorm;
    /**
     * Throws, saying why, when the models cannot judge one recording alone (they were trained with speaker
     * normalisation); `context` says who is asking, e.g. "the server predicts one recording at a time".
     */
    assertPredictsSingleClips(context?: string): void;
    /** The emotion of one clip's features; models trained with speaker normalisation refuse (see `predictSpeaker`). */
    predictFeatures(fs: FeatureSet): Prediction;
    /**
     * The emotion of each of several clips by one speaker. With a speaker-normalised model they are normalised by
     * their joint statistics first, as each speaker was in training (the more clips, and the more varied their
     * emotions, the closer those statistics come to the ones training saw); otherwise each clip is predicted alone.
     */
    predictSpeaker(clips: FeatureSet[]): Prediction[];
    private predictPrepared;
    private decide;
    /** The emotion of a WAV file held in memory (any rate, channels and PCM/float format `decodeWav` reads). */
    predictWavBytes(bytes: Uint8Array, name?: string): Promise<Prediction>;
    predictFile(path: string): Promise<Prediction>;
    /** The features this predictor's models read, of one WAV file. */
    featuresOfFile(path: string): Promise<FeatureSet>;
    dispose(): void;
}
