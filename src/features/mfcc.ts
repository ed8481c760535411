/**
 * MFCCs, as `librosa.feature.mfcc(S=power_to_db(melspectrogram(...)), n_mfcc=, dct_type=2, norm='ortho',
 * lifter=)` in librosa 0.11 (`librosa/feature/spectral.py`), i.e. `scipy.fftpack.dct(S, type=2, norm='ortho',
 * axis=-2)[:n_mfcc]`:
 *
 *   c[k] = f_k · Σ_{m<N} x[m] · cos(π·k·(2m + 1) / (2N)),   f_0 = √(1/N), f_k = √(2/N) for k > 0,
 *
 * over the N mel bands of each frame. The basis is precomputed once per (n_mfcc, N), and each frame's product
 * uses the basis' symmetry (row k is even about the middle for even k, odd for odd k) to halve the work.
 *
 * `logMelAndMfcc` computes log-mel and MFCC from a single STFT pass.
 */
import { clampTopDb, dbOf, resolveDb, type PowerToDbOptions } from './db.js';
import type { Matrix } from './matrix.js';
import { applyMelFilterbank, melFilterbank, resolveMelStft, type MelFilterbank, type MelSpectrogramOptions } from './mel.js';
import { forEachPowerFrame, forEachPowerFrameInHeap, frameCount, type Signal } from './stft.js';
import { MAX_WASM_FFT, onWasmDspReset, wasmDsp, type WasmDsp } from './wasm-dsp.js';

/**
 * The orthonormal DCT-II basis, n_mfcc × n_input row-major (row k = k-th cosine), so that `basis · x` equals
 * `scipy.fftpack.dct(x, type=2, norm='ortho')[:n_mfcc]`. Rows are orthonormal.
 */
export function dctBasis(n_mfcc: number, n_input: number): Float64Array {
  if (!Number.isInteger(n_input) || n_input < 1) throw new RangeError(`DCT input size must be ≥ 1, got ${n_input}`);
  if (!Number.isInteger(n_mfcc) || n_mfcc < 1 || n_mfcc > n_input) {
    throw new RangeError(`n_mfcc must be an integer in [1, n_mels=${n_input}], got ${n_mfcc}`);
  }
  const basis = new Float64Array(n_mfcc * n_input);
  const f0 = Math.sqrt(1 / n_input);
  const fk = Math.sqrt(2 / n_input);
  for (let k = 0; k < n_mfcc; k++) {
    for (let m = 0; m < n_input; m++) {
      basis[k * n_input + m] = k === 0 ? f0 : fk * Math.cos((Math.PI * k * (2 * m + 1)) / (2 * n_input));
    }
  }
  return basis;
}

/** A DCT plan: the left half of each basis row, used on the folded input (x[m] ± x[N−1−m]). */
class FoldedDct {
  readonly n_mfcc: number;
  readonly n: number;
  private readonly half: number;
  private readonly basisHalf: Float64Array;
  /** Liftering weights per coefficient (all 1 without liftering). */
  private readonly lift: Float64Array;

  constructor(n_mfcc: number, n: number, lifter: number) {
    const full = dctBasis(n_mfcc, n);
    this.n_mfcc = n_mfcc;
    this.n = n;
    this.half = (n + 1) >> 1;
    this.basisHalf = new Float64Array(n_mfcc * this.half);
    for (let k = 0; k < n_mfcc; k++) {
      for (let m = 0; m < this.half; m++) this.basisHalf[k * this.half + m] = full[k * n + m];
    }
    this.lift = new Float64Array(n_mfcc).fill(1);
    if (lifter > 0) {
      // librosa: M *= 1 + (lifter / 2) · sin(π·(k + 1) / lifter)
      for (let k = 0; k < n_mfcc; k++) this.lift[k] = 1 + (lifter / 2) * Math.sin((Math.PI * (k + 1)) / lifter);
    } else if (lifter < 0) {
      throw new RangeError(`lifter must be ≥ 0, got ${lifter}`);
    }
  }

