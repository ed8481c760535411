import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionals, percentile, summarize, FUNCTIONAL_STATS } from '../../src/features/functionals.js';
test('summarize gives mean, std, min, max, percentiles and slope by hand', () => {
    // y = 2 + 3·t over frames t = 0..4 at 100 frames/s: slope 300 per second.
    const track = [2, 5, 8, 11, 14];
    const [mean, std, min, max, p10, p50, p90, slope] = summarize(track, null, 0.01);
    assert.equal(mean, 8);
    assert.ok(Math.abs(std - Math.sqrt(18)) < 1e-12); // population std of 3·(−2..2)
    assert.equal(min, 2);
    assert.equal(max, 14);
    assert.ok(Math.abs(p10 - 3.2) < 1e-12); // numpy.percentile([2,5,8,11,14], 10) = 3.2
    assert.equal(p50, 8);
    assert.ok(Math.abs(p90 - 12.8) < 1e-12);
    assert.ok(Math.abs(slope - 300) < 1e-9);
});
test('percentile matches numpy linear interpolation', () => {
    assert.equal(percentile([1, 2, 3, 4], 50), 2.5);
    assert.equal(percentile([10], 90), 10);
    assert.ok(Number.isNaN(percentile([], 50)));
});
test('pitch statistics use voiced frames only, with their own times, and say the voiced fraction', () => {
    const frames = 6;
    const empty = (rows) => ({ rows, cols: frames, data: new Float32Array(rows * frames) });
    const fs = {
        sr: 100,
        hop_length: 1,
        numSamples: 6,
        frames,
        logmel: empty(2),
        mfcc: empty(2),
        delta: empty(2),
        delta2: empty(2),
        f0: Float32Array.from([500, 100, 110, 500, 130, 500]),
        voicing: Float32Array.from([0.1, 0.9, 0.9, 0.2, 0.9, 0.1]),
        rms: new Float32Array(frames),
        zcr: new Float32Array(frames),
    };
    const f = functionals(fs, { include: ['f0'] });
    const get = (name) => f.values[f.names.indexOf(name)];
    assert.equal(f.names.length, FUNCTIONAL_STATS.length + 1);
    assert.ok(Math.abs(get('f0_mean') - 340 / 3) < 1e-4);
    assert.equal(get('f0_max'), 130);
    assert.equal(get('voiced_fraction'), 0.5);
    // Voiced frames 1, 2, 4 with f0 100, 110, 130: least-squares slope 10 Hz/frame = 1000 Hz/s at 100 frames/s.
    assert.ok(Math.abs(get('f0_slope') - 1000) < 1e-3, `slope ${get('f0_slope')}`);
});
test('an utterance with no voiced frame gets zeros and a voiced fraction of 0', () => {
    const frames = 3;
    const empty = (rows) => ({ rows, cols: frames, data: new Float32Array(rows * frames) });
    const fs = {
        sr: 100, hop_length: 1, numSamples: 3, frames,
        logmel: empty(1), mfcc: empty(1), delta: empty(1), delta2: empty(1),
        f0: Float32Array.from([200, 200, 200]), voicing: new Float32Array(frames),
        rms: new Float32Array(frames), zcr: new Float32Array(frames),
    };
    const f = functionals(fs, { include: ['f0'] });
    assert.ok(f.values.every((v) => v === 0));
});
//# sourceMappingURL=functionals.test.js.map