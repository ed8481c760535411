/**
 * The members of the WebAssembly JS API this project uses, typed once. The project compiles with `lib: ES2023` and
 * Node's types, neither of which declares the `WebAssembly` global (it lives in lib.dom), so every module that
 * compiles or instantiates wasm (the feature DSP kernels, the training kernels) takes these types from here.
 *
 * Modules assembled by `./asm.ts` import one memory as `env.memory`; `instantiateOnMemory` supplies it.
 */
/** A `WebAssembly.Memory`: `buffer` is replaced (the old one detached) whenever the memory grows. */
export interface WasmMemory {
    readonly buffer: ArrayBuffer;
    /** Grows by `pages` pages of `WASM_PAGE_BYTES`; returns the previous size in pages. */
    grow(pages: number): number;
}
/** A compiled `WebAssembly.Module` (opaque: we only instantiate it). */
export type WasmModule = object;
/** A `WebAssembly.Instance`. */
export interface WasmInstance {
    readonly exports: Record<string, unknown>;
}
/** The `WebAssembly` namespace, as far as we use it. */
export interface WebAssemblyApi {
    Module: new (bytes: Uint8Array) => WasmModule;
    Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => WasmInstance;
    Memory: new (descriptor: {
        initial: number;
        maximum?: number;
    }) => WasmMemory;
    validate(bytes: Uint8Array): boolean;
}
/** The runtime's `WebAssembly` global. */
export declare const WebAssemblyJs: WebAssemblyApi;
/** Bytes in one page of wasm memory (the unit of `Memory.grow` and of `initial`). */
export declare const WASM_PAGE_BYTES = 65536;
/** Whether `m` is a real `WebAssembly.Memory` (e.g. the one a library's Emscripten module exposes). */
export declare function isWasmMemory(m: unknown): m is WasmMemory;
/** Instantiates a module assembled by `./asm.ts` over `memory` (its one import, `env.memory`); returns its exports. */
export declare function instantiateOnMemory(module: WasmModule, memory: WasmMemory): Record<string, unknown>;
