/**
 * Sum and Mean over *leading* axes (what bias and BatchNorm gradients and moments do: reduce [N, L, C] over N and L)
 * as a sum of rows. Stock wasm first transposes the reduced axes to the end (a full copy), then reduces. Other axis
 * sets, and non-float32 tensors, go to the stock kernels.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const sumConfig: KernelConfig;
export declare const meanConfig: KernelConfig;
