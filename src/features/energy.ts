/**
 * Frame energy and zero-crossing rate, as librosa 0.11 (`librosa/feature/spectral.py`: `rms`,
 * `zero_crossing_rate`; `librosa/core/audio.py`: `zero_crossings`). Both return one value per frame on the
 * same grid as the STFT when frame_length = n_fft and centred (1 + ⌊len/hop_length⌋ frames).
 */
import { frameCount, type Signal } from './stft.js';
import { wasmDsp } from './wasm-dsp.js';

export interface FrameOptions {
  /** Samples per frame. librosa default 2048. */
  frame_length?: number;
  /** Hop between frames in samples. librosa default 512. */
  hop_length?: number;
  /** Centre frames on t·hop_length by padding frame_length/2 at both ends. librosa default true. */
  center?: boolean;
}

function resolveFrames(opts: FrameOptions): Required<FrameOptions> {
  const frame_length = opts.frame_length ?? 2048;
  const hop_length = opts.hop_length ?? 512;
  const center = opts.center ?? true;
  if (!Number.isInteger(frame_length) || frame_length < 1) {
    throw new RangeError(`frame_length must be a positive integer, got ${frame_length}`);
  }
  if (!Number.isInteger(hop_length) || hop_length < 1) {
    throw new RangeError(`hop_length must be a positive integer, got ${hop_length}`);
  }
  return { frame_length, hop_length, center };
}

/**
 * `librosa.feature.rms(y=y, frame_length=, hop_length=, center=, pad_mode='constant')[0]`:
 * √(mean of y² over each frame of the raw signal, no window), zero padding when centred. Float64 sums.
 */
export function rms(y: Signal, opts: FrameOptions = {}): Float32Array {
  const { frame_length, hop_length, center } = resolveFrames(opts);
  const len = y.length;
  const frames = frameCount(len, frame_length, hop_length, center);
  const shift = center ? frame_length >> 1 : 0;
  const out = new Float32Array(frames);
  const grid = blockGrid(len, frames, frame_length, hop_length, shift);
  if (grid !== undefined) {
    // Σ y² per block, then per frame the sum of its blocks: ~frame_length/hop_length times less work than
    // summing every frame afresh (float64 either way; only the order of the additions differs).
    const { per, step, sums } = grid;
    blockSums(y, shift, grid, false, 0);
    for (let t = 0; t < frames; t++) {
      let acc = 0;
      for (let b = t * step, e = b + per; b < e; b++) acc += sums[b];
      out[t] = Math.sqrt(acc / frame_length);
    }
    return out;
  }
  for (let t = 0; t < frames; t++) {
    // The zero padding contributes nothing: sum over the part of the frame inside the signal.
    const a = Math.max(0, t * hop_length - shift);
    const b = Math.min(len, t * hop_length - shift + frame_length);
    let acc = 0;
    for (let i = a; i < b; i++) {
      const v = y[i];
      acc += v * v;
    }
    out[t] = Math.sqrt(acc / frame_length);
  }
  return out;
}

/**
 * `grid.sums[b]` = Σ y² over block b, or (crossings) the number of pairs (s−1, s), s ≥ 1, ending in block b whose
 * signs (y < nthr) differ: one pass over the signal in the wasm heap (two samples per vector; in JavaScript this
 * pass was ~2/3 of the time of each of the two features).
 */
function blockSums(y: Signal, shift: number, grid: { g: number; sums: Float64Array }, crossings: boolean, nthr: number): void {
  const dsp = wasmDsp();
  const nb = grid.sums.length;
  const xAt = dsp.region('signal', y.length);
  const outAt = dsp.region('energy-blocks', nb);
  const heap = dsp.f64;
  heap.set(y, xAt / 8);
  dsp.blocksums(xAt, y.length, shift, grid.g, nb, crossings ? 1 : 0, nthr, outAt);
  grid.sums.set(heap.subarray(outAt / 8, outAt / 8 + nb));
}