  /** This plan's basis (rows padded to an even length with zeros), lifter and fold scratch in the wasm heap. */
  inHeap(dsp: WasmDsp): { half: number; hp: number; basis: number; lift: number; fold: number } {
    if (this.heap === undefined) {
      const hp = this.half + (this.half & 1);
      const basis = dsp.alloc(this.n_mfcc * hp);
      const lift = dsp.alloc(this.n_mfcc);
      const fold = dsp.alloc(2 * hp);
      const v = dsp.f64;
      for (let k = 0; k < this.n_mfcc; k++) {
        for (let m = 0; m < this.half; m++) v[basis / 8 + k * hp + m] = this.basisHalf[k * this.half + m];
      }
      v.set(this.lift, lift / 8);
      this.heap = { half: this.half, hp, basis, lift, fold };
    }
    return this.heap;
  }

  private heap?: { half: number; hp: number; basis: number; lift: number; fold: number };

  /**
   * DCT of every frame of `x` (frames × n, frame-major, float64) into `out` (n_mfcc × frames, row-major).
   * Frames are folded once, then the products run four frames at a time so each basis value is loaded once
   * per four multiply-adds.
   */
  runFrames(x: Float64Array, frames: number, out: Float32Array): void {
    const { n, half, basisHalf, n_mfcc, lift } = this;
    const sum = new Float64Array(frames * half);
    const diff = new Float64Array(frames * half);
    for (let t = 0; t < frames; t++) {
      const o = t * n;
      const f = t * half;
      for (let m = 0; m < half; m++) {
        const a = x[o + m];
        const b = x[o + n - 1 - m];
        sum[f + m] = a + b;
        diff[f + m] = a - b;
      }
      if (n & 1) {
        // The middle band pairs with itself: count it once in the even rows, not at all in the odd ones.
        sum[f + half - 1] = x[o + half - 1];
        diff[f + half - 1] = 0;
      }
    }
    const blocked = frames - (frames % 4);
    for (let k = 0; k < n_mfcc; k++) {
      const v = (k & 1) === 0 ? sum : diff;
      const row = k * half;
      const lk = lift[k];
      const ok = k * frames;
      for (let t = 0; t < blocked; t += 4) {
        const f0 = t * half;
        const f1 = f0 + half;
        const f2 = f1 + half;
        const f3 = f2 + half;
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        for (let m = 0; m < half; m++) {
          const b = basisHalf[row + m];
          a0 += b * v[f0 + m];
          a1 += b * v[f1 + m];
          a2 += b * v[f2 + m];
          a3 += b * v[f3 + m];
        }
        out[ok + t] = a0 * lk;
        out[ok + t + 1] = a1 * lk;
        out[ok + t + 2] = a2 * lk;
        out[ok + t + 3] = a3 * lk;
      }
      for (let t = blocked; t < frames; t++) {
        const f0 = t * half;
        let a0 = 0;
        for (let m = 0; m < half; m++) a0 += basisHalf[row + m] * v[f0 + m];
        out[ok + t] = a0 * lk;
      }
    }
  }
}

const dctCache = new Map<string, FoldedDct>();
onWasmDspReset(() => dctCache.clear());

function foldedDct(n_mfcc: number, n: number, lifter: number): FoldedDct {
  const key = `${n_mfcc}/${n}/${lifter}`;
  let plan = dctCache.get(key);
  if (plan === undefined) {
    plan = new FoldedDct(n_mfcc, n, lifter);
    dctCache.set(key, plan);
  }
  return plan;
}

export interface MfccOptions {
  /** Coefficients kept. librosa default 20. */
  n_mfcc?: number;
  /** Sinusoidal liftering 1 + (lifter/2)·sin(π(k+1)/lifter); 0 = none (librosa default). */
  lifter?: number;
}

