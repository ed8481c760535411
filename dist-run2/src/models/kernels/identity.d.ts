/**
 * Identity, and Cast to the dtype a tensor already has, without copying: the output shares the input's heap buffer
 * (reference-counted), as tfjs-cpu does and as the wasm backend's own Reshape does. Tensors are immutable, so
 * sharing is safe.
 *
 * Why it matters: to keep what a gradient will need, tfjs' engine clones every saved input and output of every op
 * recorded on the tape (`saveTensorsForBackwardMode` → `clone` → Identity), and stock wasm copies each one. In a
 * training step of the Conv1D model that is ~120 copies of activations (~9 ms); in a GRU step ~4,600 calls.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const identityConfig: KernelConfig;
export declare const castConfig: KernelConfig;
