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
 *   its power |S_j|² and cross-spectra C_δ(j) = conj(S_j)·S_{j+δ}, δ = 1 … D. A frame is q = ⌊N/hop⌋ whole
 *   blocks plus a remainder U (the first ρ = N − q·hop samples of the next block, treated as a partial block), so
 *   its correlation spectrum for lags ≥ 0 is
 *     R = X_0 + Σ_{δ=1..D} ω^{hop·δ}·X_δ,   X_0 = Σ_j |S_j|² + |U|²,   X_δ = Σ_j C_δ(j) + conj(S_{last+1−δ})·U,
 *   the sums running over the frame's whole blocks with both partners inside the frame, ω = e^{−2πi·f/M}. Pairs
 *   of blocks more than D apart only make lags > max_period, which are never needed, and M is large enough that
 *   no lag aliases onto 0 … max_period. Frames are processed two at a time: the sums they share are formed once,
 *   and one complex FFT transforms two new blocks, one their two remainders, and one inverts both spectra (as
 *   R_t + i·R_{t+1}). Per frame that is 1.5 complex FFTs of size 512 plus one pass over the bins, instead of two
 *   real FFTs of size ≥ N + max_period; sums are recomputed per frame (no running sums), so there is no drift.
 *   Packing two real signals in one complex FFT lets the louder leak rounding into the quieter, so frames whose
 *   energies differ by more than 1e4 get separate inverse transforms.
 *
 * Both engines treat an all-zero frame exactly (r ≡ 0), as librosa does.
 */
import { getRealFft } from './fft.js';
import { getComplexFft, nextPow2, type ComplexFft } from './pitch-fft.js';

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
 */
