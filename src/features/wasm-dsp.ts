/**
 * Float64 SIMD kernels for the hot loops of feature extraction, the STFT and YIN's blocked difference function
 * (stft.ts, mfcc.ts, pitch-cmnd.ts): a complex FFT, the bin passes around it (two-real-signal unpacking, power,
 * YIN's block products and frame sums, Hermitian packing for the inverse), the CMND and YIN's trough choice, the
 * framing window, the sparse mel product, the DCT and the top_db clamp, written in WebAssembly text and assembled
 * by `../wasm/asm.ts` (loop templates and the WebAssembly API typing from `../wasm/`).
 *
 * Why by hand: the only FFT library installed, fft.js, runs a 512-point complex transform in ~5 µs here, and the
 * bin loops around it (complex products and sums over 257 bins) cost as much again in JavaScript; together they were
 * ~90% of YIN's time and half of the spectral features'. WebAssembly's f64x2 does two float64 lanes per instruction
 * without bounds checks: the FFT below takes 1.26 µs for 512 points (~4× fft.js) and the bin passes run ~3× faster
 * than the loops they replace. Work stays float64 (the YIN parity tests compare CMNDs to 1e-9).
 *
 * Layout: a complex vector ("cvec") of length L at byte offset p holds its L real parts at p and its L imaginary
 * parts at p + 8L; vector kernels take L even (pad half spectra of M/2 + 1 bins to M/2 + 2; the pad is written as
 * 0 or left 0). All pointers are byte offsets into this module's own memory, one per thread.
 *
 * FFT: Stockham autosort, radix 4, with a radix-8 last pass where 8 points remain (512 = 4·4·4·8) and radix 2
 * for n = 8; forward kernel e^{−2πi·kt/n}, unscaled (D. H. Bailey, "FFTs in external or hierarchical memory",
 * 1990; the same structure as OTFFT). The first pass, whose stride is 1, runs two butterflies per vector and
 * interleaves its outputs with shuffles; later passes vectorise along the stride. Twiddles are tabulated once per
 * size with Math.cos/sin of the exact angle.
 */
import { AudioError } from '../errors.js';
import { instantiateOnMemory, WASM_PAGE_BYTES, WebAssemblyJs, type WasmMemory } from '../wasm/api.js';
import { assemble } from '../wasm/asm.js';
import { forRange, get as g, memoryModule, set as s, v128Locals as V128 } from '../wasm/wat.js';

/**
 * The most a kernel set's memory may grow to: just under 2 GiB, so that every byte offset is a positive int32 (the
 * kernels take i32 pointers, and JavaScript's bitwise operators wrap above 2^31). A clip that would need more is
 * refused with TOO_LONG before anything is written; extract.ts refuses long clips well before this (MAX_CLIP_SAMPLES).
 */
export const MAX_HEAP_BYTES = 32767 * WASM_PAGE_BYTES;

// ---------------------------------------------------------------------------------------------------------------
// WAT helpers (flat form) over v128 locals.

/** out = a OP b (f64x2). */
const op = (out: string, a: string, o: string, b: string): string => `${g(a)} ${g(b)} f64x2.${o} ${s(out)}`;
/** (or, oi) = (ur, ui)·(wr, wi). */
const cmul = (or: string, oi: string, ur: string, ui: string, wr: string, wi: string): string => `
  ${g(ur)} ${g(wr)} f64x2.mul ${g(ui)} ${g(wi)} f64x2.mul f64x2.sub ${s(or)}
  ${g(ur)} ${g(wi)} f64x2.mul ${g(ui)} ${g(wr)} f64x2.mul f64x2.add ${s(oi)}`;
const load = (addr: string, off: number, out: string): string => `${g(addr)} v128.load offset=${off} align=8 ${s(out)}`;
const store = (addr: string, off: number, v: string): string => `${g(addr)} ${g(v)} v128.store offset=${off} align=8`;
/** (a[0], b[0]) and (a[1], b[1]) of two f64x2 values. */
const LO = '0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23';
const HI = '8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31';
/** (a[1], a[0]). */
const SWAP = '8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7';

const BFLY_LOCALS = V128([
  'ar', 'ai', 'br', 'bi', 'cr', 'ci', 'dr', 'di', 'pr', 'pi', 'mr', 'mi', 'qr', 'qi', 'nr', 'ni',
  'w1r', 'w1i', 'w2r', 'w2i', 'w3r', 'w3i', 'y0r', 'y0i', 'y1r', 'y1i', 'y2r', 'y2i', 'y3r', 'y3i', 'tr', 'ti',
]);

const R8_LOCALS = V128([
  'rt',
  ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((j) => [`x${j}r`, `x${j}i`]),
  ...['e', 'o'].flatMap((o) => ['p', 'm', 'q', 'n', '0', '1', '2', '3'].flatMap((k) => [`${o}${k}r`, `${o}${k}i`])),
]);

/** Radix-4 butterfly: a…d and twiddles w1…w3 in locals → y0…y3 (forward DFT of 4 points, outputs 1…3 twiddled). */
const BUTTERFLY = `
  ${op('pr', 'ar', 'add', 'cr')} ${op('pi', 'ai', 'add', 'ci')} ${op('mr', 'ar', 'sub', 'cr')} ${op('mi', 'ai', 'sub', 'ci')}
  ${op('qr', 'br', 'add', 'dr')} ${op('qi', 'bi', 'add', 'di')} ${op('nr', 'br', 'sub', 'dr')} ${op('ni', 'bi', 'sub', 'di')}
  ${op('y0r', 'pr', 'add', 'qr')} ${op('y0i', 'pi', 'add', 'qi')}
  ${op('tr', 'mr', 'add', 'ni')} ${op('ti', 'mi', 'sub', 'nr')} ${cmul('y1r', 'y1i', 'tr', 'ti', 'w1r', 'w1i')}
  ${op('tr', 'pr', 'sub', 'qr')} ${op('ti', 'pi', 'sub', 'qi')} ${cmul('y2r', 'y2i', 'tr', 'ti', 'w2r', 'w2i')}
  ${op('tr', 'mr', 'sub', 'ni')} ${op('ti', 'mi', 'add', 'nr')} ${cmul('y3r', 'y3i', 'tr', 'ti', 'w3r', 'w3i')}`;

/**
 * The FFT of size n (power of two ≥ 8) as a function `fft(x, y, tw, tw1) → result`: x and y are cvecs of length n
 * (x is the input and is overwritten), `tw` the table cos, −sin of 2πk/n (k < n, as a cvec), `tw1` the first pass'
 * twiddles (w^p, w^2p, w^3p for p < n/4, as three cvecs of length n/4). Returns x or y, whichever holds the result.
 */
