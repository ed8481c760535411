/**
 * Real FFT plans, cached per size, with no allocation per call.
 *
 * A real transform of size n is computed as one complex transform of size n/2 (fft.js, radix-4) on the samples
 * read as n/2 complex numbers (even samples = real parts, odd = imaginary), followed by the usual O(n)
 * split step (e.g. Numerical Recipes §12.3, "FFT of real functions"). This is about twice as fast as a
 * complex transform of size n and gives numpy's `rfft` / `irfft` conventions:
 *
 *   X[k] = Σ_{t<n} x[t] · e^{−2πi·kt/n},  k = 0 … n/2       (forward, unscaled, like `np.fft.rfft`)
 *   x[t] = (1/n) Σ_{k<n} X[k] · e^{+2πi·kt/n}                (inverse, scaled by 1/n, like `np.fft.irfft`)
 *
 * All arithmetic is float64. n must be a power of two ≥ 4.
 */
import FFT from 'fft.js';
class PackedRealFft {
    n;
    bins;
    frame;
    half;
    complex;
    /** Output of the half-size complex transform, interleaved re/im. */
    z;
    /** cos and sin of 2πk/n, k = 0 … n/2 (the split-step twiddles). */
    cos;
    sin;
    constructor(n) {
        if (!Number.isInteger(n) || n < 4 || (n & (n - 1)) !== 0) {
            throw new RangeError(`real FFT size must be a power of two ≥ 4, got ${n}`);
        }
        this.n = n;
        this.half = n >> 1;
        this.bins = this.half + 1;
        this.complex = new FFT(this.half);
        this.frame = new Float64Array(n);
        this.z = new Float64Array(n);
        this.cos = new Float64Array(this.bins);
        this.sin = new Float64Array(this.bins);
        for (let k = 0; k <= this.half; k++) {
            const a = (2 * Math.PI * k) / n;
            this.cos[k] = Math.cos(a);
            this.sin[k] = Math.sin(a);
        }
    }
    load(x) {
        const len = x.length;
        if (len > this.n)
            throw new RangeError(`real FFT of size ${this.n} given ${len} samples`);
        const f = this.frame;
        for (let i = 0; i < len; i++)
            f[i] = x[i];
        f.fill(0, len);
    }
    forward(x, re, im) {
        this.load(x);
        this.forwardOfFrame(re, im);
    }
    power(x, out) {
        this.load(x);
        this.powerOfFrame(out);
    }
    /*
     * With Z = FFT_{n/2}(x[2t] + i·x[2t+1]), the even/odd half spectra are
     *   E[k] = (Z[k] + conj Z[n/2−k]) / 2,   O[k] = −i (Z[k] − conj Z[n/2−k]) / 2,
     * and X[k] = E[k] + e^{−2πik/n} O[k] for k = 0 … n/2 (Z[n/2] ≡ Z[0]).
     */
    forwardOfFrame(re, im) {
        const z = this.z;
        this.complex.transform(z, this.frame);
        const h = this.half;
        const cos = this.cos;
        const sin = this.sin;
        re[0] = z[0] + z[1];
        im[0] = 0;
        re[h] = z[0] - z[1];
        im[h] = 0;
        for (let k = 1; k < h; k++) {
            const ar = z[2 * k];
            const ai = z[2 * k + 1];
            const br = z[2 * (h - k)];
            const bi = -z[2 * (h - k) + 1];
            const er = 0.5 * (ar + br);
            const ei = 0.5 * (ai + bi);
            // O = −i·(A − B)/2
            const or = 0.5 * (ai - bi);
            const oi = -0.5 * (ar - br);
            // e^{−iθ} = cos θ − i sin θ
            const c = cos[k];
            const s = sin[k];
            re[k] = er + or * c + oi * s;
            im[k] = ei + oi * c - or * s;
        }
    }
    powerOfFrame(out) {
        const z = this.z;
        this.complex.transform(z, this.frame);
        const h = this.half;
        const cos = this.cos;
        const sin = this.sin;
        const dc = z[0] + z[1];
        const ny = z[0] - z[1];
        out[0] = dc * dc;
        out[h] = ny * ny;
        // Bins k and j = n/2 − k read the same two values of Z: do both at once (same formulas as forwardOfFrame,
        // scaled by 2, with the conjugate symmetry worked out for j).
        for (let k = 1, j = h - 1; k <= j; k++, j--) {
            const ar = z[2 * k];
            const ai = z[2 * k + 1];
            const br = z[2 * j];
            const bi = z[2 * j + 1];
            const sr = ar + br; // 2·Re E[k] = 2·Re E[j]
            const si = ai - bi; // 2·Im E[k] = −2·Im E[j]
            const dr = ai + bi; // 2·Re O[k] = 2·Re O[j]
            const di = br - ar; // 2·Im O[k] = −2·Im O[j]
            const ck = cos[k];
            const sk = sin[k];
            const xr = sr + dr * ck + di * sk;
            const xi = si + di * ck - dr * sk;
            out[k] = 0.25 * (xr * xr + xi * xi);
            const cj = cos[j];
            const sj = sin[j];
            const yr = sr + dr * cj - di * sj;
            const yi = -si - di * cj - dr * sj;
            out[j] = 0.25 * (yr * yr + yi * yi);
        }
    }
    /*
     * Inverse split: E[k] = (X[k] + conj X[n/2−k]) / 2, O[k] = e^{+2πik/n} (X[k] − conj X[n/2−k]) / 2,
     * Z[k] = E[k] + i·O[k], then x[2t] + i·x[2t+1] = IFFT_{n/2}(Z) (fft.js scales by 2/n, which is numpy's 1/n
     * for the real transform).
     */
    inverse(re, im, out) {
        const h = this.half;
        const zin = this.frame;
        const cos = this.cos;
        const sin = this.sin;
        for (let k = 0; k < h; k++) {
            const ar = re[k];
            const ai = k === 0 ? 0 : im[k];
            const br = re[h - k];
            const bi = k === 0 ? 0 : -im[h - k]; // conj X[n/2−k]; bins 0 and n/2 are real
            const er = 0.5 * (ar + br);
            const ei = 0.5 * (ai + bi);
            const dr = 0.5 * (ar - br);
            const di = 0.5 * (ai - bi);
            const c = cos[k];
            const s = sin[k];
            const or = dr * c - di * s;
            const oi = dr * s + di * c;
            zin[2 * k] = er - oi;
            zin[2 * k + 1] = ei + or;
        }
        const z = this.z;
        this.complex.inverseTransform(z, zin);
        const n = this.n;
        for (let i = 0; i < n; i++)
            out[i] = z[i];
    }
}
const plans = new Map();
/** The cached real-FFT plan of size n (power of two ≥ 4); plans are created once per size and process. */
export function getRealFft(n) {
    let plan = plans.get(n);
    if (plan === undefined) {
        plan = new PackedRealFft(n);
        plans.set(n, plan);
    }
    return plan;
}
//# sourceMappingURL=fft.js.map