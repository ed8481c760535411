import { instantiateSimdKernels, MR, NR } from './simd.js';
import { checkWasmBackend } from './backend-check.js';
/** Byte offset of a tensor's data on the heap. */
export function ptr(backend, t) {
    const data = backend.dataIdMap.get(t.dataId);
    if (!data)
        throw new Error('voe wasm kernels: tensor data is not on the wasm backend');
    return data.memoryOffset;
}
/** Reusable scratch buffers on the heap, one set per backend (kernels run one at a time). */
class Scratch {
    wasm;
    slots = new Map();
    constructor(wasm) {
        this.wasm = wasm;
    }
    /** A 16-byte aligned buffer of at least `floats` float32s for `slot`; its contents are undefined. */
    get(slot, floats) {
        const bytes = Math.max(64, floats * 4);
        const cur = this.slots.get(slot);
        if (cur && cur.bytes >= bytes)
            return cur.ptr;
        if (cur)
            this.wasm._free(cur.raw);
        // Grow by half again so a slowly growing size does not reallocate on every call.
        const size = Math.ceil((cur ? Math.max(bytes, cur.bytes * 1.5) : bytes) / 64) * 64;
        const raw = this.wasm._malloc(size + 16) >>> 0;
        if (raw === 0)
            throw new Error(`voe wasm kernels: out of memory allocating ${size} bytes of scratch`);
        const aligned = (raw + 15) & ~15;
        this.slots.set(slot, { ptr: aligned, raw, bytes: size });
        return aligned;
    }
    /** Frees every buffer (they are otherwise kept between calls). */
    release() {
        for (const { raw } of this.slots.values())
            this.wasm._free(raw);
        this.slots.clear();
    }
}
const contexts = new WeakMap();
export function contextOf(backend) {
    let ctx = contexts.get(backend);
    if (!ctx) {
        // Once per backend: the installed tfjs-backend-wasm must be the tested version with every member we use.
        checkWasmBackend(backend);
        const { wasm } = backend;
        ctx = { wasm, simd: instantiateSimdKernels(wasm.asm.memory), scratch: new Scratch(wasm) };
        contexts.set(backend, ctx);
    }
    return ctx;
}
/** Depth (k) and row (m) block sizes: a packed 4×KC panel of A stays in L1, a KC×N block of B in L2. */
const KC = 256;
const MC = 512;
/**
 * C[M, N] = A[M, K] · B[K, N] (or C += A·B with `accumulate`); C is row-major with row stride `ldc`.
 * A and B may have any strides, so transposed operands cost only their packing.
 */
export function gemm(ctx, M, N, K, a, b, c, ldc, accumulate = false) {
    const { simd, scratch } = ctx;
    if (M === 0 || N === 0)
        return;
    if (K === 0) {
        if (!accumulate)
            for (let i = 0; i < M; i++)
                ctx.wasm.HEAPF32.fill(0, c / 4 + i * ldc, c / 4 + i * ldc + N);
        return;
    }
    const kc = Math.min(K, KC);
    const mc = Math.min(M, MC);
    const pb = scratch.get('packB', Math.ceil(N / NR) * NR * kc);
    const pa = scratch.get('packA', Math.ceil(mc / MR) * MR * kc);
    const tmp = scratch.get('tile', MR * NR);
    for (let k0 = 0; k0 < K; k0 += KC) {
        const kb = Math.min(KC, K - k0);
        simd.pack_b(b.ptr + 4 * k0 * b.rs, b.rs, b.cs, kb, N, pb);
        for (let m0 = 0; m0 < M; m0 += MC) {
            const mb = Math.min(MC, M - m0);
            simd.pack_a(a.ptr + 4 * (m0 * a.rs + k0 * a.cs), a.rs, a.cs, mb, kb, pa);
            simd.gemm_packed(pa, pb, mb, N, kb, c + 4 * m0 * ldc, ldc, accumulate || k0 > 0 ? 1 : 0, tmp);
        }
    }
}
//# sourceMappingURL=context.js.map