function fftWat(n: number): string {
  const IO = 8 * n; // re → im within a cvec of length n
  const parts: string[] = [];
  // Pass 1 (stride 1), two butterflies (p, p+1) per vector.
  {
    const m = n / 4;
    const MB = 8 * m;
    parts.push(`
    i32.const 0 ${s('p')}
    loop $p1
      ${g('src')} ${g('p')} i32.const 3 i32.shl i32.add ${s('a')}
      ${load('a', 0, 'ar')} ${load('a', IO, 'ai')} ${load('a', MB, 'br')} ${load('a', MB + IO, 'bi')}
      ${load('a', 2 * MB, 'cr')} ${load('a', 2 * MB + IO, 'ci')} ${load('a', 3 * MB, 'dr')} ${load('a', 3 * MB + IO, 'di')}
      ${g('tw1')} ${g('p')} i32.const 3 i32.shl i32.add ${s('w')}
      ${load('w', 0, 'w1r')} ${load('w', MB, 'w1i')} ${load('w', 2 * MB, 'w2r')} ${load('w', 3 * MB, 'w2i')}
      ${load('w', 4 * MB, 'w3r')} ${load('w', 5 * MB, 'w3i')}
      ${BUTTERFLY}
      ${g('dst')} ${g('p')} i32.const 5 i32.shl i32.add ${s('d')}
      ${g('d')} ${g('y0r')} ${g('y1r')} i8x16.shuffle ${LO} v128.store offset=0 align=8
      ${g('d')} ${g('y2r')} ${g('y3r')} i8x16.shuffle ${LO} v128.store offset=16 align=8
      ${g('d')} ${g('y0r')} ${g('y1r')} i8x16.shuffle ${HI} v128.store offset=32 align=8
      ${g('d')} ${g('y2r')} ${g('y3r')} i8x16.shuffle ${HI} v128.store offset=48 align=8
      ${g('d')} ${g('y0i')} ${g('y1i')} i8x16.shuffle ${LO} v128.store offset=${IO} align=8
      ${g('d')} ${g('y2i')} ${g('y3i')} i8x16.shuffle ${LO} v128.store offset=${IO + 16} align=8
      ${g('d')} ${g('y0i')} ${g('y1i')} i8x16.shuffle ${HI} v128.store offset=${IO + 32} align=8
      ${g('d')} ${g('y2i')} ${g('y3i')} i8x16.shuffle ${HI} v128.store offset=${IO + 48} align=8
      ${g('p')} i32.const 2 i32.add ${s('p')}
      ${g('p')} i32.const ${m} i32.lt_u br_if $p1
    end
    ${g('src')} ${s('t')} ${g('dst')} ${s('src')} ${g('t')} ${s('dst')}`);
  }
  let stride = 4;
  let nc = n / 4;
  // Radix-4 passes down to 4 points (or 8: one radix-8 pass then replaces a radix-4 and a radix-2 pass).
  for (; nc >= 4 && nc !== 8; nc /= 4, stride *= 4) {
    // Radix-4 pass: butterflies p < m, each over q < stride (two per vector).
    const m = nc / 4;
    const SB = 8 * stride; // bytes per stride
    const SM = SB * m; // distance between the four inputs
    parts.push(`
    i32.const 0 ${s('p')}
    loop $pr${stride}
      ${g('tw')} ${g('p')} i32.const ${Math.log2(SB)} i32.shl i32.add ${s('w')}
      ${g('w')} v128.load64_splat offset=0 ${s('w1r')} ${g('w')} v128.load64_splat offset=${IO} ${s('w1i')}
      ${g('w')} ${g('p')} i32.const ${Math.log2(SB)} i32.shl i32.add ${s('w')}
      ${g('w')} v128.load64_splat offset=0 ${s('w2r')} ${g('w')} v128.load64_splat offset=${IO} ${s('w2i')}
      ${g('w')} ${g('p')} i32.const ${Math.log2(SB)} i32.shl i32.add ${s('w')}
      ${g('w')} v128.load64_splat offset=0 ${s('w3r')} ${g('w')} v128.load64_splat offset=${IO} ${s('w3i')}
      ${g('src')} ${g('p')} i32.const ${Math.log2(SB)} i32.shl i32.add ${s('a')}
      ${g('dst')} ${g('p')} i32.const ${Math.log2(4 * SB)} i32.shl i32.add ${s('d')}
      ${g('a')} i32.const ${SB} i32.add ${s('e')}
      loop $q${stride}
        ${load('a', 0, 'ar')} ${load('a', IO, 'ai')} ${load('a', SM, 'br')} ${load('a', SM + IO, 'bi')}
        ${load('a', 2 * SM, 'cr')} ${load('a', 2 * SM + IO, 'ci')} ${load('a', 3 * SM, 'dr')} ${load('a', 3 * SM + IO, 'di')}
        ${BUTTERFLY}
        ${store('d', 0, 'y0r')} ${store('d', IO, 'y0i')} ${store('d', SB, 'y1r')} ${store('d', SB + IO, 'y1i')}
        ${store('d', 2 * SB, 'y2r')} ${store('d', 2 * SB + IO, 'y2i')} ${store('d', 3 * SB, 'y3r')} ${store('d', 3 * SB + IO, 'y3i')}
        ${g('d')} i32.const 16 i32.add ${s('d')}
        ${g('a')} i32.const 16 i32.add ${s('a')}
        ${g('a')} ${g('e')} i32.lt_u br_if $q${stride}
      end
      ${g('p')} i32.const 1 i32.add ${s('p')}
      ${g('p')} i32.const ${m} i32.lt_u br_if $pr${stride}
    end
    ${g('src')} ${s('t')} ${g('dst')} ${s('src')} ${g('t')} ${s('dst')}`);
  }
  if (nc === 8) {
    // Last pass, 8 points at stride s with no outer twiddles: X = DFT8 of x[q + s·j], j < 8, as two DFT4 (even and
    // odd j) joined by W^k = e^{−2πi·k/8}.
    const SB = 8 * stride;
    const at = (j: number) => j * SB;
    const R = Math.SQRT1_2;
    const dft4 = (i: number[], o: string) => `
      ${op(`${o}pr`, `x${i[0]}r`, 'add', `x${i[2]}r`)} ${op(`${o}pi`, `x${i[0]}i`, 'add', `x${i[2]}i`)}
      ${op(`${o}mr`, `x${i[0]}r`, 'sub', `x${i[2]}r`)} ${op(`${o}mi`, `x${i[0]}i`, 'sub', `x${i[2]}i`)}
      ${op(`${o}qr`, `x${i[1]}r`, 'add', `x${i[3]}r`)} ${op(`${o}qi`, `x${i[1]}i`, 'add', `x${i[3]}i`)}
      ${op(`${o}nr`, `x${i[1]}r`, 'sub', `x${i[3]}r`)} ${op(`${o}ni`, `x${i[1]}i`, 'sub', `x${i[3]}i`)}
      ${op(`${o}0r`, `${o}pr`, 'add', `${o}qr`)} ${op(`${o}0i`, `${o}pi`, 'add', `${o}qi`)}
      ${op(`${o}1r`, `${o}mr`, 'add', `${o}ni`)} ${op(`${o}1i`, `${o}mi`, 'sub', `${o}nr`)}
      ${op(`${o}2r`, `${o}pr`, 'sub', `${o}qr`)} ${op(`${o}2i`, `${o}pi`, 'sub', `${o}qi`)}
      ${op(`${o}3r`, `${o}mr`, 'sub', `${o}ni`)} ${op(`${o}3i`, `${o}mi`, 'add', `${o}nr`)}`;
    const out = (k: number, r: string, i: string) =>
      `${g('d')} ${r} v128.store offset=${at(k)} align=8 ${g('d')} ${i} v128.store offset=${at(k) + IO} align=8`;
    parts.push(`
    ${g('src')} ${s('a')} ${g('dst')} ${s('d')} ${g('a')} i32.const ${SB} i32.add ${s('e')}
    f64.const ${R} f64x2.splat ${s('rt')}
    loop $r8
      ${[0, 1, 2, 3, 4, 5, 6, 7].map((j) => `${load('a', at(j), `x${j}r`)} ${load('a', at(j) + IO, `x${j}i`)}`).join(' ')}
      ${dft4([0, 2, 4, 6], 'e')}
      ${dft4([1, 3, 5, 7], 'o')}
      ;; W^1·O1 = ((r + i), (i − r))/√2; W^2·O2 = (i, −r); W^3·O3 = ((i − r), −(r + i))/√2
      ${g('o1r')} ${g('o1i')} f64x2.add ${g('rt')} f64x2.mul ${s('tr')} ${g('o1i')} ${g('o1r')} f64x2.sub ${g('rt')} f64x2.mul ${s('ti')}
      ${out(1, `${g('e1r')} ${g('tr')} f64x2.add`, `${g('e1i')} ${g('ti')} f64x2.add`)}
      ${out(5, `${g('e1r')} ${g('tr')} f64x2.sub`, `${g('e1i')} ${g('ti')} f64x2.sub`)}
      ${out(0, `${g('e0r')} ${g('o0r')} f64x2.add`, `${g('e0i')} ${g('o0i')} f64x2.add`)}
      ${out(4, `${g('e0r')} ${g('o0r')} f64x2.sub`, `${g('e0i')} ${g('o0i')} f64x2.sub`)}
      ${out(2, `${g('e2r')} ${g('o2i')} f64x2.add`, `${g('e2i')} ${g('o2r')} f64x2.sub`)}
      ${out(6, `${g('e2r')} ${g('o2i')} f64x2.sub`, `${g('e2i')} ${g('o2r')} f64x2.add`)}
      ${g('o3i')} ${g('o3r')} f64x2.sub ${g('rt')} f64x2.mul ${s('tr')} ${g('o3r')} ${g('o3i')} f64x2.add ${g('rt')} f64x2.mul f64x2.neg ${s('ti')}
      ${out(3, `${g('e3r')} ${g('tr')} f64x2.add`, `${g('e3i')} ${g('ti')} f64x2.add`)}
      ${out(7, `${g('e3r')} ${g('tr')} f64x2.sub`, `${g('e3i')} ${g('ti')} f64x2.sub`)}
      ${g('d')} i32.const 16 i32.add ${s('d')}
      ${g('a')} i32.const 16 i32.add ${s('a')}
      ${g('a')} ${g('e')} i32.lt_u br_if $r8
    end
    ${g('src')} ${s('t')} ${g('dst')} ${s('src')} ${g('t')} ${s('dst')}`);
  }
  if (nc === 2) {
    const SB = 8 * stride;
    parts.push(`
    ${g('src')} ${s('a')} ${g('dst')} ${s('d')} ${g('a')} i32.const ${SB} i32.add ${s('e')}
    loop $r2
      ${load('a', 0, 'ar')} ${load('a', IO, 'ai')} ${load('a', SB, 'br')} ${load('a', SB + IO, 'bi')}
      ${g('d')} ${g('ar')} ${g('br')} f64x2.add v128.store offset=0 align=8
      ${g('d')} ${g('ai')} ${g('bi')} f64x2.add v128.store offset=${IO} align=8
      ${g('d')} ${g('ar')} ${g('br')} f64x2.sub v128.store offset=${SB} align=8
      ${g('d')} ${g('ai')} ${g('bi')} f64x2.sub v128.store offset=${SB + IO} align=8
      ${g('d')} i32.const 16 i32.add ${s('d')}
      ${g('a')} i32.const 16 i32.add ${s('a')}
      ${g('a')} ${g('e')} i32.lt_u br_if $r2
    end
    ${g('src')} ${s('t')} ${g('dst')} ${s('src')} ${g('t')} ${s('dst')}`);
  }
  return `
  (func $fft${n} (export "fft${n}") (param $x i32) (param $y i32) (param $tw i32) (param $tw1 i32) (result i32)
    (local $src i32) (local $dst i32) (local $t i32) (local $p i32) (local $a i32) (local $d i32) (local $e i32) (local $w i32)
    ${BFLY_LOCALS} ${R8_LOCALS}
    ${g('x')} ${s('src')} ${g('y')} ${s('dst')}
    ${parts.join('\n')}
    ${g('src')})`;
}

