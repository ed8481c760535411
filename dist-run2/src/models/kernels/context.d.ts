/**
 * What our kernels need from the wasm backend, typed once: its heap, its tensor table, and our SIMD module
 * instantiated over the same memory. The backend's own `.d.ts` leans on Emscripten types we do not install, so the
 * few members we use are declared here (and checked at run time by `backend-check.ts`).
 */
import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { WasmBackend, WasmModule } from './backend-types.js';
import { type SimdKernels } from './simd.js';
export type { WasmBackend, WasmModule, WasmTensorData } from './backend-types.js';
/** Byte offset of a tensor's data on the heap. */
export declare function ptr(backend: WasmBackend, t: TensorInfo): number;
/** Reusable scratch buffers on the heap, one set per backend (kernels run one at a time). */
declare class Scratch {
    private readonly wasm;
    private readonly slots;
    constructor(wasm: WasmModule);
    /** A 16-byte aligned buffer of at least `floats` float32s for `slot`; its contents are undefined. */
    get(slot: string, floats: number): number;
    /** Frees every buffer (they are otherwise kept between calls). */
    release(): void;
}
export interface KernelContext {
    wasm: WasmModule;
    simd: SimdKernels;
    scratch: Scratch;
}
export declare function contextOf(backend: WasmBackend): KernelContext;
/** A matrix on the heap: element (i, j) at byte `ptr + 4 * (i * rs + j * cs)`. */
export interface MatRef {
    ptr: number;
    rs: number;
    cs: number;
}
/**
 * C[M, N] = A[M, K] · B[K, N] (or C += A·B with `accumulate`); C is row-major with row stride `ldc`.
 * A and B may have any strides, so transposed operands cost only their packing.
 */
export declare function gemm(ctx: KernelContext, M: number, N: number, K: number, a: MatRef, b: MatRef, c: number, ldc: number, accumulate?: boolean): void;
