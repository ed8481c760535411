/**
 * The cumulative mean normalised difference function (CMND) of YIN, frame by frame, as librosa 0.11 computes it
 * in `_cumulative_mean_normalized_difference` (since librosa PR #1882, the whole frame is the integration window;
 * there is no `win_length` any more):
 *
 *   r(k)   = Σ_{n=0}^{N−1−k} x[n]·x[n+k]                        autocorrelation of the frame (`util.autocorrelate`)
 *   d(k)   = 2·(r(0) − r(k)) − Σ_{n<k} x[n]²,  k = 2 … max_period;   d(1) = 2·(r(0) − r(1))
 *            (librosa sets the cumsum's entry 0 to zero before subtracting it: a quirk, reproduced)
 *   cmnd(k) = d(k) / (mean(d(1 … k)) + tiny),    k = min_period … max_period
 *
 * `tiny` is float32's smallest normal (librosa runs on the float32 input dtype); it only matters where the mean is
 * exactly zero (a silent frame, whose CMND is then 0 everywhere, as in librosa).
 *
 * Two engines compute r(k) for every frame:
 *
 * - `direct`: one zero-padded FFT of each frame (size ≥ N + max_period, so lags ≤ max_period don't alias), power
 *   spectrum, inverse FFT. Simple; it is the reference the blocked engine is tested against.
 *
 * - `blocked`: frames overlap by N − hop, so most of a frame's lag products were already seen by the previous
 *   frames. The padded signal is cut into hop-sized blocks S_j; each block is transformed once (size M, a power
 *   of two ≥ max(hop·(D+1), max_period + hop) with D = ⌈max_period/hop⌉: 512 for the defaults) and stored with
 *   its products with the blocks after it. A frame is q = ⌊N/hop⌋ whole blocks plus a remainder U (the first
 *   ρ = N − q·hop samples of the next block, treated as a partial block), so its correlation spectrum for lags ≥ 0
 *   is the sum over pairs of its blocks (j ≤ j + δ, both inside the frame, δ ≤ D) of ω^{hop·δ}·conj(S_j)·S_{j+δ},
 *   plus the remainder's terms, ω = e^{−2πi·f/M}. Grouped by the first block of each pair:
 *     R = Σ_{j=t}^{t+q−1−D} F_D(j) + Σ_{e=0}^{D−1} F_e(t+q−1−e) + conj(V)·U,
 *     F_e(j) = conj(S_j)·W_e(j),  W_e(j) = Σ_{δ=0..e} ω^{hop·δ}·S_{j+δ},   V = U + Σ_{δ=1..D} ω^{−hop·δ}·S_{t+q−δ},
 *   where F_e(j) depends on the block only, so it is formed once per block (e = 0 … D). Pairs of blocks more than
 *   D apart only make lags > max_period, which are never needed, and M is large enough that no lag aliases onto
 *   0 … max_period. One complex FFT transforms two new blocks, one the remainders of two frames, and one inverts
 *   both frames' spectra (as R_t + i·R_{t+1}): per frame 1.5 complex FFTs of size 512 plus two passes over the
 *   bins, instead of two real FFTs of size ≥ N + max_period. Frame sums are formed afresh (no running sums), so
 *   there is no drift. Packing two real signals in one complex FFT lets the louder leak rounding into the quieter,
 *   so frames whose energies differ by more than 1e4 get separate inverse transforms. The transforms, the bin
 *   passes and the CMND itself run in the float64 SIMD kernels of wasm-dsp.ts (about 3× faster than the same work
 *   in JavaScript with fft.js); the result is the same to float64 rounding (see the engine test).
 *
 * Both engines treat an all-zero frame exactly (r ≡ 0), as librosa does.
 */
import { getRealFft } from './fft.js';
import { MAX_WASM_FFT, onWasmDspReset, unitRoot, wasmDsp, type WasmDsp } from './wasm-dsp.js';

/** numpy.finfo(np.float32).tiny: librosa's `util.tiny` for the float32 frames it works on. */
export const FLOAT32_TINY = 1.1754943508222875e-38;

/** Framing and period range of one YIN/pYIN call (librosa's names). */
export interface CmndGeometry {
  frame_length: number;
  hop_length: number;
  /** ⌊sr / fmax⌋ */
  minPeriod: number;
  /** min(⌈sr / fmin⌉, frame_length − 1) */
  maxPeriod: number;
  center: boolean;
}

