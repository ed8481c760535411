/**
 * Templates for WebAssembly text in the flat form `./asm.ts` reads, shared by the feature DSP kernels
 * (`features/wasm-dsp.ts`) and the training kernels (`models/kernels/simd.ts`, `recurrent-simd.ts`). Each returns
 * WAT text; none adds an instruction the hand-written form would not have, so a kernel assembles to the same bytes
 * whether its loops are written out or come from here.
 */
/** `local.get $v`. */
export declare const get: (v: string) => string;
/** `local.set $v`. */
export declare const set: (v: string) => string;
/** Declarations of v128 locals, one per name. */
export declare const v128Locals: (names: string[]) => string;
/** A module whose functions work on one imported memory, `env.memory` (the only import `./asm.ts` supports). */
export declare const memoryModule: (fields: string) => string;
/**
 * `while (!exit) { body }`: `exit` is code pushing an i32 that ends the loop when non-zero, tested before each
 * pass; the body must make progress. The labels are `$<label>_end` and `$<label>_top`, so nested loops need
 * distinct labels.
 */
export declare const whileLoop: (label: string, exit: string, body: string) => string;
export interface RangeOptions {
    /** Added to the variable after each pass. Default 1. */
    step?: number;
    /** Compare unsigned (`i32.ge_u`), e.g. for byte offsets. Default false (`i32.ge_s`). */
    unsigned?: boolean;
    /** Code pushing the first value; `null` continues from the variable's current value. Default `i32.const 0`. */
    from?: string | null;
}
/**
 * `for (v = from; v < limit; v += step) { body }` on the i32 local `$v`. `limit` is code that pushes the bound
 * (e.g. 'local.get $N'); the labels are named after the variable (see `whileLoop`).
 */
export declare const forRange: (v: string, limit: string, body: string, options?: RangeOptions) => string;
/** Pushes 1 when 0 <= $v < limit (one unsigned compare). */
export declare const inRange: (v: string, limit: string) => string;
/**
 * `for (v = from; v + lanes <= limit; v += lanes) { body }`: the whole-vector part of a loop whose remainder runs
 * one element at a time after it (e.g. a `forRange` with `from: null`). Options as in `forRange` (`step` is `lanes`).
 */
export declare const forVectors: (v: string, limit: string, lanes: number, body: string, options?: Omit<RangeOptions, "step" | "unsigned">) => string;
