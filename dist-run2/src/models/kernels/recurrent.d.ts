/**
 * Fused recurrent kernels: a whole GRU or LSTM sequence, forward or backward, in one kernel call (`../fused-rnn.ts`
 * builds tfjs-layers' GRU and LSTM on them). The input projection x·W of all T steps is one matmul outside (tfjs'
 * own, with its lazily computed gradients); these kernels run the recurrence.
 *
 * Why: tfjs-layers runs a GRU step as ~40 tfjs kernels (split, matMul, add, sigmoid, ...), ~15,600 calls per
 * training step of a 128-frame GRU, and the engine's per-call work costs more than the arithmetic. Here a step is
 * two small GEMMs on our packed SIMD GEMM (h·[Uz | Ur], then (r ⊙ h)·Uh, with U packed once per sequence) and two
 * calls of the gate math in `recurrent-simd.ts`; the backward pass mirrors it, and the recurrent kernel's gradient
 * is one large GEMM over all N·T rows at the end.
 *
 * `VoeGruSequence` inputs: xp [N, T, 3H] (x·W, gates z | r | h, in input time order), recurrentKernel [H, 3H],
 * bias [3H], h0 [N, H]. Attrs: `RecurrentSequenceAttrs`. Outputs:
 *   out    [N, H] (last state) or [N, T, H] (every state, in processing order: reversed input with goBackwards,
 *          as tfjs-layers' RNN returns it),
 *   states [T + 1, N, H], time-major in processing order, states[0] = h0 (saved for the backward pass),
 *   work   [T, N, 4H], per step [z | r | hh | r ⊙ h_prev] (saved for the backward pass).
 * `VoeGruSequenceGrad` inputs: dy (out's gradient), recurrentKernel, states, work; outputs dxp, dRecurrentKernel,
 * dBias, dh0.
 *
 * `VoeLstmSequence` is the same for tfjs-layers' LSTM (one product per step, h·U with U [H, 4H], gates i | f | c | o):
 * inputs xp [N, T, 4H], recurrentKernel [H, 4H], bias [4H], h0, c0 [N, H]; outputs out, states (h) and cells (c),
 * both [T + 1, N, H], and work [T, N, 5H] ([i | f | g | o | tanh(c)] per step). `VoeLstmSequenceGrad` inputs dy,
 * recurrentKernel, states, cells, work; outputs dxp, dRecurrentKernel, dBias, dh0, dc0.
 *
 * Each has a wasm kernel (SIMD on the heap) and a cpu kernel (plain JavaScript, float64 sums, Math.tanh), both
 * tested against tfjs-layers' own layers on their backend (test/models/fused-rnn.test.ts).
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
import { type GateActivation } from './recurrent-simd.js';
export declare const GRU_SEQUENCE = "VoeGruSequence";
export declare const GRU_SEQUENCE_GRAD = "VoeGruSequenceGrad";
export declare const LSTM_SEQUENCE = "VoeLstmSequence";
export declare const LSTM_SEQUENCE_GRAD = "VoeLstmSequenceGrad";
export type { GateActivation };
/** Attributes of all four kernels (GRU and LSTM, forward and backward). */
export interface RecurrentSequenceAttrs {
    /** Process the input from its last step to its first (the backward half of a bidirectional layer). */
    goBackwards: boolean;
    /** Output every state ([N, T, H]) rather than the last ([N, H]). */
    returnSequences: boolean;
    /** The gates' activation (tfjs-layers' `recurrentActivation`); the candidate's is always tanh. */
    recurrentActivation: GateActivation;
}
/** The wasm kernels (registered with the other training kernels, see index.ts). */
export declare const recurrentWasmKernelConfigs: readonly KernelConfig[];
/** The cpu kernels: the same ops for tfjs-backend-cpu, so the fused layers run (and are tested) there too. */
export declare const recurrentCpuKernelConfigs: readonly KernelConfig[];