/**
 * Called once per frame, in order, with the CMND at periods min_period … max_period (`cmnd[i]` is period
 * min_period + i). The array is reused for the next frame. `energy` is Σ x² over the frame (0 for a silent frame).
 * `trough` is `yinTrough(cmnd, threshold)` when `forEachCmnd` was given a threshold, else −1.
 */
export type CmndVisitor = (t: number, cmnd: Float64Array, energy: number, trough: number) => void;

/**
 * YIN's choice of period index in a CMND: the first trough (`util.localmin`, index 0 a trough if below index 1,
 * the last index if below the one before) whose value is below `threshold`, else the global minimum (its first
 * occurrence, as np.argmin).
 */
export function yinTrough(c: Float64Array, threshold: number): number {
  const L = c.length;
  if (c[0] < c[1] && c[0] < threshold) return 0;
  for (let i = 1; i < L - 1; i++) {
    const v = c[i];
    if (v < threshold && v < c[i - 1] && v <= c[i + 1]) return i;
  }
  if (c[L - 1] < c[L - 2] && c[L - 1] < threshold) return L - 1;
  let k = 0;
  for (let i = 1; i < L; i++) if (c[i] < c[k]) k = i;
  return k;
}

export type CmndEngineKind = 'blocked' | 'direct';

/** Number of frames librosa's `util.frame` yields for n samples (after centring), or throws if there are none. */
export function frameCount(n: number, g: CmndGeometry): number {
  const padded = g.center ? n + 2 * Math.floor(g.frame_length / 2) : n;
  if (padded < g.frame_length) {
    throw new RangeError(
      `input is too short (${n} samples) for frame_length=${g.frame_length} with center=false`,
    );
  }
  return 1 + Math.floor((padded - g.frame_length) / g.hop_length);
}

abstract class CmndEngine {
  protected readonly N: number;
  protected readonly hop: number;
  protected readonly K: number;
  protected readonly minP: number;
  protected readonly g: CmndGeometry;
  /** Padded signal (float64), grown as needed; zero beyond the signal. */
  protected xp: Float64Array = new Float64Array(0);
  /** r(0 … K) of the current frame. */
  protected readonly r: Float64Array;
  private readonly cmnd: Float64Array;

  constructor(g: CmndGeometry) {
    this.g = g;
    this.N = g.frame_length;
    this.hop = g.hop_length;
    this.K = g.maxPeriod;
    this.minP = g.minPeriod;
    this.r = new Float64Array(this.K + 1);
    this.cmnd = new Float64Array(this.K - this.minP + 1);
  }

  /** Loads y (zero-padded by ⌊N/2⌋ on both sides if centred) into `xp`, zeroed up to `minLength`. */
  protected load(y: ArrayLike<number>, minLength: number): void {
    const pad = this.g.center ? Math.floor(this.N / 2) : 0;
    const need = Math.max(y.length + 2 * pad, minLength);
    if (this.xp.length < need) this.xp = new Float64Array(Math.max(need, Math.ceil(this.xp.length * 1.5)));
    const xp = this.xp;
    xp.fill(0, 0, pad);
    xp.set(y, pad);
    xp.fill(0, pad + y.length);
  }

  /** CMND of frame t (start sample s in `xp`) from `r`, handed to the visitor with YIN's trough for `threshold`. */
  protected emit(t: number, s: number, energy: number, visit: CmndVisitor, threshold: number): void {
    const r = this.r;
    const xp = this.xp;
    const c = this.cmnd;
    const K = this.K;
    const minP = this.minP;
    const r0 = r[0];
    let cs = 0; // Σ_{n<k} x[n]², librosa's in-frame cumsum of y²
    let cum = 0; // Σ_{m=1..k} d(m)
    for (let k = 1; k <= K; k++) {
      const v = xp[s + k - 1];
      cs += v * v;
      // librosa zeroes the cumsum's first entry before subtracting it, so d(1) = 2·(r(0) − r(1)) exactly.
      const d = 2 * (r0 - r[k]) - (k === 1 ? 0 : cs);
      cum += d;
      if (k >= minP) c[k - minP] = d / (cum / k + FLOAT32_TINY);
    }
    visit(t, c, energy, Number.isNaN(threshold) ? -1 : yinTrough(c, threshold));
  }

