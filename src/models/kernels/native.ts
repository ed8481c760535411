/**
 * The native fast path: the convolutions of training on oneDNN, and BatchNorm's forward pass and Adam's update in
 * plain C++ (`native/voe_native.cc`, a Node-API addon that `npm ci` builds when Debian's `libdnnl-dev` is
 * installed), registered as kernels of the wasm backend. They read
 * and write the wasm backend's heap in place, through the `WebAssembly.Memory`'s buffer, so tensors never leave it
 * and every other kernel (ours in `./`, or stock) works on their results as before.
 *
 * Whether the addon runs is decided once per process, by `nativeKernels()`: `VOE_NATIVE=0` turns it off; a missing
 * or unloadable addon leaves it off, with the reason in `nativeStatus().detail`, which the backend line prints.
 * `VOE_NATIVE_THREADS` (default 1) sets oneDNN's OpenMP threads: with 1, every run gives the same bits.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  backend_util, Conv2D, Conv2DBackpropFilter, Conv2DBackpropInput, engine, FusedBatchNorm, getGradient, getKernel,
  getBackend, registerGradient, util,
  type Conv2DAttrs, type FusedBatchNormAttrs, type GradConfig, type NamedAttrMap, type Tensor, type Conv2DBackpropFilterAttrs, type Conv2DBackpropInputAttrs, type KernelConfig, type KernelFunc,
  type NamedTensorInfoMap, type TensorInfo,
} from '@tensorflow/tfjs-core';

import { ptr, type WasmBackend } from './context.js';
import { conv2DBackpropFilterConfig, conv2DBackpropInputConfig, conv2DConfig } from './conv.js';
import { callStock } from './stock.js';

/** FusedBatchNorm's gradient, all five results in one kernel (registered as FusedBatchNorm's gradient below). */
export const BATCH_NORM_GRAD = 'VoeBatchNormGrad';

/** The fused Adam update (`../fused-adam.ts`): one kernel per variable instead of tfjs' 14. */
export const ADAM_UPDATE = 'VoeAdamUpdate';

export interface AdamUpdateAttrs {
  beta1: number;
  beta2: number;
  epsilon: number;
  learningRate: number;
}

/** The addon's functions (`native/voe_native.cc`). */
export interface NativeAddon {
  /** kind 0: y = conv(x, W); 1: dx from dy and W; 2: dW from x and dy. Offsets in bytes on `heap`. */
  conv(kind: 0 | 1 | 2, heap: ArrayBuffer, geometry: Int32Array, a: number, b: number, out: number): void;
  /** The oneDNN implementation chosen for a shape, e.g. 'jit:avx2'. */
  convImpl(kind: 0 | 1 | 2, geometry: Int32Array): string;
  /** Adam's update of one variable; offsets [w, m, v, g, 1−β1ᵗ, 1−β2ᵗ, w', m', v'], hyper [β1, 1−β1, β2, 1−β2, ε, −lr]. */
  adam(heap: ArrayBuffer, n: number, offsets: Int32Array, hyper: Float32Array): void;
  /** FusedBatchNorm over [rows, channels]; offsets [x, mean, variance, offset or −1, scale or −1, y]. */
  batchNorm(heap: ArrayBuffer, rows: number, channels: number, offsets: Int32Array, epsilon: number): void;
  /** Its gradient; offsets [dy, x, mean, variance, scale or −1, dx, dmean, dvariance, dscale, doffset]. */
  batchNormGrad(heap: ArrayBuffer, rows: number, channels: number, offsets: Int32Array, epsilon: number): void;
  setThreads(n: number): void;
  threads(): number;
  /** oneDNN's version, e.g. '2.6.3'. */
  version(): string;
}

export interface NativeStatus {
  /** Whether the native kernels are registered (or will be, by `registerWasmTrainingKernels`). */
  active: boolean;
  /** One line: what runs natively, or why nothing does. */
  detail: string;
}

/** Where `npm ci` (node-gyp, `native/build.mjs`) leaves the addon, from the package root. */
// Segments, not a joined path: this module is also in the browser bundle, where node:path cannot run at load time.
const ADDON_PATH = ['native', 'build', 'Release', 'voe_native.node'];

