/**
 * GRU and LSTM layers for tfjs-layers whose whole sequence is a handful of kernel calls: the input projection of
 * all T steps as one matmul ([N·T, F]·[F, G·H]), then the recurrence as one kernel (`kernels/recurrent.ts`), and the
 * backward pass the same way. tfjs-layers' own GRU runs ~40 tfjs kernels per time step (~15,600 per training step
 * of a 128-frame GRU), and tfjs' per-call engine work, not the arithmetic, is what its training time is made of.
 *
 * Same layers, same math, same weights: `FusedGRU` *is* tfjs-layers' `GRU` (a subclass) with one method replaced,
 * `call` (likewise `FusedLSTM` and `LSTM`). Class names, configs and weight names are tfjs-layers' own, so a saved
 * model holds plain `GRU`/`LSTM` layers: a browser page loads it with `tf.loadLayersModel` and no custom class.
 * Importing this module also registers the fused classes under the names 'GRU' and 'LSTM' in tfjs' serialization
 * map, so that in this process every deserialised GRU or LSTM is a fused one: models loaded from disk, and the
 * forward and backward copies `tfl.layers.bidirectional` makes of the layer it wraps (it clones through
 * `getConfig()` + deserialize).
 *
 * The fast path runs when the current backend has the fused kernels (wasm, with our training kernels registered;
 * cpu, in plain JavaScript) and the layer uses what the kernels implement: activation 'tanh', recurrentActivation
 * 'sigmoid' or 'hardSigmoid', no mask, not stateful, no returnState, and no dropout active (dropout only applies
 * when training). Anything else, and every other backend (webgl, tfjs-node), runs tfjs-layers' own `call`.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
import type * as tfl from '@tensorflow/tfjs-layers';
import { type RecurrentSequenceAttrs } from './kernels/index.js';
/** Switches the fast path off (every call then runs tfjs-layers' own math): for benchmarks and reference tests. */
export declare const fusedRnnOptions: {
    enabled: boolean;
};
type StockGru = ReturnType<typeof tfl.layers.gru>;
type StockLstm = ReturnType<typeof tfl.layers.lstm>;
type Kwargs = Parameters<StockGru['call']>[1];
/** A marker on our classes, so that loading this module twice still extends tfjs' own classes. */
declare const FUSED: unique symbol;
declare const StockGRU: {
    new (args: tfl.GRULayerArgs): StockGru;
    className: string;
};
declare const StockLSTM: {
    new (args: tfl.LSTMLayerArgs): StockLstm;
    className: string;
};
declare function gruSequence_(xp: tf.Tensor, recurrentKernel: tf.Tensor, bias: tf.Tensor, h0: tf.Tensor, attrs: RecurrentSequenceAttrs): tf.Tensor;
declare function lstmSequence_(xp: tf.Tensor, recurrentKernel: tf.Tensor, bias: tf.Tensor, h0: tf.Tensor, c0: tf.Tensor, attrs: RecurrentSequenceAttrs): tf.Tensor;
/**
 * The GRU recurrence over a projected input, as tfjs-layers' GRU computes it (reset gate before the recurrent
 * product): xp = x·kernel [N, T, 3H] (gates z | r | h), recurrentKernel [H, 3H], bias [3H], h0 [N, H]. Returns the
 * last state [N, H], or with `returnSequences` every state [N, T, H] in processing order.
 */
export declare const gruSequence: typeof gruSequence_;
/** The LSTM recurrence likewise: xp [N, T, 4H] (gates i | f | c | o), recurrentKernel [H, 4H], bias [4H], h0, c0. */
export declare const lstmSequence: typeof lstmSequence_;
export declare class FusedGRU extends StockGRU {
    static className: string;
    static readonly [FUSED] = true;
    /** Whether the last `call` took the fused path (tests check that it really did). */
    lastCallFused: boolean;
    call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[];
}
export declare class FusedLSTM extends StockLSTM {
    static className: string;
    static readonly [FUSED] = true;
    /** Whether the last `call` took the fused path. */
    lastCallFused: boolean;
    call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[];
}
/** A GRU layer (`tfl.layers.gru`'s arguments) that takes the fused path where it can. */
export declare function gru(args: tfl.GRULayerArgs): FusedGRU;
/** An LSTM layer (`tfl.layers.lstm`'s arguments) that takes the fused path where it can. */
export declare function lstm(args: tfl.LSTMLayerArgs): FusedLSTM;
export {};