/** Loop over the even-length cvecs of a kernel: `$i` runs over byte offsets 0, 16, … < 8·nb, `$io` = 8·nb. */
const vecLoop = (body: string): string => `
    ${g('nb')} i32.const 3 i32.shl ${s('io')}
    ${forRange('i', g('io'), body, { step: 16, unsigned: true })}`;
/** Loads re and im of cvec `base` at the loop position into locals r, i. */
const cload = (base: string, r: string, i: string): string => `
      ${g(base)} ${g('i')} i32.add ${s('x')} ${g('x')} v128.load align=8 ${s(r)} ${g('x')} ${g('io')} i32.add v128.load align=8 ${s(i)}`;
const cstore = (base: string, r: string, i: string): string => `
      ${g(base)} ${g('i')} i32.add ${s('x')} ${g('x')} ${g(r)} v128.store align=8 ${g('x')} ${g('io')} i32.add ${g(i)} v128.store align=8`;
const KLOCALS = `(local $i i32) (local $io i32) (local $x i32) ${V128(['ar', 'ai', 'br', 'bi', 'wr', 'wi', 'or', 'oi', 'tr', 'ti'])}`;

/**
 * Half spectra of two real signals from the FFT z of x_a + i·x_b (cvec of length n): for f = 0 … n/2,
 * A[f] = (Z[f] + conj Z[n−f]) / 2 and B[f] = (Z[f] − conj Z[n−f]) / 2i. Pairs f, f+1 (f odd) are read against the
 * lane-swapped pair at n−f−1; bin 0 is done last in scalar code.
 */
const UNPACK_HEAD = (name: string, outs: string): string => `
  (func $${name} (export "${name}") (param $z i32) (param $n i32) ${outs}
    (local $f i32) (local $io i32) (local $za i32) (local $zb i32) (local $h i32)
    ${V128(['zr', 'zi', 'vr', 'vi', 'sr', 'si', 'dr', 'di', 'half'])}
    ${g('n')} i32.const 3 i32.shl ${s('io')}
    ${g('n')} i32.const 1 i32.shr_u ${s('h')}
    f64.const 0.5 f64x2.splat ${s('half')}
    i32.const 1 ${s('f')}
    block $done loop $top
      ${g('f')} ${g('h')} i32.gt_u br_if $done
      ${g('z')} ${g('f')} i32.const 3 i32.shl i32.add ${s('za')}
      ${g('z')} ${g('n')} ${g('f')} i32.sub i32.const 1 i32.sub i32.const 3 i32.shl i32.add ${s('zb')}
      ${g('za')} v128.load align=8 ${s('zr')} ${g('za')} ${g('io')} i32.add v128.load align=8 ${s('zi')}
      ${g('zb')} v128.load align=8 ${g('zb')} v128.load align=8 i8x16.shuffle ${SWAP} ${s('vr')}
      ${g('zb')} ${g('io')} i32.add v128.load align=8 ${g('zb')} ${g('io')} i32.add v128.load align=8 i8x16.shuffle ${SWAP} ${s('vi')}
      ${op('sr', 'zr', 'add', 'vr')} ${op('sr', 'sr', 'mul', 'half')} ${op('si', 'zi', 'sub', 'vi')} ${op('si', 'si', 'mul', 'half')}
      ${op('dr', 'zi', 'add', 'vi')} ${op('dr', 'dr', 'mul', 'half')} ${op('di', 'vr', 'sub', 'zr')} ${op('di', 'di', 'mul', 'half')}`;
const UNPACK_TAIL = `
      ${g('f')} i32.const 2 i32.add ${s('f')}
      br $top
    end end`;

/**
 * One step of `$delta9`: c = &x[r·n + t − 4], o = &out[r·n + t], then $a = w0·x[t] + Σⱼ wj·(x[t+j] ∓ x[t−j]) for
 * the two frames t, t + 1 (minus for odd orders), in delta.ts' order. The tail of an odd count stores lane 0 only.
 */
function delta9Frames(): string {
  const load = (offset: number) => `${g('c')} v128.load64_zero offset=${offset} align=4 f64x2.promote_low_f32x4`;
  const terms = (op: 'sub' | 'add') =>
    [1, 2, 3, 4].map((j) => `${g('a')} ${g(`w${j}`)} ${load(16 + 4 * j)} ${load(16 - 4 * j)} f64x2.${op} f64x2.mul f64x2.add ${s('a')}`).join(' ');
  return [
    `${g('x')} ${g('r')} ${g('n')} i32.mul ${g('t')} i32.add i32.const 4 i32.sub i32.const 2 i32.shl i32.add ${s('c')}`,
    `${g('out')} ${g('r')} ${g('n')} i32.mul ${g('t')} i32.add i32.const 2 i32.shl i32.add ${s('o')}`,
    `${g('w0')} ${load(16)} f64x2.mul ${s('a')}`,
    `${g('odd')} if ${terms('sub')} else ${terms('add')} end`,
  ].join('\n');
}

