/**
 * The predictor in a web browser: the ES module `voice-of-emotions/browser` (built by tools/build-web.ts into
 * dist/browser/, with the wasm binaries beside it). The same `EmotionPredictor` as in Node, loading through
 * `fetchModelSource` instead of the file system:
 *
 * ```js
 * import { EmotionPredictor } from 'voice-of-emotions/browser';
 * const predictor = await EmotionPredictor.load('https://example.org/model/'); // a results folder, over HTTP
 * const { emotion, probabilities } = await predictor.predict(samples, 48000);  // Float32Array, any rate
 * ```
 *
 * What is Node-only (the file system, worker threads, tfjs-node) is not reached from here; the bundler replaces
 * `node:` modules by stubs that throw if called (tools/build-web.ts), and the build lists them.
 */
import { decodeWav, type DecodedAudio } from '../audio/wav.js';
import { setLibsvmLoader, type LibsvmParts } from '../ensemble/svm.js';
import { initBrowserBackend, type BrowserBackendInfo, type BrowserBackendName } from '../models/browser-backend.js';
import { fetchModelSource } from './model-source.js';
import { setPredictorPlatform } from './predictor.js';

export { EmotionPredictor, type Prediction, type PredictorSummary } from './predictor.js';
export { fetchModelSource, type ModelSource } from './model-source.js';
export { VoeError, AudioError, isVoeError } from '../errors.js';
export { BROWSER_BACKENDS, type BrowserBackendInfo, type BrowserBackendName } from '../models/browser-backend.js';
export { decodeWav, type DecodedAudio };
/** The steps `predict` takes before the networks, for callers that time or reuse them (bench/web.ts does). */
export { featuresFromSamples } from '../features/extract.js';
export { resample } from '../audio/resample.js';

export interface BrowserOptions {
  /** tfjs backend: 'auto' (default: webgpu → webgl → wasm → cpu, the first that starts) or one of them. */
  backend?: BrowserBackendName | 'auto';
  /**
   * The folder URL of the .wasm files (tfjs' and LIBSVM's). Default: the folder this module was loaded from, where
   * the build puts them.
   */
  wasmBase?: string;
}

let options: Required<BrowserOptions> = { backend: 'auto', wasmBase: new URL('./', import.meta.url).href };
let backendInfo: Promise<BrowserBackendInfo> | undefined;

/** Sets the backend and where the wasm files are; call before the first `EmotionPredictor.load`. */
export function configure(next: BrowserOptions): void {
  if (backendInfo) throw new Error('configure() must come before the first EmotionPredictor.load');
  options = { ...options, ...next };
}

/** Which tfjs backend runs (after the first load; starts it if none has). */
export function backend(): Promise<BrowserBackendInfo> {
  backendInfo ??= initBrowserBackend({ prefer: options.backend, wasmBase: options.wasmBase });
  return backendInfo;
}

/** libsvm-js' wasm build, its glue made a factory by the bundler (see tools/build-web.ts), its .wasm fetched from wasmBase. */
async function browserLibsvm(): Promise<LibsvmParts> {
  const { default: createModule } = (await import('libsvm-js/out/wasm/libsvm.js')) as unknown as { default: (m: object) => LibsvmParts['module'] };
  const { default: loadSVM } = (await import('libsvm-js/src/loadSVM.js')) as unknown as { default: (m: object) => unknown };
  let ready!: () => void;
  const initialised = new Promise<void>((resolve) => (ready = resolve));
  const module = createModule({
    locateFile: (file: string) => new URL(file, options.wasmBase).href,
    onRuntimeInitialized: () => ready(),
    printErr: (message: string) => console.error(message),
  });
  return { module, SVM: initialised.then(() => loadSVM(module)) };
}

setLibsvmLoader(browserLibsvm);
setPredictorPlatform({
  open: async (url) => fetchModelSource(new URL(url, (globalThis as { location?: { href: string } }).location?.href).href),
  initBackend: backend,
});
