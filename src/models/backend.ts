/**
 * Backend choice for training and inference. One call, `initBackend()`, picks the fastest backend that loads here:
 *
 * 1. `node`: `@tensorflow/tfjs-node` (native libtensorflow, multi-threaded). Optional: not a dependency, because its
 *    install script downloads libtensorflow, which some machines cannot reach. Used when `import()` finds it.
 * 2. `wasm`: `@tensorflow/tfjs-backend-wasm` (XNNPACK, SIMD, one thread under Node), with our training kernels from
 *    `./kernels/` registered first: stock wasm lacks `Conv2DBackpropFilter` (so no conv model could train) and has
 *    slow versions of several other gradient kernels. Where the native addon is built (oneDNN, `./kernels/native.ts`)
 *    the convolutions run on it, on the same heap; the line says whether they do, and if not why.
 * 3. `cpu`: `@tensorflow/tfjs-backend-cpu` (plain JavaScript): always works, slowest.
 *
 * The returned `BackendInfo` says which one runs and why the others were skipped; the CLI prints `details`.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths, version_wasm } from '@tensorflow/tfjs-backend-wasm';

import {
  checkWasmBackend, nativeStatus, registerWasmTrainingKernels, simdUsesFma, wasmTrainingKernelNames,
} from './kernels/index.js';

export type BackendName = 'node' | 'wasm' | 'cpu';

export interface BackendOptions {
  /** Backend to try first; the others follow in the default order node → wasm → cpu. Default: 'node'. */
  prefer?: BackendName;
}

export interface BackendInfo {
  /** Which of our three choices runs. */
  name: BackendName;
  /** The name tfjs-core knows it by (`tf.getBackend()`): 'tensorflow', 'wasm' or 'cpu'. */
  tfBackend: string;
  /**
   * One line for the CLI, e.g. "wasm + native oneDNN 2.6.3 (1 thread) for Conv2D, … (SIMD on, 1 thread, 25 custom
   * training kernels …)", or "wasm, native oneDNN kernels off: <why> (…)".
   */
  details: string;
  /** Why each backend tried before this one was skipped. */
  skipped: { name: BackendName; reason: string }[];
}

const DEFAULT_ORDER: BackendName[] = ['node', 'wasm', 'cpu'];
const TF_NAME: Record<BackendName, string> = { node: 'tensorflow', wasm: 'wasm', cpu: 'cpu' };

/** Results per requested preference, so a second call with the same options does nothing new. */
const initialised = new Map<BackendName, Promise<BackendInfo>>();

/**
 * Chooses and initialises the tfjs backend; see the module comment for the order. Idempotent: a second call with the
 * same `prefer` returns the first call's result (and makes that backend current again if something switched it).
 */
export function initBackend(options: BackendOptions = {}): Promise<BackendInfo> {
  installChainedOps();
  const prefer = options.prefer ?? 'node';
  let pending = initialised.get(prefer);
  if (!pending) {
    pending = chooseBackend(prefer);
    initialised.set(prefer, pending);
    pending.catch(() => initialised.delete(prefer));
  }
  return pending.then(async (info) => {
    if (tf.getBackend() !== info.tfBackend) await tf.setBackend(info.tfBackend);
    return info;
  });
}