const KERNELS = `
  ${UNPACK_HEAD('unpack2', '(param $a i32) (param $b i32) (param $nb i32) (local $ob i32)')}
      ${g('nb')} i32.const 3 i32.shl ${s('ob')}
      ${g('a')} ${g('f')} i32.const 3 i32.shl i32.add ${s('za')}
      ${g('za')} ${g('sr')} v128.store align=8 ${g('za')} ${g('ob')} i32.add ${g('si')} v128.store align=8
      ${g('b')} ${g('f')} i32.const 3 i32.shl i32.add ${s('za')}
      ${g('za')} ${g('dr')} v128.store align=8 ${g('za')} ${g('ob')} i32.add ${g('di')} v128.store align=8
  ${UNPACK_TAIL}
    ${g('a')} ${g('z')} f64.load f64.store ${g('a')} ${g('ob')} i32.add f64.const 0 f64.store
    ${g('b')} ${g('z')} ${g('io')} i32.add f64.load f64.store ${g('b')} ${g('ob')} i32.add f64.const 0 f64.store)

  ${UNPACK_HEAD('power2', '(param $pa i32) (param $pb i32)')}
      ${g('pa')} ${g('f')} i32.const 3 i32.shl i32.add
      ${g('sr')} ${g('sr')} f64x2.mul ${g('si')} ${g('si')} f64x2.mul f64x2.add v128.store align=8
      ${g('pb')} ${g('f')} i32.const 3 i32.shl i32.add
      ${g('dr')} ${g('dr')} f64x2.mul ${g('di')} ${g('di')} f64x2.mul f64x2.add v128.store align=8
  ${UNPACK_TAIL}
    ${g('pa')} ${g('z')} f64.load ${g('z')} f64.load f64.mul f64.store
    ${g('pb')} ${g('z')} ${g('io')} i32.add f64.load ${g('z')} ${g('io')} i32.add f64.load f64.mul f64.store)

  ;; YIN block products: with S_e = cvec[s[e]] (e = 0 … D) and ω_e the cvec at w + (e − 1)·16·nb (e = 1 … D),
  ;; W_0 = S_0, W_e = W_{e−1} + ω_e·S_e, writes F_e = conj(S_0)·W_e to the cvec at out + e·16·nb (e = 0 … D).
  (func $yinblock (export "yinblock") (param $out i32) (param $s i32) (param $w i32) (param $D i32) (param $nb i32) ${KLOCALS}
    (local $e i32) (local $cv i32) (local $o i32) (local $wp i32) (local $sp i32)
    ${V128(['sr', 'si', 'accr', 'acci'])}
    ${g('nb')} i32.const 4 i32.shl ${s('cv')}
    ${vecLoop(`${g('s')} i32.load ${g('i')} i32.add ${s('x')}
      ${g('x')} v128.load align=8 ${s('sr')} ${g('x')} ${g('io')} i32.add v128.load align=8 ${s('si')}
      ${g('sr')} ${s('accr')} ${g('si')} ${s('acci')}
      ${g('out')} ${g('i')} i32.add ${s('o')}
      ${g('o')} ${g('sr')} ${g('sr')} f64x2.mul ${g('si')} ${g('si')} f64x2.mul f64x2.add v128.store align=8
      ${g('o')} ${g('io')} i32.add v128.const f64x2 0 0 v128.store align=8
      ${g('w')} ${g('i')} i32.add ${s('wp')}
      ${g('s')} ${s('sp')}
      i32.const 1 ${s('e')}
      block $e_end loop $e_top
        ${g('e')} ${g('D')} i32.gt_u br_if $e_end
        ${g('sp')} i32.const 4 i32.add ${s('sp')}
        ${g('o')} ${g('cv')} i32.add ${s('o')}
        ${g('sp')} i32.load ${g('i')} i32.add ${s('x')}
        ${g('x')} v128.load align=8 ${s('br')} ${g('x')} ${g('io')} i32.add v128.load align=8 ${s('bi')}
        ${g('wp')} v128.load align=8 ${s('wr')} ${g('wp')} ${g('io')} i32.add v128.load align=8 ${s('wi')}
        ${cmul('tr', 'ti', 'br', 'bi', 'wr', 'wi')}
        ${op('accr', 'accr', 'add', 'tr')} ${op('acci', 'acci', 'add', 'ti')}
        ${g('o')} ${g('sr')} ${g('accr')} f64x2.mul ${g('si')} ${g('acci')} f64x2.mul f64x2.add v128.store align=8
        ${g('o')} ${g('io')} i32.add ${g('sr')} ${g('acci')} f64x2.mul ${g('si')} ${g('accr')} f64x2.mul f64x2.sub v128.store align=8
        ${g('wp')} ${g('cv')} i32.add ${s('wp')}
        ${g('e')} i32.const 1 i32.add ${s('e')}
        br $e_top
      end end`)})

  ;; YIN frame spectrum: out = Σ_{k < count} cvec[list[k]] and, when u ≠ 0 (a remainder U = cvec u),
  ;; + conj(V)·U with V = U + Σ_{δ=1..D} ω̄_δ·cvec[sl[δ − 1]], ω̄_δ the cvec at wc + (δ − 1)·16·nb.
  (func $yinframe (export "yinframe") (param $out i32) (param $list i32) (param $count i32) (param $u i32)
    (param $sl i32) (param $wc i32) (param $D i32) (param $nb i32) ${KLOCALS}
    (local $k i32) (local $end i32) (local $cv i32) (local $wp i32) (local $sp i32) (local $send i32)
    ${V128(['ur', 'ui', 'vr', 'vi'])}
    ${g('nb')} i32.const 4 i32.shl ${s('cv')}
    ${g('list')} ${g('count')} i32.const 2 i32.shl i32.add ${s('end')}
    ${g('sl')} ${g('D')} i32.const 2 i32.shl i32.add ${s('send')}
    ${vecLoop(`${g('list')} i32.load ${g('i')} i32.add ${s('x')}
      ${g('x')} v128.load align=8 ${s('or')} ${g('x')} ${g('io')} i32.add v128.load align=8 ${s('oi')}
      ${g('list')} i32.const 4 i32.add ${s('k')}
      ${forRange('k', g('end'), `
        ${g('k')} i32.load ${g('i')} i32.add ${s('x')}
        ${g('or')} ${g('x')} v128.load align=8 f64x2.add ${s('or')}
        ${g('oi')} ${g('x')} ${g('io')} i32.add v128.load align=8 f64x2.add ${s('oi')}
        `, { step: 4, unsigned: true, from: null })}
      ${g('u')}
      if
        ${cload('u', 'ur', 'ui')}
        ${g('ur')} ${s('vr')} ${g('ui')} ${s('vi')}
        ${g('wc')} ${g('i')} i32.add ${s('wp')}
        ${g('sl')} ${s('sp')}
        ${forRange('sp', g('send'), `
          ${g('sp')} i32.load ${g('i')} i32.add ${s('x')}
          ${g('x')} v128.load align=8 ${s('br')} ${g('x')} ${g('io')} i32.add v128.load align=8 ${s('bi')}
          ${g('wp')} v128.load align=8 ${s('wr')} ${g('wp')} ${g('io')} i32.add v128.load align=8 ${s('wi')}
          ${cmul('tr', 'ti', 'br', 'bi', 'wr', 'wi')}
          ${op('vr', 'vr', 'add', 'tr')} ${op('vi', 'vi', 'add', 'ti')}
          ${g('wp')} ${g('cv')} i32.add ${s('wp')}`, { step: 4, unsigned: true, from: null })}
        ;; conj(V)·U
        ${g('vr')} ${g('ur')} f64x2.mul ${g('vi')} ${g('ui')} f64x2.mul f64x2.add ${g('or')} f64x2.add ${s('or')}
        ${g('vr')} ${g('ui')} f64x2.mul ${g('vi')} ${g('ur')} f64x2.mul f64x2.sub ${g('oi')} f64x2.add ${s('oi')}
      end
      ${cstore('out', 'or', 'oi')}`)})

  ;; YIN's cumulative mean normalised difference of one frame (pitch-cmnd.ts 'emit', same operations in the same
  ;; order): r(k) = z[k]·scale (k = 0 … K, z float64s), x the frame's samples,
  ;;   d(k) = 2·(r(0) − r(k)) − [k > 1]·Σ_{n<k} x[n]²,  cum(k) = Σ_{m=1..k} d(m),
  ;;   out[k − minP] = d(k) / (cum(k) / k + tiny),  k = minP … K.
  ;; Pass 1 (scalar, sequential sums) leaves d(k) and cum(k) in dbuf, cbuf (indexed by k); pass 2 divides two
  ;; periods per vector, using kf = (0, 1, 2, …) as float64s.
  (func $cmnd (export "cmnd") (param $z i32) (param $scale f64) (param $x i32) (param $K i32) (param $minP i32)
    (param $out i32) (param $dbuf i32) (param $cbuf i32) (param $kf i32) (param $tiny f64) (param $thr f64) (result i32)
    (local $k i32) (local $o i32) (local $r0 f64) (local $v f64) (local $cs f64) (local $cum f64) (local $d f64)
    ${V128(['dv', 'cv', 'kv', 'tv'])}
    ${g('z')} f64.load ${g('scale')} f64.mul ${s('r0')}
    f64.const 0 ${s('cs')} f64.const 0 ${s('cum')}
    i32.const 1 ${s('k')}
    block $p1_end loop $p1
      ${g('k')} ${g('K')} i32.gt_u br_if $p1_end
      ${g('k')} i32.const 3 i32.shl ${s('o')}
      ${g('x')} ${g('o')} i32.add i32.const 8 i32.sub f64.load ${s('v')}
      ${g('cs')} ${g('v')} ${g('v')} f64.mul f64.add ${s('cs')}
      f64.const 2 ${g('r0')} ${g('z')} ${g('o')} i32.add f64.load ${g('scale')} f64.mul f64.sub f64.mul
      ${g('cs')} f64.const 0 ${g('k')} i32.const 1 i32.gt_u select f64.sub ${s('d')}
      ${g('cum')} ${g('d')} f64.add ${s('cum')}
      ${g('dbuf')} ${g('o')} i32.add ${g('d')} f64.store
      ${g('cbuf')} ${g('o')} i32.add ${g('cum')} f64.store
      ${g('k')} i32.const 1 i32.add ${s('k')}
      br $p1
    end end
    ${g('tiny')} f64x2.splat ${s('tv')}
    ${g('minP')} ${s('k')}
    block $p2_end loop $p2
      ${g('k')} ${g('K')} i32.gt_u br_if $p2_end
      ${g('k')} i32.const 3 i32.shl ${s('o')}
      ${g('dbuf')} ${g('o')} i32.add v128.load align=8 ${s('dv')}
      ${g('cbuf')} ${g('o')} i32.add v128.load align=8 ${s('cv')}
      ${g('kf')} ${g('o')} i32.add v128.load align=8 ${s('kv')}
      ${g('out')} ${g('k')} ${g('minP')} i32.sub i32.const 3 i32.shl i32.add
      ${g('dv')} ${g('cv')} ${g('kv')} f64x2.div ${g('tv')} f64x2.add f64x2.div v128.store align=8
      ${g('k')} i32.const 2 i32.add ${s('k')}
      br $p2
    end end
    ;; YIN's choice for threshold thr (NaN: none, −1)
    ${g('thr')} ${g('thr')} f64.ne
    if i32.const -1 return end
    ${g('out')} ${g('K')} ${g('minP')} i32.sub i32.const 1 i32.add ${g('thr')} call $yinpick)

  ;; YIN's period choice on c[0 … L) (pitch-cmnd.ts yinTrough, same comparisons): the first local minimum below thr
  ;; (index 0 counts if below index 1, the last if below the one before it), else the first global minimum.
  (func $yinpick (export "yinpick") (param $c i32) (param $L i32) (param $thr f64) (result i32)
    (local $i i32) (local $k i32) (local $v f64) (local $best f64) (local $p i32)
    ${g('c')} f64.load ${g('c')} f64.load offset=8 f64.lt ${g('c')} f64.load ${g('thr')} f64.lt i32.and
    if i32.const 0 return end
    i32.const 1 ${s('i')}
    block $done loop $top
      ${g('i')} ${g('L')} i32.const 1 i32.sub i32.ge_s br_if $done
      ${g('c')} ${g('i')} i32.const 3 i32.shl i32.add ${s('p')}
      ${g('p')} f64.load ${s('v')}
      ${g('v')} ${g('thr')} f64.lt
      if
        ${g('v')} ${g('p')} i32.const 8 i32.sub f64.load f64.lt ${g('v')} ${g('p')} f64.load offset=8 f64.le i32.and
        if ${g('i')} return end
      end
      ${g('i')} i32.const 1 i32.add ${s('i')}
      br $top
    end end
    ${g('c')} ${g('L')} i32.const 1 i32.sub i32.const 3 i32.shl i32.add ${s('p')}
    ${g('p')} f64.load ${g('p')} i32.const 8 i32.sub f64.load f64.lt ${g('p')} f64.load ${g('thr')} f64.lt i32.and
    if ${g('L')} i32.const 1 i32.sub return end
    i32.const 0 ${s('k')} ${g('c')} f64.load ${s('best')}
    ${forRange('i', g('L'), `
      ${g('c')} ${g('i')} i32.const 3 i32.shl i32.add f64.load ${s('v')}
      ${g('v')} ${g('best')} f64.lt
      if ${g('v')} ${s('best')} ${g('i')} ${s('k')} end`, { from: 'i32.const 1' })}
    ${g('k')})

  ;; Two windowed frames into the FFT input z (cvec of length n): Re z[i] = a[i]·win[i], Im z[i] = b[i]·win[i] for
  ;; i in [w0, w1) (even bounds; win is 0 outside its support), zeros elsewhere; b = 0 leaves Im z all zeros.
  ;; a, b, win: byte offsets of float64 arrays.
  (func $window2 (export "window2") (param $a i32) (param $b i32) (param $win i32) (param $w0 i32) (param $w1 i32)
    (param $n i32) (param $z i32)
    (local $i i32) (local $io i32) (local $end i32)
    ${g('n')} i32.const 3 i32.shl ${s('io')}
    ${g('w0')} i32.const 3 i32.shl ${s('i')}
    ${g('w1')} i32.const 3 i32.shl ${s('end')}
    ;; zeros before and after the support, in both halves
    ${g('z')} i32.const 0 ${g('i')} memory.fill
    ${g('z')} ${g('end')} i32.add i32.const 0 ${g('io')} ${g('end')} i32.sub memory.fill
    ${g('z')} ${g('io')} i32.add i32.const 0 ${g('i')} memory.fill
    ${g('z')} ${g('io')} i32.add ${g('end')} i32.add i32.const 0 ${g('io')} ${g('end')} i32.sub memory.fill
    ${g('b')} i32.eqz
    if
      ${g('z')} ${g('io')} i32.add ${g('i')} i32.add i32.const 0 ${g('end')} ${g('i')} i32.sub memory.fill
    end
    ${forRange('i', g('end'), `
      ${g('z')} ${g('i')} i32.add
      ${g('a')} ${g('i')} i32.add v128.load align=8 ${g('win')} ${g('i')} i32.add v128.load align=8 f64x2.mul
      v128.store align=8
      ${g('b')}
      if
        ${g('z')} ${g('io')} i32.add ${g('i')} i32.add
        ${g('b')} ${g('i')} i32.add v128.load align=8 ${g('win')} ${g('i')} i32.add v128.load align=8 f64x2.mul
        v128.store align=8
      end`, { step: 16, unsigned: true, from: null })})

  ;; Sparse mel filterbank: out[m] = Σ_{j ∈ [off[m], off[m+1])} w[j]·p[start[m] + j − off[m]], m < n_mels
  ;; (start, off: i32 arrays; w, p, out: float64), accumulated in the same order as mel.ts.
  (func $melbank (export "melbank") (param $p i32) (param $start i32) (param $off i32) (param $w i32) (param $nm i32)
    (param $out i32)
    (local $m i32) (local $j i32) (local $j1 i32) (local $q i32) (local $acc f64)
    ${forRange('m', g('nm'), `
      ${g('off')} ${g('m')} i32.const 2 i32.shl i32.add i32.load ${s('j')}
      ${g('off')} ${g('m')} i32.const 2 i32.shl i32.add i32.load offset=4 ${s('j1')}
      ;; q = byte offset of p[start[m]] minus 8·off[m]
      ${g('p')} ${g('start')} ${g('m')} i32.const 2 i32.shl i32.add i32.load ${g('j')} i32.sub i32.const 3 i32.shl i32.add ${s('q')}
      f64.const 0 ${s('acc')}
      ${forRange('j', g('j1'), `
        ${g('acc')}
        ${g('w')} ${g('j')} i32.const 3 i32.shl i32.add f64.load
        ${g('q')} ${g('j')} i32.const 3 i32.shl i32.add f64.load
        f64.mul f64.add ${s('acc')}`, { unsigned: true, from: null })}
      ${g('out')} ${g('m')} i32.const 3 i32.shl i32.add ${g('acc')} f64.store`, { unsigned: true })})

  ;; Orthonormal DCT-II of every frame (mfcc.ts FoldedDct): x is frames × n float64 (frame-major); each frame is
  ;; folded into sum/diff (hp = half rounded up to even, zero-padded), row k of the half basis (k × hp, zero-padded)
  ;; is applied to sum (k even) or diff (k odd), times lift[k], and stored as float32 at out[k·frames + t].
  (func $dct (export "dct") (param $x i32) (param $frames i32) (param $n i32) (param $half i32) (param $hp i32)
    (param $basis i32) (param $nk i32) (param $lift i32) (param $fold i32) (param $out i32)
    (local $t i32) (local $m i32) (local $k i32) (local $xo i32) (local $a f64) (local $b f64) (local $v i32)
    (local $row i32) (local $end i32) (local $di i32)
    ${V128(['acc'])}
    ${g('hp')} i32.const 3 i32.shl ${s('di')}
    ${forRange('t', g('frames'), `
      ${g('x')} ${g('t')} ${g('n')} i32.mul i32.const 3 i32.shl i32.add ${s('xo')}
      ${forRange('m', g('half'), `
        ${g('xo')} ${g('m')} i32.const 3 i32.shl i32.add f64.load ${s('a')}
        ${g('xo')} ${g('n')} i32.const 1 i32.sub ${g('m')} i32.sub i32.const 3 i32.shl i32.add f64.load ${s('b')}
        ${g('fold')} ${g('m')} i32.const 3 i32.shl i32.add ${g('a')} ${g('b')} f64.add f64.store
        ${g('fold')} ${g('di')} i32.add ${g('m')} i32.const 3 i32.shl i32.add ${g('a')} ${g('b')} f64.sub f64.store
        `, { unsigned: true })}
      ${g('n')} i32.const 1 i32.and
      if
        ;; the middle band pairs with itself: once in the even rows, not at all in the odd ones
        ${g('fold')} ${g('half')} i32.const 1 i32.sub i32.const 3 i32.shl i32.add
        ${g('xo')} ${g('half')} i32.const 1 i32.sub i32.const 3 i32.shl i32.add f64.load f64.store
        ${g('fold')} ${g('di')} i32.add ${g('half')} i32.const 1 i32.sub i32.const 3 i32.shl i32.add f64.const 0 f64.store
      end
      ${forRange('k', g('nk'), `
        ${g('fold')} ${g('di')} i32.const 0 ${g('k')} i32.const 1 i32.and select i32.add ${s('v')}
        ${g('basis')} ${g('k')} ${g('di')} i32.mul i32.add ${s('row')}
        ${g('row')} ${g('di')} i32.add ${s('end')}
        v128.const f64x2 0 0 ${s('acc')}
        block $m_done loop $m_top
          ${g('row')} ${g('end')} i32.ge_u br_if $m_done
          ${g('acc')} ${g('row')} v128.load align=8 ${g('v')} v128.load align=8 f64x2.mul f64x2.add ${s('acc')}
          ${g('row')} i32.const 16 i32.add ${s('row')}
          ${g('v')} i32.const 16 i32.add ${s('v')}
          br $m_top
        end end
        ${g('out')} ${g('k')} ${g('frames')} i32.mul ${g('t')} i32.add i32.const 2 i32.shl i32.add
        ${g('acc')} f64x2.extract_lane 0 ${g('acc')} f64x2.extract_lane 1 f64.add
        ${g('lift')} ${g('k')} i32.const 3 i32.shl i32.add f64.load f64.mul
        f32.demote_f64 f32.store`, { unsigned: true })}`, { unsigned: true })})

  ;; The top_db floor and the float32 transpose of a frame-major dB matrix x (frames × n float64): returns max(x)
  ;; when floor is NaN (the first call); otherwise sets x = max(x, floor) in place (db.ts clampTopDb: x < floor ?
  ;; floor : x) and writes out[m·frames + t] = float32(x[t·n + m]).
  (func $dbclamp (export "dbclamp") (param $x i32) (param $frames i32) (param $n i32) (param $floor f64) (param $out i32)
    (result f64)
    (local $t i32) (local $m i32) (local $p i32) (local $end i32) (local $v f64) (local $peak f64)
    ${g('floor')} ${g('floor')} f64.ne
    if
      f64.const -Infinity ${s('peak')}
      ${g('x')} ${s('p')}
      ${g('x')} ${g('frames')} ${g('n')} i32.mul i32.const 3 i32.shl i32.add ${s('end')}
      ${forRange('p', g('end'), `
        ${g('p')} f64.load ${s('v')}
        ${g('v')} ${g('peak')} f64.gt if ${g('v')} ${s('peak')} end`, { step: 8, unsigned: true, from: null })}
      ${g('peak')} return
    end
    ${forRange('t', g('frames'), `
      ${forRange('m', g('n'), `
        ${g('x')} ${g('t')} ${g('n')} i32.mul ${g('m')} i32.add i32.const 3 i32.shl i32.add ${s('p')}
        ${g('p')} f64.load ${s('v')}
        ${g('v')} ${g('floor')} f64.lt if ${g('floor')} ${s('v')} ${g('p')} ${g('v')} f64.store end
        ${g('out')} ${g('m')} ${g('frames')} i32.mul ${g('t')} i32.add i32.const 2 i32.shl i32.add ${g('v')} f32.demote_f64 f32.store
        `, { unsigned: true })}
      `, { unsigned: true })}
    ${g('floor')})

  ;; Per-block statistics of a float64 signal x[0 … len) on blocks of g samples shifted by shift (block b holds
  ;; x[b·g − shift … (b+1)·g − shift) ∩ [0, len)), b < nb, into out (float64): with crossings = 0 the sum of
  ;; squares; otherwise the number of pairs (s−1, s), s ≥ 1, in the block whose signs differ, the sign being x < nthr
  ;; (energy.ts). Two samples per vector; counts are summed as float64 (exact).
  (func $blocksums (export "blocksums") (param $x i32) (param $len i32) (param $shift i32) (param $g i32) (param $nb i32)
    (param $crossings i32) (param $nthr f64) (param $out i32)
    (local $b i32) (local $lo i32) (local $hi i32) (local $s i32) (local $p i32) (local $acc f64)
    ${V128(['va', 'vt', 'one', 'v', 'w'])}
    ${g('nthr')} f64x2.splat ${s('vt')}
    f64.const 1 f64x2.splat ${s('one')}
    ${forRange('b', g('nb'), `
      ${g('b')} ${g('g')} i32.mul ${g('shift')} i32.sub ${s('lo')}
      i32.const 0 ${g('lo')} ${g('lo')} i32.const 0 i32.lt_s select ${s('lo')}
      ${g('b')} i32.const 1 i32.add ${g('g')} i32.mul ${g('shift')} i32.sub ${s('hi')}
      ${g('hi')} ${g('len')} ${g('hi')} ${g('len')} i32.lt_s select ${s('hi')}
      ${g('crossings')} if
        ${g('lo')} i32.const 1 ${g('lo')} i32.const 1 i32.gt_s select ${s('lo')}
      end
      v128.const f64x2 0 0 ${s('va')}
      f64.const 0 ${s('acc')}
      ${g('lo')} ${s('s')}
      block $sd loop $st
        ${g('s')} i32.const 1 i32.add ${g('hi')} i32.ge_s br_if $sd
        ${g('x')} ${g('s')} i32.const 3 i32.shl i32.add ${s('p')}
        ${g('p')} v128.load align=8 ${s('v')}
        ${g('crossings')}
        if
          ${g('p')} i32.const 8 i32.sub v128.load align=8 ${s('w')}
          ${g('va')} ${g('v')} ${g('vt')} f64x2.lt ${g('w')} ${g('vt')} f64x2.lt v128.xor ${g('one')} v128.and f64x2.add ${s('va')}
        else
          ${g('va')} ${g('v')} ${g('v')} f64x2.mul f64x2.add ${s('va')}
        end
        ${g('s')} i32.const 2 i32.add ${s('s')}
        br $st
      end end
      ;; one sample left over
      ${g('s')} ${g('hi')} i32.lt_s
      if
        ${g('x')} ${g('s')} i32.const 3 i32.shl i32.add ${s('p')}
        ${g('crossings')}
        if
          f64.const 1 f64.const 0
          ${g('p')} f64.load ${g('nthr')} f64.lt ${g('p')} i32.const 8 i32.sub f64.load ${g('nthr')} f64.lt i32.xor
          select ${s('acc')}
        else
          ${g('p')} f64.load ${g('p')} f64.load f64.mul ${s('acc')}
        end
      end
      ${g('out')} ${g('b')} i32.const 3 i32.shl i32.add
      ${g('va')} f64x2.extract_lane 0 ${g('va')} f64x2.extract_lane 1 f64.add ${g('acc')} f64.add f64.store`)})

  ;; The interior of librosa's delta for width 9 (delta.ts, same expression and order): for each row r of x
  ;; (rows × n float32) and 4 ≤ t < n − 4, out[r·n + t] = float32(w0·x[t] + w1·(x[t+1] ∓ x[t−1]) + … + w4·(x[t+4] ∓
  ;; x[t−4])), minus for odd orders (odd ≠ 0), plus for even. Two frames per vector; the edges are left alone.
  (func $delta9 (export "delta9") (param $x i32) (param $rows i32) (param $n i32) (param $odd i32)
    (param $f0 f64) (param $f1 f64) (param $f2 f64) (param $f3 f64) (param $f4 f64) (param $out i32)
    (local $r i32) (local $t i32) (local $c i32) (local $o i32) (local $end i32)
    ${V128(['w0', 'w1', 'w2', 'w3', 'w4', 'a'])}
    ${[0, 1, 2, 3, 4].map((j) => `${g(`f${j}`)} f64x2.splat ${s(`w${j}`)}`).join(' ')}
    ${forRange('r', g('rows'), `
      i32.const 4 ${s('t')}
      ${g('n')} i32.const 4 i32.sub ${s('end')}
      block $td loop $tt
        ${g('t')} i32.const 1 i32.add ${g('end')} i32.ge_s br_if $td
        ${delta9Frames()}
        ${g('o')} ${g('a')} f32x4.demote_f64x2_zero f32x4.extract_lane 0 f32.store
        ${g('o')} ${g('a')} f32x4.demote_f64x2_zero f32x4.extract_lane 1 f32.store offset=4
        ${g('t')} i32.const 2 i32.add ${s('t')}
        br $tt
      end end
      ;; an odd count leaves one frame: the same sum, lane 0 stored
      ${g('t')} ${g('end')} i32.lt_s
      if
        ${delta9Frames()}
        ${g('o')} ${g('a')} f32x4.demote_f64x2_zero f32x4.extract_lane 0 f32.store
      end`, { unsigned: true })})

  ;; max |x[i]| over i < n (float64), NaN ignored as in extract.ts (a sample replaces the peak only if greater).
  (func $peakabs (export "peakabs") (param $x i32) (param $n i32) (result f64)
    (local $p i32) (local $end i32) (local $b f64) (local $v f64)
    ${V128(['pk', 'av'])}
    v128.const f64x2 0 0 ${s('pk')}
    ${g('x')} ${s('p')}
    ${g('x')} ${g('n')} i32.const -2 i32.and i32.const 3 i32.shl i32.add ${s('end')}
    ${forRange('p', g('end'), `
      ${g('p')} v128.load align=8 f64x2.abs ${s('av')}
      ${g('av')} ${g('pk')} ${g('av')} ${g('pk')} f64x2.gt v128.bitselect ${s('pk')}
      `, { step: 16, unsigned: true, from: null })}
    ${g('pk')} f64x2.extract_lane 0 ${s('b')}
    ${g('pk')} f64x2.extract_lane 1 ${s('v')}
    ${g('v')} ${g('b')} f64.gt if ${g('v')} ${s('b')} end
    ${g('n')} i32.const 1 i32.and
    if
      ${g('end')} f64.load f64.abs ${s('v')}
      ${g('v')} ${g('b')} f64.gt if ${g('v')} ${s('b')} end
    end
    ${g('b')})

  ;; out (cvec of length n) = conj(Y) with Y[f] = Ra[f] + i·Rb[f], Y[n−f] = conj Ra[f] + i·conj Rb[f], f = 0 … n/2,
  ;; from two Hermitian half spectra Ra, Rb (cvecs of length nb); bins 0 and n/2 use the real parts only.
  (func $hermpack (export "hermpack") (param $out i32) (param $n i32) (param $ra i32) (param $rb i32) (param $nb i32)
    (local $f i32) (local $h i32) (local $io i32) (local $ib i32) (local $x i32) (local $y i32)
    ${V128(['ar', 'ai', 'br', 'bi'])}
    ${g('n')} i32.const 3 i32.shl ${s('io')}
    ${g('nb')} i32.const 3 i32.shl ${s('ib')}
    ${g('n')} i32.const 1 i32.shr_u ${s('h')}
    ${forRange('f', g('h'), `
      ${g('f')} i32.const 3 i32.shl ${s('x')}
      ${g('ra')} ${g('x')} i32.add v128.load align=8 ${s('ar')} ${g('ra')} ${g('x')} i32.add ${g('ib')} i32.add v128.load align=8 ${s('ai')}
      ${g('rb')} ${g('x')} i32.add v128.load align=8 ${s('br')} ${g('rb')} ${g('x')} i32.add ${g('ib')} i32.add v128.load align=8 ${s('bi')}
      ${g('out')} ${g('x')} i32.add ${s('y')}
      ${g('y')} ${g('ar')} ${g('bi')} f64x2.sub v128.store align=8
      ${g('y')} ${g('io')} i32.add ${g('ai')} ${g('br')} f64x2.add f64x2.neg v128.store align=8
      ${g('out')} ${g('n')} ${g('f')} i32.sub i32.const 1 i32.sub i32.const 3 i32.shl i32.add ${s('y')}
      ${g('y')} ${g('ar')} ${g('bi')} f64x2.add ${g('ar')} ${g('bi')} f64x2.add i8x16.shuffle ${SWAP} v128.store align=8
      ${g('y')} ${g('io')} i32.add ${g('ai')} ${g('br')} f64x2.sub ${g('ai')} ${g('br')} f64x2.sub i8x16.shuffle ${SWAP} v128.store align=8
      `, { step: 2, unsigned: true, from: 'i32.const 1' })}
    ;; bins 0 and n/2 (the loop above also wrote n/2, from the pair (n/2 − 1, n/2), with the general formula)
    ${g('out')} ${g('ra')} f64.load f64.store
    ${g('out')} ${g('io')} i32.add ${g('rb')} f64.load f64.neg f64.store
    ${g('out')} ${g('h')} i32.const 3 i32.shl i32.add ${s('y')}
    ${g('y')} ${g('ra')} ${g('h')} i32.const 3 i32.shl i32.add f64.load f64.store
    ${g('y')} ${g('io')} i32.add ${g('rb')} ${g('h')} i32.const 3 i32.shl i32.add f64.load f64.neg f64.store)`;

