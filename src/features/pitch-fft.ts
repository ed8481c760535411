/**
 * Complex FFT plans for the pitch trackers, cached per size, with no allocation per call.
 *
 * The shared `fft.ts` offers real transforms only; the blocked YIN difference function (pitch-cmnd.ts) instead
 * packs two real blocks into one complex transform (forward) and two Hermitian spectra into one (inverse), which
 * halves the number of transforms. Both directions here are unscaled and use the forward kernel e^{−2πi·kt/n}:
 * the inverse is obtained by the caller as conj(FFT(conj X)) / n.
 *
 * Built on fft.js (MIT, radix-4), called with Float64Array buffers, interleaved re/im.
 */
import FFT from 'fft.js';

export interface ComplexFft {
  /** Transform size n (complex points). */
  readonly n: number;
  /** X[k] = Σ_t x[t] e^{−2πi·kt/n}; `input` and `out` are interleaved re/im of length 2n and must differ. */
  transform(input: Float64Array, out: Float64Array): void;
}

class FftJsComplex implements ComplexFft {
  readonly n: number;
  private readonly plan: FFT;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 4 || (n & (n - 1)) !== 0) {
      throw new RangeError(`complex FFT size must be a power of two ≥ 4, got ${n}`);
    }
    this.n = n;
    this.plan = new FFT(n);
  }

  transform(input: Float64Array, out: Float64Array): void {
    this.plan.transform(out, input);
  }
}

const plans = new Map<number, ComplexFft>();

/** The cached complex FFT plan of size n (a power of two ≥ 4). */
export function getComplexFft(n: number): ComplexFft {
  let plan = plans.get(n);
  if (plan === undefined) {
    plan = new FftJsComplex(n);
    plans.set(n, plan);
  }
  return plan;
}

/** Smallest power of two ≥ n (n ≥ 1). */
export function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
