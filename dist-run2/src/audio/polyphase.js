/**
 * Polyphase windowed-sinc resampling for rational rate ratios (48 → 16 kHz is 3:1, 44.1 → 16 kHz is 441:160), with
 * a Kaiser-windowed sinc designed once per ratio and the dot products run in f32x4 WebAssembly SIMD (assembled by
 * `../wasm/asm.ts`).
 *
 * The filter (J. F. Kaiser, "Nonrecursive digital filter design using the I0-sinh window function", 1974; the
 * design formulas as in Oppenheim & Schafer, "Discrete-Time Signal Processing", §7.5.3):
 * - The stop band starts at the lower of the two Nyquist frequencies, so nothing above the output's Nyquist
 *   aliases into it (down-sampling) and no image of the input appears above the input's Nyquist (up-sampling).
 * - The pass band ends at `PASSBAND` of that Nyquist (7.2 kHz for 16 kHz output); the cut-off is midway.
 * - Stop-band attenuation `ATTENUATION_DB`; Kaiser β = 0.1102 (A − 8.7) and length N = (A − 7.95) / (2.285 Δω).
 * - Each of the p phases (sub-filters) is scaled to sum to 1, so a constant stays exactly constant whatever the
 *   phase (no ripple at the rate's period).
 * - Output sample k sits at input time k·q/p, as sample j of the input sits at j: no time shift. Beyond both ends
 *   the input is taken as zero.
 *
 * Why our own: libsamplerate's best sinc (the wasm build used before) took ~20 ms per second of 48 kHz audio, 36×
 * the cost of the features themselves on 16 kHz input; its filter is built for arbitrary, time-varying ratios.
 * A fixed rational ratio lets every phase be tabulated once, and a 48 → 16 kHz output sample is then one dot
 * product of ~300 taps. bench/features.ts measures the result against 16 kHz input.
 */
