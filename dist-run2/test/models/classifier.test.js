import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { initBackend } from '../../src/models/backend.js';
import { NeuralClassifier } from '../../src/models/classifier.js';
import { DEFAULT_TRAIN_CONFIG } from '../../src/models/config.js';
import { Rng } from '../../src/util/random.js';
import { tempDir } from '../helpers/wav-writer.js';
/** Feature sets whose MFCC band 3k…3k+2 is raised for a while in clips of emotion k. */
function fakeClips(n, emotions, seed) {
    const rng = new Rng(seed);
    const frames = 60;
    const clips = [];
    const labels = [];
    for (let i = 0; i < n; i++) {
        const k = i % emotions.length;
        const m = (rows) => ({ rows, cols: frames, data: Float32Array.from({ length: rows * frames }, () => rng.normal()) });
        const mfcc = m(8);
        const at = rng.int(30);
        for (let t = at; t < at + 25; t++)
            for (let r = 2 * k; r < 2 * k + 2; r++)
                mfcc.data[r * frames + t] += 3;
        clips.push({
            sr: 16000, hop_length: 160, numSamples: frames * 160, frames,
            logmel: m(4), mfcc, delta: m(8), delta2: m(8),
            f0: new Float32Array(frames).fill(150), voicing: new Float32Array(frames).fill(0.9),
            rms: new Float32Array(frames).fill(0.1), zcr: new Float32Array(frames).fill(0.05),
        });
        labels.push(emotions[k]);
    }
    return { clips, labels };
}
// Every way the CNN pools over time must learn, and save and load back bit for bit.
for (const pooling of ['mean', 'stats', 'attention']) {
    test(`a fitted CNN with ${pooling} pooling saves to model.json + weights and loads back with identical predictions`, async () => {
        await initBackend({ prefer: 'wasm' });
        const emotions = ['angry', 'happy', 'sad'];
        const train = fakeClips(60, emotions, 1);
        const test = fakeClips(15, emotions, 2);
        const c = new NeuralClassifier({
            architecture: 'cnn', input: 'mfcc-deltas', frameStride: 1, cropFrames: 32, testHopFrames: 8, batchSize: 16, learningRate: 3e-3, lrSchedule: 'constant',
            augment: { ...DEFAULT_TRAIN_CONFIG.augment, gainDb: 0 },
            cnn: { kind: '1d', filters: [8, 8], kernelSize: 3, pool: true, pooling, dropout: 0 }, patience: 100, seed: 3,
        });
        await c.fit(train.clips, train.labels, { epochs: 16 });
        assert.deepEqual(c.classes, emotions);
        const correct = c.predict(test.clips).filter((p, i) => p === test.labels[i]).length;
        assert.ok(correct >= 12, `${correct}/15 correct`);
        const { dir, cleanup } = tempDir('voe-model-');
        try {
            await c.save(dir);
            const manifest = JSON.parse(readFileSync(join(dir, 'voe-model.json'), 'utf8'));
            assert.deepEqual(manifest.classes, emotions);
            assert.equal(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')).weightsManifest[0].paths[0], 'weights.bin');
            const back = await NeuralClassifier.load(dir);
            assert.deepEqual([...back.predictProba(test.clips)], [...c.predictProba(test.clips)]);
            back.dispose();
        }
        finally {
            c.dispose();
            cleanup();
        }
    });
}
test('loading a folder that holds no model says so', async () => {
    const { dir, cleanup } = tempDir('voe-model-');
    try {
        await assert.rejects(NeuralClassifier.load(dir), /FILE_NOT_FOUND|not a saved voe model/);
    }
    finally {
        cleanup();
    }
});
test('speed-perturbed versions are trained on: a task whose only signal is in the versions is learned', async () => {
    await initBackend({ prefer: 'wasm' });
    const emotions = ['angry', 'happy', 'sad'];
    const signal = fakeClips(60, emotions, 1);
    // The clips themselves carry nothing about their label (the same band is raised in all of them).
    const uninformative = fakeClips(60, ['x'], 4).clips;
    const test = fakeClips(15, emotions, 2);
    const config = {
        architecture: 'cnn', input: 'mfcc-deltas', frameStride: 1, cropFrames: 32, testHopFrames: 8, batchSize: 16, learningRate: 3e-3,
        lrSchedule: 'constant', augment: { ...DEFAULT_TRAIN_CONFIG.augment, gainDb: 0, speeds: [0.9] },
        cnn: { kind: '1d', filters: [8, 8], kernelSize: 3, pool: true, dropout: 0 }, patience: 100, seed: 3,
    };
    const c = new NeuralClassifier(config);
    await assert.rejects(c.fit(uninformative, signal.labels, { epochs: 1 }), /augmentation by speed 0.9 needs the training clips in each version/);
    await c.fit(uninformative, signal.labels, { epochs: 10, perturbed: [signal.clips] });
    const correct = c.predict(test.clips).filter((p, i) => p === test.labels[i]).length;
    assert.ok(correct >= 11, `${correct}/15 correct`);
    c.dispose();
});
//# sourceMappingURL=classifier.test.js.map