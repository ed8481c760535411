/**
 * Band-limited resampling with libsamplerate's best sinc converter (SRC_SINC_BEST_QUALITY, ~97 dB stop-band
 * attenuation), through the `@alexanderolsen/libsamplerate-js` wasm build.
 *
 * What was measured on that build (see test/audio/resample.test.ts, which pins each point):
 * - No time shift: `src_simple` centres its filter on the first input sample (libsamplerate pre-fills half a
 *   filter of zeros), so a resampled sine lines up with the ideal one to within 0.01 sample, for up- and
 *   down-sampling. Nothing to correct.
 * - Length: `simple` returns floor(n·ratio) samples (occasionally one fewer: seen with the fast sinc at
 *   44.1 → 16 kHz, from floating-point accumulation of the input position), not round(n·ratio). We append a few
 *   zeros to the input, which is exactly what libsamplerate assumes beyond the end of the input anyway (the
 *   outputs are bit-identical with and without them), and cut the output to `Math.round(n · srOut / srIn)`.
 * - The wrapper's buffers hold 1,008,000 floats; above that it silently switches to its streaming `full` path,
 *   which never flushes the filter (end_of_input stays false) and so drops the tail. We never let it: long inputs
 *   are cut into overlapping blocks whose boundaries fall on exact input/output sample pairs, each block resampled
 *   with `simple`, and the overlaps (longer than the filter) discarded. The result matches a single call to ~1e-7.
 * - Each `create()` instantiates a separate wasm module (a few MB each), so converters are cached, one per
 *   reduced rate ratio; rates are divided by their gcd first (only the ratio matters to libsamplerate), which also lifts the
 *   wrapper's 192 kHz limit for most real rate pairs.
 */
import lsr from '@alexanderolsen/libsamplerate-js';
import { AudioError } from '../errors.js';

type Converter = Awaited<ReturnType<typeof lsr.create>>;

/** Floats the wrapper's wasm buffers hold (BUFFER_LEN in its wasm-src.cpp); we stay a little below. */
const WRAPPER_BUFFER = 1_008_000;
const MAX_CALL_SAMPLES = 1_000_000;
/**
 * Half-length of the SRC_SINC_BEST_QUALITY filter in input samples when up-sampling; down-sampling stretches it
 * by 1/ratio. Measured: an impulse spreads over ±134 input samples at 1:2 and ±386 at 3:1 (|h| > 1e-7). Block
 * overlaps use 160/min(1, ratio), rounded up to whole rate periods.
 */
const SINC_BEST_HALF_LENGTH = 160;
/** libsamplerate's SRC_MAX_RATIO: it refuses conversion ratios beyond 256 either way. */
const MAX_RATIO = 256;

const converters = new Map<string, Promise<Converter>>();

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function checkRate(name: string, sr: number): void {
  if (!Number.isInteger(sr) || sr <= 0) {
    throw new AudioError('INVALID_ARGUMENT', `${name} must be a positive integer number of Hz, got ${sr}`);
  }
}

function converter(inRate: number, outRate: number): Promise<Converter> {
  const key = `${inRate}:${outRate}`;
  let c = converters.get(key);
  if (!c) {
    c = lsr.create(1, inRate, outRate, { converterType: lsr.ConverterType.SRC_SINC_BEST_QUALITY });
    // A failed creation must not stay cached; the wrapper throws bare strings, so wrap them.
    c = c.catch((e: unknown) => {
      converters.delete(key);
      throw new AudioError('INVALID_ARGUMENT', `libsamplerate refused ${inRate} → ${outRate}: ${String(e)}`, { cause: e });
    });
    converters.set(key, c);
  }
  return c;
}

/**
 * Resample `y` from `srIn` to `srOut` Hz with libsamplerate's best-quality sinc filter.
 *
 * @returns a new array of length `Math.round(y.length * srOut / srIn)`, time-aligned with the input (sample `k` of
 *   the output is at time k/srOut, as sample `j` of the input is at j/srIn). When the rates are equal it is a copy
 *   of `y` (never `y` itself), so callers may modify the result freely.
 * @throws AudioError INVALID_ARGUMENT for rates that are not positive integers or a ratio beyond 256:1.
 */
