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
// Evaluated for its side effect too: tfjs-layers registers its classes (GRU, LSTM) when it loads, and the `tfl`
// import below is types only, which TypeScript would drop.
import '@tensorflow/tfjs-layers';
import type * as tfl from '@tensorflow/tfjs-layers';

import {
  GRU_SEQUENCE, GRU_SEQUENCE_GRAD, LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD, registerRecurrentCpuKernels,
  type RecurrentSequenceAttrs,
} from './kernels/index.js';

/** Switches the fast path off (every call then runs tfjs-layers' own math): for benchmarks and reference tests. */
export const fusedRnnOptions = { enabled: true };

type StockGru = ReturnType<typeof tfl.layers.gru>;
type StockLstm = ReturnType<typeof tfl.layers.lstm>;
type Kwargs = Parameters<StockGru['call']>[1];

/** The members of tfjs-layers' GRUCell and LSTMCell we read (the cell classes are not exported). */
interface CellView {
  units: number;
  kernel: tfl.LayerVariable;
  recurrentKernel: tfl.LayerVariable;
  bias: tfl.LayerVariable | null;
  useBias: boolean;
  activation: { getClassName(): string };
  recurrentActivation: { getClassName(): string };
  dropout: number;
  recurrentDropout: number;
}

/** A marker on our classes, so that loading this module twice still extends tfjs' own classes. */
const FUSED = Symbol.for('voe.fusedRecurrentLayer');

/** A tfjs-layers class (only instances are exported) from the serialization map it registers itself in. */
function stockClass<C>(className: string): C {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap[className];
  if (!entry) throw new Error(`voe fused-rnn: tfjs-layers registered no '${className}' class`);
  let cls = entry[0] as unknown as { [FUSED]?: boolean };
  while (cls[FUSED]) cls = Object.getPrototypeOf(cls) as typeof cls;
  return cls as unknown as C;
}

const StockGRU = stockClass<{ new (args: tfl.GRULayerArgs): StockGru; className: string }>('GRU');
const StockLSTM = stockClass<{ new (args: tfl.LSTMLayerArgs): StockLstm; className: string }>('LSTM');

/** How one cell type maps onto its pair of kernels. */
interface Spec {
  forward: string;
  backward: string;
  /** Gates in the kernel's columns: GRU z | r | h, LSTM i | f | c | o. */
  gates: number;
  /** State inputs of the forward kernel (and gradients the backward returns after dxp, dU, db). */
  states: string[];
  /** Forward outputs after `out` that the backward pass needs, in its input order after dy and recurrentKernel. */
  saved: string[];
}

const GRU_SPEC: Spec = { forward: GRU_SEQUENCE, backward: GRU_SEQUENCE_GRAD, gates: 3, states: ['h0'],
  saved: ['states', 'work'] };
const LSTM_SPEC: Spec = { forward: LSTM_SEQUENCE, backward: LSTM_SEQUENCE_GRAD, gates: 4, states: ['h0', 'c0'],
  saved: ['states', 'cells', 'work'] };

/**
 * The recurrence as one differentiable op over [xp, recurrentKernel, bias, ...initial states]: forward and
 * backward are one kernel call each. tf.customGrad rather than a registered gradient for the kernel: the engine
 * gives a registered gradient a zero-filled dy, built in JavaScript and uploaded, for every output the loss does not
 * use, here the saved states and gate workspace (~0.6–0.9 ms per layer and step measured); customGrad saves them
 * without a dy, and only while a gradient tape records.
 */
