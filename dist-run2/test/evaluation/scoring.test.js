import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { experimentConfig } from '../../src/evaluation/experiment-config.js';
import { runExperiment } from '../../src/evaluation/experiment.js';
import { writeReport } from '../../src/evaluation/report.js';
import { scoreChannels } from '../../src/evaluation/scoring.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { tinySettings } from '../helpers/tiny-corpus.js';
import { tempDir } from '../helpers/wav-writer.js';
/** One-hot probabilities of the given predicted classes. */
function onehot(pred, k) {
    const p = new Float32Array(pred.length * k);
    pred.forEach((c, i) => (p[i * k + c] = 1));
    return p;
}
test('per-channel scores are computed over the classes each channel has, by hand', () => {
    const classes = ['a', 'b', 'c'];
    const labels = Int32Array.from([0, 1, 2, 0, 1, 0]);
    const channels = ['speech', 'speech', 'speech', 'song', 'song', 'song'];
    const split = { folds: [{ index: 0, test: [0, 1, 3] }, { index: 1, test: [2, 4, 5] }] };
    const s = scoreChannels({ name: 'm', description: '', probs: onehot([0, 1, 0, 0, 0, 0], 3) }, labels, split, classes, channels);
    // Speech: a→a, b→b, c→a. Recall 1, 1, 0; F1 a = 2·(½·1)/(1½) = ⅔, b = 1, c = 0.
    assert.deepEqual(s.speech.classes, ['a', 'b', 'c']);
    assert.ok(Math.abs(s.speech.pooled.wa - 2 / 3) < 1e-12);
    assert.ok(Math.abs(s.speech.pooled.ua - 2 / 3) < 1e-12);
    assert.ok(Math.abs(s.speech.pooled.macroF1 - 5 / 9) < 1e-12);
    // Song has no class c: a→a, b→a, a→a. Recall 1, 0 → UA ½; F1 a = 2·(⅔·1)/(1⅔) = 0.8, b = 0 → macro-F1 0.4 over 2 classes.
    assert.deepEqual(s.song.classes, ['a', 'b']);
    assert.ok(Math.abs(s.song.pooled.ua - 0.5) < 1e-12);
    assert.ok(Math.abs(s.song.pooled.macroF1 - 0.4) < 1e-12);
    // Per fold: speech folds hold clips {0, 1} (WA 1) and {2} (WA 0); song {3} (WA 1) and {4, 5} (WA ½).
    assert.deepEqual(s.speech.wa.values, [1, 0]);
    assert.deepEqual(s.song.wa.values, [1, 0.5]);
    assert.equal(s.speech.n + s.song.n, 6);
});
const SONG = 'data/ravdess-song-16k';
test('a tiny speech + song experiment writes per-channel results, and its report says song', { skip: needShared(SONG), timeout: 300_000 }, async () => {
    const { dir, cleanup } = tempDir('voe-channels-');
    try {
        const tiny = tinySettings(dir);
        // The same six actors' song clips of statement 01, repetition 01, beside their speech clips.
        for (const a of ['01', '02', '03', '04', '05', '06']) {
            for (const f of readdirSync(sharedPath(`${SONG}/Actor_${a}`)).filter((f) => /^03-02-\d\d-\d\d-01-01-\d\d\.wav$/.test(f))) {
                mkdirSync(join(tiny.data, `Actor_${a}`), { recursive: true });
                symlinkSync(sharedPath(`${SONG}/Actor_${a}/${f}`), join(tiny.data, `Actor_${a}`, f));
            }
        }
        const cfg = experimentConfig({ ...tiny, design: 'folds', models: ['cnn'], final: false, functionalsBaseline: true });
        const { results } = await runExperiment(cfg);
        const r = results;
        assert.equal(r.corpus.channels?.speech, 90);
        assert.equal(r.corpus.channels?.song, 66);
        for (const name of ['cnn', 'svm-functionals']) {
            assert.equal(r.channels?.[name].speech.n, 90);
            assert.equal(r.channels?.[name].song.n, 66);
            assert.deepEqual(r.channels?.[name].song.classes, ['angry', 'calm', 'fearful', 'happy', 'neutral', 'sad']);
            assert.equal(r.channels?.[name].speech.classes.length, 8);
        }
        await writeReport(cfg.out, r);
        const md = readFileSync(join(cfg.out, 'report.md'), 'utf8');
        assert.match(md, /^# Emotion recognition in speech and song on RAVDESS/m);
        assert.match(md, /### Per vocal channel/);
        assert.match(md, /RAVDESS speech and song are acted/);
    }
    finally {
        cleanup();
    }
});
//# sourceMappingURL=scoring.test.js.map