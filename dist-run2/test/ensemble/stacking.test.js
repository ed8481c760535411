import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { assertOutOfFold, averageProbabilities, StackingEnsemble } from '../../src/ensemble/stacking.js';
import { liveLibsvmModels } from '../../src/ensemble/svm.js';
import { VoeError } from '../../src/errors.js';
import { argmaxRows, classificationMetrics } from '../../src/scoring/metrics.js';
import { Rng } from '../../src/util/random.js';
import { tempDir } from '../helpers/wav-writer.js';
const CLASSES = ['angry', 'happy', 'neutral', 'sad'];
function corpus(speakers, clipsPerSpeaker) {
    const clips = [];
    const y = [];
    for (const speaker of speakers) {
        for (let r = 0; r < clipsPerSpeaker; r++) {
            clips.push({ speaker, label: CLASSES[r % 4] });
            y.push(r % 4);
        }
    }
    return { clips, y };
}
/** softmax(noise·N(0, 1) + strength on the class `says(true class)`), per clip. */
function probs(y, says, strength, noise, rng) {
    const out = new Float32Array(y.length * 4);
    y.forEach((c, i) => {
        const z = Array.from({ length: 4 }, (_, j) => noise * rng.normal() + (j === says(c) ? strength : 0));
        const m = Math.max(...z);
        const e = z.map((v) => Math.exp(v - m));
        const s = e.reduce((a, b) => a + b, 0);
        e.forEach((v, j) => (out[i * 4 + j] = v / s));
    });
    return out;
}
/**
 * Two base models: a confident "cnn" that systematically swaps neutral and sad, and an unbiased but weak "rnn".
 * Averaging cannot undo the swap; a stacked SVM can learn it. Each row names the speakers its model trained on.
 */