type Fn = (...args: number[]) => number;

/** This thread's kernels and their memory, with a bump allocator (allocations live as long as the thread). */
export class WasmDsp {
  private readonly memory: WasmMemory;
  private readonly exports: Record<string, unknown>;
  private top = 64;
  private view: Float64Array;
  private readonly regions = new Map<string, { at: number; count: number }>();
  private readonly ffts = new Map<number, { run: Fn; tw: number; tw1: number }>();
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
  private i32view: Int32Array;
  private readonly sizes: number[];

  constructor(sizes: number[]) {
    this.sizes = sizes;
    this.memory = new WebAssemblyJs.Memory({ initial: 16, maximum: MAX_HEAP_BYTES / WASM_PAGE_BYTES });
    // FFTs are compiled per size on first use (their own modules on the same memory): a worker pays for the
    // sizes it needs (~5 ms each), not for all of them.
    this.exports = instantiateOnMemory(new WebAssemblyJs.Module(assemble(memoryModule(KERNELS))), this.memory);
    this.view = new Float64Array(this.memory.buffer);
    const fn = (name: string) => this.exports[name] as Fn;
    this.unpack2 = fn('unpack2');
    this.power2 = fn('power2');
    this.hermpack = fn('hermpack');
    this.yinblock = fn('yinblock');
    this.yinframe = fn('yinframe');
    this.cmnd = fn('cmnd');
    this.window2 = fn('window2');
    this.melbank = fn('melbank');
    this.dct = fn('dct');
    this.dbclamp = fn('dbclamp');
    this.blocksums = fn('blocksums');
    this.peakabs = fn('peakabs');
    this.delta9 = fn('delta9');
    this.i32view = new Int32Array(this.memory.buffer);
  }

