import { Worker } from 'node:worker_threads';

/**
 * A worker running the module `name` (without extension) beside `base` (a module's `import.meta.url`): the compiled
 * .js; or, when that module runs from source under tsx (the tests), the .ts through tsx's loader, which workers do
 * not inherit.
 */
export function startModuleWorker(base: string, name: string, workerData: unknown): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), { workerData });
  const script = new URL(`./${name}.ts`, base).href;
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(code, { eval: true, workerData });
}

