/**
 * The second level of the experiment: from the pair jobs' predictions to the stacking ensemble and the baselines,
 * per outer fold, without leakage.
 *
 * For outer fold i, a training clip of group j ≠ i gets its base inputs from the pair model {i, j} alone: the one
 * network per architecture that saw neither group j (the clip's own speakers) nor group i (the test speakers).
 * `StackingEnsemble.fit` checks the speaker sets itself and refuses a leak. The CNN and RNN rows of the results
 * score test clips of group i by the mean of the k − 1 pair models {i, ·}; the SVM sees either that mean or (the
 * default, matching how it was trained) each pair model's probabilities in turn, its outputs averaged.
 */
import { FUNCTIONALS_BASE, placeInto, svmFunctionals } from '../ensemble/functionals-svm.js';
import { averageProbabilities, StackingEnsemble, SvmClassifier } from '../ensemble/index.js';
import { loadFeatures } from '../features/batch.js';
import { normaliseBySpeaker } from '../models/speaker-norm.js';
import { placeRows } from './prepared-corpus.js';
import { pairJobId } from './protocol.js';
/** Base inputs for `clips`, each row taken from one pair model (or averaged over several) of each architecture. */
function baseRows(corpus, results, architectures, clips, sourcesOf) {
    const k = corpus.classes.length;
    return architectures.map((arch) => {
        const full = new Float32Array(corpus.clips.length * k);
        const trainedOn = [];
        const byJob = new Map();
        for (const c of clips) {
            const speakers = new Set();
            const sources = sourcesOf(c);
            for (const [a, b] of sources) {
                const id = pairJobId(arch, a, b);
                byJob.set(id, [...(byJob.get(id) ?? []), c]);
                for (const s of results.get(id).trainedOnSpeakers)
                    speakers.add(s);
            }
            trainedOn.push([...speakers]);
        }
        for (const [id, members] of byJob) {
            placeRows(full, corpus.classes, results.get(id), new Map(members.map((c) => [c, 1 / sourcesOf(c).length])));
        }
        const probs = new Float32Array(clips.length * k);
        clips.forEach((c, r) => probs.set(full.subarray(c * k, (c + 1) * k), r * k));
        return { model: arch, classes: corpus.classes, probs, trainedOnSpeakers: trainedOn };
    });
}
export async function runStacking(cfg, split, corpus, results, base, log) {
    const n = corpus.clips.length;
    const k = corpus.classes.length;
    const folds = split.folds.length;
    const groupOf = new Int32Array(n);
    for (const f of split.folds)
        for (const i of f.test)
            groupOf[i] = f.index;
    const speakers = corpus.clips.map((c) => c.speaker);
    const labels = corpus.clips.map((c) => c.emotion);
    const predictions = [];
    const method = [];
    let fun = null;
    const needFunctionals = cfg.functionalsBaseline || cfg.stacking.inputs !== 'probs' || cfg.stacking.functionalsSvmBase;
    if (needFunctionals) {
        // Speaker by speaker: a speaker's normalisation needs all of that speaker's clips, and no one else's.
        const out = new Array(n);
        for (const speaker of new Set(speakers)) {
            const mine = speakers.flatMap((s, i) => (s === speaker ? [i] : []));
            const features = await Promise.all(mine.map((i) => loadFeatures(corpus.clips[i].path, cfg.features, cfg.cacheRoot)));
            normaliseBySpeaker(features, mine.map(() => speaker), cfg.speakerNorm, cfg.cnn.activeTopDb).forEach((fs, j) => (out[mine[j]] = svmFunctionals(fs)));
        }
        fun = out;
    }
    const search = (dims) => ({
        seed: cfg.seed,
        grid: { C: cfg.svm.C, gamma: cfg.svm.gammaScale.map((g) => g / dims) },
        nSplits: cfg.svm.innerFolds,
        classWeight: cfg.svm.classWeight ?? 'none',
    });
    const stackDims = (v) => v.bases.length * k + (v.extra && fun ? fun[0].length : 0);
    const pick = (rows, idx) => (rows ? idx.map((i) => rows[i]) : undefined);
    const nested = cfg.design === 'nested' && cfg.models.length > 0;
    const variants = [];
    // Every base model's pair predictions, looked up by pairJobId: the networks' jobs, and the functionals SVMs when stacked.
    const pairs = new Map(results);
    if (nested) {
        const networks = cfg.models;
        if (cfg.stacking.inputs !== 'probs+functionals') {
            variants.push({ name: 'ensemble', description: `SVM (RBF) stacked on the ${networks.join(' and ').toUpperCase()} out-of-fold class probabilities`, extra: false, bases: networks });
        }
        if (cfg.stacking.inputs !== 'probs') {
            variants.push({ name: 'ensemble+functionals', description: 'SVM (RBF) stacked on the out-of-fold probabilities and utterance-level functionals', extra: true, bases: networks });
        }
        if (cfg.stacking.functionalsSvmBase && fun) {
            variants.push({
                name: `ensemble+${FUNCTIONALS_BASE}`,
                description: `SVM (RBF) stacked on the ${networks.join(', ').toUpperCase()} and functionals-SVM out-of-fold class probabilities`,
                extra: false,
                bases: [...networks, FUNCTIONALS_BASE],
            });
            for (const [id, p] of await functionalsPairModels(split, corpus, fun, search(fun[0].length), log))
                pairs.set(id, p);
            method.push(`Third base model (ensemble+${FUNCTIONALS_BASE}): an RBF SVM on the utterance-level functionals, one per pair of outer folds trained on the other ${folds - 2} folds and tuned by the same inner search, gives out-of-fold probabilities exactly as the pair networks do.`);
        }
        const average = averageProbabilities(base.map((b) => ({ model: b.name, classes: corpus.classes, probs: b.probs, trainedOnSpeakers: [] })));
        predictions.push({ name: 'average', description: `mean of the ${cfg.models.join(' and ').toUpperCase()} probabilities (no training)`, probs: average });
        method.push(`Stacking: per outer fold an RBF SVM is fitted on the training speakers' out-of-fold base probabilities (each row from the one network per architecture that saw neither the clip's speakers nor the test speakers; checked by speaker sets before every fit). C and gamma by grid search with speaker-grouped inner cross-validation, scored by UA.`, cfg.stacking.testInputs === 'per-model'
            ? 'The SVM is trained on single-network probabilities and tested the same way: once on each inner network\'s probabilities for the test clips, its k − 1 outputs averaged. Its inputs are standardised on the training rows.'
            : 'The SVM is trained on single-network probabilities but tested on the mean of the inner networks (the rows the CNN and RNN are scored on), which are less extreme; its inputs are standardised on the training rows.');
    }
    for (const v of variants)
        predictions.push({ name: v.name, description: v.description, probs: new Float32Array(n * k) });
    let svmFun = null;
    if (cfg.functionalsBaseline && fun) {
        svmFun = { name: 'svm-functionals', description: `SVM (RBF) on ${fun[0].length} utterance-level functionals (mean and std of MFCC, f0, RMS, ZCR; voiced fraction)`, probs: new Float32Array(n * k) };
        predictions.push(svmFun);
        method.push('Classical baseline: an RBF SVM on utterance-level functionals, tuned by the same speaker-grouped inner cross-validation, on the same outer folds.');
    }
    for (const f of split.folds) {
        const i = f.index;
        const train = f.train;
        const test = f.test;
        log(`second level, outer fold ${i + 1}/${folds}: ${train.length} training rows`);
        if (nested) {
            const testSources = [...Array(folds).keys()].filter((j) => j !== i).map((j) => [i, j]);
            for (const v of variants) {
                const trainBase = baseRows(corpus, pairs, v.bases, train, (c) => [[i, groupOf[c]]]);
                // 'per-model': the SVM sees each inner network's probabilities, as in training, and its outputs are averaged;
                // 'mean': it sees the mean of the inner networks once.
                const testBases = cfg.stacking.testInputs === 'per-model'
                    ? testSources.map((pair) => baseRows(corpus, pairs, v.bases, test, () => [pair]))
                    : [baseRows(corpus, pairs, v.bases, test, () => testSources)];
                const ens = new StackingEnsemble({ ...search(stackDims(v)), baseInput: cfg.stacking.baseInput });
                await ens.fit(trainBase, train.map((c) => ({ speaker: speakers[c], label: labels[c] })), { extra: v.extra ? pick(fun, train) : undefined });
                logSearch(log, `outer fold ${i + 1} ${v.name}`, ens.search);
                const p = new Float32Array(test.length * ens.classes.length);
                for (const testBase of testBases) {
                    const q = ens.predictProba(testBase, { extra: v.extra ? pick(fun, test) : undefined });
                    for (let r = 0; r < p.length; r++)
                        p[r] += q[r] / testBases.length;
                }
                placeInto(predictions.find((x) => x.name === v.name).probs, p, test, ens.classes, corpus.classes);
            }
        }
        if (svmFun && fun) {
            const svm = new SvmClassifier(search(fun[0].length));
            await svm.fit(pick(fun, train), train.map((c) => labels[c]), { groups: train.map((c) => speakers[c]) });
            logSearch(log, `outer fold ${i + 1} svm-functionals`, svm.search);
            placeInto(svmFun.probs, svm.predictProba(pick(fun, test)), test, svm.classes, corpus.classes);
        }
    }
    return {
        predictions,
        method,
        async saveFinal(folder) {
            const all = [...Array(n).keys()];
            if (nested) {
                // Every clip's out-of-fold row from one network that never saw its group, pair {g, g + 1 mod k}: single-network
                // rows, as the cross-validated SVMs were fitted on and as the one final network per architecture will give.
                const sources = (c) => [[groupOf[c], (groupOf[c] + 1) % folds]];
                for (const v of variants) {
                    const allBase = baseRows(corpus, pairs, v.bases, all, sources);
                    const ens = new StackingEnsemble({ ...search(stackDims(v)), baseInput: cfg.stacking.baseInput });
                    await ens.fit(allBase, all.map((c) => ({ speaker: speakers[c], label: labels[c] })), { extra: v.extra ? fun ?? undefined : undefined });
                    await ens.save(folder.finalModelDir(v.name));
                }
            }
            if ((svmFun || variants.some((v) => v.bases.includes(FUNCTIONALS_BASE))) && fun) {
                const svm = new SvmClassifier(search(fun[0].length));
                await svm.fit(fun, labels, { groups: speakers });
                await svm.save(folder.finalModelDir(FUNCTIONALS_BASE));
            }
        },
    };
}
/**
 * The functionals SVM as a base model of the stack: for every pair of outer folds {a, b}, one SVM fitted on the other
 * folds (C and gamma by the same speaker-grouped search), predicting the clips of a and b, keyed by pairJobId as
 * the pair networks are.
 */
