/**
 * The stock wasm kernels we replaced, kept so that ours can hand them the cases they do not cover (string tensors,
 * reductions over inner axes, StridedSlice with steps ≠ 1).
 */
import type { KernelConfig, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';
export declare function rememberStockKernel(config: KernelConfig): void;
export declare function callStock(name: string, args: {
    inputs: NamedTensorInfoMap;
    backend: unknown;
    attrs?: unknown;
}): TensorInfo | TensorInfo[];
