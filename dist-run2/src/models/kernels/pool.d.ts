/**
 * MaxPoolGrad in our wasm module: one pass over the windows, each dy value added to the first maximum of its window
 * (tfjs-cpu's rule). Stock wasm takes ~11 ms for a [32,1,128,128] input with a 1×2 pool; the scalar pass ~1 ms,
 * and the SIMD pass for pools of 2 along one axis (MaxPooling1D) a fraction of that. The SIMD pass sends a pair's
 * gradient to its first element unless the second is greater, which differs from the scalar rule only for NaN.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const maxPoolGradConfig: KernelConfig;
