import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureConfig } from '../../src/config.js';
import { extractCorpus, featureConfigHash, loadFeatures } from '../../src/features/batch.js';
import { tempDir, wav } from '../helpers/wav-writer.js';
/** A voiced, speech-like 0.8 s clip: a 140–180 Hz harmonic tone with a little noise, as pcm16. */
function voicedClip(seed, sampleRate = 16000) {
    const n = Math.round(0.8 * sampleRate);
    const samples = new Int16Array(n);
    let s = seed;
    let phase = 0;
    for (let i = 0; i < n; i++) {
        const f0 = 140 + 40 * (i / n) + 5 * seed;
        phase += (2 * Math.PI * f0) / sampleRate;
        s = (s * 1103515245 + 12345) % 2147483648;
        const noise = (s / 2147483648 - 0.5) * 0.02;
        const v = 0.3 * Math.sin(phase) + 0.15 * Math.sin(2 * phase) + 0.05 * Math.sin(3 * phase) + noise;
        samples[i] = Math.round(v * 32767);
    }
    return wav({ format: 'pcm16', channels: 1, sampleRate, samples });
}
/** A RAVDESS-named folder: four good clips (one at 48 kHz, one stereo-free float), a text file, a truncated WAV. */
function corpusWithBrokenFiles(dir) {
    mkdirSync(join(dir, 'Actor_01'));
    const good = [0, 1, 2, 3].map((k) => join(dir, 'Actor_01', `03-01-0${k + 1}-01-01-01-01.wav`));
    good.forEach((p, k) => writeFileSync(p, voicedClip(k + 1, k === 3 ? 48000 : 16000)));
    const notWav = join(dir, 'Actor_01', '03-01-05-01-01-01-01.wav');
    writeFileSync(notWav, 'this is not audio\n');
    const truncated = join(dir, 'Actor_01', '03-01-06-01-01-01-01.wav');
    const full = voicedClip(9);
    writeFileSync(truncated, full.subarray(0, full.length - 5000));
    return { good, bad: [notWav, truncated] };
}
test('one bad file among many is reported with its reason and the rest is extracted', async () => {
    const { dir, cleanup } = tempDir('voe-batch-');
    try {
        const { good, bad } = corpusWithBrokenFiles(dir);
        const cacheRoot = join(dir, 'cache');
        const summary = await extractCorpus([...good, ...bad], { config: featureConfig(), cacheRoot, workers: 2 });
        assert.equal(summary.files, 6);
        assert.equal(summary.extracted, 4);
        assert.deepEqual(summary.failed.map((f) => f.path).sort(), [...bad].sort());
        assert.match(summary.failed.find((f) => f.path === bad[0]).reason, /NOT_RIFF_WAVE/);
        assert.match(summary.failed.find((f) => f.path === bad[1]).reason, /TRUNCATED_DATA/);
        // Each good clip is 0.8 s, whatever its file's rate.
        assert.ok(Math.abs(summary.audioSeconds - 3.2) < 1e-3, `audio seconds ${summary.audioSeconds}`);
    }
    finally {
        cleanup();
    }
});
test('a second run with the same config is served from the cache; a changed config recomputes', async () => {
    const { dir, cleanup } = tempDir('voe-batch-');
    try {
        const { good } = corpusWithBrokenFiles(dir);
        const cacheRoot = join(dir, 'cache');
        const first = await extractCorpus(good, { config: featureConfig(), cacheRoot, workers: 0 });
        assert.equal(first.extracted, 4);
        const second = await extractCorpus(good, { config: featureConfig(), cacheRoot, workers: 2 });
        assert.equal(second.cached, 4);
        assert.equal(second.extracted, 0);
        const changed = await extractCorpus(good, { config: featureConfig({ n_mels: 40 }), cacheRoot, workers: 0 });
        assert.equal(changed.extracted, 4);
        assert.notEqual(changed.configHash, first.configHash);
        // The cached features are the ones computed directly.
        const a = await loadFeatures(good[0], featureConfig(), cacheRoot);
        const b = await loadFeatures(good[0], featureConfig(), join(dir, 'fresh-cache'));
        assert.deepEqual(a, b);
        assert.equal(a.logmel.rows, 64);
    }
    finally {
        cleanup();
    }
});
test('an interrupted run keeps what it finished, and the next run resumes from there', async () => {
    const { dir, cleanup } = tempDir('voe-batch-');
    try {
        const { good } = corpusWithBrokenFiles(dir);
        const cacheRoot = join(dir, 'cache');
        const controller = new AbortController();
        const interrupted = await extractCorpus(good, {
            config: featureConfig(),
            cacheRoot,
            workers: 0,
            signal: controller.signal,
            onProgress: (p) => {
                if (p.done === 2)
                    controller.abort();
            },
        });
        assert.equal(interrupted.interrupted, true);
        assert.equal(interrupted.extracted, 2);
        const resumed = await extractCorpus(good, { config: featureConfig(), cacheRoot, workers: 2 });
        assert.equal(resumed.interrupted, false);
        assert.equal(resumed.cached, 2);
        assert.equal(resumed.extracted, 2);
    }
    finally {
        cleanup();
    }
});
test('a silent clip and a too-short clip fail with clear reasons', async () => {
    const { dir, cleanup } = tempDir('voe-batch-');
    try {
        const silent = join(dir, 'silent.wav');
        writeFileSync(silent, wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: new Int16Array(16000) }));
        const short = join(dir, 'short.wav');
        writeFileSync(short, wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: Int16Array.from({ length: 100 }, (_, i) => (i % 7) * 1000) }));
        const summary = await extractCorpus([silent, short], { config: featureConfig(), cacheRoot: join(dir, 'cache'), workers: 0 });
        assert.equal(summary.failed.length, 2);
        assert.match(summary.failed[0].reason, /SILENT_AUDIO/);
        assert.match(summary.failed[1].reason, /too short/);
    }
    finally {
        cleanup();
    }
});
test('byte-identical clips are listed as duplicates', async () => {
    const { dir, cleanup } = tempDir('voe-batch-');
    try {
        const a = join(dir, '03-01-02-01-01-01-01.wav');
        const b = join(dir, '03-01-02-01-01-02-01.wav');
        const c = join(dir, '03-01-03-01-01-01-01.wav');
        writeFileSync(a, voicedClip(1));
        writeFileSync(b, voicedClip(1));
        writeFileSync(c, voicedClip(2));
        const summary = await extractCorpus([a, b, c], { config: featureConfig(), cacheRoot: join(dir, 'cache'), workers: 0 });
        assert.deepEqual(summary.duplicates, [[a, b]]);
        assert.equal(summary.cached, 1, 'the second copy is served from the cache');
    }
    finally {
        cleanup();
    }
});
/** A steady 1.2 s tone at `f0` Hz with two harmonics, as pcm16 at 16 kHz. */
function steadyTone(f0) {
    const n = Math.round(1.2 * 16000);
    const samples = new Int16Array(n);
    for (let i = 0; i < n; i++) {
        const ph = (2 * Math.PI * f0 * i) / 16000;
        samples[i] = Math.round(32767 * (0.3 * Math.sin(ph) + 0.15 * Math.sin(2 * ph) + 0.05 * Math.sin(3 * ph)));
    }
    return wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples });
}
function medianVoicedF0(f0) {
    const v = [...f0].filter((x) => Number.isFinite(x) && x > 0).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
}
test('speed perturbation scales duration by 1/speed and pitch by speed, cached apart from the clip itself', async () => {
    const { dir, cleanup } = tempDir('voe-speed-');
    try {
        const path = join(dir, 'tone.wav');
        writeFileSync(path, steadyTone(200));
        const cacheRoot = join(dir, 'cache');
        const plain = await loadFeatures(path, featureConfig(), cacheRoot);
        const slow = await loadFeatures(path, featureConfig(), cacheRoot, { speed: 0.9 });
        const fast = await loadFeatures(path, featureConfig(), cacheRoot, { speed: 1.1 });
        assert.equal(plain.numSamples, 19200);
        assert.equal(slow.numSamples, Math.round(19200 / 0.9));
        assert.equal(fast.numSamples, Math.round(19200 / 1.1));
        const f = [plain, slow, fast].map((s) => medianVoicedF0(s.f0));
        assert.ok(Math.abs(f[0] - 200) < 2, `plain f0 ${f[0]}`);
        assert.ok(Math.abs(f[1] - 180) < 2, `speed 0.9 f0 ${f[1]}`);
        assert.ok(Math.abs(f[2] - 220) < 2, `speed 1.1 f0 ${f[2]}`);
        assert.notEqual(featureConfigHash(featureConfig(), { speed: 0.9 }), featureConfigHash(featureConfig()));
        assert.equal(featureConfigHash(featureConfig(), { speed: 1 }), featureConfigHash(featureConfig()));
        // The perturbed pass through extractCorpus finds what loadFeatures cached, under its own hash.
        const again = await extractCorpus([path], { config: featureConfig(), cacheRoot, workers: 0, perturbation: { speed: 1.1 } });
        assert.equal(again.cached, 1);
        assert.equal(again.outcomes[0].audioSeconds, fast.numSamples / 16000);
        await assert.rejects(extractCorpus([path], { config: featureConfig(), cacheRoot, perturbation: { speed: 0 } }), /speed factor must be between 0.5 and 2/);
    }
    finally {
        cleanup();
    }
});
//# sourceMappingURL=batch.test.js.map