  /** Visits every frame's CMND; a threshold (NaN for none) has YIN's trough found for each frame. */
  abstract run(y: ArrayLike<number>, visit: CmndVisitor, threshold: number): number;
}

/** Per-frame zero-padded FFT autocorrelation (librosa's own method). */
class DirectCmnd extends CmndEngine {
  private readonly size: number;
  private readonly pow: Float64Array;
  private readonly zeros: Float64Array;
  private readonly acf: Float64Array;

  constructor(g: CmndGeometry) {
    super(g);
    this.size = Math.max(4, nextPow2(this.N + this.K));
    this.pow = new Float64Array(this.size / 2 + 1);
    this.zeros = new Float64Array(this.size / 2 + 1);
    this.acf = new Float64Array(this.size);
  }

  run(y: ArrayLike<number>, visit: CmndVisitor, threshold: number): number {
    const frames = frameCount(y.length, this.g);
    this.load(y, 0);
    const fft = getRealFft(this.size);
    const xp = this.xp;
    const r = this.r;
    for (let t = 0; t < frames; t++) {
      const s = t * this.hop;
      let energy = 0;
      for (let i = s; i < s + this.N; i++) energy += xp[i] * xp[i];
      if (energy === 0) {
        r.fill(0);
      } else {
        fft.power(xp.subarray(s, s + this.N), this.pow);
        fft.inverse(this.pow, this.zeros, this.acf);
        for (let k = 0; k <= this.K; k++) r[k] = this.acf[k];
      }
      this.emit(t, s, energy, visit, threshold);
    }
    return frames;
  }
}

/** Frames whose energies differ by more than this share no inverse FFT (rounding of the loud one would leak). */
const MAX_PAIR_ENERGY_RATIO = 1e4;

/** The blocked engine described at the top of this file. */
class BlockedCmnd extends CmndEngine {
  /** Whole blocks per frame, remainder samples, block reach (pairs of blocks up to D apart matter). */
  private readonly q: number;
  private readonly rho: number;
  private readonly D: number;
  /** Transform size, and the length of a half-spectrum cvec (M/2 + 1 bins, padded to even). */
  private readonly M: number;
  private readonly nb: number;
  private readonly dsp: WasmDsp;
  private readonly fft: (x: number, y: number) => number;
  /** Ring of per-block data, slot = block mod ring. */
  private readonly ring: number;
  /** Byte offsets (wasm heap) of the cvecs below; `cv` = bytes per half-spectrum cvec. */
  private readonly cv: number;
  /** Per slot: S_j, then F_e(j) = conj(S_j)·W_e(j) for e = 0 … D (D + 2 cvecs). */
  private readonly store: number;
  /** ω^{hop·δ} for δ = 1 … D, and their conjugates (D cvecs each). */
  private readonly omega: number;
  private readonly omegaConj: number;
  /** FFT input/scratch (cvecs of length M), remainder spectra U_t, U_{t+1}, frame spectra R_t, R_{t+1}, zeros. */
  private readonly zA: number;
  private readonly zB: number;
  private readonly rem: number;
  private readonly frameSpec: number;
  private readonly zero: number;
  /** i32 pointer lists handed to the kernels. */
  private readonly list: number;
  /** Σ x² of each block and of its first ρ samples (the remainder it lends a frame), for the current signal. */
  private blockEnergy = new Float64Array(0);
  private remEnergy = new Float64Array(0);
  /** gcd(hop, ρ): the sub-block of the energy pass. */
  private readonly subBlock: number;
  /** The padded signal in the heap (xp views it), the CMND output and the cmnd kernel's scratch (d, cum, k). */
  private xpAt = 0;
  private readonly cmndOut: number;
  private cmndView: Float64Array = new Float64Array(0);
  private readonly scratch: number;
  /** Next block to transform, next block whose products F_e are to be formed. */
  private nextBlock = 0;
  private nextFinal = 0;