function sequence(spec: Spec, inputs: tf.Tensor[], attrs: RecurrentSequenceAttrs): tf.Tensor {
  const engine = tf.engine();
  const attrMap = attrs as unknown as tf.NamedAttrMap;
  const names = ['xp', 'recurrentKernel', 'bias', ...spec.states];
  const f = tf.customGrad(((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const save = args.pop() as tf.GradSaveFunc;
    const ins = args as tf.Tensor[];
    const [out, ...toSave] = engine.runKernel(spec.forward,
      Object.fromEntries(names.map((n, i) => [n, ins[i]])), attrMap) as tf.Tensor[];
    save([ins[1], ...toSave]);
    return {
      value: out,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => engine.runKernel(spec.backward, {
        dy, recurrentKernel: saved[0], ...Object.fromEntries(spec.saved.map((n, i) => [n, saved[i + 1]])),
      }, attrMap) as tf.Tensor[],
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return f(...inputs);
}

function gruSequence_(xp: tf.Tensor, recurrentKernel: tf.Tensor, bias: tf.Tensor, h0: tf.Tensor,
  attrs: RecurrentSequenceAttrs): tf.Tensor {
  return sequence(GRU_SPEC, [xp, recurrentKernel, bias, h0], attrs);
}

function lstmSequence_(xp: tf.Tensor, recurrentKernel: tf.Tensor, bias: tf.Tensor, h0: tf.Tensor, c0: tf.Tensor,
  attrs: RecurrentSequenceAttrs): tf.Tensor {
  return sequence(LSTM_SPEC, [xp, recurrentKernel, bias, h0, c0], attrs);
}

/**
 * The GRU recurrence over a projected input, as tfjs-layers' GRU computes it (reset gate before the recurrent
 * product): xp = x·kernel [N, T, 3H] (gates z | r | h), recurrentKernel [H, 3H], bias [3H], h0 [N, H]. Returns the
 * last state [N, H], or with `returnSequences` every state [N, T, H] in processing order.
 */
export const gruSequence = tf.op({ gruSequence_ });

/** The LSTM recurrence likewise: xp [N, T, 4H] (gates i | f | c | o), recurrentKernel [H, 4H], bias [4H], h0, c0. */
export const lstmSequence = tf.op({ lstmSequence_ });

/** tfjs-layers applies a dropout rate only inside (0, 1) (GRUCell.call, LSTMCell.call). */
const active = (rate: number) => rate > 0 && rate < 1;

interface RnnView {
  cell: unknown;
  stateful: boolean;
  returnState: boolean;
  returnSequences: boolean;
  goBackwards: boolean;
}

/**
 * Runs the layer's call on the fused kernels, or returns null when they cannot run it (see the module comment);
 * the caller then runs tfjs-layers' own `call`.
 */
function fusedCall(layer: RnnView, spec: Spec, inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | null {
  if (!fusedRnnOptions.enabled || tf.getKernel(spec.forward, tf.getBackend()) === undefined) return null;
  const cell = layer.cell as CellView;
  const recurrentActivation = cell.recurrentActivation.getClassName();
  if (cell.activation.getClassName() !== 'tanh') return null;
  if (recurrentActivation !== 'sigmoid' && recurrentActivation !== 'hardSigmoid') return null;
  if (layer.stateful || layer.returnState || kwargs?.mask != null) return null;
  if (kwargs?.training && (active(cell.dropout) || active(cell.recurrentDropout))) return null;
  const initialState = kwargs?.initialState as tf.Tensor[] | undefined;
  if (initialState != null && initialState.length !== spec.states.length) return null;
  const x = Array.isArray(inputs) ? (inputs.length === 1 ? inputs[0] : null) : inputs;
  if (x === null || x.rank !== 3 || x.dtype !== 'float32' || x.shape[1] === 0) return null;
  return tf.tidy(() => {
    const [N, T, F] = x.shape;
    const GH = spec.gates * cell.units;
    // One product for every time step; tfjs' matMul gradient skips dx when x needs none (a model's input).
    const xp = tf.reshape(tf.matMul(tf.reshape(x, [N * T, F]), cell.kernel.read()), [N, T, GH]);
    const bias = cell.useBias && cell.bias ? cell.bias.read() : tf.zeros([GH]);
    const [h0, c0] = initialState ?? spec.states.map(() => tf.zeros([N, cell.units]));
    const attrs: RecurrentSequenceAttrs = {
      goBackwards: layer.goBackwards, returnSequences: layer.returnSequences, recurrentActivation,
    };
    const u = cell.recurrentKernel.read();
    return spec === GRU_SPEC ? gruSequence(xp, u, bias, h0, attrs) : lstmSequence(xp, u, bias, h0, c0, attrs);
  });
}

export class FusedGRU extends StockGRU {
  static override className = 'GRU';
  static readonly [FUSED] = true;

  /** Whether the last `call` took the fused path (tests check that it really did). */
  lastCallFused = false;

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[] {
    const y = fusedCall(this, GRU_SPEC, inputs, kwargs);
    this.lastCallFused = y !== null;
    return y ?? super.call(inputs, kwargs);
  }
}

export class FusedLSTM extends StockLSTM {
  static override className = 'LSTM';
  static readonly [FUSED] = true;

  /** Whether the last `call` took the fused path. */
  lastCallFused = false;

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[] {
    const y = fusedCall(this, LSTM_SPEC, inputs, kwargs);
    this.lastCallFused = y !== null;
    return y ?? super.call(inputs, kwargs);
  }
}

/** A GRU layer (`tfl.layers.gru`'s arguments) that takes the fused path where it can. */
export function gru(args: tfl.GRULayerArgs): FusedGRU {
  return new FusedGRU(args);
}

/** An LSTM layer (`tfl.layers.lstm`'s arguments) that takes the fused path where it can. */
export function lstm(args: tfl.LSTMLayerArgs): FusedLSTM {
  return new FusedLSTM(args);
}

type Registrable = tf.serialization.SerializableConstructor<tf.serialization.Serializable>;

registerRecurrentCpuKernels();
tf.serialization.registerClass(FusedGRU as unknown as Registrable);
tf.serialization.registerClass(FusedLSTM as unknown as Registrable);
