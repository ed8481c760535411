/**
 * The stock wasm kernels we replaced, kept so that ours can hand them the cases they do not cover (string tensors,
 * reductions over inner axes, StridedSlice with steps ≠ 1).
 */
import type { KernelConfig, KernelFunc, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';

const stock = new Map<string, KernelConfig>();

export function rememberStockKernel(config: KernelConfig): void {
  stock.set(config.kernelName, config);
}

export function callStock(
  name: string, args: { inputs: NamedTensorInfoMap; backend: unknown; attrs?: unknown },
): TensorInfo | TensorInfo[] {
  const config = stock.get(name);
  if (!config) throw new Error(`voe wasm ${name}: the stock wasm kernel is not available for this case`);
  return config.kernelFunc(args as Parameters<KernelFunc>[0]);
}