import { AudioError } from '../errors.js';
import { assemble } from '../wasm/asm.js';
import { WASM_PAGE_BYTES, WebAssemblyJs } from '../wasm/api.js';
/** Pass-band edge as a fraction of the lower Nyquist frequency (0.9: flat to 7.2 kHz for 16 kHz output). */
export const PASSBAND = 0.9;
/** Stop-band attenuation of the design in dB (above the lower Nyquist frequency). */
export const ATTENUATION_DB = 90;
/** Largest ratio either way (the filter, in input samples, grows with the down-sampling ratio). */
export const MAX_RATIO = 256;
/** Phase tables larger than this many coefficients are not tabulated; such ratios compute each output's taps directly. */
const MAX_TABLE = 1 << 22;
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** Modified Bessel function of the first kind, order 0 (power series; converges for the β used here). */
export function besselI0(x) {
    let sum = 1;
    let term = 1;
    const h = (x * x) / 4;
    for (let k = 1; k < 200; k++) {
        term *= h / (k * k);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return sum;
}
const filters = new Map();
/** The filter for `srIn` → `srOut` (cached per reduced ratio). */
export function polyphaseFilter(srIn, srOut) {
    const g = gcd(srIn, srOut);
    const q = srIn / g;
    const p = srOut / g;
    const key = `${q}:${p}`;
    const cached = filters.get(key);
    if (cached)
        return cached;
    // Frequencies in cycles per input sample.
    const nyquist = 0.5 * Math.min(1, p / q);
    const stop = nyquist;
    const pass = PASSBAND * nyquist;
    const cutoff = (pass + stop) / 2;
    const A = ATTENUATION_DB;
    const beta = 0.1102 * (A - 8.7);
    const length = (A - 7.95) / (2.285 * 2 * Math.PI * (stop - pass)); // in input samples
    const halfLength = length / 2;
    const left = Math.ceil(halfLength) - 1;
    const taps = Math.ceil((left + 1 + Math.ceil(halfLength)) / 16) * 16;
    const filter = { p, q, taps, left, table: new Float32Array(0), beta, cutoff, halfLength };
    if (p * taps <= MAX_TABLE) {
        const table = new Float32Array(p * taps);
        const phase = new Float64Array(taps);
        for (let ph = 0; ph < p; ph++) {
            coefficients(filter, ph, phase);
            table.set(phase, ph * taps);
        }
        filter.table = table;
    }
    filters.set(key, filter);
    return filter;
}
/**
 * The taps of phase `ph` (output time ⌊kq/p⌋ + ph/p) into `out` (length `taps`), in double precision, scaled to
 * sum to 1. Tap m multiplies input ⌊kq/p⌋ − left + m, at distance t = ph/p + left − m before the output's time.
 */
export function coefficients(f, ph, out) {
    const i0beta = besselI0(f.beta);
    let sum = 0;
    for (let m = 0; m < f.taps; m++) {
        const t = ph / f.p + f.left - m;
        const r = t / f.halfLength;
        let v = 0;
        if (Math.abs(r) < 1) {
            const x = 2 * f.cutoff * t;
            const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            v = 2 * f.cutoff * sinc * (besselI0(f.beta * Math.sqrt(1 - r * r)) / i0beta);
        }
        out[m] = v;
        sum += v;
    }
    for (let m = 0; m < f.taps; m++)
        out[m] /= sum;
    return out;
}
// ---------------------------------------------------------------------------------------------------------------
// The kernel: out[k] = Σ_m table[φ_k·taps + m] · x[s_k + m] for k < n, with s_k, φ_k advanced by q = qdiv·p + qmod
// per output. x is the zero-padded input (its index 0 is input sample −left − 1 … see `resamplePolyphase`).
const KERNEL = `
(module (import "env" "memory" (memory 1))
  (func $poly (export "poly") (param $x i32) (param $out i32) (param $n i32) (param $table i32) (param $taps i32)
    (param $p i32) (param $qdiv i32) (param $qmod i32)
    (local $k i32) (local $ph i32) (local $xp i32) (local $hp i32) (local $hend i32) (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    i32.const 0 local.set $k
    i32.const 0 local.set $ph
    block $done loop $outer
      local.get $k local.get $n i32.ge_u br_if $done
      local.get $table local.get $ph local.get $taps i32.mul i32.const 2 i32.shl i32.add local.tee $hp
      local.get $taps i32.const 2 i32.shl i32.add local.set $hend
      local.get $x local.set $xp
      v128.const f32x4 0 0 0 0 local.set $a
      v128.const f32x4 0 0 0 0 local.set $b
      v128.const f32x4 0 0 0 0 local.set $c
      v128.const f32x4 0 0 0 0 local.set $d
      loop $inner
        local.get $xp v128.load align=4 local.get $hp v128.load align=4 f32x4.mul local.get $a f32x4.add local.set $a
        local.get $xp v128.load offset=16 align=4 local.get $hp v128.load offset=16 align=4 f32x4.mul local.get $b f32x4.add local.set $b
        local.get $xp v128.load offset=32 align=4 local.get $hp v128.load offset=32 align=4 f32x4.mul local.get $c f32x4.add local.set $c
        local.get $xp v128.load offset=48 align=4 local.get $hp v128.load offset=48 align=4 f32x4.mul local.get $d f32x4.add local.set $d
        local.get $xp i32.const 64 i32.add local.set $xp
        local.get $hp i32.const 64 i32.add local.tee $hp
        local.get $hend i32.lt_u br_if $inner
      end
      local.get $a local.get $b f32x4.add local.get $c local.get $d f32x4.add f32x4.add local.set $a
      local.get $a local.get $a local.get $a i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 f32x4.add local.set $a
      local.get $a local.get $a local.get $a i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 f32x4.add local.set $a
      local.get $out local.get $k i32.const 2 i32.shl i32.add local.get $a f32x4.extract_lane 0 f32.store
      ;; advance: s += qdiv (+1 on carry), φ += qmod (mod p)
      local.get $x local.get $qdiv i32.const 2 i32.shl i32.add local.set $x
      local.get $ph local.get $qmod i32.add local.tee $ph
      local.get $p i32.ge_u
      if
        local.get $ph local.get $p i32.sub local.set $ph
        local.get $x i32.const 4 i32.add local.set $x
      end
      local.get $k i32.const 1 i32.add local.set $k
      br $outer
    end end)

)`;
/**
 * The kernel for integer down-sampling by q (p = 1), whose single phase is symmetric about its centre tap h0:
 * out[k] = h0·x[c] + Σ_{i ≥ 1} g[i]·(x[c + i] + x[c − i]) with c = c0 + k·q and g[i] = h[centre ± i]: half the
 * products. Four outputs (k … k + 3) per pass share each coefficient load, and q is built into the load offsets,
 * so one module is assembled per q. n must be a multiple of 4 (the caller rounds up). g (G floats, G a multiple of
 * 4) starts at g[1]; $c points at x[c0].
 */
/** The four lanes of an f32x4 in reverse order. */
const REV = 'i8x16.shuffle 12 13 14 15 8 9 10 11 4 5 6 7 0 1 2 3';
function foldedKernel(q) {
    const dq = 4 * q;
    const lanes = [0, 1, 2, 3];
    const pair = (j) => `
        local.get $fp v128.load offset=${j * dq} align=4
        local.get $bp v128.load offset=${j * dq} align=4 local.tee $t local.get $t ${REV}
        f32x4.add local.get $h f32x4.mul local.get $a${j} f32x4.add local.set $a${j}`;
    return `
(module (import "env" "memory" (memory 1))
  (func $fold (export "fold") (param $c i32) (param $out i32) (param $n i32) (param $g i32) (param $gn i32) (param $h0 f32)
    (local $k i32) (local $fp i32) (local $bp i32) (local $hp i32) (local $hend i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $t v128) (local $h v128) (local $u v128)
    local.get $g local.get $gn i32.const 2 i32.shl i32.add local.set $hend
    i32.const 0 local.set $k
    block $done loop $outer
      local.get $k local.get $n i32.ge_u br_if $done
      local.get $c i32.const 4 i32.add local.set $fp   ;; x[c + 1 …]
      local.get $c i32.const 16 i32.sub local.set $bp  ;; x[c − 4 … c − 1]
      local.get $g local.set $hp
      ${lanes.map((j) => `v128.const f32x4 0 0 0 0 local.set $a${j}`).join('\n      ')}
      loop $inner
        local.get $hp v128.load align=4 local.set $h${lanes.map(pair).join('')}
        local.get $fp i32.const 16 i32.add local.set $fp
        local.get $bp i32.const 16 i32.sub local.set $bp
        local.get $hp i32.const 16 i32.add local.tee $hp
        local.get $hend i32.lt_u br_if $inner
      end
      ;; (Σ a0, Σ a1, Σ a2, Σ a3) by a 4 × 4 transpose-add
      local.get $a0 local.get $a1 i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.get $a0 local.get $a1 i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 f32x4.add local.set $t
      local.get $a2 local.get $a3 i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      local.get $a2 local.get $a3 i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 f32x4.add local.set $u
      local.get $t local.get $u i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
      local.get $t local.get $u i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 f32x4.add local.set $t
      ;; + h0 · (x[c], x[c + q], x[c + 2q], x[c + 3q])
      local.get $c f32.load f32x4.splat
      ${[1, 2, 3].map((j) => `local.get $c f32.load offset=${j * dq} f32x4.replace_lane ${j}`).join(' ')}
      local.get $h0 f32x4.splat f32x4.mul local.get $t f32x4.add local.set $t
      local.get $out local.get $k i32.const 2 i32.shl i32.add local.get $t v128.store align=4
      local.get $c i32.const ${4 * dq} i32.add local.set $c
      local.get $k i32.const 4 i32.add local.set $k
      br $outer
    end end)
)`;
}
const WA = WebAssemblyJs;
const PAGE = WASM_PAGE_BYTES;
/** This thread's kernel, its memory, and which filter table the memory currently holds. */
let kernel;
function theKernel() {
    if (!kernel) {
        const memory = new WA.Memory({ initial: 16 });
        const exports = new WA.Instance(new WA.Module(assemble(KERNEL)), { env: { memory } }).exports;
        kernel = { memory, poly: exports.poly, folded: new Map(), loaded: null };
    }
    return kernel;
}
/** The folded kernel for down-sampling by q, on this thread's memory (assembled on first use, ~1 ms). */
function foldedFor(q) {
    const k = theKernel();
    let fn = k.folded.get(q);
    if (!fn) {
        fn = new WA.Instance(new WA.Module(assemble(foldedKernel(q))), { env: { memory: k.memory } }).exports.fold;
        k.folded.set(q, fn);
    }
    return fn;
}
/** Free this thread's kernel memory and the cached filters (both are rebuilt on demand). */
export function releasePolyphase() {
    kernel = undefined;
    filters.clear();
}
function checkRate(name, sr) {
    if (!Number.isInteger(sr) || sr <= 0) {
        throw new AudioError('INVALID_ARGUMENT', `${name} must be a positive integer number of Hz, got ${sr}`);
    }
}
/**
 * Resample `y` from `srIn` to `srOut` Hz with the polyphase filter above.
 *
 * @returns a new array of length `Math.round(y.length · srOut / srIn)`; output sample k is at time k/srOut as input
 *   sample j is at j/srIn. Equal rates give a copy of `y`.
 * @param folded for integer down-sampling, use the kernel that folds the symmetric filter (half the products);
 *   false runs the general polyphase kernel instead (the same filter; for tests and benchmarks).
 * @throws AudioError INVALID_ARGUMENT for rates that are not positive integers or a ratio beyond 256:1.
 */
export function resamplePolyphase(y, srIn, srOut, { folded = true } = {}) {
    checkRate('srIn', srIn);
    checkRate('srOut', srOut);
    if (srIn === srOut)
        return y.slice();
    if (srOut / srIn > MAX_RATIO || srIn / srOut > MAX_RATIO) {
        throw new AudioError('INVALID_ARGUMENT', `cannot resample ${srIn} Hz → ${srOut} Hz: ratios up to ${MAX_RATIO}:1 are supported`);
    }
    const f = polyphaseFilter(srIn, srOut);
    const { p, q, taps, left } = f;
    const nOut = Math.round((y.length * p) / q);
    if (nOut === 0)
        return new Float32Array(0);
    if (f.table.length === 0)
        return resampleDirect(y, f, nOut);
    // Padded input: `pad` zeros, the signal, zeros to cover the last output's taps (+ 16 for the unrolled loops).
    // The folded kernel (p = 1) reads G + 4 samples either side of each output's centre, four outputs at a time.
    const sym = p === 1 && folded ? symmetricHalf(f) : null;
    const pad = sym ? sym.g.length + 16 : left;
    const reach = sym ? sym.g.length + 16 + 3 * q : taps - left;
    const lastStart = Math.floor(((nOut - 1) * q) / p);
    const xLen = pad + Math.max(y.length, lastStart + reach) + 16;
    const k = theKernel();
    const coefs = sym ? sym.g : f.table;
    const xAt = 64 + 4 * coefs.length;
    const outAt = xAt + 4 * xLen;
    const need = outAt + 4 * (nOut + 3);
    const fold = sym ? foldedFor(q) : null;
    if (need > k.memory.buffer.byteLength)
        k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / PAGE));
    const heap = new Float32Array(k.memory.buffer);
    if (k.loaded !== coefs) {
        heap.set(coefs, 64 / 4);
        k.loaded = coefs;
    }
    heap.fill(0, xAt / 4, xAt / 4 + pad);
    heap.set(y, xAt / 4 + pad);
    heap.fill(0, xAt / 4 + pad + y.length, xAt / 4 + xLen);
    if (sym && fold)
        fold(xAt + 4 * pad, outAt, Math.ceil(nOut / 4) * 4, 64, sym.g.length, sym.h0);
    else
        k.poly(xAt + 4 * (pad - left), outAt, nOut, 64, taps, p, Math.floor(q / p), q % p);
    return heap.slice(outAt / 4, outAt / 4 + nOut);
}
/**
 * The single phase of an integer down-sampler folded at its centre tap: h0 = h[left], g[i − 1] = h[left − i] for
 * i ≥ 1 (zero-padded to a multiple of 4). The phase is symmetric (t = left − m runs from +left to −left).
 */
const halves = new WeakMap();
function symmetricHalf(f) {
    let s = halves.get(f);
    if (!s) {
        const g = new Float32Array(Math.ceil(f.left / 4) * 4);
        for (let i = 1; i <= f.left; i++)
            g[i - 1] = f.table[f.left - i];
        s = { h0: f.table[f.left], g };
        halves.set(f, s);
    }
    return s;
}
/** The same filter with each output's taps computed on the spot: for ratios whose phase table would be too big. */
function resampleDirect(y, f, nOut) {
    const out = new Float32Array(nOut);
    const h = new Float64Array(f.taps);
    for (let k = 0; k < nOut; k++) {
        const pos = k * f.q;
        const n = Math.floor(pos / f.p);
        coefficients(f, pos - n * f.p, h);
        let acc = 0;
        for (let m = 0; m < f.taps; m++) {
            const j = n - f.left + m;
            if (j >= 0 && j < y.length)
                acc += h[m] * y[j];
        }
        out[k] = acc;
    }
    return out;
}
//# sourceMappingURL=polyphase.js.map