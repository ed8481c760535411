import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseBySpeaker, REFERENCE_LOG2_F0, REFERENCE_LOG_RMS, speakerStatistics } from '../../src/models/speaker-norm.js';
import { Rng } from '../../src/util/random.js';
const BANDS = 4;
const COEFS = 3;
/** A synthetic clip: silence, 20 active frames, silence; `shift` dB on the log-mel, `pitch` × f0, `level` × RMS. */
function clip(rng, shift = 0, pitch = 1, level = 1) {
    const T = 30;
    const active = (t) => t >= 5 && t < 25;
    const matrix = (rows, base) => ({
        rows, cols: T, data: Float32Array.from({ length: rows * T }, (_, i) => base + shift + 10 * rng.normal() + (i % T)),
    });
    const rms = Float32Array.from({ length: T }, (_, t) => level * (active(t) ? 0.05 + 0.05 * rng.next() : 1e-5));
    const voicing = Float32Array.from({ length: T }, (_, t) => (active(t) && t % 3 !== 0 ? 0.9 : 0.1));
    const f0 = Float32Array.from({ length: T }, () => pitch * (150 + 50 * rng.next()));
    return {
        sr: 16000, hop_length: 160, numSamples: T * 160 - 160, frames: T,
        logmel: matrix(BANDS, -40), mfcc: matrix(COEFS, 5), delta: matrix(COEFS, 0), delta2: matrix(COEFS, 0),
        f0, voicing, rms, zcr: new Float32Array(T).fill(0.1),
    };
}
function activeMean(clips, value) {
    let sum = 0;
    let n = 0;
    for (const fs of clips) {
        for (let t = 5; t < 25; t++) {
            const v = value(fs, t);
            if (v !== null) {
                sum += v;
                n++;
            }
        }
    }
    return sum / n;
}
test("'mean' puts each speaker's averages at the reference: log-mel and MFCC 0, log2 f0 and log RMS at their constants", () => {
    const rng = new Rng(3);
    const clips = [clip(rng), clip(rng), clip(rng, 12, 1.6, 4), clip(rng, 12, 1.6, 4)];
    const speakers = ['a', 'a', 'b', 'b'];
    const out = normaliseBySpeaker(clips, speakers, 'mean');
    for (const who of ['a', 'b']) {
        const mine = out.filter((_, i) => speakers[i] === who);
        for (let r = 0; r < BANDS; r++)
            assert.ok(Math.abs(activeMean(mine, (fs, t) => fs.logmel.data[r * fs.frames + t])) < 1e-3, `band ${r} of ${who}`);
        for (let r = 0; r < COEFS; r++)
            assert.ok(Math.abs(activeMean(mine, (fs, t) => fs.mfcc.data[r * fs.frames + t])) < 1e-3);
        const f0 = activeMean(mine, (fs, t) => (fs.voicing[t] >= 0.5 ? Math.log2(fs.f0[t]) : null));
        assert.ok(Math.abs(f0 - REFERENCE_LOG2_F0) < 1e-4, `log2 f0 of ${who}: ${f0}`);
        assert.ok(Math.abs(activeMean(mine, (fs, t) => Math.log(fs.rms[t])) - REFERENCE_LOG_RMS) < 1e-4);
        // Deltas are unchanged by a shift; periodicity is never touched.
        assert.deepEqual(mine[0].delta, clips[speakers.indexOf(who)].delta);
        assert.deepEqual(mine[0].voicing, clips[speakers.indexOf(who)].voicing);
    }
});
test('a speaker who is the same speaker louder, higher and brighter normalises to the same features', () => {
    const a = [clip(new Rng(5)), clip(new Rng(6))];
    const b = [clip(new Rng(5), 9, 1.5, 3), clip(new Rng(6), 9, 1.5, 3)];
    const out = normaliseBySpeaker([...a, ...b], ['a', 'a', 'b', 'b'], 'mean');
    for (let i = 0; i < 2; i++) {
        for (const field of ['logmel', 'mfcc']) {
            out[i][field].data.forEach((v, j) => assert.ok(Math.abs(v - out[i + 2][field].data[j]) < 1e-3, `${field}[${j}]`));
        }
        out[i].f0.forEach((v, t) => assert.ok(Math.abs(v / out[i + 2].f0[t] - 1) < 1e-5));
        out[i].rms.forEach((v, t) => assert.ok(Math.abs(v / out[i + 2].rms[t] - 1) < 1e-4));
    }
});
test("'zscore' also gives each speaker's bands unit spread over active frames, and scales the deltas alike", () => {
    const rng = new Rng(8);
    const clips = [clip(rng), clip(rng), clip(rng)];
    const stats = speakerStatistics(clips);
    const out = normaliseBySpeaker(clips, ['s', 's', 's'], 'zscore');
    for (let r = 0; r < BANDS; r++) {
        const sq = activeMean(out, (fs, t) => fs.logmel.data[r * fs.frames + t] ** 2);
        assert.ok(Math.abs(sq - 1) < 1e-3, `band ${r}: mean square ${sq}`);
    }
    const j = 1 * clips[0].frames + 7;
    assert.ok(Math.abs(out[0].delta.data[j] - clips[0].delta.data[j] / stats.mfccStd[1]) < 1e-5);
});
test('a reference set lends its statistics (perturbed copies keep their shift) and inputs are never modified', () => {
    const rng = new Rng(11);
    const clean = [clip(rng), clip(rng)];
    const before = clean.map((c) => Float32Array.from(c.logmel.data));
    const louder = clean.map((c) => ({ ...c, logmel: { ...c.logmel, data: c.logmel.data.map((v) => v + 6) } }));
    const cleanOut = normaliseBySpeaker(clean, ['s', 's'], 'mean');
    const louderOut = normaliseBySpeaker(louder, ['s', 's'], 'mean', 40, { clips: clean, speakers: ['s', 's'] });
    louderOut[0].logmel.data.forEach((v, j) => assert.ok(Math.abs(v - cleanOut[0].logmel.data[j] - 6) < 1e-3));
    clean.forEach((c, i) => assert.deepEqual(c.logmel.data, before[i]));
    assert.throws(() => normaliseBySpeaker(clean, ['s', 'x'], 'mean', 40, { clips: clean, speakers: ['s', 's'] }), /no clips of speaker "x"/);
    assert.equal(normaliseBySpeaker(clean, ['s', 's'], 'none'), clean);
});
//# sourceMappingURL=speaker-norm.test.js.map