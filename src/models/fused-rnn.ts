/**
 * A GRU layer for tfjs-layers whose whole sequence is a handful of kernel calls: the input projection of all T
 * steps as one matmul ([N·T, F]·[F, 3H]), then the recurrence as one kernel (`kernels/recurrent.ts`), and the
 * backward pass the same way. tfjs-layers' own GRU runs ~40 tfjs kernels per time step (~15,600 per training step
 * of a 128-frame GRU), and tfjs' per-call engine work, not the arithmetic, is what its training time is made of.
 *
 * Same layer, same math, same weights: `FusedGRU` *is* tfjs-layers' `GRU` (a subclass) with one method replaced,
 * `call`. Its class name, config and weight names are GRU's, so a saved model is a plain `GRU` to any tfjs: a
 * browser page loads it with `tf.loadLayersModel` and no custom class. Importing this module also registers
 * `FusedGRU` under the name 'GRU' in tfjs' serialization map, so that in this process every deserialised GRU is a
 * fused one: models loaded from disk, and the forward and backward copies `tfl.layers.bidirectional` makes of the
 * layer it wraps (it clones through `getConfig()` + deserialize).
 *
 * The fast path runs when the current backend has the fused kernels (wasm, with our training kernels registered;
 * cpu, in plain JavaScript) and the layer uses what the kernels implement: activation 'tanh', recurrentActivation
 * 'sigmoid' or 'hardSigmoid', no mask, not stateful, no returnState, and no dropout active (dropout only applies
 * when training). Anything else, and every other backend (webgl, tfjs-node), runs tfjs-layers' own `GRU.call`.
 */
import * as tf from '@tensorflow/tfjs-core';
// Evaluated for its side effect too: tfjs-layers registers its classes (GRU among them) when it loads, and the
// `tfl` import alone is types only here, which TypeScript would drop.
import '@tensorflow/tfjs-layers';
import type * as tfl from '@tensorflow/tfjs-layers';

import {
  GRU_SEQUENCE, GRU_SEQUENCE_GRAD, registerRecurrentCpuKernels, type GruSequenceAttrs,
} from './kernels/index.js';

/** Switches the fast path off (every call then runs tfjs-layers' own math): for benchmarks and reference tests. */
export const fusedRnnOptions = { enabled: true };

type StockGru = ReturnType<typeof tfl.layers.gru>;
type Kwargs = Parameters<StockGru['call']>[1];

