/**
 * A very small WebAssembly assembler: turns a module written in WAT's *flat* (linear) text form into a binary.
 *
 * Why: our training kernels need SIMD loops over the wasm backend's own heap, and the machine has no compiler that
 * targets wasm (no clang/emscripten, nothing to install). WAT is the standard text form of wasm, so the kernels stay
 * readable to anyone who knows it; this file only has to know the handful of instructions they use.
 *
 * Supported: one imported memory `(import "env" "memory" (memory N))`, functions with named params and locals
 * (`$name`, types i32 f32 f64 v128), `(export "name")`, and in bodies the flat instructions listed in `OPS`,
 * `SIMD_OPS` and `MEM_OPS` plus `block $l` / `loop $l` / `if` / `else` / `end` (blocks without results), `br $l`,
 * `br_if $l`, `call $f`, `local.get/set/tee $x`, memory immediates `offset=N align=N`, `i32/f32/f64.const x`,
 * `v128.const f32x4 a b c d` / `v128.const f64x2 a b`, `f32x4/f64x2.extract_lane/replace_lane N` and
 * `i8x16.shuffle` with its 16 lane indices.
 * Comments: `;; to end of line`. Anything else is a thrown error naming the token.
 */
/** Assembles flat-form WAT text into a wasm binary. */
export declare function assemble(text: string): Uint8Array;
