/**
 * The native fast path: the convolutions of training on oneDNN (`native/voe_native.cc`, a Node-API addon that
 * `npm ci` builds when Debian's `libdnnl-dev` is installed), registered as kernels of the wasm backend. They read
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
  backend_util, Conv2D, Conv2DBackpropFilter, Conv2DBackpropInput,
  type Conv2DAttrs, type Conv2DBackpropFilterAttrs, type Conv2DBackpropInputAttrs, type KernelConfig, type KernelFunc,
  type NamedTensorInfoMap, type TensorInfo,
} from '@tensorflow/tfjs-core';

import { ptr, type WasmBackend } from './context.js';
import { conv2DBackpropFilterConfig, conv2DBackpropInputConfig, conv2DConfig } from './conv.js';

/** The addon's functions (`native/voe_native.cc`). */
export interface NativeAddon {
  /** kind 0: y = conv(x, W); 1: dx from dy and W; 2: dW from x and dy. Offsets in bytes on `heap`. */
  conv(kind: 0 | 1 | 2, heap: ArrayBuffer, geometry: Int32Array, a: number, b: number, out: number): void;
  /** The oneDNN implementation chosen for a shape, e.g. 'jit:avx2'. */
  convImpl(kind: 0 | 1 | 2, geometry: Int32Array): string;
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
const ADDON_PATH = join('native', 'build', 'Release', 'voe_native.node');

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
  const off = (why: string) => ({ status: { active: false, detail: `native oneDNN kernels off: ${why}` } });
  if (process.env.VOE_NATIVE === '0') return off('VOE_NATIVE=0');
  const root = packageRoot();
  const file = root ? join(root, ADDON_PATH) : undefined;
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
      detail: `native oneDNN ${addon.version()} (${threads} thread${threads === 1 ? '' : 's'}) for ${names}`,
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
function nativeConv2D(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DConfig, args);
  const backend = args.backend as WasmBackend;
  const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filter.shape as [number, number, number, number], attrs.strides,
    attrs.dilations, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
  if (degenerate(info)) return wasmKernel(conv2DConfig, args);
  const out = backend.makeOutput([...info.outShape], 'float32');
  nativeAddon()!.conv(0, heapOf(backend), geometry(info), ptr(backend, x), ptr(backend, filter), ptr(backend, out));
  return out;
}

function nativeConv2DBackpropFilter(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DBackpropFilterAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DBackpropFilterConfig, args);
  const backend = args.backend as WasmBackend;
  const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], attrs.filterShape, attrs.strides, 1, attrs.pad,
    attrs.dimRoundingMode, false, 'channelsLast');
  if (degenerate(info)) return wasmKernel(conv2DBackpropFilterConfig, args);
  const out = backend.makeOutput([...attrs.filterShape], 'float32');
  nativeAddon()!.conv(2, heapOf(backend), geometry(info), ptr(backend, x), ptr(backend, dy), ptr(backend, out));
  return out;
}

function nativeConv2DBackpropInput(args: KernelArgs): TensorInfo {
  const attrs = args.attrs as unknown as Conv2DBackpropInputAttrs;
  if (!channelsLast(attrs.dataFormat)) return wasmKernel(conv2DBackpropInputConfig, args);
  const backend = args.backend as WasmBackend;
  const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
  const info = backend_util.computeConv2DInfo(
    [...attrs.inputShape], filter.shape as [number, number, number, number], attrs.strides, 1, attrs.pad,
    attrs.dimRoundingMode, false, 'channelsLast');
  if (degenerate(info)) return wasmKernel(conv2DBackpropInputConfig, args);
  const out = backend.makeOutput([...info.inShape], 'float32');
  nativeAddon()!.conv(1, heapOf(backend), geometry(info), ptr(backend, dy), ptr(backend, filter), ptr(backend, out));
  return out;
}

const NATIVE_CONFIGS: KernelConfig[] = [
  { kernelName: Conv2D, backendName: 'wasm', kernelFunc: nativeConv2D as unknown as KernelFunc },
  { kernelName: Conv2DBackpropFilter, backendName: 'wasm', kernelFunc: nativeConv2DBackpropFilter as unknown as KernelFunc },
  { kernelName: Conv2DBackpropInput, backendName: 'wasm', kernelFunc: nativeConv2DBackpropInput as unknown as KernelFunc },
];

/** The native kernel configs when the native path is on, else none (the wasm kernels then stay). */
export function nativeKernelConfigs(): readonly KernelConfig[] {
  return nativeAddon() ? NATIVE_CONFIGS : [];
}
