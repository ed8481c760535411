import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { balancedWeights, liveLibsvmModels, loadSvmRuntime, SvmClassifier } from '../../src/ensemble/svm.js';
import { VoeError } from '../../src/errors.js';
import { Rng } from '../../src/util/random.js';
import { tempDir } from '../helpers/wav-writer.js';
/**
 * Gaussian blobs: class c (in `order`) is centred at `separation` on axis c. Rows cycle through `order`, so the
 * first row is of class order[0]; speakers take rows in turn.
 */
function blobs(nRows, order, dims, speakers, separation, seed) {
    const rng = new Rng(seed);
    const out = { X: [], labels: [], groups: [] };
    for (let i = 0; i < nRows; i++) {
        const c = i % order.length;
        const row = Float32Array.from({ length: dims }, (_, j) => (j === c ? separation : 0) + rng.normal());
        out.X.push(row);
        out.labels.push(order[c]);
        out.groups.push(`spk:${Math.floor(i / order.length) % speakers}`);
    }
    return out;
}
function rowSums(p, k) {
    return Array.from({ length: p.length / k }, (_, i) => p.subarray(i * k, (i + 1) * k).reduce((a, b) => a + b, 0));
}
function isVoe(code, message) {
    return (e) => {
        assert.ok(e instanceof VoeError, `expected a VoeError, got ${String(e)}`);
        assert.equal(e.code, code);
        assert.match(e.message, message);
        return true;
    };
}
test('loading LIBSVM leaves no process-wide unhandledRejection handler behind', async () => {
    const before = process.listeners('unhandledRejection').length;
    await loadSvmRuntime();
    assert.equal(process.listeners('unhandledRejection').length, before);
});
test('learns separable classes; probability columns follow the sorted classes, not LIBSVM’s first-appearance order', async () => {
    // The first training row is "sad", the last class in sorted order, so LIBSVM's own label order is not sorted.
    const order = ['sad', 'angry', 'happy'];
    const train = blobs(90, order, 4, 6, 4, 1);
    const held = blobs(60, order, 4, 6, 4, 2);
    const svm = await new SvmClassifier().fit(train.X, train.labels, { C: 1, gamma: 0.25 });
    try {
        assert.deepEqual(svm.classes, ['angry', 'happy', 'sad']);
        assert.deepEqual(svm.toManifest().libsvm.labels, [2, 0, 1], 'LIBSVM orders labels by first appearance');
        const p = svm.predictProba(held.X);
        assert.equal(p.length, 60 * 3);
        for (const s of rowSums(p, 3))
            assert.ok(Math.abs(s - 1) < 1e-5, `row sums to ${s}`);
        assert.ok(p.every((v) => v >= 0 && v <= 1));
        // Each class's own column carries its probability mass: a permuted mapping would put it elsewhere.
        for (const [k, name] of svm.classes.entries()) {
            const rows = held.labels.flatMap((l, i) => (l === name ? [i] : []));
            const mean = rows.reduce((s, i) => s + p[i * 3 + k], 0) / rows.length;
            assert.ok(mean > 0.8, `mean P(${name}) on ${name} rows is ${mean.toFixed(3)}`);
        }
        const predicted = svm.predict(held.X);
        const accuracy = predicted.filter((l, i) => l === held.labels[i]).length / held.labels.length;
        assert.ok(accuracy >= 0.95, `held-out accuracy ${accuracy}`);
    }
    finally {
        svm.dispose();
    }
});
test('save → load gives bit-identical probabilities and keeps the parameters and search table', async () => {
    const order = ['happy', 'angry', 'sad'];
    const train = blobs(72, order, 3, 6, 2, 3);
    const held = blobs(30, order, 3, 6, 2, 4);
    const svm = await new SvmClassifier({ seed: 7 }).fit(train.X, train.labels, { groups: train.groups, nSplits: 3, grid: { C: [1, 10], gamma: [0.1, 1] } });
    const { dir, cleanup } = tempDir('voe-svm-');
    try {
        svm.notes = { fold: 2 };
        await svm.save(dir);
        const manifest = JSON.parse(readFileSync(join(dir, 'voe-svm.json'), 'utf8'));
        assert.equal(manifest.kind, 'voe-svm-classifier');
        assert.deepEqual(manifest.classes, ['angry', 'happy', 'sad']);
        assert.equal(manifest.params.seed, 7);
        assert.equal(manifest.search?.table.length, 4);
        assert.match(manifest.libsvm.model, /^svm_type c_svc\nkernel_type rbf\n/);
        const back = await SvmClassifier.load(dir);
        try {
            assert.deepEqual([...back.predictProba(held.X)], [...svm.predictProba(held.X)]);
            assert.deepEqual(back.predict(held.X), svm.predict(held.X));
            assert.deepEqual(back.params, svm.params);
            assert.deepEqual(back.search, svm.search);
            assert.deepEqual(back.notes, { fold: 2 });
        }
        finally {
            back.dispose();
        }
        const live = liveLibsvmModels();
        writeFileSync(join(dir, 'voe-svm.json'), JSON.stringify({ ...manifest, libsvm: { ...manifest.libsvm, model: manifest.libsvm.model.slice(0, 60) } }));
        await assert.rejects(SvmClassifier.load(dir), isVoe('INVALID_ARGUMENT', /voe-svm\.json: libsvm\.model could not be parsed by LIBSVM .*fscanf failed/));
        writeFileSync(join(dir, 'voe-svm.json'), JSON.stringify({ ...manifest, kind: 'voe-neural-classifier' }));
        await assert.rejects(SvmClassifier.load(dir), isVoe('INVALID_ARGUMENT', /describes a "voe-neural-classifier", not an SVM classifier/));
        assert.equal(liveLibsvmModels(), live);
    }
    finally {
        svm.dispose();
        cleanup();
    }
    await assert.rejects(SvmClassifier.load(join(dir, 'nothing-here')), isVoe('FILE_NOT_FOUND', /voe-svm\.json/));
});
test('the grid search scores every C × gamma on folds of whole speakers and picks the best, smaller C and gamma on ties', async () => {
    const order = ['angry', 'happy', 'sad'];
    const data = blobs(108, order, 4, 6, 1.5, 5);
    const live = liveLibsvmModels();
    const svm = await new SvmClassifier().fit(data.X, data.labels, { groups: data.groups, nSplits: 3 });
    try {
        // Only the final model stays allocated; the 36 search models were freed.
        assert.equal(liveLibsvmModels(), live + 1);
        const search = svm.search;
        assert.equal(search.nSplits, 3);
        assert.deepEqual(search.folds, [['spk:0', 'spk:1'], ['spk:2', 'spk:3'], ['spk:4', 'spk:5']]);
        const grid = search.table.map((p) => [p.C, p.gamma]);
        assert.deepEqual(grid, [0.1, 1, 10, 100].flatMap((C) => [0.1, 1, 10].map((s) => [C, s / 4])));
        for (const p of search.table) {
            assert.equal(p.foldUa.length, 3);
            assert.ok(p.foldUa.every((u) => u >= 0 && u <= 1));
            assert.ok(Math.abs(p.meanUa - p.foldUa.reduce((a, b) => a + b, 0) / 3) < 1e-12);
        }
        const top = Math.max(...search.table.map((p) => p.meanUa));
        const first = search.table.find((p) => p.meanUa === top);
        assert.deepEqual(search.best, { C: first.C, gamma: first.gamma, meanUa: top });
        assert.equal(svm.params.C, first.C);
        assert.equal(svm.params.gamma, first.gamma);
        // The scores are not all alike, so the choice above was a real one.
        assert.ok(top - Math.min(...search.table.map((p) => p.meanUa)) > 0.1);
    }
    finally {
        svm.dispose();
    }
});
test('ties in the grid search go to the smaller C, then the smaller gamma, whatever order the grid was given in', async () => {
    const data = blobs(48, ['angry', 'happy', 'sad'], 3, 4, 8, 6);
    const svm = await new SvmClassifier().fit(data.X, data.labels, { groups: data.groups, nSplits: 2, grid: { C: [10, 1], gamma: [0.5, 0.1] } });
    try {
        const search = svm.search;
        assert.deepEqual(search.table.map((p) => [p.C, p.gamma]), [[1, 0.1], [1, 0.5], [10, 0.1], [10, 0.5]]);
        assert.ok(search.table.every((p) => p.meanUa === 1), 'well-separated blobs: every point scores UA 1');
        assert.deepEqual(search.best, { C: 1, gamma: 0.1, meanUa: 1 });
    }
    finally {
        svm.dispose();
    }
});
test('grid-search scores come from held-out speakers: a speaker-identity shortcut scores near chance', async () => {
    // Each speaker has one emotion and a voice (a random offset); nothing else tells the emotions apart. A search on
    // rows of speakers it also trained on would find near-perfect scores by recognising the voice.
    const rng = new Rng(11);
    const X = [];
    const labels = [];
    const groups = [];
    for (let s = 0; s < 9; s++) {
        const voice = Float32Array.from({ length: 5 }, () => 3 * rng.normal());
        for (let r = 0; r < 12; r++) {
            X.push(voice.map((v) => v + 0.3 * rng.normal()));
            labels.push(['angry', 'happy', 'sad'][s % 3]);
            groups.push(`spk:${s}`);
        }
    }
    const svm = await new SvmClassifier().fit(X, labels, { groups, nSplits: 3, grid: { C: [1, 100], gamma: [0.2, 2] } });
    try {
        for (const p of svm.search.table)
            assert.ok(p.meanUa < 0.7, `C ${p.C}, gamma ${p.gamma}: UA ${p.meanUa.toFixed(3)}`);
    }
    finally {
        svm.dispose();
    }
});
test('a class missing from an inner training fold still gets its column (0); a one-class fold predicts that class', async () => {
    // "sad" is spoken by spk:0 only: the fold holding spk:0 out trains on "angry" alone.
    const X = [];
    const labels = [];
    const groups = [];
    const rng = new Rng(2);
    for (let s = 0; s < 3; s++) {
        for (let r = 0; r < 10; r++) {
            const sad = s === 0 && r % 2 === 0;
            X.push(Float32Array.from([sad ? 3 : 0, 0].map((v) => v + 0.5 * rng.normal())));
            labels.push(sad ? 'sad' : 'angry');
            groups.push(`spk:${s}`);
        }
    }
    const svm = await new SvmClassifier().fit(X, labels, { groups, nSplits: 3, grid: { C: [1], gamma: [0.5, 1] } });
    try {
        for (const p of svm.search.table) {
            // Fold 1 holds spk:0 out: every clip predicted "angry", recall 1 for angry and 0 for sad.
            assert.equal(p.foldUa[0], 0.5);
            assert.ok(p.foldUa.every(Number.isFinite));
        }
    }
    finally {
        svm.dispose();
    }
});
test('identical fits give identical models whatever ran before; the seed changes LIBSVM’s Platt cross-validation', async () => {
    const order = ['sad', 'happy', 'angry'];
    const data = blobs(60, order, 3, 4, 1, 8);
    const fit = async (seed) => {
        const svm = await new SvmClassifier({ seed }).fit(data.X, data.labels, { C: 1, gamma: 0.3 });
        const out = { text: svm.toManifest().libsvm.model, p: [...svm.predictProba(data.X)] };
        svm.dispose();
        return out;
    };
    const a = await fit(3);
    // An unrelated probability fit in between draws from LIBSVM's rand(), which used to change the next model.
    (await new SvmClassifier().fit(data.X.slice(0, 30), data.labels.slice(0, 30), { grid: false })).dispose();
    const b = await fit(3);
    assert.equal(b.text, a.text);
    assert.deepEqual(b.p, a.p);
    const c = await fit(4);
    const platt = (text) => text.split('\n').filter((l) => /^prob[AB] /.test(l));
    assert.notDeepEqual(platt(c.text), platt(a.text));
});
test('bad input is refused with a typed error that says what is wrong', async () => {
    const data = blobs(24, ['angry', 'sad'], 2, 4, 2, 9);
    const svm = new SvmClassifier();
    const withNaN = data.X.map((r) => r.slice());
    withNaN[5][1] = NaN;
    await assert.rejects(svm.fit(withNaN, data.labels, { grid: false }), isVoe('INVALID_ARGUMENT', /X\[5\]\[1\] is NaN/));
    const withInf = data.X.map((r) => [...r]);
    withInf[2][0] = Infinity;
    await assert.rejects(svm.fit(withInf, data.labels, { grid: false }), isVoe('INVALID_ARGUMENT', /X\[2\]\[0\] is Infinity/));
    await assert.rejects(svm.fit(data.X, data.labels.slice(1), { grid: false }), isVoe('INVALID_ARGUMENT', /24 rows but labels has 23/));
    const ragged = [...data.X.slice(0, 3), new Float32Array(3), ...data.X.slice(4)];
    await assert.rejects(svm.fit(ragged, data.labels, { grid: false }), isVoe('INVALID_ARGUMENT', /X\[3\] has 3 features, expected 2/));
    await assert.rejects(svm.fit(data.X, data.labels.map(() => 'sad'), { grid: false }), isVoe('NO_UTTERANCES', /at least two classes/));
    await assert.rejects(svm.fit([], [], { grid: false }), isVoe('NO_UTTERANCES', /no rows/));
    await assert.rejects(svm.fit(data.X, data.labels), isVoe('INVALID_ARGUMENT', /grid search needs options\.groups/));
    await assert.rejects(svm.fit(data.X, data.labels, { groups: data.groups.slice(2) }), isVoe('INVALID_ARGUMENT', /groups has 22/));
    await assert.rejects(svm.fit(data.X, data.labels, { groups: data.groups.map(() => 'spk:0') }), isVoe('INVALID_ARGUMENT', /at least 2 speakers/));
    await assert.rejects(svm.fit(data.X, data.labels, { C: 1, grid: { C: [1, 10] } }), isVoe('INVALID_ARGUMENT', /both fixed .* and searched/));
    await assert.rejects(svm.fit(data.X, data.labels, { C: -1, gamma: 1 }), isVoe('INVALID_ARGUMENT', /C must be finite and > 0/));
    assert.throws(() => svm.predictProba(data.X), /not fitted/);
    await svm.fit(data.X, data.labels, { C: 1, gamma: 0.5 });
    try {
        assert.throws(() => svm.predictProba([new Float32Array(3)]), isVoe('INVALID_ARGUMENT', /X\[0\] has 3 features, expected 2 \(as the fitted model\)/));
        assert.equal(svm.predictProba([]).length, 0);
    }
    finally {
        svm.dispose();
    }
});
test('more data than libsvm-js can hold is refused with a clear error, before LIBSVM is called', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => new Float32Array(200).fill(i % 2));
    const labels = rows.map((_, i) => (i % 2 ? 'a' : 'b'));
    await assert.rejects(new SvmClassifier().fit(rows, labels, { C: 1, gamma: 0.01 }), /fixed 16 MiB heap/);
});
test('balanced class weights lift the recall of a rare class that unweighted training gives away', async () => {
    const rng = new Rng(5);
    const X = [];
    const labels = [];
    // 200 rows of "common" around (0, 0) and 20 of "rare" around (1, 0): they overlap, so the margin decides.
    for (let i = 0; i < 220; i++) {
        const rare = i % 11 === 0;
        X.push(Float32Array.from([(rare ? 1 : 0) + rng.normal() * 0.7, rng.normal() * 0.7]));
        labels.push(rare ? 'rare' : 'common');
    }
    const recallOfRare = async (classWeight) => {
        const svm = await new SvmClassifier({ grid: false, C: 1, gamma: 0.5, classWeight }).fit(X, labels);
        const predicted = svm.predict(X);
        svm.dispose();
        return predicted.filter((p, i) => labels[i] === 'rare' && p === 'rare').length / 20;
    };
    const plain = await recallOfRare('none');
    const balanced = await recallOfRare('balanced');
    assert.ok(balanced >= plain + 0.3, `rare-class recall: ${plain} unweighted, ${balanced} balanced`);
    assert.deepEqual(balancedWeights([0, 0, 0, 1]), { 0: 4 / 6, 1: 2 });
    await assert.rejects(new SvmClassifier({ grid: false, classWeight: 'heavy' }).fit(X, labels), /classWeight must be 'balanced' or 'none'/);
});
//# sourceMappingURL=svm.test.js.map