/**
 * Concat by `copyWithin` on the heap. Stock wasm builds two typed-array views per input per outer row (garbage the
 * collector then has to reclaim: a GRU step concatenates gradients 384 times); this copies the same runs without
 * allocating.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const concatConfig: KernelConfig;