async function functionalsPairModels(split, corpus, fun, search, log) {
    const out = new Map();
    const folds = split.folds;
    for (let a = 0; a < folds.length; a++) {
        for (let b = a + 1; b < folds.length; b++) {
            const held = new Set([...folds[a].test, ...folds[b].test]);
            const train = [...Array(corpus.clips.length).keys()].filter((c) => !held.has(c));
            const predictClips = [...folds[a].test, ...folds[b].test];
            const svm = new SvmClassifier(search);
            await svm.fit(train.map((c) => fun[c]), train.map((c) => corpus.clips[c].emotion), { groups: train.map((c) => corpus.clips[c].speaker) });
            const id = pairJobId(FUNCTIONALS_BASE, a, b);
            logSearch(log, id, svm.search);
            out.set(id, {
                classes: svm.classes,
                predictClips,
                probs: [...svm.predictProba(predictClips.map((c) => fun[c]))],
                trainedOnSpeakers: [...new Set(train.map((c) => corpus.clips[c].speaker))],
            });
            svm.dispose();
        }
    }
    return out;
}
function logSearch(log, what, search) {
    if (!search)
        return;
    const { C, gamma, meanUa } = search.best;
    const table = search.table;
    const edge = [Math.min(...table.map((t) => t.C)), Math.max(...table.map((t) => t.C))].includes(C) ||
        [Math.min(...table.map((t) => t.gamma)), Math.max(...table.map((t) => t.gamma))].includes(gamma);
    log(`${what}: C ${C}, gamma ${gamma.toPrecision(3)} (inner UA ${(100 * meanUa).toFixed(1)} %)${edge ? ', at the edge of the grid' : ''}`);
}
//# sourceMappingURL=stacking-run.js.map