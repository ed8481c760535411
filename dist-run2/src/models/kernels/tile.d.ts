/**
 * Tile by block copies on the heap. Stock wasm computes a source index per output element (25 ms to tile a [1,1,128]
 * vector to [32,128,128], as the BatchNorm gradient does for every normalised layer); here each input row is copied
 * once and every repetition is a doubling `copyWithin` of an already-filled block.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const tileConfig: KernelConfig;
