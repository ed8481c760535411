import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { featureConfig } from '../../src/config.js';
import { featureConfigHash, loadFeatures } from '../../src/features/batch.js';
import { addNoise, applyNoise, checkPerturbation, describePerturbation, isIdentity } from '../../src/features/perturbation.js';
import { trainingPerturbations, DEFAULT_TRAIN_CONFIG } from '../../src/models/config.js';
import { Rng } from '../../src/util/random.js';
import { tempDir, wav } from '../helpers/wav-writer.js';
function tone(n, f, sr = 16000) {
    return Float32Array.from({ length: n }, (_, i) => 0.3 * Math.sin((2 * Math.PI * f * i) / sr));
}
test('addNoise adds white noise at the SNR asked for, against the clip\'s mean power', () => {
    const y = tone(160000, 220);
    for (const snr of [0, 10, 25]) {
        const noisy = addNoise(y, snr, new Rng(7));
        let ps = 0;
        let pn = 0;
        for (let i = 0; i < y.length; i++) {
            ps += y[i] * y[i];
            pn += (noisy[i] - y[i]) ** 2;
        }
        const measured = 10 * Math.log10(ps / pn);
        assert.ok(Math.abs(measured - snr) < 0.1, `SNR ${snr} dB asked, ${measured.toFixed(3)} measured`);
    }
    assert.deepEqual([...addNoise(new Float32Array(8), 10, new Rng(1))], new Array(8).fill(0), 'silence gets no noise');
});
test('a noisy copy is reproducible from the clip\'s content and differs between copies and clips', () => {
    const y = tone(16000, 200);
    const p0 = { noise: { snrDb: [10, 30], copy: 0 } };
    const p1 = { noise: { snrDb: [10, 30], copy: 1 } };
    assert.deepEqual(applyNoise(y, p0, 'ab12cd34ef'), applyNoise(y, p0, 'ab12cd34ef'));
    assert.notDeepEqual(applyNoise(y, p0, 'ab12cd34ef'), applyNoise(y, p1, 'ab12cd34ef'));
    assert.notDeepEqual(applyNoise(y, p0, 'ab12cd34ef'), applyNoise(y, p0, '0012cd34ef'));
    assert.equal(applyNoise(y, { speed: 0.9 }, 'ab'), y, 'no noise asked, the samples come back as they are');
});
test('perturbations are described, checked and listed in the order training expects', () => {
    assert.ok(isIdentity({}) && isIdentity({ speed: 1 }) && !isIdentity({ speed: 0.9 }));
    assert.equal(describePerturbation({ noise: { snrDb: [10, 30], copy: 2 } }), 'noise 10–30 dB #2');
    assert.throws(() => checkPerturbation({ speed: 3 }), /speed factor must be between 0.5 and 2/);
    assert.throws(() => checkPerturbation({ noise: { snrDb: [30, 10], copy: 0 } }), /SNR range/);
    const versions = trainingPerturbations({ ...DEFAULT_TRAIN_CONFIG.augment, speeds: [0.9, 1.1], noiseCopies: 2 });
    assert.deepEqual(versions.map(describePerturbation), ['speed 0.9', 'speed 1.1', 'noise 10–30 dB #0', 'noise 10–30 dB #1']);
    assert.deepEqual(trainingPerturbations(DEFAULT_TRAIN_CONFIG.augment), [], 'off by default');
});
test('noisy features are cached under their own hash and recomputed identically', async () => {
    const { dir, cleanup } = tempDir('voe-noise-');
    try {
        const path = join(dir, 'tone.wav');
        const samples = Int16Array.from(tone(19200, 180), (v) => Math.round(v * 32767));
        writeFileSync(path, wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples }));
        const p = { noise: { snrDb: [5, 5], copy: 0 } };
        const plain = await loadFeatures(path, featureConfig(), join(dir, 'a'));
        const noisy = await loadFeatures(path, featureConfig(), join(dir, 'a'), p);
        const again = await loadFeatures(path, featureConfig(), join(dir, 'b'), p);
        assert.deepEqual(noisy.logmel.data, again.logmel.data, 'same clip, same copy: same features, computed twice');
        assert.notEqual(featureConfigHash(featureConfig(), p), featureConfigHash(featureConfig()));
        // White noise 5 dB down fills the bands the tone leaves empty: the quietest log-mel bands rise by far more than 10 dB.
        const quietest = (m) => Math.min(...m);
        assert.ok(quietest(noisy.logmel.data) > quietest(plain.logmel.data) + 10, `${quietest(noisy.logmel.data)} vs ${quietest(plain.logmel.data)}`);
    }
    finally {
        cleanup();
    }
});
//# sourceMappingURL=perturbation.test.js.map