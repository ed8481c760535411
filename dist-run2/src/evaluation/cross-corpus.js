/**
 * A trained model scored on another labelled corpus (`voe evaluate`): the number users of SER tools ask for first,
 * since a model that scores 66 % on unseen RAVDESS actors meets other rooms, microphones and actors in use.
 *
 * The corpus's labels are first mapped to the model's (`map`: corpus label → model label, or 'none' to leave a
 * class out). Clips whose class the model knows are scored: WA, UA and macro-F1 over those shared classes, with the
 * confusion against every class the model can say (a prediction outside the shared classes is simply wrong). Clips
 * of classes the model lacks are not scored; their predictions are reported as a distribution.
 */
import { resolve } from 'node:path';
import { scanCorpus } from '../corpus/index.js';
import { describeError, VoeError } from '../errors.js';
import { classificationMetrics } from '../scoring/metrics.js';
/** Parses `--map a=b,c=none` into a mapping; refuses malformed pairs. */
export function parseClassMap(text) {
    const map = {};
    for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
        const m = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(pair);
        if (!m)
            throw new VoeError('INVALID_ARGUMENT', `--map takes corpus=model pairs separated by commas (e.g. boredom=none,calm=neutral), got "${pair}"`);
        if (m[1] in map)
            throw new VoeError('INVALID_ARGUMENT', `--map names "${m[1]}" twice`);
        map[m[1]] = m[2];
    }
    return map;
}
export async function evaluateOnCorpus(predictor, data, source, options = {}) {
    const map = options.map ?? {};
    const modelClasses = predictor.classes;
    for (const [from, to] of Object.entries(map)) {
        if (to !== 'none' && !modelClasses.includes(to)) {
            throw new VoeError('INVALID_ARGUMENT', `--map ${from}=${to}: the model has no class "${to}"; its classes: ${modelClasses.join(', ')} (or none)`);
        }
    }
    const scan = await scanCorpus(resolve(data), { corpus: options.corpus });
    if (scan.utterances.length === 0)
        throw new VoeError('NO_UTTERANCES', `no labelled clips: ${scan.skipped.length} files skipped, none parsed`, { path: scan.root });
    const mapped = (emotion) => map[emotion] ?? emotion;
    const shared = modelClasses.filter((c) => scan.utterances.some((u) => mapped(u.emotion) === c));
    const truth = [];
    const pred = [];
    const unscored = {};
    const warned = {};
    const failed = [];
    let done = 0;
    for (const u of scan.utterances) {
        let p;
        try {
            p = await predictor.predictFile(u.path);
        }
        catch (e) {
            // A bad file is reported and left out; anything else (the model, the machine) stops the run.
            if (!(e instanceof VoeError))
                throw e;
            failed.push({ path: u.path, reason: describeError(e) });
            options.onProgress?.(++done, scan.utterances.length);
            continue;
        }
        const label = mapped(u.emotion);
        if (p.warnings.length)
            warned[label] = (warned[label] ?? 0) + 1;
        if (shared.includes(label)) {
            truth.push(modelClasses.indexOf(label));
            pred.push(modelClasses.indexOf(p.emotion));
        }
        else {
            const row = (unscored[label === 'none' ? u.emotion : label] ??= {});
            row[p.emotion] = (row[p.emotion] ?? 0) + 1;
        }
        options.onProgress?.(++done, scan.utterances.length);
    }
    if (truth.length === 0) {
        throw new VoeError('NO_UTTERANCES', `no clip of the corpus has a class the model knows (${modelClasses.join(', ')}); map the corpus's labels with --map`, { path: scan.root });
    }
    const m = classificationMetrics(truth, pred, modelClasses.length);
    const sharedIdx = shared.map((c) => modelClasses.indexOf(c));
    const perClass = sharedIdx.map((i) => ({ emotion: modelClasses[i], recall: m.perClass[i].recall, precision: m.perClass[i].precision, f1: m.perClass[i].f1, support: m.perClass[i].support }));
    const appliedMap = {};
    for (const e of new Set(scan.utterances.map((u) => u.emotion)))
        appliedMap[e] = mapped(e);
    return {
        kind: 'voe-cross-corpus-results',
        version: 1,
        model: { ...predictor.summary(), source },
        corpus: { name: scan.corpus, root: scan.root, clips: scan.utterances.length, skipped: scan.skipped.length, failed },
        map: appliedMap,
        sharedClasses: shared,
        modelClasses,
        scored: {
            n: truth.length,
            wa: m.wa,
            // UA as sklearn's balanced accuracy: the mean recall over the classes present, here the shared ones.
            ua: m.ua,
            macroF1: perClass.reduce((s, c) => s + c.f1, 0) / perClass.length,
            chanceUa: 1 / shared.length,
            confusion: sharedIdx.map((i) => m.confusion[i]),
            perClass,
        },
        unscored,
        warned,
    };
}
//# sourceMappingURL=cross-corpus.js.map