/**
 * Identity, and Cast to the dtype a tensor already has, without copying: the output shares the input's heap buffer
 * (reference-counted), as tfjs-cpu does and as the wasm backend's own Reshape does. Tensors are immutable, so
 * sharing is safe.
 *
 * Why it matters: to keep what a gradient will need, tfjs' engine clones every saved input and output of every op
 * recorded on the tape (`saveTensorsForBackwardMode` → `clone` → Identity), and stock wasm copies each one. In a
 * training step of the Conv1D model that is ~120 copies of activations (~9 ms); in a GRU step ~4,600 calls.
 */
import {
  Cast, Identity,
  type CastAttrs, type KernelConfig, type KernelFunc, type NamedTensorInfoMap, type TensorInfo,
} from '@tensorflow/tfjs-core';

import type { WasmBackend } from './context.js';
import { callStock } from './stock.js';

type Args = { inputs: NamedTensorInfoMap; backend: unknown; attrs?: unknown };

function share(backend: WasmBackend, x: TensorInfo): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

function identity(args: Args): TensorInfo {
  const { x } = args.inputs as { x: TensorInfo };
  if (x.dtype === 'string') return callStock(Identity, args) as TensorInfo;
  return share(args.backend as WasmBackend, x);
}

function cast(args: Args): TensorInfo {
  const { x } = args.inputs as { x: TensorInfo };
  const { dtype } = args.attrs as unknown as CastAttrs;
  if (x.dtype !== dtype || x.dtype === 'string') return callStock(Cast, args) as TensorInfo;
  return share(args.backend as WasmBackend, x);
}

export const identityConfig: KernelConfig = {
  kernelName: Identity,
  backendName: 'wasm',
  kernelFunc: identity as unknown as KernelFunc,
};

export const castConfig: KernelConfig = {
  kernelName: Cast,
  backendName: 'wasm',
  kernelFunc: cast as unknown as KernelFunc,
};
