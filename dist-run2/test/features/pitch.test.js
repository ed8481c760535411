import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import wavefile from 'wavefile';
import { needShared, readSharedJson, sharedPath } from '../helpers/shared.js';
import { pyin, yin, yinWithPeriodicity } from '../../src/features/pitch.js';
import { forEachCmnd } from '../../src/features/pitch-cmnd.js';
import { isVoeError } from '../../src/errors.js';
const FIXTURE = 'fixtures/librosa/pitch.json';
const RAVDESS = 'data/ravdess-speech-16k';
const SR = 16000;
/** The fixture's call: librosa.yin/pyin(y, fmin=50, fmax=600, sr=16000, frame_length=1024, hop_length=160). */
const OPTS = { fmin: 50, fmax: 600, sr: SR, frame_length: 1024, hop_length: 160 };
const GEOMETRY = { frame_length: 1024, hop_length: 160, minPeriod: 26, maxPeriod: 320, center: true };
function series(s) {
    const data = Array.isArray(s) ? s : s.data;
    return Float64Array.from(data, (v) => (v === null ? NaN : v));
}
/** 16-bit PCM mono WAV → float32 samples / 32768 (as librosa.load with sr=None, dtype float32). */
function readWav(path) {
    const wav = new wavefile.WaveFile(readFileSync(path));
    const fmt = wav.fmt;
    assert.equal(fmt.numChannels, 1, `${path}: expected mono`);
    assert.equal(fmt.sampleRate, SR, `${path}: expected ${SR} Hz`);
    assert.equal(fmt.bitsPerSample, 16, `${path}: expected 16-bit PCM`);
    const ints = wav.getSamples(false, Int16Array);
    const y = new Float32Array(ints.length);
    for (let i = 0; i < ints.length; i++)
        y[i] = ints[i] / 32768;
    return y;
}
function readClip(key) {
    if (key.startsWith('synthetic/')) {
        const name = key.slice('synthetic/'.length);
        const bytes = readFileSync(sharedPath(`fixtures/librosa/${name}.f32`));
        const y = new Float32Array(bytes.length / 4);
        for (let i = 0; i < y.length; i++)
            y[i] = bytes.readFloatLE(4 * i);
        return y;
    }
    return readWav(sharedPath(`${RAVDESS}/${key}`));
}
/**
 * Frames whose CMND is flat (max − min ≤ 1e-9): in exact arithmetic every period ties, so which one librosa picks
 * is decided by its FFT's rounding noise. In the fixture these are frames holding a single ±1 LSB sample.
 */