  /** The memory as float64 (re-read after any `alloc`, which may grow and so detach an older view). */
  get f64(): Float64Array {
    if (this.view.buffer !== this.memory.buffer) this.view = new Float64Array(this.memory.buffer);
    return this.view;
  }

  /** The memory as int32 (for pointer lists). */
  get i32(): Int32Array {
    if (this.i32view.buffer !== this.memory.buffer) this.i32view = new Int32Array(this.memory.buffer);
    return this.i32view;
  }

  /** `count` zeroed float64s, 16-byte aligned; returns the byte offset. */
  alloc(count: number): number {
    const at = this.top;
    // Plain arithmetic, not `& ~15`: a bitwise and wraps past 2^31 to a negative offset, and that wrapped top was
    // the "RangeError: offset is out of bounds" of clips past ~55 min, which then failed every later clip too.
    const top = Math.ceil((at + 8 * count) / 16) * 16;
    if (top > MAX_HEAP_BYTES) {
      throw new AudioError('TOO_LONG', `input too long: the feature kernels would need ${(top / 2 ** 20).toFixed(0)} MiB of wasm memory, more than the ${MAX_HEAP_BYTES / 2 ** 20} MiB they may use`);
    }
    const need = top - this.memory.buffer.byteLength;
    if (need > 0) {
      try {
        this.memory.grow(Math.ceil(need / WASM_PAGE_BYTES));
      } catch (e) {
        throw new AudioError('TOO_LONG', `input too long: could not grow the feature kernels' wasm memory to ${(top / 2 ** 20).toFixed(0)} MiB`, { cause: e });
      }
    }
    // Committed only once the memory is there: a refused allocation leaves this kernel set as it was.
    this.top = top;
    this.f64.fill(0, at / 8, at / 8 + count);
    return at;
  }

