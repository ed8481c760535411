import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { normalizeActiveLevel } from '../../src/audio/normalize.js';
import { decodeWav } from '../../src/audio/wav.js';
import { featureConfig } from '../../src/config.js';
import { extractFeatures, featuresFromWavBytes, levelNormalised } from '../../src/features/extract.js';
import { initBackend } from '../../src/models/backend.js';
import { NeuralClassifier } from '../../src/models/classifier.js';
import { trainConfig } from '../../src/models/config.js';
import { EmotionPredictor } from '../../src/predict/predictor.js';
import { clipWarnings, voicedSpeech } from '../../src/predict/warnings.js';
import { createEmotionServer } from '../../src/serve/server.js';
import { Rng } from '../../src/util/random.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { encodeSamples, fmtChunk, chunk, riff, tempDir } from '../helpers/wav-writer.js';
const DATA = 'data/ravdess-speech-16k';
const SR = 16000;
/** A 32-bit float mono WAV of `y` (no clipping at any gain). */
function floatWav(y, sr = SR) {
    return riff([fmtChunk({ formatTag: 3, channels: 1, sampleRate: sr, bitsPerSample: 32 }), chunk('data', encodeSamples('float32', y))]);
}
/** A sentence stand-in with a quiet and a loud half, so the active region is not the whole clip. */
function sentence(seconds = 2) {
    const y = new Float32Array(seconds * SR);
    let phase = 0;
    for (let i = 0; i < y.length; i++) {
        const t = i / SR;
        phase += (2 * Math.PI * (120 + 40 * t)) / SR;
        const env = (t < seconds / 2 ? 0.05 : 0.3) * (0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t));
        y[i] = env * (Math.sin(phase) + 0.4 * Math.sin(2 * phase));
    }
    return y;
}
function maxAbsDiff(a, b) {
    let m = 0;
    for (let i = 0; i < a.length; i++)
        m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
}
test('active-level normalisation takes any gain out exactly: a gain in gives the same signal out', () => {
    const y = sentence();
    const ref = normalizeActiveLevel(y, SR, -26);
    assert.ok(Math.abs(ref.levelDb - (-26 - ref.gainDb)) < 1e-9);
    assert.ok(ref.activeFraction > 0.4 && ref.activeFraction < 1, `active fraction ${ref.activeFraction}`);
    for (const db of [-40, -20, -6, 6, 20]) {
        const g = 10 ** (db / 20);
        const out = normalizeActiveLevel(Float32Array.from(y, (x) => x * g), SR, -26);
        assert.ok(Math.abs(out.gainDb - (ref.gainDb - db)) < 1e-4, `gain ${out.gainDb} at ${db} dB`);
        assert.ok(maxAbsDiff(out.y, ref.y) < 1e-6, `${db} dB: signal differs by ${maxAbsDiff(out.y, ref.y)}`);
    }
    // The gain is capped, so near-silence is not blown up to full scale; true silence is refused.
    assert.equal(normalizeActiveLevel(Float32Array.from(y, (x) => x * 1e-5), SR, -26, { maxGainDb: 60 }).gainDb, 60);
    assert.throws(() => normalizeActiveLevel(new Float32Array(SR), SR, -26), (e) => e.code === 'SILENT_AUDIO');
});
test('with level normalisation the features of a clip do not depend on its gain; without it they do', async () => {
    const y = sentence();
    const on = featureConfig();
    const off = featureConfig({ level_dbfs: null });
    const at = async (db, cfg = on) => featuresFromWavBytes(floatWav(Float32Array.from(y, (x) => x * 10 ** (db / 20))), cfg);
    const ref = await at(0);
    for (const db of [-30, 20]) {
        const fs = await at(db);
        assert.ok(maxAbsDiff(fs.logmel.data, ref.logmel.data) < 1e-3, `log-mel differs by ${maxAbsDiff(fs.logmel.data, ref.logmel.data)} dB at ${db} dB`);
        assert.ok(maxAbsDiff(fs.mfcc.data, ref.mfcc.data) < 1e-3);
    }
    const quiet = await at(-20, off);
    const loud = await at(0, off);
    const mid = (fs) => fs.logmel.data[20 * fs.logmel.cols + Math.floor(fs.frames * 0.75)];
    assert.ok(Math.abs(mid(loud) - mid(quiet) - 20) < 0.5, 'without normalisation a 20 dB gain moves the log-mel by 20 dB');
});
test('predictions on a shared clip at −20 dB and +10 dB agree with 0 dB, through a model trained with level normalisation', { skip: needShared(DATA), timeout: 120_000 }, async () => {
    await initBackend();
    const config = featureConfig();
    const files = ['01', '02'].flatMap((a) => readdirSync(sharedPath(`${DATA}/Actor_${a}`)).slice(0, 24).map((f) => sharedPath(`${DATA}/Actor_${a}/${f}`)));
    const clips = await Promise.all(files.map((f) => featuresFromWavBytes(readFileSync(f), config, f)));
    const labels = files.map((f) => ['neutral', 'calm', 'happy', 'sad', 'angry', 'fearful', 'disgust', 'surprised'][Number(basename(f).split('-')[2]) - 1]);
    const clf = new NeuralClassifier(trainConfig({ epochs: 2, cropFrames: 32, cnn: { kind: '1d', filters: [8, 8], kernelSize: 3, pool: true, pooling: 'mean', dropout: 0 }, seed: 5 }));
    clf.featureConfig = config;
    await clf.fit(clips, labels);
    const { dir, cleanup } = tempDir('voe-level-');
    try {
        await clf.save(dir);
        const predictor = await EmotionPredictor.load(dir);
        const clip = decodeWav(readFileSync(sharedPath(`${DATA}/Actor_07/03-01-05-02-01-01-07.wav`)), 'clip');
        const at = (db) => predictor.predictWavBytes(floatWav(Float32Array.from(clip.samples, (x) => x * 10 ** (db / 20)), clip.sampleRate));
        const ref = await at(0);
        for (const db of [-20, 10]) {
            const p = await at(db);
            assert.equal(p.emotion, ref.emotion, `${db} dB`);
            for (const c of Object.keys(ref.probabilities))
                assert.ok(Math.abs(p.probabilities[c] - ref.probabilities[c]) < 1e-3, `${db} dB, ${c}`);
        }
        assert.deepEqual(ref.warnings, [], 'a RAVDESS clip gets no warning');
        // The server gives the warnings too: noise gets a label and, beside it, LOW_VOICED_SPEECH.
        const server = createEmotionServer(predictor);
        await new Promise((done) => server.listen(0, '127.0.0.1', done));
        try {
            const rng = new Rng(3);
            const noise = Float32Array.from({ length: 3 * SR }, () => 0.5 * (2 * rng.next() - 1));
            const res = await fetch(`http://127.0.0.1:${server.address().port}/api/predict`, { method: 'POST', body: floatWav(noise) });
            assert.equal(res.status, 200);
            const body = (await res.json());
            assert.ok(body.emotion);
            assert.deepEqual(body.warnings.map((w) => w.code), ['LOW_VOICED_SPEECH']);
            assert.match(body.warnings[0].message, /little voiced speech/);
        }
        finally {
            await new Promise((done) => server.close(() => done()));
            predictor.dispose();
        }
    }
    finally {
        clf.dispose();
        cleanup();
    }
});
test('noise, clicks and a short sentence lost in a long silence get the low-voiced warning; RAVDESS clips do not', { skip: needShared(DATA) }, async () => {
    const config = featureConfig();
    const rng = new Rng(1);
    const white = (n, a) => Float32Array.from({ length: n }, () => a * (2 * rng.next() - 1));
    const clicks = white(4 * SR, 1e-4);
    for (let i = 0; i < clicks.length; i += SR / 4)
        clicks[i] = 0.9;
    const speech = decodeWav(readFileSync(sharedPath(`${DATA}/Actor_01/03-01-05-02-01-01-01.wav`)), 'x').samples;
    const lost = white(60 * SR, 1e-3);
    lost.set(speech, 5 * SR);
    for (const [name, y] of Object.entries({ 'white noise': white(4 * SR, 1), clicks, 'a sentence in 60 s': lost })) {
        const fs = extractFeatures(levelNormalised(y, config), config);
        assert.deepEqual(clipWarnings(fs).map((w) => w.code), ['LOW_VOICED_SPEECH'], `${name}: voiced ${JSON.stringify(voicedSpeech(fs))}`);
    }
    for (const a of ['03', '12', '20']) {
        const dir = sharedPath(`${DATA}/Actor_${a}`);
        for (const f of readdirSync(dir).filter((_, i) => i % 6 === 0)) {
            const fs = await featuresFromWavBytes(readFileSync(join(dir, f)), config, f);
            assert.deepEqual(clipWarnings(fs), [], `${f}: voiced ${JSON.stringify(voicedSpeech(fs))}`);
        }
    }
});
//# sourceMappingURL=level-and-warnings.test.js.map