export async function resample(y: Float32Array, srIn: number, srOut: number): Promise<Float32Array> {
  return resampleInBlocks(y, srIn, srOut, MAX_CALL_SAMPLES);
}

/**
 * `resample` with an explicit cap on the samples given to (or expected from) one libsamplerate call. Exported so
 * tests can force the block path on short signals; use `resample`.
 */
export async function resampleInBlocks(y: Float32Array, srIn: number, srOut: number, maxCallSamples: number): Promise<Float32Array> {
  checkRate('srIn', srIn);
  checkRate('srOut', srOut);
  if (srIn === srOut) return y.slice();
  if (srOut / srIn > MAX_RATIO || srIn / srOut > MAX_RATIO) {
    throw new AudioError('INVALID_ARGUMENT', `cannot resample ${srIn} Hz → ${srOut} Hz: libsamplerate supports ratios up to ${MAX_RATIO}:1`);
  }
  const g = gcd(srIn, srOut);
  const q = srIn / g; // input samples per period
  const p = srOut / g; // output samples per period: q input samples map exactly onto p output samples
  const ratio = p / q;
  const nOut = Math.round((y.length * p) / q);
  if (nOut === 0) return new Float32Array(0);

  const src = await converter(q, p);
  // Zeros after the end, as libsamplerate assumes anyway, so that `simple` yields at least nOut samples.
  const tail = Math.ceil(3 / ratio) + 1;
  const x = new Float32Array(y.length + tail);
  x.set(y);

  const cap = Math.min(maxCallSamples, MAX_CALL_SAMPLES);
  const callSize = (n: number) => Math.max(n, Math.ceil(n * ratio));
  const out = new Float32Array(nOut);

  if (callSize(x.length) <= cap) {
    const r = src.simple(x);
    if (r.length < nOut) throw new Error(`libsamplerate returned ${r.length} samples, expected at least ${nOut}`);
    out.set(r.subarray(0, nOut));
    return out;
  }

  // Blocks: core [s, s + core) of the input, read with `margin` extra input samples on each side. s, core and
  // margin are multiples of q, so s maps to output sample s·p/q exactly and each block's outputs sit on the
  // global output grid.
  const roundUp = (v: number) => Math.ceil(v / q) * q;
  const margin = roundUp(Math.ceil(SINC_BEST_HALF_LENGTH / Math.min(1, ratio)));
  const core = Math.floor((cap / Math.max(1, ratio) - 2 * margin) / q) * q;
  if (core <= 0) {
    throw new AudioError('INVALID_ARGUMENT', `cannot resample ${srIn} Hz → ${srOut} Hz in blocks: the reduced rate ratio ${q}:${p} is too fine-grained`);
  }
  for (let s = 0; (s / q) * p < nOut; s += core) {
    const a = Math.max(0, s - margin);
    const b = Math.min(x.length, s + core + margin);
    if (callSize(b - a) > WRAPPER_BUFFER) throw new Error('resample block exceeds the libsamplerate buffer');
    const r = src.simple(x.subarray(a, b));
    const outStart = (s / q) * p;
    const skip = ((s - a) / q) * p;
    const count = Math.min((core / q) * p, nOut - outStart);
    if (r.length < skip + count) throw new Error(`libsamplerate block returned ${r.length} samples, expected ${skip + count}`);
    out.set(r.subarray(skip, skip + count), outStart);
  }
  return out;
}

/** Free the cached libsamplerate converters (each holds its own wasm instance). They are recreated on demand. */
export async function releaseResamplers(): Promise<void> {
  const all = [...converters.values()];
  converters.clear();
  for (const c of all) {
    try {
      (await c).destroy();
    } catch {
      // a converter that failed to load has nothing to free
    }
  }
}
