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
import { GRU_SEQUENCE, GRU_SEQUENCE_GRAD, LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD, registerRecurrentCpuKernels, } from './kernels/index.js';
/** Switches the fast path off (every call then runs tfjs-layers' own math): for benchmarks and reference tests. */
export const fusedRnnOptions = { enabled: true };
/** A marker on our classes, so that loading this module twice still extends tfjs' own classes. */
const FUSED = Symbol.for('voe.fusedRecurrentLayer');
/** A tfjs-layers class (only instances are exported) from the serialization map it registers itself in. */
function stockClass(className) {
    const entry = tf.serialization.SerializationMap.getMap().classNameMap[className];
    if (!entry)
        throw new Error(`voe fused-rnn: tfjs-layers registered no '${className}' class`);
    let cls = entry[0];
    while (cls[FUSED])
        cls = Object.getPrototypeOf(cls);
    return cls;
}
const StockGRU = stockClass('GRU');
const StockLSTM = stockClass('LSTM');
const GRU_SPEC = { forward: GRU_SEQUENCE, backward: GRU_SEQUENCE_GRAD, gates: 3, states: ['h0'],
    saved: ['states', 'work'] };
const LSTM_SPEC = { forward: LSTM_SEQUENCE, backward: LSTM_SEQUENCE_GRAD, gates: 4, states: ['h0', 'c0'],
    saved: ['states', 'cells', 'work'] };
/**
 * The recurrence as one differentiable op over [xp, recurrentKernel, bias, ...initial states]: forward and
 * backward are one kernel call each. tf.customGrad rather than a registered gradient for the kernel: the engine
 * gives a registered gradient a zero-filled dy, built in JavaScript and uploaded, for every output the loss does not
 * use, here the saved states and gate workspace (~0.6–0.9 ms per layer and step measured); customGrad saves them
 * without a dy, and only while a gradient tape records.
 */
function sequence(spec, inputs, attrs) {
    const engine = tf.engine();
    const attrMap = attrs;
    const names = ['xp', 'recurrentKernel', 'bias', ...spec.states];
    const f = tf.customGrad(((...args) => {
        const save = args.pop();
        const ins = args;
        const [out, ...toSave] = engine.runKernel(spec.forward, Object.fromEntries(names.map((n, i) => [n, ins[i]])), attrMap);
        save([ins[1], ...toSave]);
        return {
            value: out,
            gradFunc: (dy, saved) => engine.runKernel(spec.backward, {
                dy, recurrentKernel: saved[0], ...Object.fromEntries(spec.saved.map((n, i) => [n, saved[i + 1]])),
            }, attrMap),
        };
    }));
    return f(...inputs);
}
function gruSequence_(xp, recurrentKernel, bias, h0, attrs) {
    return sequence(GRU_SPEC, [xp, recurrentKernel, bias, h0], attrs);
}
function lstmSequence_(xp, recurrentKernel, bias, h0, c0, attrs) {
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
const active = (rate) => rate > 0 && rate < 1;
/**
 * Runs the layer's call on the fused kernels, or returns null when they cannot run it (see the module comment);
 * the caller then runs tfjs-layers' own `call`.
 */
function fusedCall(layer, spec, inputs, kwargs) {
    if (!fusedRnnOptions.enabled || tf.getKernel(spec.forward, tf.getBackend()) === undefined)
        return null;
    const cell = layer.cell;
    const recurrentActivation = cell.recurrentActivation.getClassName();
    if (cell.activation.getClassName() !== 'tanh')
        return null;
    if (recurrentActivation !== 'sigmoid' && recurrentActivation !== 'hardSigmoid')
        return null;
    if (layer.stateful || layer.returnState || kwargs?.mask != null)
        return null;
    if (kwargs?.training && (active(cell.dropout) || active(cell.recurrentDropout)))
        return null;
    const initialState = kwargs?.initialState;
    if (initialState != null && initialState.length !== spec.states.length)
        return null;
    const x = Array.isArray(inputs) ? (inputs.length === 1 ? inputs[0] : null) : inputs;
    if (x === null || x.rank !== 3 || x.dtype !== 'float32' || x.shape[1] === 0)
        return null;
    return tf.tidy(() => {
        const [N, T, F] = x.shape;
        const GH = spec.gates * cell.units;
        // One product for every time step; tfjs' matMul gradient skips dx when x needs none (a model's input).
        const xp = tf.reshape(tf.matMul(tf.reshape(x, [N * T, F]), cell.kernel.read()), [N, T, GH]);
        const bias = cell.useBias && cell.bias ? cell.bias.read() : tf.zeros([GH]);
        const [h0, c0] = initialState ?? spec.states.map(() => tf.zeros([N, cell.units]));
        const attrs = {
            goBackwards: layer.goBackwards, returnSequences: layer.returnSequences, recurrentActivation,
        };
        const u = cell.recurrentKernel.read();
        return spec === GRU_SPEC ? gruSequence(xp, u, bias, h0, attrs) : lstmSequence(xp, u, bias, h0, c0, attrs);
    });
}
export class FusedGRU extends StockGRU {
    static className = 'GRU';
    static [FUSED] = true;
    /** Whether the last `call` took the fused path (tests check that it really did). */
    lastCallFused = false;
    call(inputs, kwargs) {
        const y = fusedCall(this, GRU_SPEC, inputs, kwargs);
        this.lastCallFused = y !== null;
        return y ?? super.call(inputs, kwargs);
    }
}
export class FusedLSTM extends StockLSTM {
    static className = 'LSTM';
    static [FUSED] = true;
    /** Whether the last `call` took the fused path. */
    lastCallFused = false;
    call(inputs, kwargs) {
        const y = fusedCall(this, LSTM_SPEC, inputs, kwargs);
        this.lastCallFused = y !== null;
        return y ?? super.call(inputs, kwargs);
    }
}
/** A GRU layer (`tfl.layers.gru`'s arguments) that takes the fused path where it can. */
export function gru(args) {
    return new FusedGRU(args);
}
/** An LSTM layer (`tfl.layers.lstm`'s arguments) that takes the fused path where it can. */
export function lstm(args) {
    return new FusedLSTM(args);
}
registerRecurrentCpuKernels();
tf.serialization.registerClass(FusedGRU);
tf.serialization.registerClass(FusedLSTM);
//# sourceMappingURL=fused-rnn.js.map