import { type WasmMemory } from '../../wasm/api.js';
/** Rows of A and columns of B handled by one micro-kernel call. */
export declare const MR = 4;
export declare const NR = 8;
export interface SimdKernels {
    pack_a(src: number, rs: number, cs: number, M: number, K: number, dst: number): void;
    pack_b(src: number, rs: number, cs: number, K: number, N: number, dst: number): void;
    gemm_packed(pa: number, pb: number, M: number, N: number, K: number, c: number, ldc: number, accumulate: number, tmp: number): void;
    vadd(dst: number, src: number, n: number): void;
    im2col(x: number, nimg: number, H: number, W: number, C: number, KH: number, KW: number, sh: number, sw: number, dh: number, dw: number, pt: number, pl: number, OH: number, OW: number, dst: number): void;
    col2im(src: number, nimg: number, H: number, W: number, C: number, KH: number, KW: number, sh: number, sw: number, dh: number, dw: number, pt: number, pl: number, OH: number, OW: number, dx: number): void;
    sum_rows(src: number, rows: number, cols: number, dst: number): void;
    binop_add(a: number, an: number, b: number, bn: number, out: number, n: number): void;
    binop_sub(a: number, an: number, b: number, bn: number, out: number, n: number): void;
    binop_mul(a: number, an: number, b: number, bn: number, out: number, n: number): void;
    binop_div(a: number, an: number, b: number, bn: number, out: number, n: number): void;
    relu(x: number, n: number): void;
    maxpool_grad(x: number, dy: number, dx: number, N: number, H: number, W: number, C: number, OH: number, OW: number, KH: number, KW: number, sh: number, sw: number, dh: number, dw: number, pt: number, pl: number): void;
    maxpool_grad_pairs(x: number, dy: number, dx: number, rows: number, pairs: number, R: number, rowStride: number): void;
}
/** Whether our GEMM uses fused multiply-add (relaxed SIMD) in this process. */
export declare function simdUsesFma(): boolean;
/** Instantiates our kernels over `memory` (the wasm backend's heap). */
export declare function instantiateSimdKernels(memory: WasmMemory): SimdKernels;
/** The WAT source (without and with fused multiply-add), for tests and for reading. */
export declare const SIMD_WAT: string;
export declare const SIMD_WAT_FMA: string;
