import '@tensorflow/tfjs-backend-cpu';
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
    skipped: {
        name: BackendName;
        reason: string;
    }[];
}
/**
 * Chooses and initialises the tfjs backend; see the module comment for the order. Idempotent: a second call with the
 * same `prefer` returns the first call's result (and makes that backend current again if something switched it).
 */
export declare function initBackend(options?: BackendOptions): Promise<BackendInfo>;
/**
 * Everything that must happen before the wasm backend initialises: where its .wasm binaries are, no threads (the
 * threaded build needs browser workers), and our kernels registered so their setup runs with the backend's.
 */
export declare function prepareWasm(): void;
/**
 * tfjs-core's Node bundle leaves out the chained tensor methods (`t.flatten()`, `t.sign()`, ...) that the
 * `@tensorflow/tfjs` union package adds, yet tfjs-layers calls some of them: the default `recurrentInitializer`
 * of GRU/LSTM ('orthogonal') throws "rMat.flatten is not a function" without them. This adds the methods that are
 * missing, each calling the op of the same name with the tensor as its first argument (as tfjs-core's
 * `public/chained_ops/*.ts` do).
 */
export declare function installChainedOps(): void;