  /** Bytes of wasm memory this kernel set holds (it never shrinks; `resetWasmDsp` gives it back). */
  get heapBytes(): number {
    return this.memory.buffer.byteLength;
  }

  /**
   * A reusable region of at least `count` float64s under `name` (grown by reallocation, contents not kept):
   * for per-call buffers whose size follows the input, which a bump allocator could not give back.
   */
  region(name: string, count: number): number {
    const r = this.regions.get(name);
    if (r !== undefined && r.count >= count) return r.at;
    const size = Math.max(count, Math.ceil((r?.count ?? 0) * 1.5));
    const at = this.alloc(size);
    this.regions.set(name, { at, count: size });
    return at;
  }

  /**
   * `fft(x, y)` of size n: forward complex FFT of cvec x (length n; overwritten) using y (length n) as scratch;
   * returns the byte offset (x or y) of the result.
   */
  fft(n: number): (x: number, y: number) => number {
    let plan = this.ffts.get(n);
    if (plan === undefined) {
      if (!this.sizes.includes(n)) throw new RangeError(`no ${n}-point FFT in this kernel set (sizes ${this.sizes.join(', ')})`);
      const tw = this.alloc(2 * n);
      const tw1 = this.alloc(6 * (n / 4));
      const v = this.f64;
      for (let k = 0; k < n; k++) {
        const [c, sn] = unitRoot(k, n);
        v[tw / 8 + k] = c;
        v[tw / 8 + n + k] = sn;
      }
      const q = n / 4;
      for (let p = 0; p < q; p++) {
        for (let j = 1; j <= 3; j++) {
          const [c, sn] = unitRoot(j * p, n);
          v[tw1 / 8 + (2 * (j - 1)) * q + p] = c;
          v[tw1 / 8 + (2 * (j - 1) + 1) * q + p] = sn;
        }
      }
      const module = new WebAssemblyJs.Module(assemble(memoryModule(fftWat(n))));
      const run = instantiateOnMemory(module, this.memory)[`fft${n}`] as Fn;
      plan = { run, tw, tw1 };
      this.ffts.set(n, plan);
    }
    const { run, tw, tw1 } = plan;
    return (x, y) => run(x, y, tw, tw1);
  }
}

