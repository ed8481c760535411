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
 *   of two ≥ hop·(D+1) with D = ⌈max_period/hop⌉) and the cross-spectra of nearby blocks,
 *   P_δ(j) = conj(S_j)·ω^{hop·δ}·S_{j+δ} (δ = 0 … D), are formed once per block. A frame [s, s+N) is q = ⌊N/hop⌋
 *   whole blocks plus a remainder U of ρ = N − q·hop samples, so its lag-≥0 correlation spectrum is
 *     Σ over its blocks j of Σ_{δ ≤ min(D, last block − j)} P_δ(j)   +   conj(W)·Ũ,
 *   where the second term pairs the remainder U with the D blocks before it (W = those blocks and U, Ũ = U shifted
 *   to its place). Lags above max_period are never needed, and M is large enough that none alias onto them.
 *   Per frame this costs one packed complex FFT (the new block and the new remainder), half a complex inverse FFT
 *   (two frames share one) and O(M) spectral products, instead of two FFTs of size ≥ N + max_period; sums are
 *   recomputed per frame (no running sums), so there is no drift.
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
  /** Whole blocks per frame, remainder samples, block reach in blocks, blocks paired with the remainder. */
  private readonly q: number;
  private readonly rho: number;
  private readonly D: number;
  private readonly Dz: number;
  /** Transform size and number of non-negative-frequency bins. */
  private readonly M: number;
  private readonly bins: number;
  private readonly fft: ComplexFft;
  /** ω^{hop·δ}[f] = e^{−2πi·f·hop·δ/M}, δ = 0 … D, interleaved, `bins` complex values each. */
  private readonly omega: Float64Array[];
  /** Ring of per-block data, slot = block mod ring. */
  private readonly ring: number;
  /** spec[slot][δ]: ω^{hop·δ}·S_j (δ = 0 is S_j itself). */
  private readonly spec: Float64Array[][];
  /** acc[slot][m−1]: Σ_{δ<m} P_δ(j), m = 1 … D+1. */
  private readonly acc: Float64Array[][];
  private readonly blockEnergy: Float64Array;
  /** Index of the next block to transform. */
  private nextBlock = 0;
  /** Scratch: packed FFT input/output, remainder spectrum, two frame spectra. */
  private readonly zin: Float64Array;
  private readonly zout: Float64Array;
  private readonly uSpec: Float64Array;
  private readonly frameSpec: [Float64Array, Float64Array];
  private readonly frameR: [Float64Array, Float64Array];

  constructor(g: CmndGeometry) {
    super(g);
    this.q = Math.floor(this.N / this.hop);
    this.rho = this.N - this.q * this.hop;
    this.D = Math.ceil(this.K / this.hop);
    this.Dz = Math.min(this.D, this.q);
    this.M = nextPow2(Math.max(this.hop * (this.D + 1), this.K + this.hop, 4));
    this.bins = this.M / 2 + 1;
    this.fft = getComplexFft(this.M);
    this.omega = [];
    for (let d = 0; d <= this.D; d++) this.omega.push(twiddles(this.M, this.bins, this.hop * d));
    this.ring = this.q + this.D + 2;
    this.spec = [];
    this.acc = [];
    for (let i = 0; i < this.ring; i++) {
      const s: Float64Array[] = [];
      for (let d = 0; d <= this.D; d++) s.push(new Float64Array(2 * this.bins));
      this.spec.push(s);
      const a: Float64Array[] = [];
      for (let m = 0; m <= this.D; m++) a.push(new Float64Array(2 * this.bins));
      this.acc.push(a);
    }
    this.blockEnergy = new Float64Array(this.ring);
    this.zin = new Float64Array(2 * this.M);
    this.zout = new Float64Array(2 * this.M);
    this.uSpec = new Float64Array(2 * this.bins);
    this.frameSpec = [new Float64Array(2 * this.bins), new Float64Array(2 * this.bins)];
    this.frameR = [new Float64Array(this.K + 1), new Float64Array(this.K + 1)];
  }

  /** Whether this geometry suits the blocked engine (otherwise the direct one is as fast or the algebra breaks). */
  static suits(g: CmndGeometry): boolean {
    const q = Math.floor(g.frame_length / g.hop_length);
    const D = Math.ceil(g.maxPeriod / g.hop_length);
    return q >= 1 && D >= 1 && q <= 16 && D <= 4 && q >= D;
  }

  run(y: ArrayLike<number>, visit: CmndVisitor): number {
    const frames = frameCount(y.length, this.g);
    const hop = this.hop;
    // Blocks up to index frames − 1 + q are read (the last frame's remainder lives in block frames − 1 + q).
    this.load(y, (frames + this.q + 1) * hop);
    this.nextBlock = 0;
    for (let t = 0; t < frames; t += 2) {
      const e0 = this.frameSpectrum(t, 0);
      const pair = t + 1 < frames;
      const e1 = pair ? this.frameSpectrum(t + 1, 1) : 0;
      this.inverse(e0, e1);
      this.r.set(this.frameR[0]);
      this.emit(t, t * hop, e0, visit);
      if (pair) {
        this.r.set(this.frameR[1]);
        this.emit(t + 1, (t + 1) * hop, e1, visit);
      }
    }
    return frames;
  }

  /** Transforms blocks until block `last` is available (with its cross-spectra to the D blocks before it). */
  private ensureBlocks(last: number): void {
    while (this.nextBlock <= last) {
      const j = this.nextBlock;
      if (j + 1 <= last) {
        this.transformPair(j * this.hop, this.hop, (j + 1) * this.hop, this.hop);
        this.absorbBlock(j, 0);
        this.absorbBlock(j + 1, 1);
        this.nextBlock += 2;
      } else {
        this.transformPair(j * this.hop, this.hop, 0, 0);
        this.absorbBlock(j, 0);
        this.nextBlock += 1;
      }
    }
  }

  /**
   * FFT of z[n] = xp[a + n] (n < la) + i·xp[b + n] (n < lb), zero-padded to M, into `zout`; the two real
   * signals' half spectra are then separated by `separate`.
   */
  private transformPair(a: number, la: number, b: number, lb: number): void {
    const zin = this.zin;
    const xp = this.xp;
    zin.fill(0);
    for (let n = 0; n < la; n++) zin[2 * n] = xp[a + n];
    for (let n = 0; n < lb; n++) zin[2 * n + 1] = xp[b + n];
    this.fft.transform(zin, this.zout);
  }

  /**
   * Half spectrum of the real (part = 0) or imaginary (part = 1) input of the last `transformPair` into `out`:
   * X_re[f] = (Z[f] + conj Z[M−f]) / 2, X_im[f] = (Z[f] − conj Z[M−f]) / 2i.
   */
  private separate(part: 0 | 1, out: Float64Array): void {
    const z = this.zout;
    const M = this.M;
    for (let f = 0; f < this.bins; f++) {
      const g = f === 0 ? 0 : M - f;
      const ar = z[2 * f];
      const ai = z[2 * f + 1];
      const br = z[2 * g];
      const bi = z[2 * g + 1];
      if (part === 0) {
        out[2 * f] = 0.5 * (ar + br);
        out[2 * f + 1] = 0.5 * (ai - bi);
      } else {
        out[2 * f] = 0.5 * (ai + bi);
        out[2 * f + 1] = 0.5 * (br - ar);
      }
    }
  }

  /** Stores block j's spectrum (from part `part` of the last transform) and forms its cross-spectra. */
  private absorbBlock(j: number, part: 0 | 1): void {
    const slot = j % this.ring;
    const spec = this.spec[slot];
    const a0 = spec[0];
    this.separate(part, a0);
    const xp = this.xp;
    let e = 0;
    for (let i = j * this.hop, end = i + this.hop; i < end; i++) e += xp[i] * xp[i];
    this.blockEnergy[slot] = e;
    const B2 = 2 * this.bins;
    // Shifted copies ω^{hop·δ}·S_j.
    for (let d = 1; d <= this.D; d++) {
      const w = this.omega[d];
      const out = spec[d];
      for (let i = 0; i < B2; i += 2) {
        const xr = a0[i];
        const xi = a0[i + 1];
        const wr = w[i];
        const wi = w[i + 1];
        out[i] = xr * wr - xi * wi;
        out[i + 1] = xr * wi + xi * wr;
      }
    }
    // acc_1(j) = P_0(j) = |S_j|².
    const g1 = this.acc[slot][0];
    for (let i = 0; i < B2; i += 2) {
      g1[i] = a0[i] * a0[i] + a0[i + 1] * a0[i + 1];
      g1[i + 1] = 0;
    }
    // acc_{δ+1}(j−δ) = acc_δ(j−δ) + conj(S_{j−δ})·ω^{hop·δ}·S_j.
    for (let d = 1; d <= this.D; d++) {
      const i0 = j - d;
      if (i0 < 0) break;
      const s0 = (i0 % this.ring + this.ring) % this.ring;
      const a = this.spec[s0][0];
      const b = spec[d];
      const prev = this.acc[s0][d - 1];
      const out = this.acc[s0][d];
      for (let i = 0; i < B2; i += 2) {
        const ar = a[i];
        const ai = a[i + 1];
        const br = b[i];
        const bi = b[i + 1];
        out[i] = prev[i] + (ar * br + ai * bi);
        out[i + 1] = prev[i + 1] + (ar * bi - ai * br);
      }
    }
  }

  /** Lag-≥0 correlation spectrum of frame t into frameSpec[which]; returns the frame's energy. */
  private frameSpectrum(t: number, which: 0 | 1): number {
    const q = this.q;
    const D = this.D;
    const ring = this.ring;
    const B2 = 2 * this.bins;
    const last = t + q - 1;
    // The remainder block t + q is transformed together with the newest whole block.
    this.ensureBlocks(last);
    const out = this.frameSpec[which];
    let energy = 0;
    for (let j = t; j <= last; j++) energy += this.blockEnergy[j % ring];
    let eu = 0;
    if (this.rho > 0) {
      const xp = this.xp;
      for (let i = (t + q) * this.hop, end = i + this.rho; i < end; i++) eu += xp[i] * xp[i];
    }
    energy += eu;
    if (energy === 0) {
      out.fill(0);
      return 0;
    }
    // Whole blocks: block j contributes Σ_{δ < m} P_δ(j) with m = min(D + 1, blocks left in the frame).
    out.fill(0);
    for (let j = t; j <= last; j++) {
      const m = Math.min(D + 1, last - j + 1);
      const g = this.acc[j % ring][m - 1];
      for (let i = 0; i < B2; i++) out[i] += g[i];
    }
    if (this.rho > 0 && eu > 0) this.addRemainder(t, out);
    return energy;
  }

  /** Adds conj(W)·Ũ: the pairs (a, b) with b in the remainder U of frame t and a in the Dz blocks before it or in U. */
  private addRemainder(t: number, out: Float64Array): void {
    const q = this.q;
    const Dz = this.Dz;
    const ring = this.ring;
    const B2 = 2 * this.bins;
    const u = this.uSpec;
    // Spectrum of U = first rho samples of block t + q (zero-padded); its own transform.
    this.transformPair((t + q) * this.hop, this.rho, 0, 0);
    this.separate(0, u);
    const w = this.omega[Dz];
    // Window origin = start of block t + q − Dz; block t + q − Dz + m sits at hop·m (its spec[m]), U at hop·Dz.
    const first = t + q - Dz;
    for (let i = 0; i < B2; i += 2) {
      const ur = u[i] * w[i] - u[i + 1] * w[i + 1];
      const ui = u[i] * w[i + 1] + u[i + 1] * w[i];
      let wr = ur;
      let wi = ui;
      for (let m = 0; m < Dz; m++) {
        const s = this.spec[(first + m) % ring][m];
        wr += s[i];
        wi += s[i + 1];
      }
      out[i] += wr * ur + wi * ui;
      out[i + 1] += wr * ui - wi * ur;
    }
  }

  /**
   * r(0 … K) of the two frame spectra (frameSpec[0], frameSpec[1]) into frameR[0], frameR[1], with one complex
   * inverse FFT when both are non-zero and of similar energy (Y = R₀ + i·R₁; r₀ = Re IFFT Y, r₁ = Im IFFT Y).
   */
  private inverse(e0: number, e1: number): void {
    const ratio = e0 > e1 ? e0 / e1 : e1 / e0;
    if (e0 !== 0 && e1 !== 0 && ratio <= MAX_PAIR_ENERGY_RATIO) {
      this.inverseOf(this.frameSpec[0], this.frameSpec[1], this.frameR[0], this.frameR[1]);
      return;
    }
    for (const k of [0, 1] as const) {
      const e = k === 0 ? e0 : e1;
      if (e === 0) this.frameR[k].fill(0);
      else this.inverseOf(this.frameSpec[k], null, this.frameR[k], null);
    }
  }

  private inverseOf(A: Float64Array, B: Float64Array | null, ra: Float64Array, rb: Float64Array | null): void {
    const M = this.M;
    const half = M / 2;
    const zin = this.zin;
    // conj(Y) with Y[f] = A[f] + i·B[f] and A[M−f] = conj A[f] (Hermitian), likewise B.
    for (let f = 0; f <= half; f++) {
      const ar = A[2 * f];
      const ai = f === 0 || f === half ? 0 : A[2 * f + 1];
      const br = B === null ? 0 : B[2 * f];
      const bi = B === null || f === 0 || f === half ? 0 : B[2 * f + 1];
      zin[2 * f] = ar - bi;
      zin[2 * f + 1] = -(ai + br);
      if (f > 0 && f < half) {
        const g = M - f;
        zin[2 * g] = ar + bi;
        zin[2 * g + 1] = ai - br;
      }
    }
    this.fft.transform(zin, this.zout);
    const z = this.zout;
    const scale = 1 / M;
    for (let k = 0; k <= this.K; k++) ra[k] = z[2 * k] * scale;
    if (rb !== null) for (let k = 0; k <= this.K; k++) rb[k] = -z[2 * k + 1] * scale;
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
