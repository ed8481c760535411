/**
 * Backend choice in a web browser (the browser build's counterpart of backend.ts, which Node uses). `auto` tries
 * the GPU first, then the CPU paths:
 *
 * 1. `webgpu`, 2. `webgl`: tfjs' GPU backends, where the browser offers them. The networks run on tfjs' stock
 *    kernels there (our fused GRU/LSTM falls back to tfjs-layers' own `call`). `auto` skips a WebGL that the
 *    browser emulates in software (SwiftShader, llvmpipe: what headless Chromium has without a GPU): there a 3 s
 *    window took ~0.26 s against ~0.017 s on wasm (bench/web.ts measures both).
 * 3. `wasm`: `@tensorflow/tfjs-backend-wasm` with our kernels from `./kernels/` registered first: the very setup
 *    the Node predictor runs on, so its probabilities match Node's (the parity test pins this).
 * 4. `cpu`: plain JavaScript; always works.
 *
 * The wasm binaries are fetched from `wasmBase` (the export puts them beside the bundle); the threaded build is
 * never used, as in Node (it needs a cross-origin-isolated page, which a plain static host does not give).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { installChainedOps } from './backend.js';
import { checkWasmBackend, registerWasmTrainingKernels, simdUsesFma } from './kernels/index.js';

export type BrowserBackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BROWSER_BACKENDS: readonly BrowserBackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface BrowserBackendOptions {
  /** A backend to use, or 'auto' (default): the first of webgpu → webgl → wasm → cpu that starts. */
  prefer?: BrowserBackendName | 'auto';
  /** The URL of the folder holding tfjs-backend-wasm.wasm and tfjs-backend-wasm-simd.wasm. */
  wasmBase: string;
}

export interface BrowserBackendInfo {
  name: BrowserBackendName;
  /** One line for the page, e.g. "wasm (SIMD on, fused multiply-add, 22 custom kernels)". */
  details: string;
  /** Why each backend tried before this one was skipped. */
  skipped: { name: BrowserBackendName; reason: string }[];
}

let chosen: Promise<BrowserBackendInfo> | undefined;
let chosenFor = '';

/**
 * Chooses and starts the tfjs backend once per page; a second call with other options is an error rather than a
 * silent switch (models already loaded live on the first backend).
 */
export function initBrowserBackend(options: BrowserBackendOptions): Promise<BrowserBackendInfo> {
  const key = `${options.prefer ?? 'auto'} ${options.wasmBase}`;
  if (chosen && key !== chosenFor) return Promise.reject(new Error(`the tfjs backend was already chosen (${chosenFor}); reload the page to choose another`));
  if (!chosen) {
    chosenFor = key;
    chosen = choose(options);
    chosen.catch(() => {
      chosen = undefined;
    });
  }
  return chosen;
}

async function choose(options: BrowserBackendOptions): Promise<BrowserBackendInfo> {
  installChainedOps();
  const prefer = options.prefer ?? 'auto';
  const order = prefer === 'auto' ? BROWSER_BACKENDS : [prefer];
  const skipped: BrowserBackendInfo['skipped'] = [];
  for (const name of order) {
    try {
      if (name === 'webgl' && prefer === 'auto') {
        const renderer = webglRenderer();
        if (renderer && /swiftshader|llvmpipe|software/i.test(renderer)) throw new Error(`WebGL is emulated in software (${renderer}): slower than wasm`);
      }
      if (name === 'wasm') {
        setWasmPaths(options.wasmBase.endsWith('/') ? options.wasmBase : `${options.wasmBase}/`);
        tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        registerWasmTrainingKernels();
      }
      if (!(await tf.setBackend(name))) throw new Error(`the ${name} backend did not start`);
      // Our kernels use private members of the wasm backend: check they are there before any kernel runs (as Node does).
      if (name === 'wasm') checkWasmBackend(tf.backend());
      // A GPU backend can register and then fail on its first program (no real GPU, blocked context): try one op.
      tf.tidy(() => tf.add(tf.ones([2]), tf.ones([2])).dataSync());
      return { name, details: await describe(name), skipped };
    } catch (e) {
      skipped.push({ name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(`no tfjs backend could start: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}

/** The WebGL renderer's name (unmasked where the browser allows), or null without WebGL. */
function webglRenderer(): string | null {
  type Gl = { getExtension(name: string): { UNMASKED_RENDERER_WEBGL: number } | null; getParameter(p: number): unknown; RENDERER: number };
  const doc = (globalThis as { document?: { createElement(tag: string): { getContext(kind: string): Gl | null } } }).document;
  const gl = doc?.createElement('canvas').getContext('webgl2') ?? doc?.createElement('canvas').getContext('webgl') ?? null;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

async function describe(name: BrowserBackendName): Promise<string> {
  if (name === 'wasm') {
    const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) as boolean;
    return `wasm (tfjs ${tf.version_core}, SIMD ${simd ? 'on' : 'off'}, 1 thread, our kernels${simdUsesFma() ? ' with fused multiply-add' : ''})`;
  }
  if (name === 'cpu') return `cpu (tfjs ${tf.version_core}, plain JavaScript)`;
  return `${name} (tfjs ${tf.version_core}${name === 'webgl' ? `, ${webglRenderer() ?? 'unknown renderer'}` : ''})`;
}