export type CmndVisitor = (t: number, cmnd: Float64Array, energy: number) => void;

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
  protected xp = new Float64Array(0);
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
    for (let i = 0; i < y.length; i++) xp[pad + i] = y[i];
    xp.fill(0, pad + y.length);
  }

  /** CMND of frame t (start sample s in `xp`) from `r`, handed to the visitor. */
  protected emit(t: number, s: number, energy: number, visit: CmndVisitor): void {
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
    visit(t, c, energy);
  }

  abstract run(y: ArrayLike<number>, visit: CmndVisitor): number;
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

  run(y: ArrayLike<number>, visit: CmndVisitor): number {
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
      this.emit(t, s, energy, visit);
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
  /** Transform size, non-negative-frequency bins, and 2·bins (interleaved length of a half spectrum). */
  private readonly M: number;
  private readonly bins: number;
  private readonly B2: number;
  private readonly fft: ComplexFft;
  /** ω^{hop·δ}[f] = e^{−2πi·f·hop·δ/M}, δ = 0 … D, each a half spectrum, concatenated. */
  private readonly omega: Float64Array;
  /** Ring of per-block data, slot = block mod ring. */
  private readonly ring: number;
  /**
   * Per slot: the block's half spectrum S_j (B2), its power |S_j|² (bins, real), then for δ = 1 … D the
   * cross-spectrum C_δ(j) = conj(S_j)·S_{j+δ} (B2 each; the twiddle ω^{hop·δ} is applied after summing).
   */
  private readonly store: Float64Array;
  private readonly slotSize: number;
  private readonly blockEnergy: Float64Array;
  /** Index of the next block to transform. */
  private nextBlock = 0;
  /** Scratch: FFT input, block/remainder FFT outputs, inverse FFT output, unpaired frame spectra, frame r. */
  private readonly zin: Float64Array;
  private readonly zBlocks: Float64Array;
  private readonly zRem: Float64Array;
  private readonly zInv: Float64Array;
  private readonly single: Float64Array;
  private readonly frameR: [Float64Array, Float64Array];
  /** Offsets into `store` gathered per pass (small, reused). */
  private readonly oP0: Int32Array;
  private readonly oC: Int32Array;
  private readonly oA: Int32Array;

  constructor(g: CmndGeometry) {
    super(g);
    this.q = Math.floor(this.N / this.hop);
    this.rho = this.N - this.q * this.hop;
    this.D = Math.ceil(this.K / this.hop);
    this.M = nextPow2(Math.max(this.hop * (this.D + 1), this.K + this.hop, 4));
    this.bins = this.M / 2 + 1;
    this.B2 = 2 * this.bins;
    this.fft = getComplexFft(this.M);
    this.omega = new Float64Array((this.D + 1) * this.B2);
    for (let d = 0; d <= this.D; d++) this.omega.set(twiddles(this.M, this.bins, this.hop * d), d * this.B2);
    this.ring = this.q + this.D + 4;
    this.slotSize = this.B2 + this.bins + this.D * this.B2;
    this.store = new Float64Array(this.ring * this.slotSize);
    this.blockEnergy = new Float64Array(this.ring);
    this.zin = new Float64Array(2 * this.M);
    this.zBlocks = new Float64Array(2 * this.M);
    this.zRem = new Float64Array(2 * this.M);
    this.zInv = new Float64Array(2 * this.M);
    this.single = new Float64Array(2 * this.B2);
    this.frameR = [new Float64Array(this.K + 1), new Float64Array(this.K + 1)];
    this.oP0 = new Int32Array(this.q + 2);
    this.oC = new Int32Array((this.D + 1) * (this.q + 2));
    this.oA = new Int32Array(this.D + 2);
  }

  /** Whether this geometry suits the blocked engine (otherwise the direct one is as fast or the algebra breaks). */
  static suits(g: CmndGeometry): boolean {
    const q = Math.floor(g.frame_length / g.hop_length);
    const D = Math.ceil(g.maxPeriod / g.hop_length);
    return D >= 1 && D <= 4 && q >= D + 1 && q <= 16;
  }

  private specOff(j: number): number {
    return (j % this.ring) * this.slotSize;
  }

  private powOff(j: number): number {
    return (j % this.ring) * this.slotSize + this.B2;
  }

  /** C_δ(j), δ = 1 … D. */
  private crossOff(j: number, d: number): number {
    return (j % this.ring) * this.slotSize + this.B2 + this.bins + (d - 1) * this.B2;
  }

  run(y: ArrayLike<number>, visit: CmndVisitor): number {
    const frames = frameCount(y.length, this.g);
    const hop = this.hop;
    const q = this.q;
    // Blocks up to index frames + q are read (the last frame's remainder lives in block frames − 1 + q).
    this.load(y, (frames + q + 2) * hop);
    this.nextBlock = 0;
    for (let t = 0; t < frames; t += 2) {
      const pair = t + 1 < frames;
      // Frames t and t+1 use whole blocks t … t+q and remainders at the start of blocks t+q and t+q+1.
      this.ensureBlocks(t + q);
      let eu0 = 0;
      let eu1 = 0;
      if (this.rho > 0) {
        eu0 = this.energy((t + q) * hop, this.rho);
        eu1 = pair ? this.energy((t + 1 + q) * hop, this.rho) : 0;
        if (eu0 > 0 || eu1 > 0) this.transform((t + q) * hop, this.rho, (t + 1 + q) * hop, pair ? this.rho : 0, this.zRem);
        else this.zRem.fill(0);
      }
      let e0 = eu0;
      let e1 = eu1;
      for (let j = t; j < t + q; j++) e0 += this.blockEnergy[j % this.ring];
      if (pair) for (let j = t + 1; j <= t + q; j++) e1 += this.blockEnergy[j % this.ring];
      else e1 = 0;
      const ratio = e0 > e1 ? e0 / e1 : e1 / e0;
      const packed = e0 !== 0 && e1 !== 0 && ratio <= MAX_PAIR_ENERGY_RATIO;
      if (e0 !== 0 || e1 !== 0) this.assemble(t, packed);
      if (packed) {
        this.invert(this.frameR[0], this.frameR[1]);
      } else {
        if (e0 === 0) this.frameR[0].fill(0);
        else this.invertSingle(0, this.frameR[0]);
        if (e1 === 0) this.frameR[1].fill(0);
        else this.invertSingle(this.B2, this.frameR[1]);
      }
      this.r.set(this.frameR[0]);
      this.emit(t, t * hop, e0, visit);
      if (pair) {
        this.r.set(this.frameR[1]);
        this.emit(t + 1, (t + 1) * hop, e1, visit);
      }
    }
    return frames;
  }

  private energy(start: number, len: number): number {
    const xp = this.xp;
    let e = 0;
    for (let i = start, end = start + len; i < end; i++) e += xp[i] * xp[i];
    return e;
  }

  /** out = FFT of z[n] = xp[a + n] (n < la) + i·xp[b + n] (n < lb), zero-padded to M. */
  private transform(a: number, la: number, b: number, lb: number, out: Float64Array): void {
    const zin = this.zin;
    const xp = this.xp;
    zin.fill(0);
    for (let n = 0; n < la; n++) zin[2 * n] = xp[a + n];
    for (let n = 0; n < lb; n++) zin[2 * n + 1] = xp[b + n];
    this.fft.transform(zin, out);
  }

  /** Transforms blocks, two per FFT, until block `last` is stored with its power and cross-spectra. */
  private ensureBlocks(last: number): void {
    const hop = this.hop;
    while (this.nextBlock <= last) {
      const j = this.nextBlock;
      const two = j + 1 <= last;
      const e0 = this.energy(j * hop, hop);
      const e1 = two ? this.energy((j + 1) * hop, hop) : 0;
      this.blockEnergy[j % this.ring] = e0;
      if (two) this.blockEnergy[(j + 1) % this.ring] = e1;
      if (e0 > 0 || e1 > 0) this.transform(j * hop, hop, (j + 1) * hop, two ? hop : 0, this.zBlocks);
      else this.zBlocks.fill(0);
      this.absorb(j, 0);
      if (two) this.absorb(j + 1, 1);
      this.nextBlock += two ? 2 : 1;
    }
  }

  /**
   * Block j's half spectrum from the real (part 0) or imaginary (part 1) input of the block transform,
   * X_re[f] = (Z[f] + conj Z[M−f]) / 2, X_im[f] = (Z[f] − conj Z[M−f]) / 2i; then its power and its
   * cross-spectra with the D blocks before it, C_δ(j − δ) = conj(S_{j−δ})·S_j — one pass over the bins.
   */
  private absorb(j: number, part: 0 | 1): void {
    const z = this.zBlocks;
    const st = this.store;
    const M = this.M;
    const bins = this.bins;
    const D = this.D;
    const sa = this.specOff(j);
    const sp = this.powOff(j);
    const oA = this.oA;
    const oC = this.oC;
    let nd = 0;
    for (let d = 1; d <= D && j - d >= 0; d++, nd++) {
      oA[nd] = this.specOff(j - d);
      oC[nd] = this.crossOff(j - d, d);
    }
    const re = part === 0 ? 1 : 0;
    for (let f = 0; f < bins; f++) {
      const g = f === 0 ? 0 : M - f;
      const ar = z[2 * f];
      const ai = z[2 * f + 1];
      const br = z[2 * g];
      const bi = z[2 * g + 1];
      let xr: number;
      let xi: number;
      if (re === 1) {
        xr = 0.5 * (ar + br);
        xi = 0.5 * (ai - bi);
      } else {
        xr = 0.5 * (ai + bi);
        xi = 0.5 * (br - ar);
      }
      st[sa + 2 * f] = xr;
      st[sa + 2 * f + 1] = xi;
      st[sp + f] = xr * xr + xi * xi;
      for (let k = 0; k < nd; k++) {
        const o = oA[k] + 2 * f;
        const pr = st[o];
        const pi = st[o + 1];
        const c = oC[k] + 2 * f;
        st[c] = pr * xr + pi * xi;
        st[c + 1] = pr * xi - pi * xr;
      }
    }
  }

  /**
   * One pass over the bins building the lag-≥0 correlation spectra of frames t and t+1,
   *   R = Σ_δ ω^{hop·δ}·X_δ,  X_0 = Σ |S_j|² + |U|²,  X_δ = Σ C_δ(j) + conj(S_{last+1−δ})·U,
   * over each frame's whole blocks (j and j+δ both in the frame) and its remainder U (a partial block after the
   * last whole one). Sums shared by the two frames are formed once. With `packed`, writes conj(R_t + i·R_{t+1})
   * (both Hermitian-extended) into `zin` for one inverse transform; otherwise R_t, R_{t+1} into `single`.
   */
  private assemble(t: number, packed: boolean): void {
    const st = this.store;
    const om = this.omega;
    const zr = this.zRem;
    const zin = this.zin;
    const single = this.single;
    const M = this.M;
    const half = M / 2;
    const bins = this.bins;
    const B2 = this.B2;
    const q = this.q;
    const D = this.D;
    const rho = this.rho;
    const oP0 = this.oP0;
    const oC = this.oC;
    const oA = this.oA;
    // Common whole blocks of the two frames: t+1 … t+q−1. Own blocks: t (frame t), t+q (frame t+1).
    for (let j = t + 1; j < t + q; j++) oP0[j - t - 1] = this.powOff(j);
    const nCommon = q - 1;
    const p0a = this.powOff(t);
    const p0b = this.powOff(t + q);
    // Cross-spectra C_δ(j): common j = t+1 … t+q−1−δ (q−1−δ of them); own: j = t (frame t), t+q−δ (frame t+1).
    // Layout in oC per δ (stride q+2): [own a, own b, common …].
    const stride = q + 2;
    for (let d = 1; d <= D; d++) {
      const o = (d - 1) * stride;
      oC[o] = this.crossOff(t, d);
      oC[o + 1] = this.crossOff(t + q - d, d);
      for (let j = t + 1; j <= t + q - 1 - d; j++) oC[o + 2 + (j - t - 1)] = this.crossOff(j, d);
    }
    // Blocks paired with the remainders: frame t's remainder with block t+q−δ, frame t+1's with t+q+1−δ.
    // oA[δ] = block t+q−δ (paired with frame t's remainder); frame t+1 pairs block t+q+1−δ = oA[δ−1].
    for (let d = 0; d <= D; d++) oA[d] = this.specOff(t + q - d);
    for (let f = 0; f < bins; f++) {
      const f2 = 2 * f;
      // Remainder spectra of frames t (real input of zRem) and t+1 (imaginary input).
      let uar = 0;
      let uai = 0;
      let ubr = 0;
      let ubi = 0;
      if (rho > 0) {
        const g2 = f === 0 ? 0 : 2 * (M - f);
        const ar = zr[f2];
        const ai = zr[f2 + 1];
        const br = zr[g2];
        const bi = zr[g2 + 1];
        uar = 0.5 * (ar + br);
        uai = 0.5 * (ai - bi);
        ubr = 0.5 * (ai + bi);
        ubi = 0.5 * (br - ar);
      }
      let pc = 0;
      for (let k = 0; k < nCommon; k++) pc += st[oP0[k] + f];
      let Rar = pc + st[p0a + f] + (uar * uar + uai * uai);
      let Rai = 0;
      let Rbr = pc + st[p0b + f] + (ubr * ubr + ubi * ubi);
      let Rbi = 0;
      for (let d = 1; d <= D; d++) {
        const o = (d - 1) * stride;
        let cr = 0;
        let ci = 0;
        for (let k = 0, n = q - 1 - d; k < n; k++) {
          const c = oC[o + 2 + k] + f2;
          cr += st[c];
          ci += st[c + 1];
        }
        const ca = oC[o] + f2;
        const cb = oC[o + 1] + f2;
        // conj(S)·U for the block δ before each remainder.
        const sa = oA[d] + f2;
        const sb = oA[d - 1] + f2;
        const xar = cr + st[ca] + (st[sa] * uar + st[sa + 1] * uai);
        const xai = ci + st[ca + 1] + (st[sa] * uai - st[sa + 1] * uar);
        const xbr = cr + st[cb] + (st[sb] * ubr + st[sb + 1] * ubi);
        const xbi = ci + st[cb + 1] + (st[sb] * ubi - st[sb + 1] * ubr);
        const w = d * B2 + f2;
        const wr = om[w];
        const wi = om[w + 1];
        Rar += xar * wr - xai * wi;
        Rai += xar * wi + xai * wr;
        Rbr += xbr * wr - xbi * wi;
        Rbi += xbr * wi + xbi * wr;
      }
      if (f === 0 || f === half) {
        Rai = 0;
        Rbi = 0;
      }
      if (packed) {
        // conj(Y), Y[f] = R_t[f] + i·R_{t+1}[f], Y[M−f] = conj R_t[f] + i·conj R_{t+1}[f].
        zin[f2] = Rar - Rbi;
        zin[f2 + 1] = -(Rai + Rbr);
        if (f !== 0 && f !== half) {
          const g2 = 2 * (M - f);
          zin[g2] = Rar + Rbi;
          zin[g2 + 1] = Rai - Rbr;
        }
      } else {
        single[f2] = Rar;
        single[f2 + 1] = Rai;
        single[B2 + f2] = Rbr;
        single[B2 + f2 + 1] = Rbi;
      }
    }
  }

  /** r of both frames from the packed spectrum in `zin`: r_t = Re IFFT(Y), r_{t+1} = Im IFFT(Y). */
  private invert(ra: Float64Array, rb: Float64Array): void {
    this.fft.transform(this.zin, this.zInv);
    const z = this.zInv;
    const scale = 1 / this.M;
    for (let k = 0; k <= this.K; k++) {
      ra[k] = z[2 * k] * scale;
      rb[k] = -z[2 * k + 1] * scale;
    }
  }

  /** r of one frame from its half spectrum single[o …]. */
  private invertSingle(o: number, r: Float64Array): void {
    const M = this.M;
    const half = M / 2;
    const zin = this.zin;
    const sp = this.single;
    for (let f = 0; f <= half; f++) {
      const ar = sp[o + 2 * f];
      const ai = sp[o + 2 * f + 1];
      zin[2 * f] = ar;
      zin[2 * f + 1] = -ai;
      if (f !== 0 && f !== half) {
        zin[2 * (M - f)] = ar;
        zin[2 * (M - f) + 1] = ai;
      }
    }
    this.fft.transform(zin, this.zInv);
    const z = this.zInv;
    const scale = 1 / M;
    for (let k = 0; k <= this.K; k++) r[k] = z[2 * k] * scale;
  }
}

