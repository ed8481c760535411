/**
 * A small synthetic `ExperimentResults`, built the way the experiment runner builds real ones: seeded per-clip
 * predictions → per-fold confusion matrices → metrics → paired comparisons. Nothing here is a measured result; it
 * exists so the report can be rendered and its conclusions checked against numbers we control.
 */
import { confusionMatrix, meanStd, metricsFromConfusion } from '../../src/scoring/metrics.js';
import { compareModels } from '../../src/scoring/significance.js';
import { Rng } from '../../src/util/random.js';
export const FIXTURE_MODELS = [
    { name: 'cnn', accuracy: 0.66, description: 'CNN on log-mel spectrograms', role: 'base', curves: true },
    { name: 'rnn', accuracy: 0.5, description: 'BiGRU on MFCC sequences', role: 'base', curves: true },
    { name: 'ensemble', accuracy: 0.68, description: 'SVM stacked on CNN and RNN probabilities', role: 'ensemble' },
];
const EMOTIONS = ['neutral', 'happy', 'sad', 'angry', 'fearful'];
/** How much easier (> 1) or harder (< 1) each emotion is than average. */
const EASE = { neutral: 1.1, happy: 0.85, sad: 0.55, angry: 1.3, fearful: 0.95 };
/** The emotion a wrong prediction most often lands on. */
const CONFUSED_WITH = { neutral: 'sad', happy: 'angry', sad: 'neutral', angry: 'happy', fearful: 'sad' };
export function resultsFixture(options = {}) {
    const specs = options.models ?? FIXTURE_MODELS;
    const nFolds = options.folds ?? 6;
    const perFold = options.speakersPerFold ?? 2;
    const clipsPer = options.clips ?? 8;
    const rng = new Rng(options.seed ?? 7);
    const classes = options.emptyClass ? [...EMOTIONS, 'surprised'] : [...EMOTIONS];
    const k = classes.length;
    // Clips: fold → speakers → emotions (the empty class gets none).
    const clipFold = [];
    const clipSpeaker = [];
    const yTrue = [];
    const speakerEase = new Map();
    for (let f = 0; f < nFolds; f++) {
        for (let s = 0; s < perFold; s++) {
            const speaker = `ravdess:${String(f * perFold + s + 1).padStart(2, '0')}`;
            speakerEase.set(speaker, 1 + 0.12 * rng.normal());
            EMOTIONS.forEach((e) => {
                for (let c = 0; c < clipsPer; c++) {
                    clipFold.push(f);
                    clipSpeaker.push(speaker);
                    yTrue.push(classes.indexOf(e));
                }
            });
        }
    }
    const n = yTrue.length;
    // A per-clip difficulty shared by all models half of the time, so their errors correlate as real models' do.
    const shared = Array.from({ length: n }, () => rng.next());
    const predictions = specs.map((m) => {
        const yPred = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const emotion = classes[yTrue[i]];
            const p = Math.min(0.97, Math.max(0.03, m.accuracy * EASE[emotion] * (speakerEase.get(clipSpeaker[i]) ?? 1)));
            const u = rng.next() < 0.5 ? shared[i] : rng.next();
            if (u < p) {
                yPred[i] = yTrue[i];
            }
            else if (rng.next() < 0.6) {
                yPred[i] = classes.indexOf(CONFUSED_WITH[emotion]);
            }
            else {
                let j = rng.int(k - 1);
                if (j >= yTrue[i])
                    j++;
                yPred[i] = j;
            }
        }
        return yPred;
    });
    const testSpeakers = (f) => (options.leaky ? [] : [...new Set(clipSpeaker.filter((_, i) => clipFold[i] === f))]);
    const models = {};
    specs.forEach((m, idx) => {
        const folds = [];
        for (let f = 0; f < nFolds; f++) {
            const t = [];
            const p = [];
            for (let i = 0; i < n; i++) {
                if (clipFold[i] === f) {
                    t.push(yTrue[i]);
                    p.push(predictions[idx][i]);
                }
            }
            const metrics = metricsFromConfusion(confusionMatrix(t, p, k));
            folds.push({ ...metrics, fold: f, testSpeakers: testSpeakers(f) });
        }
        models[m.name] = {
            name: m.name,
            description: m.description ?? `synthetic model ${m.name}`,
            ...(m.role ? { role: m.role } : {}),
            folds,
            wa: meanStd(folds.map((x) => x.wa)),
            ua: meanStd(folds.map((x) => x.ua)),
            macroF1: meanStd(folds.map((x) => x.macroF1)),
            pooled: metricsFromConfusion(confusionMatrix(yTrue, predictions[idx], k)),
        };
    });
    const comparisons = [];
    for (let a = 0; a < specs.length; a++) {
        for (let b = a + 1; b < specs.length; b++) {
            const correct = (idx) => Array.from(predictions[idx], (p, i) => p === yTrue[i]);
            comparisons.push(compareModels({ name: specs[a].name, correct: correct(a), foldUa: models[specs[a].name].ua.values }, { name: specs[b].name, correct: correct(b), foldUa: models[specs[b].name].ua.values }));
        }
    }
    const curves = [];
    if (!options.noCurves) {
        for (const m of specs.filter((s) => s.curves)) {
            for (let f = 0; f < nFolds; f++) {
                const epochs = 14 + rng.int(10);
                const points = [];
                let best = 1;
                let bestUa = -1;
                for (let e = 1; e <= epochs; e++) {
                    const loss = 0.55 + 1.1 * Math.exp(-e / 5) + 0.03 * rng.normal();
                    const valUa = Math.max(0, m.accuracy * (1 - Math.exp(-e / 4)) + 0.025 * rng.normal());
                    if (valUa > bestUa) {
                        bestUa = valUa;
                        best = e;
                    }
                    points.push({ epoch: e, loss, valUa });
                }
                curves.push({ model: m.name, run: `outer ${f + 1}`, points, bestEpoch: best });
            }
        }
    }
    const emotions = {};
    for (const t of yTrue)
        emotions[classes[t]] = (emotions[classes[t]] ?? 0) + 1;
    return {
        kind: 'voe-experiment-results',
        version: 1,
        corpus: { name: 'ravdess', root: 'data/ravdess', utterances: n, speakers: nFolds * perFold, emotions, skipped: 0 },
        protocol: options.leaky
            ? { name: 'random-leaky', label: `speaker-dependent (leaky) random split, ${nFolds} folds`, leaky: true, folds: Array.from({ length: nFolds }, (_, f) => ({ index: f, testSpeakers: [] })) }
            : {
                name: 'speaker-folds',
                label: `speaker-independent, ${nFolds} folds of whole speakers`,
                leaky: false,
                folds: Array.from({ length: nFolds }, (_, f) => ({ index: f, testSpeakers: testSpeakers(f) })),
            },
        classes,
        seed: options.seed ?? 7,
        models,
        comparisons,
        curves,
        method: [
            'Synthetic fixture: predictions drawn from a seeded generator, not from any trained model.',
            'Metrics per fold from confusion matrices; mean ± sample std over folds.',
        ],
        machine: { cores: 2, cpu: 'synthetic CPU', node: 'v20.0.0', backend: 'none' },
        wallSeconds: 3725.4,
        startedAt: '2025-01-01T00:00:00.000Z',
        config: { fixture: true },
    };
}
//# sourceMappingURL=results-fixture.js.map