import { Worker } from 'node:worker_threads';
import { renameSync, writeFileSync } from 'node:fs';
/**
 * A worker running the module `name` (without extension) beside `base` (a module's `import.meta.url`): the compiled
 * .js; or, when that module runs from source under tsx (the tests), the .ts through tsx's loader, which workers do
 * not inherit.
 */
export function startModuleWorker(base, name, workerData) {
    if (!base.endsWith('.ts'))
        return new Worker(new URL(`./${name}.js`, base), { workerData });
    const script = new URL(`./${name}.ts`, base).href;
    const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
    return new Worker(code, { eval: true, workerData });
}
/** Writes a file atomically (a unique temporary name in the same folder, then rename): a kill leaves old or new. */
export function writeFileAtomic(path, data) {
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
}
//# sourceMappingURL=workers.js.map