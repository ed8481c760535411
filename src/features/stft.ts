/**
 * Short-time Fourier transform power spectrogram, as `np.abs(librosa.stft(y, ...)) ** power` in librosa 0.11
 * (`librosa/core/spectrum.py`: `stft`, `_spectrogram`):
 *
 * - window: periodic Hann of `win_length` samples (scipy `get_window('hann', win_length, fftbins=True)`),
 *   zero-padded to `n_fft` with the window **centred** in the frame (`librosa.util.pad_center`);
 * - `center=true`: frame t is centred on sample t·hop_length; the signal is padded with n_fft/2 **zeros** at both
 *   ends (`pad_mode='constant'`, librosa ≥ 0.10's default), giving 1 + ⌊len/hop_length⌋ frames;
 * - `center=false`: frame t starts at sample t·hop_length, 1 + ⌊(len − n_fft)/hop_length⌋ frames.
 *
 * Work is float64 throughout (librosa multiplies the float32 frames by a float64 window and runs the FFT in float64
 * before storing complex64), with one FFT plan and its buffers per size, none per frame.
 */
import { getRealFft } from './fft.js';
import { MAX_WASM_FFT, onWasmDspReset, wasmDsp } from './wasm-dsp.js';
import type { Matrix } from './matrix.js';

/** Samples accepted by the spectral functions. */
export type Signal = Float32Array | Float64Array;

export interface StftOptions {
  /** FFT size in samples (a power of two ≥ 4). librosa default 2048. */
  n_fft?: number;
  /** Hop between frames in samples. librosa default win_length / 4. */
  hop_length?: number;
  /** Window length in samples, ≤ n_fft. librosa default n_fft. */
  win_length?: number;
  /** Centre frames on t·hop_length with n_fft/2 zeros of padding at both ends. librosa default true. */
  center?: boolean;
}

export interface SpectrogramOptions extends StftOptions {
  /** Exponent of the magnitude: 2 = power (librosa default for melspectrogram), 1 = magnitude. */
  power?: number;
}

/** Options with every default filled in. */
export interface ResolvedStft {
  n_fft: number;
  hop_length: number;
  win_length: number;
  center: boolean;
}

export function resolveStft(opts: StftOptions = {}): ResolvedStft {
  const n_fft = opts.n_fft ?? 2048;
  const win_length = opts.win_length ?? n_fft;
  const hop_length = opts.hop_length ?? Math.floor(win_length / 4);
  const center = opts.center ?? true;
  if (!Number.isInteger(n_fft) || n_fft < 4 || (n_fft & (n_fft - 1)) !== 0) {
    throw new RangeError(`n_fft must be a power of two ≥ 4, got ${n_fft}`);
  }
  if (!Number.isInteger(win_length) || win_length < 1 || win_length > n_fft) {
    throw new RangeError(`win_length must be an integer in [1, n_fft=${n_fft}], got ${win_length}`);
  }
  if (!Number.isInteger(hop_length) || hop_length < 1) {
    throw new RangeError(`hop_length must be a positive integer, got ${hop_length}`);
  }
  return { n_fft, hop_length, win_length, center };
}

/**
 * Periodic Hann window of length n, exactly as scipy's `get_window('hann', n, fftbins=True)`:
 * `general_cosine(n + 1, [0.5, 0.5])[:n]`, i.e. 0.5 + 0.5·cos(−π + 2πi/n).
 */
export function hannWindow(n: number): Float64Array {
  const w = new Float64Array(n);
  if (n === 1) {
    w[0] = 1;
    return w;
  }
  // scipy: fac = np.linspace(-pi, pi, n + 1); w = 0.5 + 0.5 cos(fac), last point dropped.
  const step = (2 * Math.PI) / n;
  for (let i = 0; i < n; i++) w[i] = 0.5 + 0.5 * Math.cos(-Math.PI + i * step);
  return w;
}

/** `librosa.util.pad_center`: zero-pad `w` to `size`, ⌊(size − len)/2⌋ zeros on the left. */
export function padCenter(w: Float64Array, size: number): Float64Array {
  if (w.length > size) throw new RangeError(`cannot pad a length-${w.length} array to ${size}`);
  const out = new Float64Array(size);
  out.set(w, Math.floor((size - w.length) / 2));
  return out;
}

/**
 * Frames of a signal of `length` samples: 1 + ⌊length/hop⌋ when centred (frame_length even; librosa pads
 * frame_length/2 at both ends), 1 + ⌊(length − frame_length)/hop⌋ otherwise (0 if the signal is shorter).
 */
export function frameCount(length: number, frame_length: number, hop_length: number, center: boolean): number {
  const padded = center ? length + 2 * Math.floor(frame_length / 2) : length;
  return padded < frame_length ? 0 : 1 + Math.floor((padded - frame_length) / hop_length);
}

const windowCache = new Map<string, Float64Array>();

/** The n_fft-long analysis window: periodic Hann of win_length, centred (cached). */
export function stftWindow(n_fft: number, win_length: number): Float64Array {
  const key = `${n_fft}/${win_length}`;
  let w = windowCache.get(key);
  if (w === undefined) {
    w = padCenter(hannWindow(win_length), n_fft);
    windowCache.set(key, w);
  }
  return w;
}

/** Heap buffers of the wasm STFT for one n_fft: the window, FFT input/scratch (cvecs of n_fft), two power spectra. */
interface WasmStftBuffers {
  window: number;
  z: number;
  scratch: number;
  pa: number;
  pb: number;
}

const wasmStftBuffers = new Map<string, WasmStftBuffers>();
onWasmDspReset(() => wasmStftBuffers.clear());