  constructor(g: CmndGeometry) {
    super(g);
    this.q = Math.floor(this.N / this.hop);
    this.rho = this.N - this.q * this.hop;
    this.D = Math.ceil(this.K / this.hop);
    this.M = blockedTransformSize(g);
    this.nb = this.M / 2 + 2;
    this.dsp = wasmDsp();
    this.fft = this.dsp.fft(this.M);
    this.ring = this.q + 2 * this.D + 4;
    this.cv = 16 * this.nb;
    const cvecs = (n: number) => this.dsp.alloc((n * this.cv) / 8);
    this.store = cvecs(this.ring * (this.D + 2));
    this.omega = cvecs(this.D);
    this.omegaConj = cvecs(this.D);
    this.zA = this.dsp.alloc(2 * this.M);
    this.zB = this.dsp.alloc(2 * this.M);
    this.rem = cvecs(2);
    this.frameSpec = cvecs(2);
    this.zero = cvecs(1);
    this.list = this.dsp.alloc(4 * (this.q + this.D + 4));
    const v = this.dsp.f64;
    const h = this.M / 2;
    for (let d = 1; d <= this.D; d++) {
      const w = (this.omega + (d - 1) * this.cv) / 8;
      const wc = (this.omegaConj + (d - 1) * this.cv) / 8;
      for (let f = 0; f <= h; f++) {
        const [c, sn] = unitRoot(f * this.hop * d, this.M);
        v[w + f] = c;
        v[w + this.nb + f] = sn;
        v[wc + f] = c;
        v[wc + this.nb + f] = -sn;
      }
    }
    let a = this.hop;
    let b = this.rho;
    while (b !== 0) [a, b] = [b, a % b];
    this.subBlock = a;
    this.cmndOut = this.dsp.alloc(this.K - this.minP + 2);
    this.scratch = this.dsp.alloc(3 * (this.K + 2));
    const kf = this.dsp.f64;
    for (let k = 0; k < this.K + 2; k++) kf[this.scratch / 8 + 2 * (this.K + 2) + k] = k;
  }

  /** Whether this geometry suits the blocked engine (otherwise the direct one is as fast or the algebra breaks). */
  static suits(g: CmndGeometry): boolean {
    const q = Math.floor(g.frame_length / g.hop_length);
    const D = Math.ceil(g.maxPeriod / g.hop_length);
    return D >= 1 && D <= 4 && q >= D + 1 && q <= 16 && blockedTransformSize(g) <= MAX_WASM_FFT;
  }

  /** Byte offset of cvec k of block j's slot: 0 = S_j, 1 + e = F_e(j). */
  private slot(j: number, k: number): number {
    return this.store + ((j % this.ring) * (this.D + 2) + k) * this.cv;
  }

  /** Loads y (zero-padded) into the wasm heap, where `xp` then views it; refreshes the views of the heap. */
  protected override load(y: ArrayLike<number>, minLength: number): void {
    const pad = this.g.center ? Math.floor(this.N / 2) : 0;
    const need = Math.max(y.length + 2 * pad, minLength);
    // The thread's one 'signal' region (the STFT and the energy pass load the clip there too, one after another):
    // a 60-min clip holds one 460 MB float64 copy in the heap, not four.
    this.xpAt = this.dsp.region('signal', need);
    const heap = this.dsp.f64;
    this.xp = heap.subarray(this.xpAt / 8, this.xpAt / 8 + need);
    const xp = this.xp;
    xp.fill(0, 0, pad);
    xp.set(y, pad);
    xp.fill(0, pad + y.length);
    this.cmndView = heap.subarray(this.cmndOut / 8, this.cmndOut / 8 + this.K - this.minP + 1);
  }

  /** The CMND of frame t (start sample `start` in xp) from r(k) = heap[z/8 + k]·scale, handed to the visitor. */
  private emitFrom(t: number, start: number, energy: number, z: number, scale: number, visit: CmndVisitor, threshold: number): void {
    const { scratch, K } = this;
    const k = this.dsp.cmnd(z, scale, this.xpAt + 8 * start, K, this.minP, this.cmndOut, scratch, scratch + 8 * (K + 2), scratch + 16 * (K + 2), FLOAT32_TINY, threshold);
    visit(t, this.cmndView, energy, k);
  }

