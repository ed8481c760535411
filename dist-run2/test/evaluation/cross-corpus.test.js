import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { evaluateOnCorpus, parseClassMap } from '../../src/evaluation/cross-corpus.js';
import { writeCrossCorpusReport } from '../../src/evaluation/report/cross-corpus.js';
import { tempDir, wav } from '../helpers/wav-writer.js';
const MODEL_CLASSES = ['angry', 'happy', 'neutral', 'sad'];
/**
 * A predictor whose answer is written in each file's name (`<n>-says-<emotion>.wav`), so that the metrics can be
 * computed by hand. Everything else of the evaluation (scan, mapping, scoring, report) is the real code.
 */
function scriptedPredictor() {
    return {
        name: 'scripted',
        classes: MODEL_CLASSES,
        summary: () => ({ model: 'scripted', classes: MODEL_CLASSES }),
        predictFile: async (path) => {
            const emotion = /-says-(\w+)\.wav$/.exec(basename(path))[1];
            return { emotion, probabilities: Object.fromEntries(MODEL_CLASSES.map((c) => [c, c === emotion ? 1 : 0])), warnings: [] };
        },
    };
}
function corpus(root, files) {
    const tone = Float32Array.from({ length: 8000 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 200 * i) / 16000));
    for (const [label, says] of Object.entries(files)) {
        mkdirSync(join(root, label), { recursive: true });
        says.forEach((s, i) => writeFileSync(join(root, label, `${i + 1}-says-${s}.wav`), wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone })));
    }
    return root;
}
test('voe evaluate scores a mapped corpus over the shared classes, with hand-computed metrics', async () => {
    const { dir, cleanup } = tempDir('voe-cross-');
    try {
        const data = corpus(join(dir, 'data'), {
            anger: ['angry', 'angry', 'sad'],
            sad: ['sad', 'happy'],
            calm: ['neutral', 'angry'],
            boredom: ['sad', 'sad'],
        });
        const r = await evaluateOnCorpus(scriptedPredictor(), data, 'scripted', { map: parseClassMap('calm=neutral, boredom=none') });
        assert.deepEqual(r.sharedClasses, ['angry', 'neutral', 'sad']);
        assert.equal(r.scored.n, 7);
        // Correct: both angry→angry, sad→sad, calm→neutral: 4 of 7.
        assert.ok(Math.abs(r.scored.wa - 4 / 7) < 1e-12);
        // Recalls 2/3 (angry), 1/2 (neutral), 1/2 (sad).
        assert.ok(Math.abs(r.scored.ua - (2 / 3 + 1 / 2 + 1 / 2) / 3) < 1e-12);
        // F1: angry P 2/3 R 2/3 → 2/3; neutral P 1 R 1/2 → 2/3; sad P 1/2 R 1/2 → 1/2.
        assert.ok(Math.abs(r.scored.macroF1 - (2 / 3 + 2 / 3 + 1 / 2) / 3) < 1e-12);
        assert.ok(Math.abs(r.scored.chanceUa - 1 / 3) < 1e-12);
        assert.deepEqual(r.scored.confusion, [
            [2, 0, 0, 1],
            [1, 0, 1, 0],
            [0, 1, 0, 1],
        ]);
        assert.deepEqual(r.unscored, { boredom: { sad: 2 } });
        assert.equal(r.map.calm, 'neutral');
        assert.equal(r.map.angry, 'angry', 'the folder "anger" reads as angry, and is kept');
        const out = join(dir, 'out');
        await writeCrossCorpusReport(out, r);
        for (const f of ['cross-corpus.json', 'report.md', 'report.html', join('plots', 'confusion.svg')])
            assert.ok(existsSync(join(out, f)), f);
        const md = readFileSync(join(out, 'report.md'), 'utf8');
        assert.match(md, /UA 55\.6 % \(chance 33\.3 %\), WA 57\.1 %, macro-F1 61\.1 %/);
        assert.match(md, /boredom: sad 2/);
    }
    finally {
        cleanup();
    }
});
test('a class map that is malformed, or names a class the model lacks, is refused', async () => {
    assert.throws(() => parseClassMap('calm'), /corpus=model pairs/);
    assert.throws(() => parseClassMap('calm=neutral,calm=sad'), /names "calm" twice/);
    const { dir, cleanup } = tempDir('voe-cross-');
    try {
        const data = corpus(join(dir, 'data'), { sad: ['sad'] });
        await assert.rejects(evaluateOnCorpus(scriptedPredictor(), data, 'scripted', { map: { sad: 'gloomy' } }), /the model has no class "gloomy"/);
        await assert.rejects(evaluateOnCorpus(scriptedPredictor(), data, 'scripted', { map: { sad: 'none' } }), /no clip of the corpus has a class the model knows/);
    }
    finally {
        cleanup();
    }
});
//# sourceMappingURL=cross-corpus.test.js.map