/**
 * Slice and the kernels built on it (Unpack, SplitV, StridedSlice), copying only the slice.
 *
 * The stock wasm Slice starts with `backend.readSync(x.dataId)`, which copies the *whole* input out of the heap on
 * every call; Unpack and SplitV call it once per output. An RNN over T steps unstacks its [T, N, F] input into T
 * slices, so stock wasm copies the full sequence T times per forward pass (205 ms of a 610 ms GRU step). Here the
 * slice is read through the heap in place: each contiguous run is one `copyWithin` on the backend's own memory.
 */
import { type KernelConfig, type TensorInfo } from '@tensorflow/tfjs-core';
import { type WasmBackend } from './context.js';
/** Copies x[begin : begin + size] into a new tensor. `begin` and `size` are already resolved (no -1). */
export declare function sliceOnHeap(backend: WasmBackend, x: TensorInfo, begin: number[], size: number[]): TensorInfo;
export declare const sliceConfig: KernelConfig;
export declare const unpackConfig: KernelConfig;
export declare const splitVConfig: KernelConfig;
export declare const stridedSliceConfig: KernelConfig;
