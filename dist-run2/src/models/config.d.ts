/**
 * Every default of the neural models and their training, in one documented object (printed and saved with each
 * run's results).
 */
import type { Perturbation } from '../features/perturbation.js';
import type { ModelInput } from './sequences.js';
import type { SpeakerNorm } from './speaker-norm.js';
export type Architecture = 'cnn' | 'rnn';
export interface CnnConfig {
    /** '1d': convolution over time with feature dimensions as channels; '2d': over the time × feature map. */
    kind: '1d' | '2d';
    /** Filters of each Conv1D block (kernel over time, feature dimensions as channels), each + BatchNorm + ReLU. */
    filters: number[];
    kernelSize: number;
    /** Max-pool by 2 over time after each block but the last. */
    pool: boolean;
    /**
     * How the frame vectors become one: 'mean' (global average pooling); 'attention' weights the frames by a learned
     * softmax over time, as the RNN does; 'stats' concatenates the mean and the standard deviation over time
     * (x-vector statistics pooling, src/models/stats-pooling.ts), so how much a channel moves counts too.
     */
    pooling?: 'mean' | 'attention' | 'stats';
    /** Dropout rate before the output layer (0 = none). */
    dropout: number;
}
export interface RnnConfig {
    cell: 'gru' | 'lstm';
    units: number;
    /** Recurrent layers stacked (each returns its full sequence to the next); 1 = one layer. */
    layers: number;
    /**
     * Conv1D blocks (filters each; kernel 5, BatchNorm, ReLU) in front of the recurrent layers, a CRNN; [] = none.
     * They see local spectral patterns the recurrence then integrates.
     */
    convFilters: number[];
    bidirectional: boolean;
    /**
     * How the frame states become one vector: 'last' takes the final state; 'mean' averages every state over time;
     * 'attention' weights the states by a learned softmax over time (Mirsamadi et al. 2017), so the frames that
     * carry the emotion count most.
     */
    pooling: 'last' | 'mean' | 'attention';
    /** Dropout rate before the output layer (0 = none). */
    dropout: number;
}
export interface AugmentConfig {
    /** SpecAugment (Park et al. 2019) on the standardised input: masks set to 0, the training mean. */
    /**
     * Largest random shift, in bands, of the log-mel part of the input (edge bands repeated): a cheap stand-in for
     * vocal-tract-length perturbation (Jaitly & Hinton 2013), since speakers differ most in where their formants
     * and harmonics sit. 0 = off; no effect on MFCC inputs.
     */
    freqShift: number;
    /** Largest random gain, in dB either way, applied to each training crop (0 = off); see train.ts applyGain. */
    gainDb: number;
    freqMasks: number;
    freqMaskWidth: number;
    timeMasks: number;
    timeMaskWidth: number;
    /**
     * Mixup (Zhang et al. 2018): each batch is blended with a shuffled copy of itself, inputs and one-hot targets
     * alike, with a weight drawn from Beta(alpha, alpha); 0 turns it off.
     */
    mixupAlpha: number;
    /**
     * Speed perturbation (Ko et al. 2015): besides the clip itself, its features at these speed factors (e.g. [0.9,
     * 1.1]: tempo and pitch both scaled, from the resampled waveform, cached like any features); each training crop
     * comes from one of the versions at random. [] = off. Test clips are never perturbed.
     */
    speeds: number[];
    /**
     * Noisy copies of each training clip (white noise at an SNR drawn from `noiseSnrDb` per clip and copy; see
     * src/features/perturbation.ts), drawn from like the speed versions. 0 = off.
     */
    noiseCopies: number;
    noiseSnrDb: [number, number];
}
export interface TrainConfig {
    architecture: Architecture;
    input: ModelInput;
    /**
     * Feature frames averaged into one network frame (1 = the feature hop, 10 ms by default; 2 = 20 ms). The
     * networks' cost is linear in frames, so stride 2 halves it, or doubles the time a crop covers at equal cost.
     */
    frameStride: number;
    /**
     * Network frames per training crop (64 at stride 4 = 2.56 s, most of a RAVDESS sentence); test clips are averaged
     * over covering crops every `testHopFrames`.
     */
    cropFrames: number;
    testHopFrames: number;
    /** RMS range (dB below the loudest frame) that counts as speech when placing crops. */
    activeTopDb: number;
    /**
     * Per-utterance normalisation before the training-set standardisation: 'mean' subtracts each clip's own mean
     * over its active region from every frame (cepstral mean normalisation: it removes the channel and much of the
     * speaker's timbre, using nothing but the clip itself); 'none' leaves it.
     */
    utteranceNorm: 'none' | 'mean';
    /**
     * Per-speaker normalisation of the features before anything else (src/models/speaker-norm.ts): each clip relative
     * to its speaker's mean log-mel, MFCC, log f0 and log RMS ('mean'; 'zscore' also divides the spectral features by
     * the speaker's spread). It needs every clip's speaker, and at test time several unlabelled clips of the test
     * speaker: the classifier itself does not apply it; the evaluation jobs and the predictor do. 'none' = off.
     */
    speakerNorm: SpeakerNorm;
    cnn: CnnConfig;
    rnn: RnnConfig;
    augment: AugmentConfig;
    epochs: number;
    batchSize: number;
    learningRate: number;
    /**
     * 'constant' keeps `learningRate`; 'cosine' decays it per step from `learningRate` to 0 over `epochs` (Loshchilov &
     * Hutter 2017), so a run without validation speakers ends on small steps rather than wherever the last batch left it.
     */
    lrSchedule: 'constant' | 'cosine';
    /** Early stopping: epochs without a better validation UA before stopping (best weights are restored). */
    patience: number;
    /**
     * Training speakers held out for early stopping (from the training speakers only); 0 = none, train `epochs`
     * and keep the last weights. The default is 0: on RAVDESS, 2 validation actors (120 clips) made the stopping
     * epoch so noisy that fixed epochs on a cosine schedule, with those actors back in training, scored ~10 points
     * higher (README, "Choosing the models").
     */
    validationSpeakers: number;
    /** Weight each class by total / (classes × count), so neutral (half the clips) counts as much as the rest. */
    classWeights: boolean;
    /**
     * Label smoothing (Szegedy et al. 2016): training targets are (1 − ε) · one-hot + ε / classes, so the network is
     * not pushed towards infinitely confident logits on acted, sometimes ambiguous clips. 0 = off.
     */
    labelSmoothing: number;
    seed: number;
}
export declare const DEFAULT_TRAIN_CONFIG: Readonly<TrainConfig>;
/**
 * The versions of each training clip, besides the clip itself, that `augment` asks for, in a fixed order (speeds,
 * then noisy copies): what `NeuralClassifier.fit` expects in `perturbed`.
 */
export declare function trainingPerturbations(augment: AugmentConfig): Perturbation[];
export declare function trainConfig(overrides?: Partial<TrainConfig>): TrainConfig;
