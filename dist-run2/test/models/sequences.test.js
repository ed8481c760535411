import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeRegion, coveringCrops, crop, gainPerDb, poolFrames, poolRegion, randomCrop, Standardizer, subtractRegionMean, toSequence } from '../../src/models/sequences.js';
import { Rng } from '../../src/util/random.js';
import { extractFeatures } from '../../src/features/extract.js';
import { featureConfig } from '../../src/config.js';
function seq(frames, dims) {
    return { frames, dims, data: Float32Array.from({ length: frames * dims }, (_, i) => i) };
}
test('toSequence lays MFCC, Δ and ΔΔ side by side, time-major', () => {
    const T = 3;
    const m = (base) => ({ rows: 2, cols: T, data: Float32Array.from({ length: 2 * T }, (_, i) => base + i) });
    const fs = { frames: T, logmel: m(0), mfcc: m(10), delta: m(20), delta2: m(30) };
    const s = toSequence(fs, 'mfcc-deltas');
    assert.equal(s.dims, 6);
    // Frame 1: mfcc rows (11, 14), delta rows (21, 24), delta2 rows (31, 34).
    assert.deepEqual([...s.data.subarray(6, 12)], [11, 14, 21, 24, 31, 34]);
});
test('activeRegion keeps frames within top_db of the loudest', () => {
    const rms = Float32Array.from([0.0001, 0.001, 0.5, 1, 0.2, 0.005, 0.0001]);
    assert.deepEqual(activeRegion(rms, 40), { start: 2, end: 5 });
    assert.deepEqual(activeRegion(rms, 60), { start: 1, end: 6 });
    assert.deepEqual(activeRegion(new Float32Array(4), 40), { start: 0, end: 4 });
});
test('crops pad with zeros past either end and stay inside the active region', () => {
    const s = seq(5, 2);
    assert.deepEqual([...crop(s, 3, 4)], [6, 7, 8, 9, 0, 0, 0, 0]);
    assert.deepEqual([...crop(s, -1, 2)], [0, 0, 0, 1]);
    const rng = new Rng(3);
    const long = seq(100, 1);
    for (let k = 0; k < 50; k++) {
        const c = randomCrop(long, { start: 20, end: 60 }, 10, rng);
        assert.ok(c[0] >= 20 && c[9] <= 59, `crop ${c[0]}…${c[9]}`);
    }
    const covering = coveringCrops(long, { start: 20, end: 60 }, 16, 8);
    assert.equal(covering[0][0], 20);
    assert.equal(covering[covering.length - 1][15], 59);
});
test('the standardiser uses the statistics it was fitted on, and survives JSON', () => {
    const a = { frames: 2, dims: 2, data: Float32Array.from([1, 10, 3, 10]) };
    const st = Standardizer.fit([a]);
    assert.deepEqual([...st.mean], [2, 10]);
    assert.deepEqual([...st.std], [1, 1]); // constant dimension: unscaled
    assert.deepEqual([...st.apply(a).data], [-1, 0, 1, 0]);
    const back = Standardizer.fromJSON(JSON.parse(JSON.stringify(st)));
    assert.deepEqual(back.apply(a), st.apply(a));
});
test('utterance mean normalisation subtracts the active region mean of each dimension from every frame', () => {
    // 4 frames × 2 dims; region = frames 1…2, whose means are (3, 30).
    const seq = { frames: 4, dims: 2, data: Float32Array.from([100, 100, 2, 20, 4, 40, 0, 0]) };
    subtractRegionMean(seq, { start: 1, end: 3 });
    assert.deepEqual([...seq.data], [97, 70, -1, -10, 1, 10, -3, -30]);
});
test('frame pooling averages runs of `stride` frames, the short tail on its own, and maps regions to the pooled frames', () => {
    // 5 frames × 2 dims: frame t = [t, 10t]
    const seq = { frames: 5, dims: 2, data: Float32Array.from([0, 0, 1, 10, 2, 20, 3, 30, 4, 40]) };
    const pooled = poolFrames(seq, 2);
    assert.equal(pooled.frames, 3);
    assert.deepEqual([...pooled.data], [0.5, 5, 2.5, 25, 4, 40]);
    assert.equal(poolFrames(seq, 1), seq);
    assert.throws(() => poolFrames(seq, 0), /positive integer/);
    assert.throws(() => poolFrames(seq, 1.5), /positive integer/);
    // frames 1..4 (end exclusive) overlap pooled frames 0 and 1
    assert.deepEqual(poolRegion({ start: 1, end: 4 }, 2), { start: 0, end: 2 });
    assert.deepEqual(poolRegion({ start: 2, end: 5 }, 2), { start: 1, end: 3 });
});
test('the gain step per dB is what doubling the waveform does to every input kind', () => {
    // A voiced tone with vibrato over a little noise: 1 s at 16 kHz; doubling it is a gain of 20·log10 2 dB.
    const rng = new Rng(5);
    const sr = 16000;
    const y = Float32Array.from({ length: sr }, (_, n) => {
        const t = n / sr;
        return 0.3 * Math.sin(2 * Math.PI * (180 * t + 3 * Math.sin(2 * Math.PI * 5 * t))) + 0.01 * rng.normal();
    });
    const cfg = featureConfig();
    const a = extractFeatures(y, cfg);
    const b = extractFeatures(y.map((v) => 2 * v), cfg);
    const db = 20 * Math.log10(2);
    for (const input of ['logmel', 'logmel-pitch', 'mfcc-deltas']) {
        const sa = toSequence(a, input);
        const sb = toSequence(b, input);
        const step = gainPerDb(input, a.logmel.rows, new Float32Array(sa.dims).fill(1));
        let worst = 0;
        for (let i = 0; i < sa.data.length; i++)
            worst = Math.max(worst, Math.abs(sb.data[i] - sa.data[i] - db * step[i % sa.dims]));
        // float32 features: dB values near 60 carry ~1e-5 rounding, c0 (√64 × the band values) ~1e-4
        assert.ok(worst < 2e-3, `${input}: largest deviation ${worst}`);
    }
});
//# sourceMappingURL=sequences.test.js.map