  run(y: ArrayLike<number>, visit: CmndVisitor, threshold: number): number {
    const frames = frameCount(y.length, this.g);
    const { hop, q, D, rho, M, nb, cv, dsp } = this;
    // Blocks up to frames + q + D + 1 are read (products of the last frame's blocks reach D blocks further).
    const nBlocks = frames + q + D + 3;
    // Heap space first: an allocation may grow the memory, which would detach the views load() makes.
    const sub = dsp.region('yin-subblocks', nBlocks * (hop / this.subBlock));
    this.load(y, nBlocks * hop);
    this.energies(nBlocks, sub);
    this.nextBlock = 0;
    this.nextFinal = 0;
    const scale = 1 / M;
    const listI = this.list / 4;
    for (let t = 0; t < frames; t += 2) {
      const pair = t + 1 < frames;
      // Frames t and t+1 use whole blocks t … t+q and remainders at the start of blocks t+q and t+q+1.
      this.finalizeBlocks(t + q);
      let eu0 = 0;
      let eu1 = 0;
      if (rho > 0) {
        eu0 = this.remEnergy[t + q];
        eu1 = pair ? this.remEnergy[t + 1 + q] : 0;
        this.transformPair((t + q) * hop, rho, (t + 1 + q) * hop, pair ? rho : 0, this.rem, this.rem + cv);
      }
      let e0 = eu0;
      let e1 = eu1;
      for (let j = t; j < t + q; j++) e0 += this.blockEnergy[j];
      if (pair) for (let j = t + 1; j <= t + q; j++) e1 += this.blockEnergy[j];
      else e1 = 0;
      const i32 = dsp.i32;
      for (let k = 0; k < (pair ? 2 : 1); k++) {
        const tk = t + k;
        if ((k === 0 ? e0 : e1) === 0) continue;
        // R = Σ_{j=tk}^{tk+q−1−D} F_D(j) + Σ_{e<D} F_e(tk+q−1−e) + conj(V)·U.
        let n = 0;
        for (let j = tk; j <= tk + q - 1 - D; j++) i32[listI + n++] = this.slot(j, 1 + D);
        for (let e = D - 1; e >= 0; e--) i32[listI + n++] = this.slot(tk + q - 1 - e, 1 + e);
        const sl = listI + n;
        for (let d = 1; d <= D; d++) i32[sl + d - 1] = this.slot(tk + q - d, 0);
        dsp.yinframe(this.frameSpec + k * cv, this.list, n, rho > 0 ? this.rem + k * cv : 0, 4 * sl, this.omegaConj, D, nb);
      }
      const ratio = e0 > e1 ? e0 / e1 : e1 / e0;
      if (e0 !== 0 && e1 !== 0 && ratio <= MAX_PAIR_ENERGY_RATIO) {
        // One inverse for both: r_t = Re, r_{t+1} = −Im of FFT(conj(R_t + i·R_{t+1})) / M.
        dsp.hermpack(this.zA, M, this.frameSpec, this.frameSpec + cv, nb);
        const out = this.fft(this.zA, this.zB);
        this.emitFrom(t, t * hop, e0, out, scale, visit, threshold);
        this.emitFrom(t + 1, (t + 1) * hop, e1, out + 8 * M, -scale, visit, threshold);
      } else {
        this.emitFrom(t, t * hop, e0, e0 === 0 ? this.zero : this.invertSingle(this.frameSpec), scale, visit, threshold);
        if (pair) {
          const z1 = e1 === 0 ? this.zero : this.invertSingle(this.frameSpec + cv);
          this.emitFrom(t + 1, (t + 1) * hop, e1, z1, scale, visit, threshold);
        }
      }
    }
    return frames;
  }

  /**
   * Energies of blocks 0 … n−1 and of their first ρ samples, from one wasm pass over xp in sub-blocks of
   * gcd(hop, ρ) samples. Only whether a frame's energy is 0 and the ratio of two frames' energies are used, so the
   * order of the additions doesn't matter; an all-zero block sums to exactly 0.
   */
  private energies(n: number, sub: number): void {
    const { hop, rho, dsp } = this;
    const g = this.subBlock;
    const per = hop / g;
    dsp.blocksums(this.xpAt, n * hop, 0, g, n * per, 0, 0, sub);
    if (this.blockEnergy.length < n) {
      this.blockEnergy = new Float64Array(n);
      this.remEnergy = new Float64Array(n);
    }
    const v = dsp.f64;
    const s0 = sub / 8;
    const perRem = rho / g;
    for (let j = 0; j < n; j++) {
      let e = 0;
      let i = 0;
      for (; i < perRem; i++) e += v[s0 + j * per + i];
      this.remEnergy[j] = e;
      for (; i < per; i++) e += v[s0 + j * per + i];
      this.blockEnergy[j] = e;
    }
  }

