/**
 * Fast training kernels for tfjs-backend-wasm (see README.md beside this file for what each does and why).
 *
 * `registerWasmTrainingKernels()` must run before the wasm backend initialises (`initBackend` does this), so that
 * the stock kernels it replaces still get their setup; it may also run later, since our kernels set themselves up
 * on first use. `unregisterWasmTrainingKernels()` puts the stock kernels back (benchmarks compare the two).
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
/**
 * Switches between the native kernels and our wasm ones at run time (benchmarks compare the two in one process;
 * `VOE_NATIVE=0` is the way to turn the native path off for a whole run). Returns whether the native kernels now
 * run: false when asked to, or when the addon is not available.
 */
export declare function useNativeKernels(on: boolean): boolean;
export { checkWasmBackend, checkWasmBackendVersion, TESTED_TFJS_WASM_VERSION } from './backend-check.js';
export { convLimits } from './conv.js';
export { ADAM_UPDATE, nativeAddon, nativeStatus, type AdamUpdateAttrs, type NativeAddon, type NativeStatus, } from './native.js';
export { simdUsesFma } from './simd.js';
export { GRU_SEQUENCE, GRU_SEQUENCE_GRAD, LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD, type GateActivation, type RecurrentSequenceAttrs, } from './recurrent.js';
/** Our kernel configs, as registered (tests check that the wasm backend runs these). */
export declare function wasmTrainingKernelConfigs(): readonly KernelConfig[];
export declare function wasmTrainingKernelNames(): string[];
/** Throws BACKEND_INCOMPATIBLE (before registering anything) unless tfjs-backend-wasm is the tested version. */
export declare function registerWasmTrainingKernels(): void;
/**
 * The fused recurrent kernels for tfjs-backend-cpu (plain JavaScript), so that `../fused-rnn.ts` runs the same ops
 * on cpu; registered once, never replaced (the cpu backend has no kernels of these names).
 */
export declare function registerRecurrentCpuKernels(): void;
export declare function unregisterWasmTrainingKernels(): void;