/** e^{−2πi·k/n} as [cos, −sin], exact at multiples of a quarter turn. */
export function unitRoot(k: number, n: number): [number, number] {
  const m = k % n;
  if (m === 0) return [1, 0];
  if (4 * m === n) return [0, -1];
  if (2 * m === n) return [-1, 0];
  if (4 * m === 3 * n) return [0, 1];
  const a = (2 * Math.PI * m) / n;
  return [Math.cos(a), -Math.sin(a)];
}

/** FFT sizes compiled into the shared kernel set. */
const SIZES = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192];
/** The largest of them. */
export const MAX_WASM_FFT = SIZES[SIZES.length - 1];

let shared: WasmDsp | undefined;
const resetHooks: Array<() => void> = [];

/** This thread's kernel set (compiled on first use). */
export function wasmDsp(): WasmDsp {
  shared ??= new WasmDsp(SIZES);
  return shared;
}

/**
 * Registers a cache of byte offsets into this thread's kernel memory (buffers, tables, engines), to be dropped by
 * `resetWasmDsp`: offsets into a discarded memory must never be used with the next one.
 */
export function onWasmDspReset(clear: () => void): void {
  resetHooks.push(clear);
}

/**
 * Discards this thread's kernel set and every cache of offsets into it; the next `wasmDsp()` compiles a fresh one.
 * Called after any unexpected failure of an extraction (whatever state it left behind dies with it, so one file
 * cannot break the next) and after a clip that grew the memory past `keepBytes` (wasm memory never shrinks: this
 * gives it back).
 */
export function resetWasmDsp(): void {
  shared = undefined;
  for (const clear of resetHooks) clear();
}

/** Memory a thread may keep between clips (~10 min of audio at 16 kHz needs more): above it, it is given back. */
export const KEEP_HEAP_BYTES = 256 * 2 ** 20;

/** `resetWasmDsp` if this thread's kernel memory has grown past `keepBytes`. */
export function releaseLargeWasmHeap(keepBytes = KEEP_HEAP_BYTES): void {
  if (shared !== undefined && shared.heapBytes > keepBytes) resetWasmDsp();
}
