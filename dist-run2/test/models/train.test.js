import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
import { initBackend } from '../../src/models/backend.js';
import { trainConfig } from '../../src/models/config.js';
import { buildCnn, buildRnn } from '../../src/models/networks.js';
import { applyGain, classWeights, frequencyShift, mixup, predictProbabilities, scheduledLearningRate, specAugment, trainNetwork } from '../../src/models/train.js';
import { argmaxRows, classificationMetrics } from '../../src/scoring/metrics.js';
import { Rng } from '../../src/util/random.js';
/**
 * A learnable task: class k's clips carry a rising tone in feature band 2k…2k+1 over a noise floor, at a random
 * place in time; nothing else distinguishes them.
 */
function syntheticClips(n, classes, frames, dims, seed) {
    const rng = new Rng(seed);
    const seqs = [];
    const regions = [];
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const k = i % classes;
        labels[i] = k;
        const data = Float32Array.from({ length: frames * dims }, () => rng.normal() * 0.5);
        const at = rng.int(frames - 20);
        for (let t = at; t < at + 20; t++) {
            data[t * dims + 2 * k] += 2;
            data[t * dims + 2 * k + 1] += ((t - at) / 20) * 2;
        }
        seqs.push({ frames, dims, data });
        regions.push({ start: 0, end: frames });
    }
    return { seqs, regions, labels };
}
const small = trainConfig({
    cropFrames: 32,
    testHopFrames: 8,
    batchSize: 16,
    learningRate: 3e-3,
    cnn: { kind: '1d', filters: [16, 16], kernelSize: 3, pool: true, dropout: 0 },
    rnn: { cell: 'gru', units: 16, layers: 1, convFilters: [], bidirectional: false, pooling: 'last', dropout: 0 },
    augment: { freqShift: 0, gainDb: 0, freqMasks: 0, freqMaskWidth: 0, timeMasks: 1, timeMaskWidth: 4, mixupAlpha: 0, speeds: [], noiseCopies: 0, noiseSnrDb: [10, 30] },
    patience: 100,
});
for (const architecture of ['cnn', 'rnn']) {
    test(`the ${architecture} learns a small synthetic task to high accuracy in a few epochs`, async () => {
        await initBackend({ prefer: 'wasm' });
        const classes = 4;
        const train = syntheticClips(96, classes, 48, 10, 1);
        const val = syntheticClips(32, classes, 48, 10, 2);
        const shape = { frames: small.cropFrames, dims: 10, classes };
        const model = architecture === 'cnn' ? buildCnn(shape, small.cnn, 7) : buildRnn(shape, small.rnn, 7);
        const result = await trainNetwork(model, train, val, classes, { ...small, architecture }, undefined, architecture === 'cnn' ? 6 : 10);
        const probs = predictProbabilities(model, val, classes, small);
        const m = classificationMetrics(val.labels, argmaxRows(probs, classes), classes);
        assert.ok(m.ua >= 0.9, `validation UA ${m.ua.toFixed(3)} after ${result.history.length} epochs; losses ${result.history.map((h) => h.loss.toFixed(3)).join(' ')}`);
        assert.ok(result.history[result.history.length - 1].loss < result.history[0].loss, 'loss decreases');
        model.dispose();
    });
}
test('the same seed gives the same training run, to the last bit', async () => {
    await initBackend({ prefer: 'wasm' });
    const train = syntheticClips(32, 2, 40, 6, 3);
    const run = async () => {
        const model = buildCnn({ frames: 32, dims: 6, classes: 2 }, small.cnn, 5);
        const r = await trainNetwork(model, train, null, 2, small, undefined, 2);
        const probs = predictProbabilities(model, train, 2, small);
        model.dispose();
        return { losses: r.history.map((h) => h.loss), probs: [...probs] };
    };
    const a = await run();
    const b = await run();
    assert.deepEqual(a, b);
    assert.equal(tf.getBackend(), 'wasm');
});
test('class weights balance the classes and SpecAugment masks what it says', () => {
    const w = classWeights(Int32Array.from([0, 0, 0, 1]), 2);
    assert.deepEqual([...w], [Math.fround(4 / 6), 2]);
    const x = new Float32Array(10 * 4).fill(1);
    specAugment(x, 10, 4, { freqShift: 0, gainDb: 0, freqMasks: 0, freqMaskWidth: 0, timeMasks: 1, timeMaskWidth: 3, mixupAlpha: 0, speeds: [], noiseCopies: 0, noiseSnrDb: [10, 30] }, new Rng(1));
    const zeroFrames = Array.from({ length: 10 }, (_, t) => x.subarray(t * 4, t * 4 + 4).every((v) => v === 0)).filter(Boolean).length;
    assert.ok(zeroFrames <= 3);
    assert.equal(x.filter((v) => v === 0).length, zeroFrames * 4);
});
test('mixup blends each row with one partner by the same λ ≥ ½ in inputs, targets and weights', () => {
    const n = 4;
    const x = Float32Array.from({ length: n * 3 }, (_, i) => Math.floor(i / 3)); // row r is all r
    const targets = new Float32Array(n * 2);
    for (let r = 0; r < n; r++)
        targets[r * 2 + (r % 2)] = 1;
    const weights = Float32Array.from([1, 2, 3, 4]);
    mixup(x, targets, weights, n, 0.3, new Rng(5));
    for (let r = 0; r < n; r++) {
        const row = x.subarray(r * 3, r * 3 + 3);
        assert.ok(row.every((v) => Math.abs(v - row[0]) < 1e-6), 'a row mixes as a whole');
        assert.ok(Math.abs(targets[r * 2] + targets[r * 2 + 1] - 1) < 1e-6, 'targets stay a distribution');
        // Own label keeps weight λ ≥ 0.5.
        assert.ok(targets[r * 2 + (r % 2)] >= 0.5 - 1e-6);
        // x = λ r + (1 − λ) p and w = λ w_r + (1 − λ) w_p with w = row + 1: the same λ and partner.
        assert.ok(Math.abs(weights[r] - (row[0] + 1)) < 1e-5, `row ${r}: weight ${weights[r]} vs input ${row[0]}`);
    }
});
test('frequency shift moves the leading bands and repeats the edge; the rest of the frame is untouched', () => {
    const frames = 2;
    const dims = 6; // 4 bands + 2 prosody dims
    const x = Float32Array.from({ length: frames * dims }, (_, i) => i % dims);
    frequencyShift(x, frames, dims, 4, 1);
    assert.deepEqual([...x.subarray(0, dims)], [0, 0, 1, 2, 4, 5]);
    frequencyShift(x, frames, dims, 4, -2);
    assert.deepEqual([...x.subarray(dims, 2 * dims)], [1, 2, 2, 2, 4, 5]);
});
test('Beta draws have the right mean and stay in (0, 1)', () => {
    const rng = new Rng(9);
    let sum = 0;
    for (let i = 0; i < 4000; i++) {
        const b = rng.beta(2, 6);
        assert.ok(b > 0 && b < 1);
        sum += b;
    }
    assert.ok(Math.abs(sum / 4000 - 0.25) < 0.01, `mean ${sum / 4000}, expected 0.25`);
});
for (const pooling of ['mean', 'attention']) {
    test(`an RNN with ${pooling} pooling, trained on a cosine schedule without validation, learns the synthetic task`, async () => {
        await initBackend({ prefer: 'wasm' });
        const classes = 4;
        const train = syntheticClips(96, classes, 48, 10, 1);
        const test = syntheticClips(32, classes, 48, 10, 2);
        const cfg = { ...small, architecture: 'rnn', lrSchedule: 'cosine', rnn: { ...small.rnn, pooling } };
        const model = buildRnn({ frames: cfg.cropFrames, dims: 10, classes }, cfg.rnn, 7);
        const result = await trainNetwork(model, train, null, classes, cfg, undefined, 10);
        assert.equal(result.history.length, 10);
        assert.equal(result.bestEpoch, 10, 'without validation the last epoch is the one kept');
        const m = classificationMetrics(test.labels, argmaxRows(predictProbabilities(model, test, classes, cfg), classes), classes);
        assert.ok(m.ua >= 0.9, `UA ${m.ua.toFixed(3)}; losses ${result.history.map((h) => h.loss.toFixed(3)).join(' ')}`);
        model.dispose();
    });
}
test('the cosine schedule starts at the learning rate, halves it midway and ends near 0; constant stays put', () => {
    const cosine = { learningRate: 0.004, lrSchedule: 'cosine' };
    assert.equal(scheduledLearningRate(cosine, 0, 100), 0.004);
    assert.ok(Math.abs(scheduledLearningRate(cosine, 50, 100) - 0.002) < 1e-12);
    assert.ok(scheduledLearningRate(cosine, 99, 100) < 0.004 * 0.001);
    assert.equal(scheduledLearningRate({ learningRate: 0.004, lrSchedule: 'constant' }, 99, 100), 0.004);
});
test('gain augmentation shifts each standardised dimension by its per-dB step and leaves the rest', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]); // 2 frames × 3 dims
    applyGain(x, 2, 3, Float32Array.from([0.5, 0, 0.1]), 6);
    assert.deepEqual([...x].map((v) => +v.toFixed(5)), [4, 2, 3.6, 7, 5, 6.6]);
});
test('a two-layer RNN with a convolutional front-end (CRNN) builds fused layers and learns the synthetic task', async () => {
    await initBackend({ prefer: 'wasm' });
    const classes = 4;
    const train = syntheticClips(96, classes, 48, 10, 1);
    const test = syntheticClips(32, classes, 48, 10, 2);
    const cfg = { ...small, architecture: 'rnn', lrSchedule: 'cosine', rnn: { ...small.rnn, layers: 2, convFilters: [8], pooling: 'attention' } };
    const model = buildRnn({ frames: cfg.cropFrames, dims: 10, classes }, cfg.rnn, 7);
    const names = model.layers.map((l) => l.getClassName());
    assert.deepEqual(names.slice(0, 6), ['InputLayer', 'Conv1D', 'BatchNormalization', 'Activation', 'GRU', 'GRU']);
    await trainNetwork(model, train, null, classes, cfg, undefined, 10);
    const m = classificationMetrics(test.labels, argmaxRows(predictProbabilities(model, test, classes, cfg), classes), classes);
    assert.ok(m.ua >= 0.9, `UA ${m.ua.toFixed(3)}`);
    model.dispose();
});
//# sourceMappingURL=train.test.js.map