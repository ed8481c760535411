import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerFolds } from '../../src/scoring/folds.js';
import { finalJob, foldJobs, jobSeed, medianBestEpoch, pairJobId, pairJobs } from '../../src/evaluation/protocol.js';
import { trainConfig } from '../../src/models/config.js';
/** 24 RAVDESS-like actors × 10 clips, alternating gender. */
const items = Array.from({ length: 240 }, (_, i) => {
    const actor = Math.floor(i / 10) + 1;
    return { speaker: `ravdess:${String(actor).padStart(2, '0')}`, emotion: ['angry', 'sad'][i % 2], gender: actor % 2 ? 'male' : 'female' };
});
const speakersOf = (idx) => new Set(idx.map((i) => items[i].speaker));
const split = speakerFolds(items, 6);
const cfg = trainConfig({ validationSpeakers: 2 });
test('fold jobs train on the training speakers only, validate on two of them, and test the held-out ones', () => {
    const jobs = foldJobs(items, split, cfg, 7);
    assert.equal(jobs.length, 6);
    jobs.forEach((job, k) => {
        const test = speakersOf(job.predictClips);
        assert.deepEqual([...test].sort(), split.folds[k].testSpeakers);
        const train = speakersOf(job.trainClips);
        const val = speakersOf(job.validationClips);
        assert.equal(val.size, 2);
        for (const s of val)
            assert.ok(!train.has(s) && !test.has(s), `validation speaker ${s} also trains or tests`);
        for (const s of train)
            assert.ok(!test.has(s), `speaker ${s} trains and tests`);
        assert.equal(job.trainClips.length + job.validationClips.length + job.predictClips.length, items.length);
    });
    assert.equal(new Set(jobs.map((j) => j.config.seed)).size, 6, 'each fold gets its own seed');
    assert.deepEqual(foldJobs(items, split, cfg, 7), jobs, 'the same seed plans the same jobs');
});
test('pair jobs: k(k−1)/2 networks, each blind to both held-out groups, so every outer fold has a clean inner cross-validation', () => {
    const jobs = pairJobs(items, split, cfg, 1);
    assert.equal(jobs.length, 15);
    const byId = new Map(jobs.map((j) => [j.id, j]));
    for (const outer of split.folds) {
        const testSpeakers = new Set(outer.testSpeakers);
        for (const inner of split.folds) {
            if (inner.index === outer.index)
                continue;
            const job = byId.get(pairJobId('cnn', outer.index, inner.index));
            const seen = speakersOf([...job.trainClips, ...job.validationClips]);
            for (const s of [...testSpeakers, ...inner.testSpeakers])
                assert.ok(!seen.has(s), `${job.id} saw ${s}`);
            // It predicts both held-out groups: the inner group's clips (out-of-fold rows) and the outer test clips.
            const predicted = speakersOf(job.predictClips);
            for (const s of [...testSpeakers, ...inner.testSpeakers])
                assert.ok(predicted.has(s));
            assert.equal(seen.size, 16);
        }
    }
    assert.equal(pairJobId('rnn', 4, 1), 'rnn-pair-2-5');
});
test('the nested design refuses the leaky split and too many folds with a clear error', () => {
    const leaky = { ...split, leaky: true };
    assert.throws(() => pairJobs(items, leaky, cfg, 1), /speaker-independent only/);
    assert.throws(() => pairJobs(items, speakerFolds(items, 12), cfg, 1), /66 trainings/);
});
test('final jobs train on every clip for a fixed number of epochs; the median best epoch is rounded and at least 1', () => {
    const job = finalJob(items, cfg, 17, 1, 'models/final-cnn');
    assert.equal(job.trainClips.length, items.length);
    assert.equal(job.validationClips.length, 0);
    assert.equal(job.config.epochs, 17);
    assert.equal(medianBestEpoch([3, 9, 5]), 5);
    assert.equal(medianBestEpoch([4, 7]), 6);
    assert.equal(medianBestEpoch([0]), 1);
    assert.throws(() => medianBestEpoch([]));
    assert.notEqual(jobSeed(1, 2, 0, 1), jobSeed(1, 2, 1, 0));
    assert.equal(jobSeed(1, 2, 0, 1), jobSeed(1, 2, 0, 1));
});
//# sourceMappingURL=protocol.test.js.map