async function chooseBackend(prefer: BackendName): Promise<BackendInfo> {
  const order = [prefer, ...DEFAULT_ORDER.filter((b) => b !== prefer)];
  const skipped: BackendInfo['skipped'] = [];
  for (const name of order) {
    try {
      const details = await TRY[name]();
      return { name, tfBackend: TF_NAME[name], details, skipped };
    } catch (e) {
      skipped.push({ name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  // The cpu backend ships with tfjs and cannot fail to register; reaching here means tfjs itself is broken.
  throw new Error(`no tfjs backend could be initialised: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}

const TRY: Record<BackendName, () => Promise<string>> = {
  async node() {
    // A variable specifier keeps TypeScript from resolving the optional package at compile time.
    const specifier = '@tensorflow/tfjs-node';
    let tfnode: { version?: Record<string, string> };
    try {
      tfnode = (await import(specifier)) as typeof tfnode;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
        throw new Error('@tensorflow/tfjs-node is not installed (optional: `npm install @tensorflow/tfjs-node`)');
      }
      throw new Error(`@tensorflow/tfjs-node failed to load: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!(await tf.setBackend('tensorflow'))) throw new Error("tfjs-node loaded but the 'tensorflow' backend did not start");
    const version = tfnode.version?.['tfjs-node'] ?? 'unknown version';
    return `node (@tensorflow/tfjs-node ${version}, native libtensorflow)`;
  },

  async wasm() {
    prepareWasm();
    // Emscripten's Node glue installs process-wide handlers that rethrow every uncaught error from inside its own
    // minified source, so Node prints that whole source line before the real error. Take them out again.
    const before = {
      uncaughtException: process.listeners('uncaughtException'),
      unhandledRejection: process.listeners('unhandledRejection'),
    };
    const started = await tf.setBackend('wasm');
    for (const listener of process.listeners('uncaughtException')) {
      if (!before.uncaughtException.includes(listener)) process.removeListener('uncaughtException', listener);
    }
    for (const listener of process.listeners('unhandledRejection')) {
      if (!before.unhandledRejection.includes(listener)) process.removeListener('unhandledRejection', listener);
    }
    if (!started) throw new Error('the wasm backend did not start');
    // Our kernels use private members of the backend: check they are there before any kernel runs.
    checkWasmBackend(tf.backend());
    const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) as boolean;
    const native = nativeStatus();
    return `wasm${native.active ? ' +' : ','} ${native.detail} (@tensorflow/tfjs-backend-wasm ${version_wasm}, SIMD ${simd ? 'on' : 'off'}, 1 thread, ` +
      `${wasmTrainingKernelNames().length} custom training kernels` +
      `${simdUsesFma() ? ' with fused multiply-add' : ''}: ${wasmTrainingKernelNames().join(', ')})`;
  },

  async cpu() {
    if (!(await tf.setBackend('cpu'))) throw new Error('the cpu backend did not start');
    return `cpu (@tensorflow/tfjs-backend-cpu ${tf.version_core}, plain JavaScript: slow for training)`;
  },
};

let wasmPrepared = false;

/**
 * Everything that must happen before the wasm backend initialises: where its .wasm binaries are, no threads (the
 * threaded build needs browser workers), and our kernels registered so their setup runs with the backend's.
 */
export function prepareWasm(): void {
  if (wasmPrepared) return;
  const require = createRequire(import.meta.url);
  // The package's main file sits in dist/, beside the three .wasm binaries.
  const distDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  setWasmPaths(`${distDir}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  registerWasmTrainingKernels();
  wasmPrepared = true;
}

/**
 * tfjs-core's Node bundle leaves out the chained tensor methods (`t.flatten()`, `t.sign()`, ...) that the
 * `@tensorflow/tfjs` union package adds, yet tfjs-layers calls some of them: the default `recurrentInitializer`
 * of GRU/LSTM ('orthogonal') throws "rMat.flatten is not a function" without them. This adds the methods that are
 * missing, each calling the op of the same name with the tensor as its first argument (as tfjs-core's
 * `public/chained_ops/*.ts` do).
 */
export function installChainedOps(): void {
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  if (typeof proto.flatten === 'function') return;
  const ops = tf as unknown as Record<string, unknown>;
  type AnyTensor = tf.Tensor & { throwIfDisposed(): void };
  const define = (name: string, f: (this: AnyTensor, ...args: unknown[]) => unknown) => {
    if (typeof proto[name] !== 'function') proto[name] = f;
  };
  for (const name of CHAINED_OPS) {
    const op = ops[name];
    if (typeof op !== 'function') continue;
    define(name, function (...args) {
      this.throwIfDisposed();
      return (op as (...a: unknown[]) => unknown)(this, ...args);
    });
  }
  const reshapeTo = (shape: (t: tf.Tensor) => number[]) =>
    function (this: AnyTensor) {
      this.throwIfDisposed();
      return tf.reshape(this, shape(this));
    };
  define('flatten', reshapeTo((t) => [t.size]));
  define('as1D', reshapeTo((t) => [t.size]));
  define('asScalar', reshapeTo(() => []));
  for (const [name, rank] of [['as2D', 2], ['as3D', 3], ['as4D', 4], ['as5D', 5]] as const) {
    define(name, function (...dims) {
      this.throwIfDisposed();
      return tf.reshape(this, (dims as number[]).slice(0, rank));
    });
  }
  define('asType', function (dtype) {
    return tf.cast(this, dtype as tf.DataType);
  });
  define('toFloat', function () {
    return tf.cast(this, 'float32');
  });
  define('toInt', function () {
    return tf.cast(this, 'int32');
  });
  define('toBool', function () {
    return tf.cast(this, 'bool');
  });
  define('reshapeAs', function (x) {
    return tf.reshape(this, (x as tf.Tensor).shape);
  });
}

/** The ops tfjs-core's `public/chained_ops/` turns into tensor methods one-to-one. */
const CHAINED_OPS = [
  'abs', 'acos', 'acosh', 'add', 'all', 'any', 'argMax', 'argMin', 'asin', 'asinh', 'atan', 'atan2', 'atanh',
  'avgPool', 'batchToSpaceND', 'batchNorm', 'broadcastTo', 'cast', 'ceil', 'clipByValue', 'concat', 'conv1d',
  'conv2d', 'conv2dTranspose', 'cos', 'cosh', 'cumprod', 'cumsum', 'depthToSpace', 'depthwiseConv2d', 'dilation2d',
  'div', 'divNoNan', 'dot', 'elu', 'equal', 'erf', 'euclideanNorm', 'exp', 'expandDims', 'expm1', 'floor', 'floorDiv',
  'gather', 'greater', 'greaterEqual', 'isFinite', 'isInf', 'isNaN', 'leakyRelu', 'less', 'lessEqual',
  'localResponseNormalization', 'log', 'log1p', 'logSigmoid', 'logSoftmax', 'logSumExp', 'logicalAnd', 'logicalNot',
  'logicalOr', 'logicalXor', 'matMul', 'max', 'maxPool', 'maximum', 'mean', 'min', 'minimum', 'mirrorPad', 'mod',
  'mul', 'neg', 'norm', 'notEqual', 'oneHot', 'onesLike', 'pad', 'pool', 'pow', 'prelu', 'prod', 'reciprocal', 'relu',
  'relu6', 'reshape', 'resizeBilinear', 'resizeNearestNeighbor', 'reverse', 'round', 'rsqrt', 'selu',
  'separableConv2d', 'sigmoid', 'sign', 'sin', 'sinh', 'slice', 'softmax', 'softplus', 'spaceToBatchND', 'split',
  'sqrt', 'square', 'squaredDifference', 'squeeze', 'stack', 'step', 'stridedSlice', 'sub', 'sum', 'tan', 'tanh',
  'tile', 'topk', 'transpose', 'unique', 'unsortedSegmentSum', 'unstack', 'where', 'zerosLike',
];
