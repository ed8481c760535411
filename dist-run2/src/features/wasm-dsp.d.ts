type Fn = (...args: number[]) => number;
/** This thread's kernels and their memory, with a bump allocator (allocations live as long as the thread). */
export declare class WasmDsp {
    private readonly memory;
    private readonly exports;
    private top;
    private view;
    private readonly regions;
    private readonly ffts;
    readonly unpack2: Fn;
    readonly power2: Fn;
    readonly hermpack: Fn;
    readonly yinblock: Fn;
    readonly yinframe: Fn;
    readonly cmnd: Fn;
    readonly window2: Fn;
    readonly melbank: Fn;
    readonly dct: Fn;
    readonly dbclamp: Fn;
    readonly blocksums: Fn;
    readonly peakabs: Fn;
    readonly delta9: Fn;
    private i32view;
    private readonly sizes;
    constructor(sizes: number[]);
    /** The memory as float64 (re-read after any `alloc`, which may grow and so detach an older view). */
    get f64(): Float64Array;
    /** The memory as int32 (for pointer lists). */
    get i32(): Int32Array;
    /** `count` zeroed float64s, 16-byte aligned; returns the byte offset. */
    alloc(count: number): number;
    /**
     * A reusable region of at least `count` float64s under `name` (grown by reallocation, contents not kept):
     * for per-call buffers whose size follows the input, which a bump allocator could not give back.
     */
    region(name: string, count: number): number;
    /**
     * `fft(x, y)` of size n: forward complex FFT of cvec x (length n; overwritten) using y (length n) as scratch;
     * returns the byte offset (x or y) of the result.
     */
    fft(n: number): (x: number, y: number) => number;
}
/** e^{−2πi·k/n} as [cos, −sin], exact at multiples of a quarter turn. */
export declare function unitRoot(k: number, n: number): [number, number];
/** The largest of them. */
export declare const MAX_WASM_FFT: number;
/** This thread's kernel set (compiled on first use). */
export declare function wasmDsp(): WasmDsp;
export {};
