/**
 * Templates for WebAssembly text in the flat form `./asm.ts` reads, shared by the feature DSP kernels
 * (`features/wasm-dsp.ts`) and the training kernels (`models/kernels/simd.ts`, `recurrent-simd.ts`). Each returns
 * WAT text; none adds an instruction the hand-written form would not have, so a kernel assembles to the same bytes
 * whether its loops are written out or come from here.
 */
/** `local.get $v`. */
export const get = (v) => `local.get $${v}`;
/** `local.set $v`. */
export const set = (v) => `local.set $${v}`;
/** Declarations of v128 locals, one per name. */
export const v128Locals = (names) => names.map((n) => `(local $${n} v128)`).join(' ');
/** A module whose functions work on one imported memory, `env.memory` (the only import `./asm.ts` supports). */
export const memoryModule = (fields) => `(module (import "env" "memory" (memory 1)) ${fields})`;
/**
 * `while (!exit) { body }`: `exit` is code pushing an i32 that ends the loop when non-zero, tested before each
 * pass; the body must make progress. The labels are `$<label>_end` and `$<label>_top`, so nested loops need
 * distinct labels.
 */
export const whileLoop = (label, exit, body) => `
    block $${label}_end loop $${label}_top
      ${exit} br_if $${label}_end
      ${body}
      br $${label}_top
    end end`;
/**
 * `for (v = from; v < limit; v += step) { body }` on the i32 local `$v`. `limit` is code that pushes the bound
 * (e.g. 'local.get $N'); the labels are named after the variable (see `whileLoop`).
 */
export const forRange = (v, limit, body, options = {}) => {
    const { step = 1, unsigned = false, from = 'i32.const 0' } = options;
    return `${from === null ? '' : `
    ${from} local.set $${v}`}${whileLoop(v, `local.get $${v} ${limit} i32.ge_${unsigned ? 'u' : 's'}`, `${body}
      local.get $${v} i32.const ${step} i32.add local.set $${v}`)}`;
};
/** Pushes 1 when 0 <= $v < limit (one unsigned compare). */
export const inRange = (v, limit) => `local.get $${v} ${limit} i32.lt_u`;
/**
 * `for (v = from; v + lanes <= limit; v += lanes) { body }`: the whole-vector part of a loop whose remainder runs
 * one element at a time after it (e.g. a `forRange` with `from: null`). Options as in `forRange` (`step` is `lanes`).
 */
export const forVectors = (v, limit, lanes, body, options = {}) => {
    const { from = 'i32.const 0' } = options;
    return `${from === null ? '' : `
    ${from} local.set $${v}`}${whileLoop(v, `local.get $${v} i32.const ${lanes} i32.add ${limit} i32.gt_s`, `${body}
      local.get $${v} i32.const ${lanes} i32.add local.set $${v}`)}`;
};
//# sourceMappingURL=wat.js.map