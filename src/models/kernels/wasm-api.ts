/**
 * The few WebAssembly JS API members we use, typed here: the project compiles with `lib: ES2023` and Node's types,
 * neither of which declares the `WebAssembly` global (it lives in lib.dom).
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => WasmInstance;
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}

export const WebAssemblyJs = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

export function isWasmMemory(m: unknown): m is WasmMemory {
  return m instanceof (WebAssemblyJs.Memory as unknown as new () => unknown);
}
