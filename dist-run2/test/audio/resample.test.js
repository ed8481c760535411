import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { AudioError } from '../../src/errors.js';
import lsr from '@alexanderolsen/libsamplerate-js';
import { loadAudio, readAudioFile, releaseResamplers, resample } from '../../src/audio/index.js';
import { besselI0, polyphaseFilter, resamplePolyphase } from '../../src/audio/polyphase.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { tempDir, wav, writeFile } from '../helpers/wav-writer.js';
after(releaseResamplers);
function sine(n, sr, hz, amp = 0.5, phase = 0) {
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++)
        y[i] = amp * Math.sin(2 * Math.PI * hz * (i / sr) + phase);
    return y;
}
/** Pearson correlation of a and b over their first n samples. */
function correlation(a, b, n) {
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) ** 2;
        sbb += (b[i] - mb) ** 2;
    }
    return sab / Math.sqrt(saa * sbb);
}
/**
 * Time shift, in output samples, of a resampled sine against the ideal one: the phase of its projection on
 * sin/cos over the middle half (away from the edges), converted to samples.
 */
function sineLag(y, sr, hz) {
    let s = 0;
    let c = 0;
    for (let i = Math.floor(y.length / 4); i < Math.floor((3 * y.length) / 4); i++) {
        const w = (2 * Math.PI * hz * i) / sr;
        s += y[i] * Math.sin(w);
        c += y[i] * Math.cos(w);
    }
    // y ≈ A·sin(w·(i − lag)) = A·(sin·cos(w·lag) − cos·sin(w·lag)), so lag = atan2(−c, s) / (2π·hz/sr).
    return Math.atan2(-c, s) / ((2 * Math.PI * hz) / sr);
}
describe('resample: length, alignment and identity', () => {
    const pairs = [
        [48000, 16000],
        [16000, 48000],
        [44100, 16000],
        [22050, 16000],
        [8000, 16000],
        [16000, 22050],
    ];
    for (const [srIn, srOut] of pairs) {
        test(`${srIn} → ${srOut}: a 440 Hz sine keeps its timing (no group delay) and its amplitude`, async () => {
            const x = sine(Math.round(srIn * 0.5), srIn, 440);
            const y = await resample(x, srIn, srOut);
            assert.equal(y.length, Math.round((x.length * srOut) / srIn));
            assert.ok(Math.abs(sineLag(y, srOut, 440)) < 0.01, `lag ${sineLag(y, srOut, 440)} samples`);
            const ideal = sine(y.length, srOut, 440);
            let maxErr = 0;
            for (let i = 200; i < y.length - 200; i++)
                maxErr = Math.max(maxErr, Math.abs(y[i] - ideal[i]));
            assert.ok(maxErr < 1e-3, `interior error ${maxErr}`);
        });
    }
    test('the output length is Math.round(n · srOut / srIn) for every n from 1 to 160', async () => {
        for (const [srIn, srOut] of [
            [48000, 16000],
            [44100, 16000],
            [16000, 22050],
        ]) {
            for (let n = 1; n <= 160; n++) {
                const y = await resample(new Float32Array(n).fill(0.25), srIn, srOut);
                assert.equal(y.length, Math.round((n * srOut) / srIn), `${srIn} → ${srOut}, n = ${n}`);
            }
        }
    });
    test('the last samples are not lost: a sine running to the end is reproduced up to the edge', async () => {
        const x = sine(48000, 48000, 200, 0.5, 0.3);
        const y = await resample(x, 48000, 16000);
        const ideal = sine(y.length, 16000, 200, 0.5, 0.3);
        // Within ~1.5 ms of the end the band-limited edge (the signal stops dead) bends the sine; before that it is exact.
        for (let i = y.length - 200; i < y.length - 25; i++)
            assert.ok(Math.abs(y[i] - ideal[i]) < 2e-3, `sample ${i}: ${y[i]} vs ${ideal[i]}`);
        assert.ok(Math.abs(y[y.length - 1]) > 0.05, 'last sample is signal, not zero padding');
    });
    test('equal rates return a copy, not the same array', async () => {
        const x = sine(100, 16000, 1000);
        const y = await resample(x, 16000, 16000);
        assert.notEqual(y, x);
        assert.deepEqual(y, x);
    });
    test('an empty signal gives an empty signal', async () => {
        assert.equal((await resample(new Float32Array(0), 48000, 16000)).length, 0);
    });
    test('invalid rates raise INVALID_ARGUMENT', async () => {
        const x = new Float32Array(10);
        for (const [a, b] of [
            [0, 16000],
            [16000, -1],
            [44100.5, 16000],
            [256 * 16000 + 1, 16000],
        ]) {
            await assert.rejects(resample(x, a, b), (e) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT');
        }
    });
    test('rates above the wrapper limit of 192 kHz work when their ratio reduces (352.8 kHz → 16 kHz)', async () => {
        const y = await resample(sine(35280, 352800, 440), 352800, 16000);
        assert.equal(y.length, 1600);
        assert.ok(Math.abs(sineLag(y, 16000, 440)) < 0.01);
    });
});
describe('resample: long signals', () => {
    test('a 22 s signal at 48 kHz (beyond the wrapper buffer of 1,008,000 samples) keeps its tail', async () => {
        const x = sine(22 * 48000, 48000, 300);
        const y = await resample(x, 48000, 16000);
        assert.equal(y.length, 22 * 16000);
        const ideal = sine(y.length, 16000, 300);
        let maxErr = 0;
        for (let i = 1000; i < y.length - 100; i++)
            maxErr = Math.max(maxErr, Math.abs(y[i] - ideal[i]));
        assert.ok(maxErr < 1e-3, `max error ${maxErr}`);
    });
});
describe('loadAudio', () => {
    const tmp = tempDir();
    after(tmp.cleanup);
    test('reads, mixes to mono and resamples to 16 kHz by default; sr: null keeps the file rate', async () => {
        const frames = 4410;
        const left = sine(frames, 44100, 500);
        const interleaved = [];
        for (let i = 0; i < frames; i++)
            interleaved.push(Math.round(left[i] * 32767), Math.round(left[i] * 32767));
        const path = writeFile(tmp.dir, 'stereo.wav', wav({ format: 'pcm16', channels: 2, sampleRate: 44100, samples: interleaved }));
        const a = await loadAudio(path);
        assert.equal(a.sr, 16000);
        assert.equal(a.y.length, 1600);
        assert.equal(a.sourceSampleRate, 44100);
        assert.equal(a.channels, 2);
        assert.equal(a.format, 'pcm16');
        assert.equal(a.path, path);
        assert.equal(a.durationSeconds, 0.1);
        const b = await loadAudio(path, { sr: null });
        assert.equal(b.sr, 44100);
        assert.equal(b.y.length, frames);
        const c = await loadAudio(path, { sr: 8000 });
        assert.equal(c.y.length, 800);
        await assert.rejects(loadAudio(path, { sr: 0 }), (e) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT' && e.message.includes(path));
    });
});
describe('resample: real 48 kHz RAVDESS clips match their 16 kHz twins', () => {
    const cut = 'data/ravdess-speech-48k-cut';
    const full = 'data/ravdess-speech-16k';
    const skip = needShared(cut) || needShared(full);
    test('each of the 24 clips, resampled 48 → 16 kHz, correlates ≥ 0.999 with the first 2.389 s of its twin, at lag 0', { skip }, async () => {
        const names = readdirSync(sharedPath(cut)).filter((f) => f.endsWith('.wav')).sort();
        assert.equal(names.length, 24);
        const compared = Math.floor(2.389 * 16000);
        for (const name of names) {
            const actor = name.slice(-6, -4);
            const twinPath = join(sharedPath(full), `Actor_${actor}`, name);
            assert.ok(existsSync(twinPath), `missing twin ${twinPath}`);
            const loaded = await loadAudio(join(sharedPath(cut), name));
            assert.equal(loaded.sourceSampleRate, 48000);
            const twin = (await readAudioFile(twinPath)).samples;
            assert.ok(loaded.y.length >= compared);
            const r = correlation(loaded.y, twin, compared);
            assert.ok(r >= 0.999, `${name}: correlation ${r.toFixed(5)}`);
            // No time shift: lag 0 beats ±1 sample.
            assert.ok(r > correlation(loaded.y.subarray(1), twin, compared) && r > correlation(loaded.y, twin.subarray(1), compared), `${name}: shifted`);
        }
    });
});
/** Amplitude of the `hz` component of y[from, to) at rate sr: least-squares fit of a·sin + b·cos (exact for a pure tone). */
function toneAmplitude(y, sr, hz, from, to) {
    let ss = 0;
    let sc = 0;
    let cc = 0;
    let ys = 0;
    let yc = 0;
    for (let i = from; i < to; i++) {
        const sn = Math.sin((2 * Math.PI * hz * i) / sr);
        const cs = Math.cos((2 * Math.PI * hz * i) / sr);
        ss += sn * sn;
        sc += sn * cs;
        cc += cs * cs;
        ys += y[i] * sn;
        yc += y[i] * cs;
    }
    const det = ss * cc - sc * sc;
    return Math.hypot((ys * cc - yc * sc) / det, (yc * ss - ys * sc) / det);
}
/** RMS of y[from, to). */
function rms(y, from = 0, to = y.length) {
    let s = 0;
    for (let i = from; i < to; i++)
        s += y[i] * y[i];
    return Math.sqrt(s / (to - from));
}
/**
 * The filter of polyphase.ts written out from its definition, in double precision and without tables or kernels:
 * output k at input time t = k·q/p is Σ_j x[j]·w(t − j), w a Kaiser-windowed sinc of cut-off (0.95 · the lower
 * Nyquist), β = 0.1102 (A − 8.7), half-length (A − 7.95) / (4.57 π Δ) input samples, each phase scaled to sum to 1.
 */
function referenceResample(x, srIn, srOut) {
    const A = 90;
    const nyq = 0.5 * Math.min(1, srOut / srIn);
    const cutoff = 0.95 * nyq;
    const half = (A - 7.95) / (2.285 * 2 * Math.PI * 0.1 * nyq) / 2;
    const beta = 0.1102 * (A - 8.7);
    const nOut = Math.round((x.length * srOut) / srIn);
    const y = new Float64Array(nOut);
    for (let k = 0; k < nOut; k++) {
        const t = (k * srIn) / srOut;
        let acc = 0;
        let sum = 0;
        for (let j = Math.ceil(t - half); j <= Math.floor(t + half); j++) {
            const d = t - j;
            if (Math.abs(d) >= half)
                continue;
            const u = 2 * cutoff * d;
            const w = (u === 0 ? 1 : Math.sin(Math.PI * u) / (Math.PI * u)) * besselI0(beta * Math.sqrt(1 - (d / half) ** 2));
            sum += w;
            if (j >= 0 && j < x.length)
                acc += w * x[j];
        }
        y[k] = acc / sum;
    }
    return y;
}
describe('resample: the polyphase filter', () => {
    test('besselI0 matches tabulated values (Abramowitz & Stegun, table 9.8)', () => {
        assert.ok(Math.abs(besselI0(0) - 1) < 1e-15);
        assert.ok(Math.abs(besselI0(1) - 1.2660658777520082) < 1e-14);
        assert.ok(Math.abs(besselI0(5) - 27.239871823604442) < 1e-12);
        assert.ok(Math.abs(besselI0(8.95926) / 1052.3909367761769 - 1) < 1e-13); // I0(β) of the default design (scipy.special.i0)
    });
    test('the output matches the filter evaluated from its definition, for down- and up-sampling', () => {
        const x = new Float32Array(3000);
        let seed = 7;
        for (let i = 0; i < x.length; i++) {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            x[i] = seed / 2147483648 - 0.5;
        }
        for (const [srIn, srOut] of [
            [48000, 16000],
            [44100, 16000],
            [16000, 48000],
            [22050, 16000],
            [16000, 14400],
        ]) {
            const got = resamplePolyphase(x, srIn, srOut);
            const want = referenceResample(x, srIn, srOut);
            assert.equal(got.length, want.length);
            let maxDiff = 0;
            for (let i = 0; i < got.length; i++)
                maxDiff = Math.max(maxDiff, Math.abs(got[i] - want[i]));
            assert.ok(maxDiff < 2e-6, `${srIn} → ${srOut}: max difference ${maxDiff}`);
        }
    });
    test('48 → 16 kHz: the folded symmetric kernel gives the general kernel\'s output, for even and odd lengths', () => {
        for (const n of [30000, 30003, 7]) {
            const x = sine(n, 48000, 1234, 0.7);
            const a = resamplePolyphase(x, 48000, 16000);
            const b = resamplePolyphase(x, 48000, 16000, { folded: false });
            assert.equal(a.length, b.length);
            for (let i = 0; i < a.length; i++)
                assert.ok(Math.abs(a[i] - b[i]) < 1e-6, `n = ${n}, sample ${i}: ${a[i]} vs ${b[i]}`);
        }
    });
    test('a constant stays constant (every phase sums to 1), away from the edges', () => {
        for (const [srIn, srOut] of [
            [48000, 16000],
            [44100, 16000],
            [16000, 44100],
        ]) {
            const y = resamplePolyphase(new Float32Array(20000).fill(0.5), srIn, srOut);
            for (let i = 400; i < y.length - 400; i++)
                assert.ok(Math.abs(y[i] - 0.5) < 1e-6, `${srIn} → ${srOut} sample ${i}: ${y[i]}`);
        }
    });
    test('stop band: tones above the new Nyquist frequency are attenuated by at least 80 dB (48 and 44.1 → 16 kHz)', () => {
        for (const srIn of [48000, 44100]) {
            for (const hz of [8000, 8050, 8500, 9000, 10000, 12000, 15000, 16000, 20000, 21000]) {
                const x = sine(srIn, srIn, hz, 0.5);
                const y = resamplePolyphase(x, srIn, 16000);
                const db = 20 * Math.log10(rms(y, 500, y.length - 500) / rms(x));
                assert.ok(db <= -80, `${srIn} Hz, tone at ${hz} Hz: ${db.toFixed(1)} dB`);
            }
        }
    });
    test('pass band: tones up to 0.9 of the new Nyquist frequency keep their level within 0.01 dB', () => {
        for (const [srIn, srOut] of [
            [48000, 16000],
            [44100, 16000],
            [16000, 48000],
        ]) {
            const nyq = Math.min(srIn, srOut) / 2;
            for (const hz of [50, 440, 1000, 3000, 5000, 6500, 0.9 * nyq]) {
                const x = sine(srIn, srIn, hz, 0.5);
                const y = resamplePolyphase(x, srIn, srOut);
                const db = 20 * Math.log10(toneAmplitude(y, srOut, hz, 500, y.length - 500) / 0.5);
                assert.ok(Math.abs(db) < 0.01, `${srIn} → ${srOut}, ${hz} Hz: ${db.toFixed(4)} dB`);
            }
        }
    });
    test('up-sampling leaves no image above the old Nyquist frequency: 16 → 48 kHz of a 7 kHz tone', () => {
        const y = resamplePolyphase(sine(16000, 16000, 7000, 0.5), 16000, 48000);
        // The image of 7 kHz would be at 16 − 7 = 9 kHz. Both tones repeat every 48 samples: over whole periods the
        // fits are orthogonal, so the 7 kHz tone does not leak into the 9 kHz measurement.
        const to = 2000 + 48 * Math.floor((y.length - 4000) / 48);
        const image = toneAmplitude(y, 48000, 9000, 2000, to);
        assert.ok(20 * Math.log10(image / 0.5) < -80, `image at ${(20 * Math.log10(image / 0.5)).toFixed(1)} dB`);
        assert.ok(Math.abs(toneAmplitude(y, 48000, 7000, 2000, to) - 0.5) < 1e-4);
    });
    test('agrees with libsamplerate\'s best sinc (an independent reference) on band-limited audio', async () => {
        const x = new Float32Array(48000);
        for (let i = 0; i < x.length; i++)
            x[i] = 0.3 * Math.sin(i * 0.05) + 0.2 * Math.sin(i * 0.31 + 1) + 0.1 * Math.sin(i * 0.6 + 2);
        for (const [srIn, srOut] of [
            [48000, 16000],
            [44100, 16000],
            [16000, 48000],
        ]) {
            // The tones above sit at most at 0.6 rad/sample of the input: for 44.1 kHz, 4.2 kHz; all in both pass bands.
            const src = await lsr.create(1, srIn, srOut, { converterType: lsr.ConverterType.SRC_SINC_BEST_QUALITY });
            const ref = src.simple(x);
            src.destroy();
            const ours = resamplePolyphase(x, srIn, srOut);
            let maxDiff = 0;
            for (let i = 300; i < Math.min(ours.length, ref.length) - 300; i++)
                maxDiff = Math.max(maxDiff, Math.abs(ours[i] - ref[i]));
            assert.ok(maxDiff < 1e-3, `${srIn} → ${srOut}: max difference ${maxDiff}`);
        }
    });
    test('the default 48 → 16 kHz design: cut-off, length and β', () => {
        const f = polyphaseFilter(48000, 16000);
        assert.equal(f.p, 1);
        assert.equal(f.q, 3);
        assert.ok(Math.abs(f.cutoff * 48000 - 7600) < 1e-9, `cut-off ${f.cutoff * 48000} Hz`);
        assert.ok(Math.abs(f.beta - 8.95926) < 1e-9);
        assert.equal(f.taps % 16, 0);
        assert.ok(f.halfLength > 170 && f.halfLength < 172, `half-length ${f.halfLength}`);
    });
});
//# sourceMappingURL=resample.test.js.map