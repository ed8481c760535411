/**
 * Dropout that is both random and reproducible. tfjs-layers' Dropout passes its `seed` to `tf.dropout` on every
 * call, so a seeded layer draws the *same* mask at every training step (a fixed thinning of the network, not
 * dropout); an unseeded one draws from an unseeded generator, so runs differ. This subclass draws the mask of call
 * n from seed + n: a fresh mask each step, the same sequence in every run with the same seed.
 *
 * It keeps tfjs' class name, 'Dropout', and its config (with the base seed), so saved models load in plain tfjs;
 * importing this module registers it under that name, as fused-rnn.ts does for GRU and LSTM.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
import type * as tfl from '@tensorflow/tfjs-layers';
interface StockDropoutLayer extends tfl.layers.Layer {
    seed?: number;
    call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[];
    getConfig(): tf.serialization.ConfigDict;
}
declare const MARK: unique symbol;
declare const StockDropout: new (args: {
    rate: number;
    seed?: number;
}) => StockDropoutLayer;
export declare class SeededDropout extends StockDropout {
    static className: string;
    static [MARK]: boolean;
    private readonly baseSeed;
    private calls;
    constructor(args: {
        rate: number;
        seed?: number;
    });
    call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[];
    getConfig(): tf.serialization.ConfigDict;
}
/** A dropout layer whose mask changes every step and is reproducible from `seed`. */
export declare function seededDropout(args: {
    rate: number;
    seed: number;
}): tfl.layers.Layer;
export {};
