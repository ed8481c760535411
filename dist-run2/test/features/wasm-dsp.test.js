import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wasmDsp } from '../../src/features/wasm-dsp.js';
/** Seeded values in [−1, 1). */
function noise(n, seed) {
    let s = seed;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
        out[i] = (s = (s * 1103515245 + 12345) % 2147483648) / 1073741824 - 1;
    return out;
}
/** Naive DFT X[k] = Σ x[t]·e^{−2πi·kt/n}, in float64 with exact angle reduction. */
function dft(re, im) {
    const n = re.length;
    const Xr = new Float64Array(n);
    const Xi = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        let sr = 0;
        let si = 0;
        for (let t = 0; t < n; t++) {
            const a = (-2 * Math.PI * ((k * t) % n)) / n;
            const c = Math.cos(a);
            const s = Math.sin(a);
            sr += re[t] * c - im[t] * s;
            si += re[t] * s + im[t] * c;
        }
        Xr[k] = sr;
        Xi[k] = si;
    }
    return [Xr, Xi];
}
test('the wasm FFT equals the DFT to float64 rounding for every size it is used at', () => {
    const dsp = wasmDsp();
    for (const n of [8, 16, 32, 64, 128, 256, 512, 1024]) {
        const re = noise(n, n);
        const im = noise(n, n + 1);
        const x = dsp.alloc(2 * n);
        const y = dsp.alloc(2 * n);
        dsp.f64.set(re, x / 8);
        dsp.f64.set(im, x / 8 + n);
        const out = dsp.fft(n)(x, y) / 8;
        const [Xr, Xi] = dft(re, im);
        const v = dsp.f64;
        let err = 0;
        for (let k = 0; k < n; k++)
            err = Math.max(err, Math.abs(v[out + k] - Xr[k]), Math.abs(v[out + n + k] - Xi[k]));
        // The DFT's own rounding is ~n·1e-16 here; a wrong twiddle or index would be O(1).
        assert.ok(err < 1e-12 * n, `n=${n}: max |FFT − DFT| = ${err}`);
    }
});
test('unpack2 and power2 split one complex FFT into the spectra of its real and imaginary inputs', () => {
    const dsp = wasmDsp();
    const n = 64;
    const h = n / 2;
    const nb = h + 2;
    const a = noise(n, 3);
    const b = noise(n, 4);
    const x = dsp.alloc(2 * n);
    const y = dsp.alloc(2 * n);
    const A = dsp.alloc(2 * nb);
    const B = dsp.alloc(2 * nb);
    const pa = dsp.alloc(nb);
    const pb = dsp.alloc(nb);
    dsp.f64.set(a, x / 8);
    dsp.f64.set(b, x / 8 + n);
    const z = dsp.fft(n)(x, y);
    dsp.unpack2(z, n, A, B, nb);
    dsp.power2(z, n, pa, pb);
    const [Ar, Ai] = dft(a, new Float64Array(n));
    const [Br, Bi] = dft(b, new Float64Array(n));
    const v = dsp.f64;
    for (let f = 0; f <= h; f++) {
        const close = (got, want, what) => assert.ok(Math.abs(got - want) < 1e-12, `bin ${f} ${what}: ${got} vs ${want}`);
        close(v[A / 8 + f], Ar[f], 'Re A');
        close(v[A / 8 + nb + f], Ai[f], 'Im A');
        close(v[B / 8 + f], Br[f], 'Re B');
        close(v[B / 8 + nb + f], Bi[f], 'Im B');
        assert.ok(Math.abs(v[pa / 8 + f] - (Ar[f] ** 2 + Ai[f] ** 2)) < 1e-11, `bin ${f}: |A|²`);
        assert.ok(Math.abs(v[pb / 8 + f] - (Br[f] ** 2 + Bi[f] ** 2)) < 1e-11, `bin ${f}: |B|²`);
    }
    // DC and Nyquist are exactly real.
    assert.equal(v[A / 8 + nb], 0);
    assert.equal(v[B / 8 + nb + h], 0);
});
test('hermpack + FFT inverts two Hermitian half spectra at once', () => {
    const dsp = wasmDsp();
    const n = 32;
    const h = n / 2;
    const nb = h + 2;
    const a = noise(n, 5);
    const b = noise(n, 6);
    const Ra = dsp.alloc(2 * nb);
    const Rb = dsp.alloc(2 * nb);
    const [Ar, Ai] = dft(a, new Float64Array(n));
    const [Br, Bi] = dft(b, new Float64Array(n));
    const v = dsp.f64;
    for (let f = 0; f <= h; f++) {
        v[Ra / 8 + f] = Ar[f];
        v[Ra / 8 + nb + f] = Ai[f];
        v[Rb / 8 + f] = Br[f];
        v[Rb / 8 + nb + f] = Bi[f];
    }
    const x = dsp.alloc(2 * n);
    const y = dsp.alloc(2 * n);
    dsp.hermpack(x, n, Ra, Rb, nb);
    const out = dsp.fft(n)(x, y) / 8;
    const w = dsp.f64;
    for (let t = 0; t < n; t++) {
        assert.ok(Math.abs(w[out + t] / n - a[t]) < 1e-13, `a[${t}]`);
        assert.ok(Math.abs(-w[out + n + t] / n - b[t]) < 1e-13, `b[${t}]`);
    }
});
//# sourceMappingURL=wasm-dsp.test.js.map