/**
 * BatchMatMul on our packed SIMD GEMM. The stock wasm kernel uses XNNPACK only for one batch without transposes and
 * falls to a scalar loop otherwise, which is every matmul in a backward pass (dA = dC·Bᵀ, dB = Aᵀ·dC). Here a
 * transpose is only a different stride while packing, and each batch is one GEMM call.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
export declare const fusedMatMulConfig: KernelConfig;
export declare const batchMatMulConfig: KernelConfig;
