/**
 * The two architectures, as tfjs-layers models that output logits (softmax is applied at prediction time, so the
 * loss can use the numerically stable softmax cross-entropy on logits). Initialisers are seeded: the same seed
 * builds the same weights.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { CnnConfig, RnnConfig } from './config.js';
export interface NetworkShape {
    frames: number;
    dims: number;
    classes: number;
}
/**
 * `cfg.kind` '1d': Conv1D blocks over time (feature dimensions as channels) + BatchNorm + ReLU (+ max-pool by 2),
 * global average pool, dense. '2d': the T × F map as an image, Conv2D 3 × 3 blocks + BatchNorm + ReLU (+ 2 × 2
 * max-pool), global average pool, dense: convolution along frequency makes the filters shift-tolerant in pitch and
 * formant position, which differ between speakers.
 */
export declare function buildCnn(shape: NetworkShape, cfg: CnnConfig, seed: number): tfl.LayersModel;
/** A (bidirectional) GRU or LSTM over the frames, its last state into a dense layer. */
export declare function buildRnn(shape: NetworkShape, cfg: RnnConfig, seed: number): tfl.LayersModel;
