import { Worker } from 'node:worker_threads';
/**
 * A worker running the module `name` (without extension) beside `base` (a module's `import.meta.url`): the compiled
 * .js; or, when that module runs from source under tsx (the tests), the .ts through tsx's loader, which workers do
 * not inherit.
 */
export declare function startModuleWorker(base: string, name: string, workerData: unknown): Worker;
/** Writes a file atomically (a unique temporary name in the same folder, then rename): a kill leaves old or new. */
export declare function writeFileAtomic(path: string, data: string | Uint8Array): void;