function flatFrames(y) {
    const flat = new Set();
    forEachCmnd(y, GEOMETRY, (t, c) => {
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of c) {
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        if (hi - lo <= 1e-9)
            flat.add(t);
    }, 'direct');
    return flat;
}
const skipFixture = needShared(FIXTURE) || needShared(RAVDESS);
test('the fixture was made with the settings these tests assume', { skip: skipFixture }, () => {
    const fx = readSharedJson(FIXTURE);
    const { fmin, fmax, frame_length, hop_length, center, pad_mode } = fx.config;
    assert.deepEqual({ fmin, fmax, frame_length, hop_length, center, pad_mode }, {
        fmin: 50,
        fmax: 600,
        frame_length: 1024,
        hop_length: 160,
        center: true,
        pad_mode: 'constant',
    });
});
test('yin agrees with librosa 0.11 within 1% on every frame of every fixture clip but flat-CMND ones', { skip: skipFixture }, () => {
    const fx = readSharedJson(FIXTURE);
    for (const [key, clip] of Object.entries(fx.clips)) {
        const y = readClip(key);
        assert.equal(y.length, clip.num_samples, `${key}: sample count`);
        const ref = series(clip.yin_f0);
        const f0 = yin(y, OPTS);
        assert.equal(f0.length, ref.length, `${key}: frame count`);
        const flat = flatFrames(y);
        let within = 0;
        let worst = 0;
        let worstAt = -1;
        const unexplained = [];
        for (let t = 0; t < ref.length; t++) {
            const rel = Math.abs(f0[t] - ref[t]) / ref[t];
            if (rel < 0.01)
                within++;
            else if (!flat.has(t))
                unexplained.push(`frame ${t}: ${f0[t].toFixed(3)} Hz vs librosa ${ref[t]} Hz`);
            if (!flat.has(t) && rel > worst)
                [worst, worstAt] = [rel, t];
        }
        const share = within / ref.length;
        const summary = `${key}: ${(100 * share).toFixed(2)}% of ${ref.length} frames within 1%, ${flat.size} flat-CMND frames, worst other deviation ${(100 * worst).toExponential(2)}% (frame ${worstAt})`;
        assert.deepEqual(unexplained, [], summary);
        assert.ok(share >= 0.99, summary);
        assert.ok(worst < 1e-4, summary);
    }
});
test('pyin agrees with librosa 0.11: voicing, f0 bin and voiced probability on every fixture clip', { skip: skipFixture }, () => {
    const fx = readSharedJson(FIXTURE);
    for (const [key, clip] of Object.entries(fx.clips)) {
        const y = readClip(key);
        const refF0 = series(clip.pyin_f0);
        const refFlag = clip.pyin_voiced_flag.map((v) => (v ? 1 : 0));
        const refProb = series(clip.pyin_voiced_prob);
        const { f0, voiced_flag, voiced_prob } = pyin(y, OPTS);
        assert.equal(f0.length, refF0.length, `${key}: frame count`);
        const flat = flatFrames(y);
        let agree = 0;
        let worstF0 = 0;
        let worstProb = 0;
        let worstProbAt = -1;
        for (let t = 0; t < refF0.length; t++) {
            if (voiced_flag[t] === refFlag[t])
                agree++;
            assert.equal(Number.isNaN(f0[t]), voiced_flag[t] === 0, `${key} frame ${t}: f0 is NaN exactly when unvoiced`);
            if (voiced_flag[t] && refFlag[t])
                worstF0 = Math.max(worstF0, Math.abs(f0[t] - refF0[t]) / refF0[t]);
            const dp = Math.abs(voiced_prob[t] - refProb[t]);
            // Flat-CMND frames: librosa's rounding noise makes troughs, hence ~no_trough_prob = 0.01; we find none.
            if (flat.has(t))
                assert.ok(dp <= 0.0101, `${key} frame ${t} (flat CMND): voiced_prob ${voiced_prob[t]} vs ${refProb[t]}`);
            else if (dp > worstProb)
                [worstProb, worstProbAt] = [dp, t];
        }
        const share = agree / refF0.length;
        const summary = `${key}: voicing agrees on ${(100 * share).toFixed(2)}% of ${refF0.length} frames, worst f0 deviation ${worstF0.toExponential(2)}, worst voiced_prob deviation ${worstProb.toExponential(2)} (frame ${worstProbAt})`;
        assert.ok(share >= 0.95, summary);
        // A different pitch bin would be ≥ 0.58% (a tenth of a semitone) away: this asserts the same bin.
        assert.ok(worstF0 < 1e-5, summary);
        // The fixture keeps 7 significant digits; float32 output adds ~6e-8.
        assert.ok(worstProb < 1e-6, summary);
    }
});
/** Maximal |difference| between the CMNDs of the two engines over all frames, and the frame count. */
function engineGap(y, g) {
    const direct = [];
    forEachCmnd(y, g, (_t, c) => direct.push(c.slice()), 'direct');
    let gap = 0;
    const frames = forEachCmnd(y, g, (t, c) => {
        for (let i = 0; i < c.length; i++)
            gap = Math.max(gap, Math.abs(c[i] - direct[t][i]));
    }, 'blocked');
    assert.equal(frames, direct.length);
    return { gap, frames };
}
function testSignal(n, seed) {
    let s = seed;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const f = 120 + 80 * Math.sin((2 * Math.PI * i) / 9000);
        y[i] = 0.4 * Math.sin((2 * Math.PI * f * i) / SR) + 0.2 * Math.sin((4 * Math.PI * f * i) / SR) + 0.05 * rand();
    }
    // Digital silence in the middle and a single-sample click, to exercise silent and nearly silent frames.
    y.fill(0, Math.floor(n / 3), Math.floor(n / 3) + 3000);
    y[Math.floor(n / 3) + 1500] = 1 / 32768;
    return y;
}
test('the blocked difference function equals the per-frame FFT one for several framings', () => {
    const geometries = [
        GEOMETRY,
        { ...GEOMETRY, center: false },
        { frame_length: 2048, hop_length: 512, minPeriod: 36, maxPeriod: 441, center: true }, // librosa's defaults at 22.05 kHz
        { frame_length: 1024, hop_length: 128, minPeriod: 20, maxPeriod: 400, center: true }, // frame a multiple of hop
        { frame_length: 800, hop_length: 100, minPeriod: 16, maxPeriod: 300, center: true },
        { frame_length: 1000, hop_length: 160, minPeriod: 30, maxPeriod: 170, center: true }, // odd length, 2 frame pairs
    ];
    for (const [i, g] of geometries.entries()) {
        for (const n of [5000, 5160, 17000]) {
            const { gap, frames } = engineGap(testSignal(n, 7 + i), g);
            assert.ok(frames > 0);
            assert.ok(gap < 1e-9, `frame ${g.frame_length}, hop ${g.hop_length}, n ${n}: CMNDs differ by up to ${gap}`);
        }
    }
});
test('a 220 Hz sine gives 220 Hz from yin and pyin', () => {
    const y = new Float32Array(SR);
    for (let i = 0; i < y.length; i++)
        y[i] = 0.5 * Math.sin((2 * Math.PI * 220 * i) / SR);
    const { f0, aperiodicity, periodicity } = yinWithPeriodicity(y, OPTS);
    assert.equal(f0.length, 1 + Math.floor(SR / 160));
    // Frames away from the zero-padded edges. The period is 72.73 samples; parabolic refinement of the CMND is
    // biased by up to 0.29% here in librosa too (same numbers), and the CMND minimum is ~0.04, not 0, because
    // librosa 0.11's difference function includes the frame's tail energy.
    let worst = 0;
    for (let t = 8; t < f0.length - 8; t++)
        worst = Math.max(worst, Math.abs(f0[t] - 220) / 220);
    assert.ok(worst < 0.004, `yin on a 220 Hz sine: worst deviation ${(100 * worst).toFixed(3)}%`);
    for (let t = 8; t < f0.length - 8; t++) {
        assert.ok(aperiodicity[t] < 0.1 && periodicity[t] > 0.9, `frame ${t}: aperiodicity ${aperiodicity[t]}`);
    }
    const p = pyin(y, OPTS);
    for (let t = 8; t < p.f0.length - 8; t++) {
        assert.equal(p.voiced_flag[t], 1, `pyin frame ${t} should be voiced`);
        // pYIN's f0 is a 10-cent bin centre: within 5 cents of 220 Hz.
        assert.ok(Math.abs(1200 * Math.log2(p.f0[t] / 220)) <= 5 + 1e-6, `pyin frame ${t}: ${p.f0[t]} Hz`);
        // librosa gives 0.8911445 on every interior frame of this sine (one trough at CMND ≈ 0.04 gets the beta mass
        // of the thresholds above it).
        assert.ok(Math.abs(p.voiced_prob[t] - 0.8911445) < 1e-6, `pyin frame ${t}: voiced_prob ${p.voiced_prob[t]}`);
    }
});
test('silence gives what librosa gives: yin sr/min_period, pyin unvoiced with probability 0', () => {
    const y = new Float32Array(8000);
    const { f0, aperiodicity, periodicity } = yinWithPeriodicity(y, OPTS);
    assert.equal(f0.length, 51);
    // The CMND of a silent frame is 0/(0 + tiny) = 0 everywhere; argmin is the first period, ⌊16000/600⌋ = 26.
    for (const v of f0)
        assert.equal(v, Math.fround(SR / 26));
    for (const v of aperiodicity)
        assert.equal(v, 1);
    for (const v of periodicity)
        assert.equal(v, 0);
    const p = pyin(y, OPTS);
    for (let t = 0; t < p.f0.length; t++) {
        assert.equal(p.voiced_flag[t], 0);
        assert.equal(p.voiced_prob[t], 0);
        assert.ok(Number.isNaN(p.f0[t]));
    }
    assert.deepEqual(Array.from(pyin(y, { ...OPTS, fill_na: 0 }).f0.slice(0, 3)), [0, 0, 0]);
});
test('frames are centred: 1 + ⌊n / hop⌋ of them, or 1 + ⌊(n − frame) / hop⌋ without centring', () => {
    const y = new Float32Array(5000).fill(0.1);
    assert.equal(yin(y, OPTS).length, 1 + Math.floor(5000 / 160));
    assert.equal(yin(y, { ...OPTS, center: false }).length, 1 + Math.floor((5000 - 1024) / 160));
    assert.equal(yin(y, { fmin: 100, fmax: 1000 }).length, 1 + Math.floor(5000 / 512)); // librosa's defaults
});
test('bad parameters and audio are VoeErrors that say what is wrong', () => {
    const y = new Float32Array(4000);
    const cases = [
        [{ fmax: 9000 }, /Nyquist/],
        [{ fmin: 700 }, /less than fmax/],
        [{ fmin: 0 }, /strictly positive/],
        [{ fmin: 10 }, /too small for frame_length/],
        [{ hop_length: 0 }, /hop_length/],
    ];
    for (const [o, message] of cases) {
        assert.throws(() => yin(y, { ...OPTS, ...o }), (e) => isVoeError(e) && e.code === 'INVALID_ARGUMENT' && message.test(e.message), `options ${JSON.stringify(o)}`);
    }
    const bad = new Float32Array(4000);
    bad[123] = NaN;
    assert.throws(() => pyin(bad, OPTS), (e) => isVoeError(e) && /index 123/.test(e.message));
    assert.throws(() => yin(new Float32Array(500), { ...OPTS, center: false }), (e) => isVoeError(e) && /too short/.test(e.message));
});
//# sourceMappingURL=pitch.test.js.map