/** The members of tfjs-layers' GRUCell we read (its class is not exported). */
interface GruCellView {
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

interface GruClass {
  new (args: tfl.GRULayerArgs): StockGru;
  className: string;
}

/** A marker on our classes, so that loading this module twice still extends tfjs' own GRU. */
const FUSED = Symbol.for('voe.fusedRecurrentLayer');

/** tfjs-layers' GRU class (only its instances are exported), from the serialization map it registers itself in. */
function stockClass<C>(className: string): C {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap[className];
  if (!entry) throw new Error(`voe fused-rnn: tfjs-layers registered no '${className}' class`);
  let cls = entry[0] as unknown as { [FUSED]?: boolean };
  while (cls[FUSED]) cls = Object.getPrototypeOf(cls) as typeof cls;
  return cls as unknown as C;
}

const StockGRU = stockClass<GruClass>('GRU');

/** tfjs-layers applies a dropout rate only inside (0, 1) (GRUCell.call). */
const active = (rate: number) => rate > 0 && rate < 1;

/** The recurrence as one differentiable op: forward and backward are one kernel call each. */
function gruSequence_(xp: tf.Tensor, recurrentKernel: tf.Tensor, bias: tf.Tensor, h0: tf.Tensor,
  attrs: GruSequenceAttrs): tf.Tensor {
  const engine = tf.engine();
  const attrMap = attrs as unknown as tf.NamedAttrMap;
  const f = tf.customGrad(((xpIn: tf.Tensor, u: tf.Tensor, b: tf.Tensor, h: tf.Tensor, save: tf.GradSaveFunc) => {
    const [out, states, work] = engine.runKernel(GRU_SEQUENCE,
      { xp: xpIn, recurrentKernel: u, bias: b, h0: h }, attrMap) as tf.Tensor[];
    // Saved only while a gradient tape records (customGrad drops them otherwise).
    save([u, states, work]);
    return {
      value: out,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => engine.runKernel(GRU_SEQUENCE_GRAD,
        { dy, recurrentKernel: saved[0], states: saved[1], work: saved[2] }, attrMap) as tf.Tensor[],
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return f(xp, recurrentKernel, bias, h0);
}

/**
 * The GRU recurrence over a projected input, as tfjs-layers' GRU computes it (reset gate before the recurrent
 * product): xp = x·kernel [N, T, 3H] (gates z | r | h), recurrentKernel [H, 3H], bias [3H], h0 [N, H]. Returns the
 * last state [N, H], or with `returnSequences` every state [N, T, H] in processing order.
 */
export const gruSequence = tf.op({ gruSequence_ });

export class FusedGRU extends StockGRU {
  static override className = 'GRU';
  static readonly [FUSED] = true;

  /** Whether the last `call` took the fused path (tests check that it really did). */
  lastCallFused = false;

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor | tf.Tensor[] {
    const x = this.fusedInput(inputs, kwargs);
    this.lastCallFused = x !== null;
    if (x === null) return super.call(inputs, kwargs);
    const cell = this.cell as unknown as GruCellView;
    const initialState = kwargs?.initialState as tf.Tensor[] | undefined;
    return tf.tidy(() => {
      const [N, T, F] = x.shape;
      const H = cell.units;
      const kernel = cell.kernel.read();
      // One product for every time step; tfjs' matMul gradient skips dx when x needs none (a model's input).
      const xp = tf.reshape(tf.matMul(tf.reshape(x, [N * T, F]), kernel), [N, T, 3 * H]);
      const bias = cell.useBias && cell.bias ? cell.bias.read() : tf.zeros([3 * H]);
      const h0 = initialState?.[0] ?? tf.zeros([N, H]);
      return gruSequence(xp, cell.recurrentKernel.read(), bias, h0, {
        goBackwards: this.goBackwards,
        returnSequences: this.returnSequences,
        recurrentActivation: cell.recurrentActivation.getClassName() as GruSequenceAttrs['recurrentActivation'],
      });
    });
  }

  /** The input tensor when the fused kernels can run this call, else null (tfjs-layers' own math runs). */
  private fusedInput(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor3D | null {
    if (!fusedRnnOptions.enabled || tf.getKernel(GRU_SEQUENCE, tf.getBackend()) === undefined) return null;
    const cell = this.cell as unknown as GruCellView;
    const recurrent = cell.recurrentActivation.getClassName();
    if (cell.activation.getClassName() !== 'tanh' || (recurrent !== 'sigmoid' && recurrent !== 'hardSigmoid')) {
      return null;
    }
    if (this.stateful || this.returnState || kwargs?.mask != null) return null;
    if (kwargs?.training && (active(cell.dropout) || active(cell.recurrentDropout))) return null;
    const initialState = kwargs?.initialState as tf.Tensor[] | undefined;
    if (initialState != null && initialState.length !== 1) return null;
    const x = Array.isArray(inputs) ? (inputs.length === 1 ? inputs[0] : null) : inputs;
    if (x === null || x.rank !== 3 || x.dtype !== 'float32' || x.shape[1] === 0) return null;
    return x as tf.Tensor3D;
  }
}

/** A GRU layer (tfjs-layers' `tfl.layers.gru` arguments) that takes the fused path where it can. */
export function gru(args: tfl.GRULayerArgs): FusedGRU {
  return new FusedGRU(args);
}

registerRecurrentCpuKernels();
tf.serialization.registerClass(FusedGRU as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);
