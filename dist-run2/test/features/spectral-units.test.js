/**
 * The spectral pieces on inputs with answers worked out by hand: FFT, window and framing, mel scale and filters,
 * power_to_db, DCT, Savitzky–Golay deltas, RMS and zero crossings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { powerToDb } from '../../src/features/db.js';
import { delta, deltaFilter, savgolFitOperator } from '../../src/features/delta.js';
import { rms, zeroCrossingRate } from '../../src/features/energy.js';
import { getRealFft } from '../../src/features/fft.js';
import { fftFrequencies, hzToMel, melFilterbank, melFilterbankDense, melFrequencies, melspectrogram, melToHz, } from '../../src/features/mel.js';
import { dctBasis, logMelAndMfcc, mfcc } from '../../src/features/mfcc.js';
import { frameCount, hannWindow, padCenter, powerSpectrogram, stftWindow } from '../../src/features/stft.js';
/** Largest |a[i] − b[i]|. */
function maxAbsDiff(a, b) {
    assert.equal(a.length, b.length, 'length');
    let w = 0;
    for (let i = 0; i < a.length; i++)
        w = Math.max(w, Math.abs(a[i] - b[i]));
    return w;
}
function assertClose(got, want, tol, what) {
    const d = maxAbsDiff(got, want);
    assert.ok(d <= tol, `${what}: worst deviation ${d.toExponential(3)} > ${tol} (got [${Array.from(got).slice(0, 8).join(', ')}…])`);
}
function matrix(rows, cols, f) {
    const data = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            data[r * cols + c] = f(r, c);
    return { rows, cols, data };
}
function naiveDft(x, n) {
    const re = new Float64Array(n / 2 + 1);
    const im = new Float64Array(n / 2 + 1);
    for (let k = 0; k <= n / 2; k++) {
        for (let t = 0; t < x.length; t++) {
            // Reduce kt mod n before the angle so the reference itself stays accurate.
            const a = (-2 * Math.PI * ((k * t) % n)) / n;
            re[k] += x[t] * Math.cos(a);
            im[k] += x[t] * Math.sin(a);
        }
    }
    return { re, im };
}
describe('real FFT plan', () => {
    test('forward matches a direct DFT and inverse gives the signal back (n = 4 … 2048)', () => {
        let seed = 1;
        const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
        for (const n of [4, 8, 64, 512, 2048]) {
            const plan = getRealFft(n);
            assert.equal(plan, getRealFft(n), 'plans are cached per size');
            const x = Float64Array.from({ length: n }, rand);
            const re = new Float64Array(plan.bins);
            const im = new Float64Array(plan.bins);
            plan.forward(x, re, im);
            const ref = naiveDft(x, n);
            assertClose(re, ref.re, 1e-10 * n, `rfft re, n=${n}`);
            assertClose(im, ref.im, 1e-10 * n, `rfft im, n=${n}`);
            const p = new Float64Array(plan.bins);
            plan.power(x, p);
            assertClose(p, Array.from(re, (r, k) => r * r + im[k] * im[k]), 1e-9 * n, `power, n=${n}`);
            const back = new Float64Array(n);
            plan.inverse(re, im, back);
            assertClose(back, x, 1e-13, `irfft(rfft(x)), n=${n}`);
        }
    });
    test('a shorter input is zero-padded, a longer one or a size that is not a power of two is refused', () => {
        const plan = getRealFft(16);
        const re = new Float64Array(9);
        const im = new Float64Array(9);
        plan.forward([1, 1, 1, 1], re, im);
        const ref = naiveDft(Float64Array.from([1, 1, 1, 1]), 16);
        assertClose(re, ref.re, 1e-14, 'padded re');
        assertClose(im, ref.im, 1e-14, 'padded im');
        assert.equal(re[0], 4);
        assert.throws(() => plan.forward(new Float64Array(17), re, im), RangeError);
        assert.throws(() => getRealFft(400), /power of two/);
    });
});
describe('STFT framing', () => {
    test('periodic Hann as scipy get_window(fftbins=True), padded to n_fft centred', () => {
        assertClose(hannWindow(4), [0, 0.5, 1, 0.5], 1e-16, 'hann(4)');
        assertClose(hannWindow(8), [0, 0.1464466094067262, 0.5, 0.8535533905932737, 1, 0.8535533905932737, 0.5, 0.1464466094067262], 1e-15, 'hann(8)');
        const w = stftWindow(512, 400);
        // librosa.util.pad_center: ⌊(512 − 400)/2⌋ = 56 zeros on the left, 56 on the right.
        assert.equal(w[55], 0);
        assert.equal(w[56], 0);
        assert.ok(w[57] > 0);
        assert.equal(w[56 + 200], 1);
        assert.equal(w[512 - 56], 0);
        assertClose(padCenter(Float64Array.from([1, 2, 3]), 6), [0, 1, 2, 3, 0, 0], 0, 'pad_center(3 → 6)');
    });
    test('centred frame count is 1 + ⌊len/hop⌋, uncentred 1 + ⌊(len − n_fft)/hop⌋', () => {
        assert.equal(frameCount(52853, 512, 160, true), 331);
        assert.equal(frameCount(52853, 2048, 512, true), 104);
        assert.equal(frameCount(1000, 512, 160, false), 4);
        assert.equal(frameCount(100, 512, 160, false), 0);
    });
    test('hop_length defaults as librosa: win_length/4 for stft, 512 for melspectrogram', () => {
        const y = new Float32Array(16000);
        assert.equal(powerSpectrogram(y, { n_fft: 512, win_length: 400 }).cols, 1 + 16000 / 100);
        assert.equal(melspectrogram(y, { sr: 16000, n_fft: 512, win_length: 400, n_mels: 40 }).cols, 1 + Math.floor(16000 / 512));
    });
    test('a cosine on bin 32 gives (N/4)² on its bin and (N/8)² on each neighbour (Hann leakage)', () => {
        const n = 512;
        const y = Float32Array.from({ length: 8000 }, (_, i) => Math.cos((2 * Math.PI * 32 * i) / n));
        const S = powerSpectrogram(y, { n_fft: n, hop_length: 128 });
        const t = 20;
        const col = (k) => S.data[k * S.cols + t];
        assert.equal(S.rows, 257);
        assert.ok(Math.abs(col(32) / (n / 4) ** 2 - 1) < 1e-6, `bin 32: ${col(32)}`);
        assert.ok(Math.abs(col(31) / (n / 8) ** 2 - 1) < 1e-6, `bin 31: ${col(31)}`);
        assert.ok(Math.abs(col(33) / (n / 8) ** 2 - 1) < 1e-6, `bin 33: ${col(33)}`);
        assert.ok(col(40) < 1e-6, `bin 40: ${col(40)}`);
    });
    test('centred frames see zeros before the signal (pad_mode constant): DC of frame 0 over ones is N/4 + 1/2', () => {
        // Frame 0 covers 256 zeros then ones: Σ_{j≥N/2} hann[j] = N/4 + 1/2 for a periodic Hann.
        const S = powerSpectrogram(new Float32Array(4096).fill(1), { n_fft: 512, hop_length: 160 });
        assert.ok(Math.abs(S.data[0] - 128.5 ** 2) < 1e-8, `DC of frame 0: ${S.data[0]}`);
        assert.ok(Math.abs(S.data[5] - 256 ** 2) < 1e-8, `DC of frame 5 (all ones): ${S.data[5]}`);
    });
});
describe('mel scale', () => {
    test('Slaney: linear 200/3 Hz per mel below 1 kHz, 27 mel per factor 6.4 above', () => {
        assert.equal(hzToMel(0), 0);
        assert.ok(Math.abs(hzToMel(200 / 3) - 1) < 1e-14);
        assert.ok(Math.abs(hzToMel(1000) - 15) < 1e-14);
        assert.ok(Math.abs(hzToMel(6400) - 42) < 1e-12);
        assert.ok(Math.abs(melToHz(42) - 6400) < 1e-9);
        assert.ok(Math.abs(melToHz(15) - 1000) < 1e-12);
        assert.ok(Math.abs(melToHz(7.5) - 500) < 1e-12);
    });
    test('HTK: 2595·log10(1 + f/700)', () => {
        assert.ok(Math.abs(hzToMel(700, true) - 2595 * Math.log10(2)) < 1e-12);
        assert.ok(Math.abs(melToHz(2595, true) - 6300) < 1e-9);
    });
    test('hz → mel → hz is the identity on both scales', () => {
        for (const htk of [false, true]) {
            for (const f of [0, 20, 440, 999.9, 1000, 1000.1, 4000, 8000, 22050]) {
                const back = melToHz(hzToMel(f, htk), htk);
                assert.ok(Math.abs(back - f) <= 1e-9 * Math.max(1, f), `${htk ? 'HTK' : 'Slaney'} ${f} Hz → ${back}`);
            }
        }
    });
    test('mel_frequencies spans fmin … fmax evenly in mel, fft_frequencies steps by sr/n_fft', () => {
        const f = melFrequencies(10, 20, 8000);
        // mel_to_hz(hz_to_mel(f)) rounds, in librosa as here: the ends are fmin and fmax to ~1 ulp.
        assert.ok(Math.abs(f[0] - 20) < 1e-12 && Math.abs(f[9] - 8000) < 1e-9, `ends ${f[0]}, ${f[9]}`);
        const step = hzToMel(f[1]) - hzToMel(f[0]);
        for (let i = 1; i < 10; i++)
            assert.ok(Math.abs(hzToMel(f[i]) - hzToMel(f[i - 1]) - step) < 1e-12);
        assertClose(fftFrequencies(16000, 512).subarray(0, 4), [0, 31.25, 62.5, 93.75], 1e-12, 'fft_frequencies');
        assert.equal(fftFrequencies(16000, 512).length, 257);
    });
});
describe('mel filterbank', () => {
    // sr = 25600/3, n_fft = 512: bins every 50/3 Hz; 14 Slaney mels on 0 … 1000 Hz put edges every 1 mel =
    // 200/3 Hz = 4 bins, so every triangle is exactly 0, ¼, ½, ¾, 1, ¾, ½, ¼, 0 on bins 4m … 4m + 8.
    const sr = 25600 / 3;
    const base = { sr, n_fft: 512, n_mels: 14, fmin: 0, fmax: 1000 };
    test('norm=null: triangles peak at 1 on their centre bin', () => {
        const dense = melFilterbankDense(melFilterbank({ ...base, norm: null }));
        for (let m = 0; m < 14; m++) {
            const row = dense.data.subarray(m * dense.cols, (m + 1) * dense.cols);
            const want = new Float64Array(dense.cols);
            [0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25].forEach((v, i) => (want[4 * m + 1 + i] = v));
            assertClose(row, want, 1e-6, `filter ${m}`);
        }
    });
    test("norm='slaney': every filter has unit area in Hz (Σ w·Δf = 1); norm=1: unit sum", () => {
        const bank = melFilterbank({ ...base, norm: 'slaney' });
        const df = sr / 512;
        for (let m = 0; m < 14; m++) {
            let area = 0;
            for (let j = bank.offset[m]; j < bank.offset[m + 1]; j++)
                area += bank.weights[j] * df;
            assert.ok(Math.abs(area - 1) < 1e-12, `filter ${m}: area ${area}`);
            // Stored sparse: only the triangle's own bins (4m … 4m + 8 at most, ends ~0 by rounding).
            assert.ok(bank.offset[m + 1] - bank.offset[m] <= 9 && Math.abs(bank.start[m] - 4 * m) <= 1, `filter ${m} run`);
        }
        const l1 = melFilterbank({ ...base, norm: 1 });
        for (let m = 0; m < 14; m++) {
            let s = 0;
            for (let j = l1.offset[m]; j < l1.offset[m + 1]; j++)
                s += l1.weights[j];
            assert.ok(Math.abs(s - 1) < 1e-12, `filter ${m}: sum ${s}`);
        }
    });
    test('the sparse product equals the dense matrix product', () => {
        const bank = melFilterbank({ sr: 16000, n_fft: 512, n_mels: 64, fmin: 20, fmax: 8000 });
        const dense = melFilterbankDense(bank);
        const y = Float32Array.from({ length: 4000 }, (_, i) => Math.sin(i * 0.37) + 0.3 * Math.sin(i * 1.91));
        const S = powerSpectrogram(y, { n_fft: 512, hop_length: 160, win_length: 400 });
        const M = melspectrogram(y, { sr: 16000, n_fft: 512, hop_length: 160, win_length: 400, n_mels: 64, fmin: 20 });
        let worst = 0;
        for (let m = 0; m < 64; m++) {
            for (let t = 0; t < S.cols; t++) {
                let acc = 0;
                for (let k = 0; k < S.rows; k++)
                    acc += dense.data[m * dense.cols + k] * S.data[k * S.cols + t];
                worst = Math.max(worst, Math.abs(acc - M.data[m * M.cols + t]) / Math.max(acc, 1e-20));
            }
        }
        assert.ok(worst < 1e-5, `worst relative deviation ${worst}`);
    });
});
describe('power_to_db', () => {
    test('10·log10(max(amin, S)/ref), clamped to max − top_db over the whole array', () => {
        const S = matrix(2, 2, (r, c) => [1, 10, 100, 1e-12][r * 2 + c]);
        assertClose(powerToDb(S).data, [0, 10, 20, -60], 1e-5, 'top_db 80');
        assertClose(powerToDb(S, { top_db: null }).data, [0, 10, 20, -100], 1e-5, 'top_db null (amin 1e-10)');
        assertClose(powerToDb(S, { top_db: null, amin: 1e-5 }).data, [0, 10, 20, -50], 1e-5, 'amin 1e-5');
        assertClose(powerToDb(S, { ref: 10, top_db: null }).data, [-10, 0, 10, -110], 1e-5, 'ref 10');
        assertClose(powerToDb(S, { ref: (x) => Math.max(...x), top_db: 30 }).data, [-20, -10, 0, -30], 1e-5, 'ref max');
        assert.throws(() => powerToDb(S, { amin: 0 }), /amin/);
        assert.throws(() => powerToDb(S, { top_db: -1 }), /top_db/);
    });
});
describe('DCT-II (orthonormal) and MFCC', () => {
    test('the basis rows are orthonormal (n = 4, 13, 64, 128)', () => {
        for (const n of [4, 13, 64, 128]) {
            const B = dctBasis(n, n);
            let worst = 0;
            for (let a = 0; a < n; a++) {
                for (let b = 0; b < n; b++) {
                    let dot = 0;
                    for (let m = 0; m < n; m++)
                        dot += B[a * n + m] * B[b * n + m];
                    worst = Math.max(worst, Math.abs(dot - (a === b ? 1 : 0)));
                }
            }
            assert.ok(worst < 1e-12, `n=${n}: worst |BBᵀ − I| = ${worst}`);
        }
    });
    test('dct([1, 2, 3, 4], norm=ortho) = [5, −2.2304425, 0, −0.1585127] as scipy', () => {
        const c = mfcc(matrix(4, 1, (r) => r + 1), { n_mfcc: 4 });
        assertClose(c.data, [5, -2.230442497387663, 0, -0.15851266778110726], 1e-6, 'dct');
    });
    test('the folded product equals the plain basis product, for even and odd band counts', () => {
        for (const n of [7, 8, 64]) {
            const S = matrix(n, 9, (r, c) => Math.sin(r * 1.3 + c * 0.7) * 20 - 40);
            const got = mfcc(S, { n_mfcc: Math.min(n, 5) });
            const B = dctBasis(got.rows, n);
            const want = new Float64Array(got.rows * 9);
            for (let k = 0; k < got.rows; k++) {
                for (let t = 0; t < 9; t++)
                    for (let m = 0; m < n; m++)
                        want[k * 9 + t] += B[k * n + m] * S.data[m * 9 + t];
            }
            assertClose(got.data, want, 1e-4, `n=${n}`);
        }
    });
    test('logMelAndMfcc (one STFT pass) equals powerToDb(melspectrogram) and mfcc of it', () => {
        const y = Float32Array.from({ length: 9000 }, (_, i) => Math.sin(i * 0.05 + Math.sin(i * 0.001) * 30) * (i % 3000) / 3000);
        const opts = { sr: 16000, n_fft: 512, hop_length: 160, win_length: 400, n_mels: 64, fmin: 20, n_mfcc: 40 };
        const fused = logMelAndMfcc(y, opts);
        const db = powerToDb(melspectrogram(y, opts));
        assertClose(fused.logmel.data, db.data, 1e-4, 'logmel');
        assertClose(fused.mfcc.data, mfcc(db, { n_mfcc: 40 }).data, 1e-3, 'mfcc');
    });
});
describe('Savitzky–Golay deltas', () => {
    test('the interior filters are scipy savgol_coeffs(9, 1, deriv=1) and (9, 2, deriv=2)', () => {
        assertClose(deltaFilter(9, 1).weights, [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => k / 60), 1e-15, 'order 1');
        assertClose(deltaFilter(9, 2).weights, [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => (2 * (k * k - 20 / 3)) / 308), 1e-15, 'order 2');
        assertClose(deltaFilter(5, 1).weights, [-0.2, -0.1, 0, 0.1, 0.2], 1e-15, 'width 5');
        // Fitting a line through 0 … 4 and evaluating it reproduces a line: P·[0, 1, 2, 3, 4] = slope 1 everywhere.
        const P = savgolFitOperator(5, 1, 0);
        for (let i = 0; i < 5; i++) {
            let v = 0;
            for (let j = 0; j < 5; j++)
                v += P[i * 5 + j] * j;
            assert.ok(Math.abs(v - i) < 1e-12, `fit value at ${i}: ${v}`);
        }
    });
    test('Δ of a linear ramp is its slope everywhere, edges included (interp); ΔΔ is 0', () => {
        const ramp = matrix(2, 20, (r, c) => (r === 0 ? 3 + 0.5 * c : -2 * c));
        assertClose(delta(ramp).data, [...Array(20).fill(0.5), ...Array(20).fill(-2)], 1e-6, 'Δ');
        assertClose(delta(ramp, { order: 2 }).data, new Array(40).fill(0), 1e-6, 'ΔΔ');
    });
    test('Δ of t² is 2t inside; the interp edges take the slope of the line fitted to the first / last 9 frames', () => {
        const n = 20;
        const sq = matrix(1, n, (_, c) => c * c);
        const d = delta(sq);
        // Least-squares line through (t, t²), t = 0 … 8, has slope 2·mean(t) = 8; over 11 … 19 it is 30.
        const want = Array.from({ length: n }, (_, t) => (t < 4 ? 8 : t >= n - 4 ? 30 : 2 * t));
        assertClose(d.data, want, 1e-4, 'Δ(t²)');
        assertClose(delta(sq, { order: 2 }).data, new Array(n).fill(2), 1e-4, 'ΔΔ(t²)');
    });
    test('other scipy modes extend the signal; interp needs width frames', () => {
        const ramp = matrix(1, 12, (_, c) => c);
        // 'nearest' repeats the ends: at t = 0 the window sees 0,0,0,0,0,1,2,3,4 → Σ k·x / 60 = 30/60.
        assert.ok(Math.abs(delta(ramp, { mode: 'nearest' }).data[0] - 0.5) < 1e-6);
        // 'wrap' at t = 0 sees 8,9,10,11,0,1,2,3,4 → (−4·8 − 3·9 − 2·10 − 11 + 1 + 4 + 9 + 16)/60 = −1.
        assert.ok(Math.abs(delta(ramp, { mode: 'wrap' }).data[0] + 1) < 1e-6);
        // 'mirror' at t = 0 sees 4,3,2,1,0,1,2,3,4: symmetric, so Δ = 0.
        assert.ok(Math.abs(delta(ramp, { mode: 'mirror' }).data[0]) < 1e-6);
        assert.throws(() => delta(matrix(3, 8, () => 0)), /at least width=9 frames, got 8/);
        assert.throws(() => delta(ramp, { width: 4 }), /odd/);
    });
});
describe('RMS and zero-crossing rate', () => {
    test('RMS frames the zero-padded raw signal without a window', () => {
        // Padded: 0 0 1 1 1 1 0 0 → frames [0 0 1 1], [1 1 1 1], [1 1 0 0].
        assertClose(rms(Float32Array.from([1, 1, 1, 1]), { frame_length: 4, hop_length: 2 }), [Math.SQRT1_2, 1, Math.SQRT1_2], 1e-7, 'rms');
        assertClose(rms(Float32Array.from([3, 4, 0, 0]), { frame_length: 2, hop_length: 2, center: false }), [Math.sqrt(12.5), 0], 1e-6, 'uncentred');
    });
    test('ZCR: sign-bit changes inside the frame over frame_length, |y| ≤ 1e-10 counted as +0', () => {
        const y = Float32Array.from([1, -1, -1, 2, 0, -1e-11, -3, 5]);
        // [1 −1 −1 2]: 2 changes; [0 −1e−11 −3 5] → [+0 +0 −3 5]: 2 changes.
        assertClose(zeroCrossingRate(y, { frame_length: 4, hop_length: 4, center: false }), [0.5, 0.5], 0, 'uncentred');
    });
    test('ZCR centres by repeating the edge samples, not with zeros', () => {
        // Edge padding of [−1, 1]: −1 −1 −1 1 1 1, frames of 4 at hop 1 each hold exactly one change.
        // (Zero padding would give 0 0 −1 1 1 0 0 and two changes in the first frame.)
        assertClose(zeroCrossingRate(Float32Array.from([-1, 1]), { frame_length: 4, hop_length: 1 }), [0.25, 0.25, 0.25], 0, 'edge');
    });
});
test('RMS and ZCR from per-block sums equal the frame-by-frame definitions for several framings', () => {
    let s = 99;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
    const y = new Float32Array(5003);
    for (let i = 0; i < y.length; i++)
        y[i] = i % 97 < 5 ? 0 : i % 89 < 3 ? 1e-11 * rand() : rand();
    const framings = [
        { frame_length: 512, hop_length: 160, center: true },
        { frame_length: 512, hop_length: 160, center: false },
        { frame_length: 400, hop_length: 160, center: true },
        { frame_length: 1024, hop_length: 256, center: true },
        { frame_length: 511, hop_length: 160, center: true }, // gcd 1: the plain loop
        { frame_length: 6000, hop_length: 100, center: true }, // frames longer than the signal
    ];
    for (const f of framings) {
        const shift = f.center ? f.frame_length >> 1 : 0;
        const got = rms(y, f);
        const gotZ = zeroCrossingRate(y, f);
        const thr = Math.fround(1e-10);
        for (let t = 0; t < got.length; t++) {
            const a = t * f.hop_length - shift;
            let acc = 0;
            for (let i = Math.max(a, 0); i < Math.min(a + f.frame_length, y.length); i++)
                acc += y[i] * y[i];
            const want = Math.fround(Math.sqrt(acc / f.frame_length));
            // float64 sums in another order: at most one float32 step apart.
            assert.ok(Math.abs(got[t] - want) <= 2.4e-7 * want, `${JSON.stringify(f)} frame ${t}: rms ${got[t]} vs ${want}`);
            let crossings = 0;
            for (let i = Math.max(a + 1, 1); i <= Math.min(a + f.frame_length - 1, y.length - 1); i++) {
                crossings += (y[i] < -thr ? 1 : 0) ^ (y[i - 1] < -thr ? 1 : 0);
            }
            assert.equal(gotZ[t], Math.fround(crossings / f.frame_length), `${JSON.stringify(f)} frame ${t}: zcr`);
        }
    }
});
//# sourceMappingURL=spectral-units.test.js.map