  /** Half spectra of xp[a …a+la) and xp[b … b+lb) (zero-padded to M) into cvecs outA, outB: one complex FFT. */
  private transformPair(a: number, la: number, b: number, lb: number, outA: number, outB: number): void {
    const v = this.dsp.f64;
    const M = this.M;
    const re = this.zA / 8;
    // xp lives in the same heap: copy within it (no subarray objects per call).
    const x0 = this.xpAt / 8;
    v.copyWithin(re, x0 + a, x0 + a + la);
    v.fill(0, re + la, re + M);
    v.copyWithin(re + M, x0 + b, x0 + b + lb);
    v.fill(0, re + M + lb, re + 2 * M);
    const z = this.fft(this.zA, this.zB);
    this.dsp.unpack2(z, M, outA, outB, this.nb);
  }

  /** Transforms blocks (two per FFT) and forms their products until block `last` has F_0 … F_D. */
  private finalizeBlocks(last: number): void {
    const { hop, D, dsp } = this;
    while (this.nextBlock <= last + D) {
      const j = this.nextBlock;
      this.transformPair(j * hop, hop, (j + 1) * hop, hop, this.slot(j, 0), this.slot(j + 1, 0));
      this.nextBlock += 2;
    }
    const i32 = dsp.i32;
    const listI = this.list / 4;
    while (this.nextFinal <= last) {
      const j = this.nextFinal;
      for (let e = 0; e <= D; e++) i32[listI + e] = this.slot(j + e, 0);
      dsp.yinblock(this.slot(j, 1), this.list, this.omega, D, this.nb);
      this.nextFinal++;
    }
  }

  /** FFT(conj R) of one frame's half spectrum (cvec `spec`): r = Re / M; returns the result's byte offset. */
  private invertSingle(spec: number): number {
    this.dsp.hermpack(this.zA, this.M, spec, this.zero, this.nb);
    return this.fft(this.zA, this.zB);
  }
}

/** The blocked engine's transform size: no lag 0 … max_period may alias (see the top of this file). */
function blockedTransformSize(g: CmndGeometry): number {
  const D = Math.ceil(g.maxPeriod / g.hop_length);
  return nextPow2(Math.max(g.hop_length * (D + 1), g.maxPeriod + g.hop_length, 8));
}

/** Smallest power of two ≥ n (n ≥ 1). */
function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

const engines = new Map<string, CmndEngine>();
onWasmDspReset(() => engines.clear());

/**
 * Runs the CMND of every frame of y through `visit` and returns the number of frames. `engine` picks the
 * algorithm ('blocked' when the geometry suits it, else 'direct', by default); engines and their buffers are
 * cached per geometry, so repeated calls allocate nothing but a larger padded-signal buffer when needed. With a
 * `threshold`, each frame's YIN trough (`yinTrough`) comes to the visitor too (found in wasm by the blocked engine).
 */
export function forEachCmnd(
  y: ArrayLike<number>,
  g: CmndGeometry,
  visit: CmndVisitor,
  engine?: CmndEngineKind,
  threshold?: number,
): number {
  const kind = engine ?? (BlockedCmnd.suits(g) ? 'blocked' : 'direct');
  if (kind === 'blocked' && !BlockedCmnd.suits(g)) {
    throw new RangeError(
      `the blocked YIN engine does not support frame_length=${g.frame_length}, hop_length=${g.hop_length}, ` +
        `max_period=${g.maxPeriod}`,
    );
  }
  const key = `${kind}:${g.frame_length}:${g.hop_length}:${g.minPeriod}:${g.maxPeriod}:${g.center}`;
  let e = engines.get(key);
  if (e === undefined) {
    e = kind === 'blocked' ? new BlockedCmnd(g) : new DirectCmnd(g);
    engines.set(key, e);
  }
  return e.run(y, visit, threshold ?? NaN);
}