function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'native'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

let loaded: { addon?: NativeAddon; status: NativeStatus } | undefined;

function load(): { addon?: NativeAddon; status: NativeStatus } {
  const off = (why: string) => ({ status: { active: false, detail: `native kernels off: ${why}` } });
  if (typeof process === 'undefined') return off('not in Node (a browser has no native addons)');
  if (process.env.VOE_NATIVE === '0') return off('VOE_NATIVE=0');
  const root = packageRoot();
  const file = root ? join(root, ...ADDON_PATH) : undefined;
  if (!file || !existsSync(file)) {
    return off('the addon is not built (install libdnnl-dev, then npm ci or npm run build:native)');
  }
  let addon: NativeAddon;
  try {
    addon = createRequire(import.meta.url)(file) as NativeAddon;
  } catch (e) {
    return off(`the addon did not load (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const threads = Number(process.env.VOE_NATIVE_THREADS ?? '1');
  if (!Number.isInteger(threads) || threads < 1) {
    return off(`VOE_NATIVE_THREADS must be a whole number ≥ 1, got '${process.env.VOE_NATIVE_THREADS}'`);
  }
  addon.setThreads(threads);
  const names = NATIVE_CONFIGS.map((k) => k.kernelName).join(', ');
  return {
    addon,
    status: {
      active: true,
      detail: `native kernels (oneDNN ${addon.version()}, ${threads} thread${threads === 1 ? '' : 's'}): ${names}`,
    },
  };
}

/** The addon, or undefined when the native path is off (see `nativeStatus()` for why). Decided once. */
export function nativeAddon(): NativeAddon | undefined {
  loaded ??= load();
  return loaded.addon;
}

export function nativeStatus(): NativeStatus {
  loaded ??= load();
  return loaded.status;
}

/** The heap as the addon reads it: fetched on every call, since growing the wasm memory detaches the old buffer. */
function heapOf(backend: WasmBackend): ArrayBuffer {
  return backend.wasm.asm.memory.buffer;
}

/** The addon's 17 geometry numbers for a convolution. */
function geometry(info: backend_util.Conv2DInfo): Int32Array {
  const p = info.padInfo;
  return Int32Array.of(
    info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.filterHeight, info.filterWidth,
    info.outChannels, info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth,
    p.top, p.left, p.bottom, p.right, info.outHeight, info.outWidth,
  );
}

type KernelArgs = { inputs: NamedTensorInfoMap; backend: unknown; attrs?: unknown };

function channelsLast(dataFormat: string): boolean {
  return backend_util.convertConv2DDataFormat(dataFormat as 'NHWC' | 'NCHW') === 'channelsLast';
}

/** An empty batch, image, filter or output: oneDNN rejects zero sizes, our wasm kernels handle them. */
function degenerate(info: backend_util.Conv2DInfo): boolean {
  return [info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.outChannels, info.outHeight,
    info.outWidth, info.filterHeight, info.filterWidth].some((d) => d === 0);
}

const wasmKernel = (config: KernelConfig, args: KernelArgs) =>
  (config.kernelFunc as (a: KernelArgs) => TensorInfo)(args);

/** Conv2D on oneDNN; channels-first data goes to our wasm kernel (which hands it to the stock one). */
/**
 * One oneDNN convolution pass (`op`: 0 forward, 1 input gradient, 2 filter gradient) on the heap: `a` and `b` in,
 * a new `outShape` tensor out; shapes oneDNN cannot take (`degenerate`) go to the wasm kernel.
 */
function runConv(args: KernelArgs, fallback: KernelConfig, op: 0 | 1 | 2, info: backend_util.Conv2DInfo, outShape: number[], a: TensorInfo, b: TensorInfo): TensorInfo {
  if (degenerate(info)) return wasmKernel(fallback, args);
  const backend = args.backend as WasmBackend;
  const out = backend.makeOutput(outShape, 'float32');
  nativeAddon()!.conv(op, heapOf(backend), geometry(info), ptr(backend, a), ptr(backend, b), ptr(backend, out));
  return out;
}

function nativeConv2D(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DConfig, args);
  const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number], attrs.strides,
    attrs.dilations, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
  return runConv(args, conv2DConfig, 0, info, [...info.outShape], x, filter);
}

function nativeConv2DBackpropFilter(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DBackpropFilterAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DBackpropFilterConfig, args);
  const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], attrs.filterShape, attrs.strides, 1, attrs.pad,
    attrs.dimRoundingMode, false, 'channelsLast');
  return runConv(args, conv2DBackpropFilterConfig, 2, info, [...attrs.filterShape], x, dy);
}

function nativeConv2DBackpropInput(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DBackpropInputAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DBackpropInputConfig, args);
  const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    [...attrs.inputShape], filter.shape as [number, number, number, number], attrs.strides, 1, attrs.pad,
    attrs.dimRoundingMode, false, 'channelsLast');
  return runConv(args, conv2DBackpropInputConfig, 1, info, [...info.inShape], dy, filter);
}

/**
 * FusedBatchNorm with per-channel statistics over the last axis (tfjs-layers' BatchNormalization on channels-last
 * data): one pass. Other broadcasts go to the stock kernel.
 */
function nativeFusedBatchNorm(args: KernelArgs): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { x, mean, variance, offset, scale } = args.inputs as Record<string, TensorInfo | undefined>;
  const { varianceEpsilon } = args.attrs as unknown as FusedBatchNormAttrs;
  const c = x!.shape[x!.shape.length - 1] ?? 1;
  // [C] or [1, …, 1, C]: one value per channel of the last axis ([C, 1] against [C, C] would broadcast another way).
  const perChannel = (t: TensorInfo | undefined) => t === undefined ||
    (t.dtype === 'float32' && util.sizeFromShape(t.shape) === c && (t.shape.length === 0 ? c === 1 : t.shape[t.shape.length - 1] === c));
  const size = util.sizeFromShape(x!.shape);
  if (x!.dtype !== 'float32' || size === 0 || x!.shape.length < 1 || ![mean, variance, offset, scale].every(perChannel)) {
    return callStock(FusedBatchNorm, args) as TensorInfo;
  }
  const out = backend.makeOutput([...x!.shape], 'float32');
  const at = (t: TensorInfo | undefined) => (t ? ptr(backend, t) : -1);
  nativeAddon()!.batchNorm(heapOf(backend), size / c, c,
    Int32Array.of(at(x), at(mean), at(variance), at(offset), at(scale), ptr(backend, out)), varianceEpsilon);
  return out;
}

/** Inputs dy, x, mean, variance and maybe scale; outputs dx, dmean, dvariance, dscale, doffset. */
function nativeBatchNormGrad(args: KernelArgs): TensorInfo[] {
  const backend = args.backend as WasmBackend;
  const { dy, x, mean, variance, scale } = args.inputs as Record<string, TensorInfo | undefined>;
  const { varianceEpsilon } = args.attrs as unknown as FusedBatchNormAttrs;
  const c = mean!.shape[0];
  const outs = [backend.makeOutput([...x!.shape], 'float32'),
    ...[0, 1, 2, 3].map(() => backend.makeOutput([c], 'float32'))];
  nativeAddon()!.batchNormGrad(heapOf(backend), util.sizeFromShape(x!.shape) / c, c,
    Int32Array.of(...[dy, x, mean, variance].map((t) => ptr(backend, t!)), scale ? ptr(backend, scale) : -1,
      ...outs.map((t) => ptr(backend, t))), varianceEpsilon);
  return outs;
}

/**
 * FusedBatchNorm's gradient (tfjs-core's gradients/FusedBatchNorm_grad.ts) as one `VoeBatchNormGrad` call, where the
 * current backend has that kernel and the statistics are per channel of the last axis, rank 1 (as tfjs-layers'
 * BatchNormalization passes them); otherwise tfjs' own. Gradients are global in tfjs, hence the check per call.
 */
let stockBatchNormGrad: GradConfig | undefined;

const batchNormGrad: GradConfig = {
  kernelName: FusedBatchNorm,
  inputsToSave: ['x', 'mean', 'variance', 'scale'],
  gradFunc: (dy, saved, attrs: NamedAttrMap) => {
    const [x, mean, variance, scale] = saved;
    const c = x.shape[x.shape.length - 1];
    const fused = getKernel(BATCH_NORM_GRAD, getBackend()) && mean.rank === 1 && mean.shape[0] === c &&
      variance.rank === 1 && (scale == null || (scale.rank === 1 && scale.shape[0] === c)) && x.dtype === 'float32';
    if (!fused) return stockBatchNormGrad!.gradFunc(dy, saved, attrs);
    // Run now, not in the per-input functions: tfjs calls each of those inside its own tidy, which would dispose
    // the other four results. Here they belong to the backward pass's scope, which disposes those not used.
    const [dx, dmean, dvariance, dscale, doffset] = engine().runKernel(BATCH_NORM_GRAD,
      { dy: dy as Tensor, x, mean, variance, ...(scale ? { scale } : {}) }, attrs) as Tensor[];
    return { x: () => dx, mean: () => dmean, variance: () => dvariance, scale: () => dscale, offset: () => doffset };
  },
};

/** Puts our FusedBatchNorm gradient in place (it defers to tfjs' own where the native kernel is absent). */
export function registerNativeGradients(): void {
  if (stockBatchNormGrad) return;
  stockBatchNormGrad = getGradient(FusedBatchNorm);
  if (stockBatchNormGrad) registerGradient(batchNormGrad);
}

export function restoreNativeGradients(): void {
  if (stockBatchNormGrad) registerGradient(stockBatchNormGrad);
  stockBatchNormGrad = undefined;
}

/** Inputs w, m, v, g (same shape, float32) and the scalars 1−β1ᵗ, 1−β2ᵗ; outputs w', m', v'. */
function nativeAdamUpdate(args: KernelArgs): TensorInfo[] {
  const backend = args.backend as WasmBackend;
  const { w, m, v, g, oneMinusAccBeta1, oneMinusAccBeta2 } = args.inputs as Record<string, TensorInfo>;
  const { beta1, beta2, epsilon, learningRate } = args.attrs as unknown as AdamUpdateAttrs;
  const outs = [w, m, v].map((t) => backend.makeOutput([...t.shape], 'float32'));
  nativeAddon()!.adam(heapOf(backend), util.sizeFromShape(w.shape),
    Int32Array.from([w, m, v, g, oneMinusAccBeta1, oneMinusAccBeta2, ...outs].map((t) => ptr(backend, t))),
    // The scalars exactly as tfjs' Adam makes them: `1 - beta1` in double, then a float32 tensor.
    Float32Array.of(beta1, 1 - beta1, beta2, 1 - beta2, epsilon, -learningRate));
  return outs;
}

const NATIVE_CONFIGS: KernelConfig[] = [
  { kernelName: Conv2D, backendName: 'wasm', kernelFunc: nativeConv2D as unknown as KernelFunc },
  { kernelName: Conv2DBackpropFilter, backendName: 'wasm', kernelFunc: nativeConv2DBackpropFilter as unknown as KernelFunc },
  { kernelName: Conv2DBackpropInput, backendName: 'wasm', kernelFunc: nativeConv2DBackpropInput as unknown as KernelFunc },
  { kernelName: FusedBatchNorm, backendName: 'wasm', kernelFunc: nativeFusedBatchNorm as unknown as KernelFunc },
  { kernelName: BATCH_NORM_GRAD, backendName: 'wasm', kernelFunc: nativeBatchNormGrad as unknown as KernelFunc },
  { kernelName: ADAM_UPDATE, backendName: 'wasm', kernelFunc: nativeAdamUpdate as unknown as KernelFunc },
];

/** The native kernel configs when the native path is on, else none (the wasm kernels then stay). */
export function nativeKernelConfigs(): readonly KernelConfig[] {
  return nativeAddon() ? NATIVE_CONFIGS : [];
}