/**
 * Blocks of g = gcd(hop_length, frame_length) samples on the padded signal (block b covers padded samples
 * [b·g, (b+1)·g), i.e. y[b·g − shift …]): frame t is exactly blocks t·step … t·step + per − 1. Undefined when the
 * blocks would be too small to pay (per > 64).
 */
function blockGrid(
  len: number,
  frames: number,
  frame_length: number,
  hop_length: number,
  shift: number,
): { g: number; per: number; step: number; sums: Float64Array } | undefined {
  let a = hop_length;
  let b = frame_length;
  while (b !== 0) [a, b] = [b, a % b];
  const g = a;
  const per = frame_length / g;
  if (per > 64 || frames === 0) return undefined;
  const step = hop_length / g;
  const blocks = Math.max((frames - 1) * step + per, Math.ceil((len + shift) / g));
  return { g, per, step, sums: new Float64Array(blocks) };
}

export interface ZcrOptions extends FrameOptions {
  /** |y| ≤ threshold counts as zero (librosa `zero_crossings` default 1e-10; compared in float32 for float32 input). */
  threshold?: number;
}

/**
 * `librosa.feature.zero_crossing_rate(y, frame_length=, hop_length=, center=)[0]`: the signal is centred by
 * repeating its edge samples (`mode='edge'`), samples with |y| ≤ 1e-10 become 0, a crossing is a change of sign
 * bit between neighbours inside a frame with 0 counted as positive (`zero_pos=True`), and the rate is the count
 * divided by frame_length (the mean over the frame, whose first position never counts, `pad=False`).
 *
 * Crossings are counted once over the whole padded signal and each frame's count is a difference of integer
 * prefix sums, so the cost per frame is O(1) and the counts are exact.
 */
export function zeroCrossingRate(y: Signal, opts: ZcrOptions = {}): Float32Array {
  const { frame_length, hop_length, center } = resolveFrames(opts);
  const len = y.length;
  const frames = frameCount(len, frame_length, hop_length, center);
  const out = new Float32Array(frames);
  if (frames === 0 || len === 0) return out;
  // numpy compares float32 data with a Python float in float32 (NEP 50), so round the threshold the same way.
  const thr = y instanceof Float32Array ? Math.fround(opts.threshold ?? 1e-10) : (opts.threshold ?? 1e-10);
  // After zeroing |y| ≤ thr, the sign bit is set exactly when y < −thr. Edge padding repeats y[0] and y[len−1],
  // so it adds no crossing: only pairs (s−1, s) inside y count, c(s) = 1 when the pair ending at s crosses.
  // Frame t (samples a … a + frame_length − 1, a = t·hop − shift in y's indexing) counts the pairs ending at
  // s ∈ [a + 1, a + frame_length − 1] ∩ [1, len − 1]: the blocks of the frame (see blockGrid), minus c(a).
  const shift = center ? frame_length >> 1 : 0;
  const nthr = -thr;
  const grid = blockGrid(len, frames, frame_length, hop_length, shift);
  if (grid !== undefined) {
    const { per, step, sums } = grid;
    blockSums(y, shift, grid, true, nthr);
    for (let t = 0; t < frames; t++) {
      let count = 0;
      for (let b = t * step, e = b + per; b < e; b++) count += sums[b];
      const a = t * hop_length - shift;
      if (a >= 1 && a <= len - 1) count -= (y[a] < nthr ? 1 : 0) ^ (y[a - 1] < nthr ? 1 : 0);
      out[t] = count / frame_length;
    }
    return out;
  }
  // Otherwise: cum[s] = crossings over pairs up to s, each frame's count a difference of two of them.
  const cum = new Int32Array(len);
  let prev = y[0] < nthr ? 1 : 0;
  let count = 0;
  for (let s = 1; s < len; s++) {
    const cur = y[s] < nthr ? 1 : 0;
    count += cur ^ prev;
    cum[s] = count;
    prev = cur;
  }
  for (let t = 0; t < frames; t++) {
    const a = t * hop_length - shift;
    const lo = Math.max(a, 0);
    const hi = Math.min(a + frame_length - 1, len - 1);
    out[t] = hi > lo ? (cum[hi] - cum[lo]) / frame_length : 0;
  }
  return out;
}