/** `librosa.feature.mfcc(S=S_db, n_mfcc=, dct_type=2, norm='ortho', lifter=)`: n_mfcc × frames. */
export function mfcc(S_db: Matrix, opts: MfccOptions = {}): Matrix {
  const n_mfcc = opts.n_mfcc ?? 20;
  const plan = foldedDct(n_mfcc, S_db.rows, opts.lifter ?? 0);
  const { rows, cols } = S_db;
  const frameMajor = new Float64Array(rows * cols);
  for (let m = 0; m < rows; m++) for (let t = 0; t < cols; t++) frameMajor[t * rows + m] = S_db.data[m * cols + t];
  const data = new Float32Array(n_mfcc * cols);
  plan.runFrames(frameMajor, cols, data);
  return { rows: n_mfcc, cols, data };
}

export interface LogMelMfccOptions extends MelSpectrogramOptions, PowerToDbOptions, MfccOptions {}

export interface LogMelMfcc {
  /** `power_to_db(melspectrogram(y, ...), ref, amin, top_db)`: n_mels × frames, dB. */
  logmel: Matrix;
  /** `mfcc(S=logmel, n_mfcc, dct_type=2, norm='ortho', lifter)`: n_mfcc × frames. */
  mfcc: Matrix;
}

/**
 * Log-mel spectrogram and MFCCs from one STFT pass: power spectrum → sparse mel product per frame, then dB
 * (float64), the whole-clip top_db clamp and the DCT of every frame. Same results as `powerToDb(melspectrogram(y))` and
 * `mfcc(...)` of it, without materialising the spectrogram. A function `ref` is called on the mel power
 * (float64, frames × n_mels), as librosa calls it on the array it converts.
 *
 * The STFT, the mel product and the DCT run in the wasm heap (wasm-dsp.ts kernels: the per-frame work was ~2/3 of
 * the spectral features' time in JavaScript); the dB step stays here, on Math.log.
 */
export function logMelAndMfcc(y: Signal, opts: LogMelMfccOptions): LogMelMfcc {
  const stft = resolveMelStft(opts);
  if (stft.n_fft < 8 || stft.n_fft > MAX_WASM_FFT) return logMelAndMfccJs(y, opts);
  const bank = melFilterbank({ ...opts, n_fft: stft.n_fft });
  const n_mels = bank.n_mels;
  const n_mfcc = opts.n_mfcc ?? 20;
  const plan = foldedDct(n_mfcc, n_mels, opts.lifter ?? 0);
  const p = opts.power ?? 2;
  const T = frameCount(y.length, stft.n_fft, stft.hop_length, stft.center);
  // Validate the dB options before the work; a function ref needs the mel power, so it waits.
  const early = typeof opts.ref === 'function' ? undefined : resolveDb(opts);
  const dsp = wasmDsp();
  const hb = heapBank(dsp, bank);
  const hd = plan.inHeap(dsp);
  // Frame-major float64 (T × n_mels) in the heap: contiguous per frame for the mel product and the DCT.
  const colsAt = dsp.region('mel-cols', T * n_mels);
  const outAt = dsp.region('mfcc-out', Math.ceil((n_mfcc * T) / 2));
  const bins = (stft.n_fft >> 1) + 1;
  forEachPowerFrameInHeap(y, stft, (t, at) => {
    if (p !== 2) {
      const power = dsp.f64.subarray(at / 8, at / 8 + bins);
      for (let k = 0; k < power.length; k++) power[k] = Math.pow(power[k], p / 2);
    }
    dsp.melbank(at, hb.start, hb.offset, hb.weights, n_mels, colsAt + 8 * t * n_mels);
  });
  const cols = dsp.f64.subarray(colsAt / 8, colsAt / 8 + T * n_mels);
  const { refDb, amin, top_db } = early ?? resolveDb(opts, cols);
  for (let i = 0; i < cols.length; i++) cols[i] = dbOf(cols[i], amin, refDb);
  // clampTopDb and the float32 transpose to n_mels × T, in the heap (the DCT reads the clamped values).
  const floor = top_db === null ? -Infinity : dsp.dbclamp(colsAt, T, n_mels, NaN, 0) - top_db;
  const logAt = dsp.region('logmel-out', Math.ceil((n_mels * T) / 2));
  dsp.dbclamp(colsAt, T, n_mels, floor, logAt);
  dsp.dct(colsAt, T, n_mels, hd.half, hd.hp, hd.basis, n_mfcc, hd.lift, hd.fold, outAt);
  const buffer = dsp.f64.buffer;
  const logmel = new Float32Array(buffer, logAt, n_mels * T).slice();
  const coeffs = new Float32Array(buffer, outAt, n_mfcc * T).slice();
  return { logmel: { rows: n_mels, cols: T, data: logmel }, mfcc: { rows: n_mfcc, cols: T, data: coeffs } };
}

