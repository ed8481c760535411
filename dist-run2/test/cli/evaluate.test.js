import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFromOptions, registerEvaluateCommands } from '../../src/cli/evaluate.js';
import { experimentConfig, trainConfigFor } from '../../src/evaluation/experiment-config.js';
import { runVoe } from '../helpers/cli.js';
import { needShared } from '../helpers/shared.js';
import { TINY_DATA, tinySettings } from '../helpers/tiny-corpus.js';
import { tempDir } from '../helpers/wav-writer.js';
/** Run `voe <args>` in this process with the training commands only. */
async function voe(...args) {
    const program = new Command().name('voe').exitOverride();
    registerEvaluateCommands(program);
    await program.parseAsync(args, { from: 'user' });
}
test('voe experiment refuses an unknown CNN pooling or an out-of-range label smoothing before touching the data', async () => {
    const data = 'no-such-folder';
    await assert.rejects(voe('experiment', '--data', data, '--cnn-pooling', 'max', '--quiet'), /--cnn-pooling: cnn\.pooling must be one of mean, attention, stats, got "max"/);
    for (const eps of ['0.7', '-0.1', 'abc', '']) {
        await assert.rejects(voe('experiment', '--data', data, '--label-smoothing', eps, '--quiet'), /--label-smoothing: cnn\.labelSmoothing must be a number ≥ 0 and ≤ 0\.5/);
    }
});
test('voe experiment --config takes a saved config.json back and reproduces that run\'s metrics', { skip: needShared(TINY_DATA), timeout: 300_000 }, async () => {
    const { dir, cleanup } = tempDir('voe-config-');
    try {
        const first = experimentConfig(tinySettings(dir));
        const input = join(dir, 'tiny.json');
        writeFileSync(input, JSON.stringify(first));
        const a = runVoe(['experiment', '--config', input, '--quiet', '--json'], { timeoutMs: 240_000 });
        assert.equal(a.status, 0, a.stderr);
        const saved = join(first.out, 'config.json');
        assert.deepEqual(JSON.parse(readFileSync(saved, 'utf8')), JSON.parse(JSON.stringify(first)), 'the run saved the config it was given');
        const out = join(dir, 'again');
        const b = runVoe(['experiment', '--config', saved, '--out', out, '--quiet', '--json'], { timeoutMs: 240_000 });
        assert.equal(b.status, 0, b.stderr);
        const metrics = (p) => JSON.parse(readFileSync(join(p, 'metrics.json'), 'utf8'));
        const [ma, mb] = [metrics(first.out), metrics(out)];
        assert.deepEqual(Object.keys(mb.models), Object.keys(ma.models));
        for (const name of Object.keys(ma.models)) {
            assert.deepEqual(mb.models[name].ua.values, ma.models[name].ua.values, `${name}: per-fold UA reproduced`);
            assert.deepEqual(mb.models[name].pooled.confusion, ma.models[name].pooled.confusion, `${name}: confusion reproduced`);
        }
        assert.deepEqual({ ...mb.config, out: null }, { ...ma.config, out: null }, 'the same config but for the results folder');
    }
    finally {
        cleanup();
    }
});
test('a bad experiment config is refused before any work, naming the field', () => {
    const { dir, cleanup } = tempDir('voe-config-bad-');
    try {
        const cases = [
            [{ cnn: { epochs: -3 } }, /cnn\.epochs must be a whole number ≥ 1, got -3/],
            [{ cnn: { epoch: 3 } }, /unknown field cnn\.epoch; known: .*epochs/],
            [{ folds: 1 }, /folds must be a whole number ≥ 2, got 1/],
            [{ speakerNorm: 'zscore', rnn: { augment: { gainDb: 6 } } }, /rnn\.augment\.gainDb must be 0 with speakerNorm "zscore"/],
            [{ svm: { C: [] } }, /svm\.C must be a non-empty list/],
            [[1, 2], /must be a JSON object of ExperimentConfig fields/],
        ];
        for (const [json, message] of cases) {
            const file = join(dir, 'bad.json');
            writeFileSync(file, JSON.stringify(Array.isArray(json) ? json : { data: join(dir, 'no-such-data'), ...json }));
            const r = runVoe(['experiment', '--config', file, '--quiet']);
            assert.notEqual(r.status, 0);
            assert.match(r.stderr, message);
            assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
        }
        // The library gives the same checks to its own callers.
        assert.throws(() => experimentConfig({ data: 'd', out: 'o', cnn: { learningRate: 0 } }), (e) => e.code === 'INVALID_CONFIG' && /cnn\.learningRate/.test(e.message));
    }
    finally {
        cleanup();
    }
});
test('flags override the config file\'s fields', () => {
    const cfg = configFromOptions('experiment', { data: ['x'], out: 'y', epochs: '7', seed: '3', speakerNorm: 'zscore' }, { design: 'nested' });
    assert.equal(cfg.cnn.epochs, 7);
    assert.equal(cfg.rnn.epochs, 7);
    assert.equal(cfg.seed, 3);
    assert.equal(cfg.cnn.augment.gainDb, 0, 'zscore turns the gain augmentation off');
    assert.equal(trainConfigFor(cfg, 'rnn').seed, 3, 'the seed is stored once and reaches every network');
});
//# sourceMappingURL=evaluate.test.js.map