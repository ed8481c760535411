/**
 * Reverse along axes that leave the innermost axis alone (a bidirectional RNN reverses [N, T, F] along T), as block
 * copies on the heap: stock wasm takes ~25 ms for [32, 128, 120], this well under 1 ms. Reversing the innermost
 * axis (runs of one element) goes to the stock kernel.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const reverseConfig: KernelConfig;