function bases(c, trainedOn, seed) {
    const rng = new Rng(seed);
    const swap = [0, 1, 3, 2];
    const trained = c.clips.map((clip) => trainedOn(clip.speaker));
    return [
        { model: 'cnn', classes: CLASSES, probs: probs(c.y, (k) => swap[k], 3, 1, rng), trainedOnSpeakers: trained },
        { model: 'rnn', classes: CLASSES, probs: probs(c.y, (k) => k, 1, 1, rng), trainedOnSpeakers: trained },
    ];
}
/** A VoeError with code INVALID_ARGUMENT whose message (not "VoeError: …") matches. */
const invalid = (message) => (e) => e instanceof VoeError && e.code === 'INVALID_ARGUMENT' && message.test(e.message);
const ua = (y, p) => classificationMetrics(y, argmaxRows(p, 4), 4).ua;
// Speakers s1 … s8 train the ensemble, with out-of-fold base rows from 4 folds of two speakers; s9 … s12 are scored
// with base models trained on s1 … s8.
const trainSpeakers = Array.from({ length: 8 }, (_, i) => `s${i + 1}`);
const testSpeakers = ['s9', 's10', 's11', 's12'];
const innerFold = (s) => Math.floor((Number(s.slice(1)) - 1) / 2);
const outOfFold = (s) => trainSpeakers.filter((t) => innerFold(t) !== innerFold(s));
const train = corpus(trainSpeakers, 16);
const held = corpus(testSpeakers, 16);
const trainBase = bases(train, outOfFold, 1);
const heldBase = bases(held, () => trainSpeakers, 2);
test('the stacked SVM beats each base model and their average on held-out speakers', async () => {
    const ens = await new StackingEnsemble({ seed: 5 }).fit(trainBase, train.clips, { nSplits: 4 });
    try {
        assert.deepEqual(ens.models, ['cnn', 'rnn']);
        assert.deepEqual(ens.classes, CLASSES);
        assert.deepEqual(ens.search.folds, [['s1', 's2'], ['s3', 's4'], ['s5', 's6'], ['s7', 's8']]);
        const p = ens.predictProba(heldBase, { clips: held.clips });
        const stacked = ua(held.y, p);
        const cnn = ua(held.y, heldBase[0].probs);
        const rnn = ua(held.y, heldBase[1].probs);
        const average = ua(held.y, averageProbabilities(heldBase));
        assert.ok(stacked >= 0.8, `stacked UA ${stacked}`);
        assert.ok(stacked > Math.max(cnn, rnn, average) + 0.15, `stacked ${stacked}, cnn ${cnn}, rnn ${rnn}, average ${average}`);
        assert.deepEqual(ens.predict(heldBase), [...argmaxRows(p, 4)].map((k) => CLASSES[k]));
        // The input order is fixed by model name, not by the order the base predictions are passed in.
        assert.deepEqual([...ens.predictProba([heldBase[1], heldBase[0]])], [...p]);
    }
    finally {
        ens.dispose();
    }
});
test('a row from a model trained on the clip’s own speaker is refused as a stacking leak', async () => {
    const leaky = trainBase.map((b) => ({ ...b, trainedOnSpeakers: b.trainedOnSpeakers.map((s) => [...s]) }));
    leaky[1].trainedOnSpeakers[37].push(train.clips[37].speaker);
    const live = liveLibsvmModels();
    const message = /^stacking leak: base model "rnn" row 37 \(speaker "s3"\)/;
    assert.throws(() => assertOutOfFold(leaky, train.clips), invalid(message));
    await assert.rejects(new StackingEnsemble().fit(leaky, train.clips), invalid(message));
    assert.equal(liveLibsvmModels(), live, 'nothing was fitted');
    // In-fold rows everywhere (a model trained on every speaker) are refused at the first row.
    const inFold = trainBase.map((b) => ({ ...b, trainedOnSpeakers: train.clips.map(() => trainSpeakers) }));
    assert.throws(() => assertOutOfFold(inFold, train.clips), invalid(/^stacking leak: base model "cnn" row 0 \(speaker "s1"\)/));
    // An empty speaker list would pass the check vacuously, so it is refused as well.
    const unknown = trainBase.map((b) => ({ ...b, trainedOnSpeakers: train.clips.map(() => []) }));
    assert.throws(() => assertOutOfFold(unknown, train.clips), /row 0: trainedOnSpeakers is empty/);
    assert.throws(() => assertOutOfFold([{ ...trainBase[0], trainedOnSpeakers: [] }], train.clips), /one speaker list per clip \(128\), got 0/);
    assert.doesNotThrow(() => assertOutOfFold(trainBase, train.clips));
});
test('scoring clips of speakers that fitted the ensemble, or with in-fold base rows, is refused too', async () => {
    const ens = await new StackingEnsemble().fit(trainBase, train.clips, { C: 1, gamma: 0.125 });
    try {
        const again = bases(train, () => testSpeakers, 3);
        assert.throws(() => ens.predictProba(again, { clips: train.clips }), invalid(/^stacking leak: clip 0 \(speaker "s1"\) is scored, but that speaker's clips fitted the ensemble/));
        const inFold = bases(held, () => [...trainSpeakers, 's9'], 4);
        assert.throws(() => ens.predictProba(inFold, { clips: held.clips }), invalid(/^stacking leak: base model "cnn" row 0 \(speaker "s9"\)/));
    }
    finally {
        ens.dispose();
    }
});
test('base predictions must agree on classes and rows and be probability vectors', async () => {
    const [cnn, rnn] = trainBase;
    const ens = new StackingEnsemble();
    const refused = async (base, message) => {
        await assert.rejects(ens.fit(base, train.clips), invalid(message));
    };
    await refused([cnn, { ...rnn, classes: ['angry', 'happy', 'sad', 'neutral'] }], /disagree on classes: "cnn" has \[angry, happy, neutral, sad\], "rnn" has \[angry, happy, sad, neutral\]/);
    await refused([cnn, { ...rnn, classes: CLASSES.slice(0, 3), probs: new Float32Array(128 * 3).fill(1 / 3) }], /disagree on classes/);
    await refused([cnn, { ...rnn, probs: rnn.probs.slice(0, 4 * 100) }], /"rnn" has 100 rows, expected 128/);
    await refused([cnn, { ...rnn, probs: rnn.probs.slice(0, 4 * 100 + 2) }], /probs must hold n × 4 values, got 402/);
    const doubled = rnn.probs.map((v, i) => (i < 4 ? 2 * v : v));
    await refused([cnn, { ...rnn, probs: doubled }], /"rnn" row 0 sums to 2/);
    const nan = cnn.probs.slice();
    nan[4 * 9 + 2] = NaN;
    await refused([{ ...cnn, probs: nan }, rnn], /"cnn" row 9: probability of "neutral" is NaN/);
    await refused([cnn, { ...cnn }], /"cnn" is given twice/);
    await refused([], /no base predictions/);
    await assert.rejects(ens.fit(trainBase, train.clips.slice(1)), /127 clips but 128 rows/);
    await assert.rejects(ens.fit(trainBase, train.clips.map((c) => ({ speaker: c.speaker }))), /clips\[0\] label undefined is not one of/);
    await assert.rejects(ens.fit(trainBase, train.clips, { extra: train.clips.map(() => new Float32Array(2)).slice(3) }), /extra has 125 rows but there are 128 clips/);
    assert.throws(() => averageProbabilities([cnn, { ...rnn, classes: [...CLASSES].reverse() }]), /disagree on classes/);
});
test('save → load predicts identically, remembers models, classes and extra features, and refuses other inputs', async () => {
    // An extra feature per clip: a noisy hint of the true class, as functionals would be.
    const rng = new Rng(9);
    const hint = (c) => c.y.map((k) => Float32Array.from([k + 0.8 * rng.normal(), rng.normal()]));
    const extraTrain = hint(train);
    const extraHeld = hint(held);
    const ens = await new StackingEnsemble({ seed: 2 }).fit(trainBase, train.clips, { extra: extraTrain, grid: { C: [1, 10], gamma: [0.1] }, nSplits: 4 });
    const { dir, cleanup } = tempDir('voe-stacking-');
    try {
        assert.equal(ens.extraFeatures, 2);
        assert.equal(ens.svm.nFeatures, 2 * 4 + 2);
        ens.notes = { corpus: 'synthetic' };
        await ens.save(dir);
        const manifest = JSON.parse(readFileSync(join(dir, 'voe-stacking.json'), 'utf8'));
        assert.equal(manifest.kind, 'voe-stacking-ensemble');
        assert.deepEqual(manifest.models, ['cnn', 'rnn']);
        assert.deepEqual(manifest.classes, CLASSES);
        assert.deepEqual(manifest.trainSpeakers, trainSpeakers);
        assert.equal(JSON.parse(readFileSync(join(dir, 'voe-svm.json'), 'utf8')).kind, 'voe-svm-classifier');
        const back = await StackingEnsemble.load(dir);
        try {
            assert.deepEqual([...back.predictProba(heldBase, { extra: extraHeld })], [...ens.predictProba(heldBase, { extra: extraHeld })]);
            assert.deepEqual(back.notes, { corpus: 'synthetic' });
            assert.deepEqual(back.search, ens.search);
            assert.throws(() => back.predictProba(heldBase), /fitted with 2 extra features per clip; pass them as extra/);
            assert.throws(() => back.predictProba(heldBase, { extra: extraHeld.map((r) => r.subarray(0, 1)) }), /extra\[0\] has 1 features, expected 2/);
            assert.throws(() => back.predictProba([heldBase[0]], { extra: extraHeld }), /fitted on base models \[cnn, rnn\], got \[cnn\]/);
            const renamed = heldBase.map((b) => ({ ...b, model: b.model === 'rnn' ? 'lstm' : b.model }));
            assert.throws(() => back.predictProba(renamed, { extra: extraHeld }), /got \[cnn, lstm\]/);
            const otherNames = heldBase.map((b) => ({ ...b, classes: ['anger', 'happy', 'neutral', 'sad'] }));
            assert.throws(() => back.predictProba(otherNames, { extra: extraHeld }), /fitted on classes \[angry, happy, neutral, sad\]/);
        }
        finally {
            back.dispose();
        }
    }
    finally {
        ens.dispose();
        cleanup();
    }
    const plain = await new StackingEnsemble().fit(trainBase, train.clips, { C: 1, gamma: 0.125 });
    try {
        assert.throws(() => plain.predictProba(heldBase, { extra: extraHeld }), /fitted without extra features/);
    }
    finally {
        plain.dispose();
    }
});
test('averageProbabilities is the mean of the base rows, whatever order the models come in', () => {
    const avg = averageProbabilities(heldBase);
    const [a, b] = heldBase;
    assert.equal(avg.length, a.probs.length);
    for (let i = 0; i < avg.length; i++)
        assert.ok(Math.abs(avg[i] - (a.probs[i] + b.probs[i]) / 2) < 1e-7);
    assert.deepEqual([...averageProbabilities([b, a])], [...avg]);
    // trainedOnSpeakers plays no part in averaging (nothing is trained on these rows).
    assert.deepEqual([...averageProbabilities(heldBase.map((x) => ({ ...x, trainedOnSpeakers: [] })))], [...avg]);
});
test('a class no fitting clip has keeps its column, with probability 0', async () => {
    // Drop every "happy" clip from the fitting set: the SVM knows three classes, the ensemble still answers in four.
    const keep = train.clips.flatMap((c, i) => (c.label === 'happy' ? [] : [i]));
    const subset = trainBase.map((b) => ({
        ...b,
        probs: Float32Array.from(keep.flatMap((i) => [...b.probs.subarray(i * 4, i * 4 + 4)])),
        trainedOnSpeakers: keep.map((i) => b.trainedOnSpeakers[i]),
    }));
    const ens = await new StackingEnsemble().fit(subset, keep.map((i) => train.clips[i]), { C: 1, gamma: 0.125 });
    try {
        assert.deepEqual(ens.svm.classes, ['angry', 'neutral', 'sad']);
        const p = ens.predictProba(heldBase);
        assert.equal(p.length, held.clips.length * 4);
        for (let i = 0; i < held.clips.length; i++) {
            assert.equal(p[i * 4 + 1], 0);
            assert.ok(Math.abs(p[i * 4] + p[i * 4 + 2] + p[i * 4 + 3] - 1) < 1e-5);
        }
        // Neutral and sad rows land in their own columns (2 and 3), not shifted into happy's.
        const sadRows = held.y.flatMap((k, i) => (k === 3 ? [i] : []));
        assert.ok(sadRows.filter((i) => argmaxRows(p.subarray(i * 4, i * 4 + 4), 4)[0] === 3).length > 0.8 * sadRows.length);
    }
    finally {
        ens.dispose();
    }
});
test('log-probability inputs change the SVM, survive save → load, and an unknown input kind is refused', async () => {
    const opts = { seed: 3, C: 1, gamma: 0.125 };
    const logIn = await new StackingEnsemble({ ...opts, baseInput: 'log-probabilities' }).fit(trainBase, train.clips);
    const plain = await new StackingEnsemble(opts).fit(trainBase, train.clips);
    const { dir, cleanup } = tempDir('voe-stacking-log-');
    try {
        const p = logIn.predictProba(heldBase);
        assert.notDeepEqual([...p], [...plain.predictProba(heldBase)], 'the transform reaches the SVM');
        assert.ok(ua(held.y, p) >= 0.8, `UA ${ua(held.y, p)}`);
        await logIn.save(dir);
        assert.equal(JSON.parse(readFileSync(join(dir, 'voe-stacking.json'), 'utf8')).baseInput, 'log-probabilities');
        const back = await StackingEnsemble.load(dir);
        try {
            assert.equal(back.baseInput, 'log-probabilities');
            assert.deepEqual([...back.predictProba(heldBase)], [...p]);
        }
        finally {
            back.dispose();
        }
    }
    finally {
        logIn.dispose();
        plain.dispose();
        cleanup();
    }
    assert.throws(() => new StackingEnsemble({ baseInput: 'logits' }), invalid(/baseInput must be/));
});
//# sourceMappingURL=stacking.test.js.map