/** e^{−2πi·f·shift/M} for f = 0 … bins−1, interleaved, exact at multiples of a quarter turn. */
function twiddles(M: number, bins: number, shift: number): Float64Array {
  const w = new Float64Array(2 * bins);
  for (let f = 0; f < bins; f++) {
    const m = (f * shift) % M;
    let c: number;
    let s: number;
    if (m === 0) [c, s] = [1, 0];
    else if (4 * m === M) [c, s] = [0, -1];
    else if (2 * m === M) [c, s] = [-1, 0];
    else if (4 * m === 3 * M) [c, s] = [0, 1];
    else {
      const a = (2 * Math.PI * m) / M;
      c = Math.cos(a);
      s = -Math.sin(a);
    }
    w[2 * f] = c;
    w[2 * f + 1] = s;
  }
  return w;
}

const engines = new Map<string, CmndEngine>();

/**
 * Runs the CMND of every frame of y through `visit` and returns the number of frames. `engine` picks the
 * algorithm ('blocked' when the geometry suits it, else 'direct', by default); engines and their buffers are
 * cached per geometry, so repeated calls allocate nothing but a larger padded-signal buffer when needed.
 */
export function forEachCmnd(
  y: ArrayLike<number>,
  g: CmndGeometry,
  visit: CmndVisitor,
  engine?: CmndEngineKind,
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
  return e.run(y, visit);
}
