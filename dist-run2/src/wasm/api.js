/**
 * The members of the WebAssembly JS API this project uses, typed once. The project compiles with `lib: ES2023` and
 * Node's types, neither of which declares the `WebAssembly` global (it lives in lib.dom), so every module that
 * compiles or instantiates wasm (the feature DSP kernels, the training kernels) takes these types from here.
 *
 * Modules assembled by `./asm.ts` import one memory as `env.memory`; `instantiateOnMemory` supplies it.
 */
/** The runtime's `WebAssembly` global. */
export const WebAssemblyJs = globalThis.WebAssembly;
/** Bytes in one page of wasm memory (the unit of `Memory.grow` and of `initial`). */
export const WASM_PAGE_BYTES = 65536;
/** Whether `m` is a real `WebAssembly.Memory` (e.g. the one a library's Emscripten module exposes). */
export function isWasmMemory(m) {
    return m instanceof WebAssemblyJs.Memory;
}
/** Instantiates a module assembled by `./asm.ts` over `memory` (its one import, `env.memory`); returns its exports. */
export function instantiateOnMemory(module, memory) {
    return new WebAssemblyJs.Instance(module, { env: { memory } }).exports;
}
//# sourceMappingURL=api.js.map