/** A filterbank's sparse arrays copied into the heap (once per bank). */
let heapBanks = new WeakMap<MelFilterbank, { start: number; offset: number; weights: number }>();
onWasmDspReset(() => (heapBanks = new WeakMap()));

function heapBank(dsp: WasmDsp, bank: MelFilterbank): { start: number; offset: number; weights: number } {
  let hb = heapBanks.get(bank);
  if (hb === undefined) {
    hb = {
      start: dsp.alloc(Math.ceil(bank.n_mels / 2)),
      offset: dsp.alloc(Math.ceil((bank.n_mels + 1) / 2)),
      weights: dsp.alloc(bank.weights.length),
    };
    dsp.i32.set(bank.start, hb.start / 4);
    dsp.i32.set(bank.offset, hb.offset / 4);
    dsp.f64.set(bank.weights, hb.weights / 8);
    heapBanks.set(bank, hb);
  }
  return hb;
}

/** `logMelAndMfcc` in JavaScript with fft.ts (n_fft below 8). */
function logMelAndMfccJs(y: Signal, opts: LogMelMfccOptions): LogMelMfcc {
  const stft = resolveMelStft(opts);
  const bank = melFilterbank({ ...opts, n_fft: stft.n_fft });
  const n_mels = bank.n_mels;
  const n_mfcc = opts.n_mfcc ?? 20;
  const plan = foldedDct(n_mfcc, n_mels, opts.lifter ?? 0);
  const p = opts.power ?? 2;
  const T = frameCount(y.length, stft.n_fft, stft.hop_length, stft.center);
  // Frame-major float64 scratch (T × n_mels): contiguous per frame for the mel product and the DCT.
  const cols = new Float64Array(T * n_mels);
  const mel = new Float64Array(n_mels);
  // Validate the dB options before the work; a function ref needs the mel power, so it waits.
  const early = typeof opts.ref === 'function' ? undefined : resolveDb(opts);
  forEachPowerFrame(y, stft, (t, power) => {
    if (p !== 2) for (let k = 0; k < power.length; k++) power[k] = Math.pow(power[k], p / 2);
    applyMelFilterbank(bank, power, mel);
    cols.set(mel, t * n_mels);
  });
  const { refDb, amin, top_db } = early ?? resolveDb(opts, cols);
  for (let i = 0; i < cols.length; i++) cols[i] = dbOf(cols[i], amin, refDb);
  clampTopDb(cols, top_db);
  const logmel = new Float32Array(n_mels * T);
  const coeffs = new Float32Array(n_mfcc * T);
  for (let t = 0; t < T; t++) {
    const o = t * n_mels;
    for (let m = 0; m < n_mels; m++) logmel[m * T + t] = cols[o + m];
  }
  plan.runFrames(cols, T, coeffs);
  return { logmel: { rows: n_mels, cols: T, data: logmel }, mfcc: { rows: n_mfcc, cols: T, data: coeffs } };
}