/**
 * Calls `onFrame(t, power)` for every frame t with the power spectrum |X_t[k]|², k = 0 … n_fft/2, in a scratch
 * buffer that is overwritten by the next frame (copy what you keep). The single STFT pass behind
 * `powerSpectrogram`, `melspectrogram` and `logMelAndMfcc`. Its buffers are shared per thread and n_fft, so
 * `onFrame` must not start another STFT.
 */
export function forEachPowerFrame(
  y: Signal,
  opts: StftOptions,
  onFrame: (t: number, power: Float64Array) => void,
): number {
  const o = resolveStft(opts);
  if (o.n_fft < 8 || o.n_fft > MAX_WASM_FFT) return forEachPowerFrameJs(y, o, onFrame);
  const dsp = wasmDsp();
  const bins = (o.n_fft >> 1) + 1;
  let heap: Float64Array | undefined;
  let view: Float64Array = new Float64Array(0);
  return forEachPowerFrameInHeap(y, o, (t, at) => {
    if (heap !== dsp.f64 || view.byteOffset !== at) {
      heap = dsp.f64;
      view = heap.subarray(at / 8, at / 8 + bins);
    }
    onFrame(t, view);
  });
}

/**
 * `forEachPowerFrame` for callers that work in the wasm heap (wasm-dsp.ts): `onFrame(t, at)` gets the byte offset
 * of the power spectrum (n_fft/2 + 1 float64s, overwritten by the next frame). Frames go two at a time through one
 * complex FFT (frame t as the real part, t+1 as the imaginary part) in the float64 SIMD kernels, windowing included,
 * ~3× faster than fft.js' transform plus the framing loop in JavaScript. Needs 8 ≤ n_fft ≤ MAX_WASM_FFT.
 */
export function forEachPowerFrameInHeap(y: Signal, opts: StftOptions, onFrame: (t: number, at: number) => void): number {
  const { n_fft, hop_length, win_length, center } = resolveStft(opts);
  const dsp = wasmDsp();
  const fft = dsp.fft(n_fft);
  const key = `${n_fft}/${win_length}`;
  let buf = wasmStftBuffers.get(key);
  if (buf === undefined) {
    const bins = (n_fft >> 1) + 2;
    buf = {
      window: dsp.alloc(n_fft),
      z: dsp.alloc(2 * n_fft),
      scratch: dsp.alloc(2 * n_fft),
      pa: dsp.alloc(bins),
      pb: dsp.alloc(bins),
    };
    dsp.f64.set(stftWindow(n_fft, win_length), buf.window / 8);
    wasmStftBuffers.set(key, buf);
  }
  const { window, z, scratch, pa, pb } = buf;
  // The window is zero outside [w0, w1); the kernel works on pairs of samples, so round the bounds out to even.
  const w0 = Math.floor((n_fft - win_length) / 2) & ~1;
  const w1 = (Math.floor((n_fft - win_length) / 2) + win_length + 1) & ~1;
  const len = y.length;
  const frames = frameCount(len, n_fft, hop_length, center);
  // The signal in the heap, with the centring zeros, so that frame t starts at padded sample t·hop_length.
  const pad = center ? n_fft >> 1 : 0;
  const sig = dsp.region('signal', len + 2 * pad + n_fft);
  const heap = dsp.f64;
  const s0 = sig / 8;
  heap.fill(0, s0, s0 + pad);
  heap.set(y, s0 + pad);
  heap.fill(0, s0 + pad + len, s0 + 2 * pad + len + n_fft);
  const step = 8 * hop_length;
  for (let t = 0; t < frames; t += 2) {
    dsp.window2(sig + t * step, t + 1 < frames ? sig + (t + 1) * step : 0, window, w0, w1, n_fft, z);
    dsp.power2(fft(z, scratch), n_fft, pa, pb);
    onFrame(t, pa);
    if (t + 1 < frames) onFrame(t + 1, pb);
  }
  return frames;
}

/** forEachPowerFrame with fft.ts' real FFT, one frame at a time (tiny n_fft). */
function forEachPowerFrameJs(y: Signal, o: ResolvedStft, onFrame: (t: number, power: Float64Array) => void): number {
  const { n_fft, hop_length, win_length, center } = o;
  const plan = getRealFft(n_fft);
  const window = stftWindow(n_fft, win_length);
  const w0 = Math.floor((n_fft - win_length) / 2);
  const w1 = w0 + win_length;
  const frame = plan.frame;
  frame.fill(0);
  const power = new Float64Array(plan.bins);
  const len = y.length;
  const frames = frameCount(len, n_fft, hop_length, center);
  const shift = center ? n_fft >> 1 : 0;
  for (let t = 0; t < frames; t++) {
    const base = t * hop_length - shift;
    for (let i = w0; i < w1; i++) {
      const s = base + i;
      frame[i] = s >= 0 && s < len ? y[s] * window[i] : 0;
    }
    plan.powerOfFrame(power);
    onFrame(t, power);
  }
  return frames;
}

/**
 * |STFT|^power as a (1 + n_fft/2) × frames matrix, as `np.abs(librosa.stft(y, n_fft=…, hop_length=…,
 * win_length=…, window='hann', center=…, pad_mode='constant')) ** power`.
 */
export function powerSpectrogram(y: Signal, opts: SpectrogramOptions = {}): Matrix {
  const { n_fft, hop_length, center } = resolveStft(opts);
  const p = opts.power ?? 2;
  const rows = (n_fft >> 1) + 1;
  const cols = frameCount(y.length, n_fft, hop_length, center);
  const data = new Float32Array(rows * cols);
  forEachPowerFrame(y, opts, (t, power) => {
    for (let k = 0; k < rows; k++) data[k * cols + t] = p === 2 ? power[k] : Math.pow(power[k], p / 2);
  });
  return { rows, cols, data };
}
