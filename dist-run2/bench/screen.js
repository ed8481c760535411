/**
 * Model screening: speaker-independent UA of one training config on some outer folds of the shared RAVDESS speech
 * folder (6 folds of 4 actors; fold k holds actors 4k−3 … 4k), through the same training jobs as `voe compare`.
 * How the shipped defaults were chosen (see the README's "Choosing the models"). Prints one JSON object.
 *
 *   node dist/bench/screen.js --name cnn-lr2e-3 --folds 3,5 --config '{"architecture":"cnn","learningRate":0.002}'
 *
 * Finished trainings are kept under the system temp folder by name, so a rerun with the same name is instant.
 * `--average-with <name>` also scores the fold-by-fold mean of this screen's probabilities and an earlier one's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { featureConfig } from '../src/config.js';
import { scanCorpus } from '../src/corpus/index.js';
import { extractCorpus } from '../src/features/batch.js';
import { speakerFolds } from '../src/scoring/folds.js';
import { runJobs } from '../src/evaluation/jobs.js';
import { argmaxRows, classificationMetrics, meanStd } from '../src/scoring/metrics.js';
import { foldJobs } from '../src/evaluation/protocol.js';
import { trainConfig, trainingPerturbations } from '../src/models/config.js';
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')));
const dataDir = process.env.VOE_BENCH_DATA ?? resolve(repo, '..', 'shared', 'data', 'ravdess-speech-16k');
const { values } = parseArgs({
    options: {
        name: { type: 'string', default: 'screen' },
        folds: { type: 'string', default: '1,2,3,4,5,6' },
        config: { type: 'string', default: '{}' },
        seed: { type: 'string', default: '1' },
        /** Also score, fold by fold, the mean of this run's probabilities and an earlier screen's (by name). */
        'average-with': { type: 'string' },
    },
});
if (!existsSync(dataDir)) {
    console.log(JSON.stringify({ benchmark: 'screen', skipped: `data folder not found: ${dataDir} (set VOE_BENCH_DATA)` }));
}
else {
    const overrides = JSON.parse(values.config);
    const cfg = trainConfig(overrides);
    const folds = values.folds.split(',').map(Number);
    const scan = await scanCorpus(dataDir);
    const clips = scan.utterances.map((u) => ({ path: u.path, speaker: u.speaker, emotion: u.emotion }));
    const cacheRoot = join(tmpdir(), 'voe-bench-cache');
    await extractCorpus(clips.map((c) => c.path), { config: featureConfig(), cacheRoot });
    for (const perturbation of trainingPerturbations(cfg.augment))
        await extractCorpus(clips.map((c) => c.path), { config: featureConfig(), cacheRoot, perturbation });
    const jobs = foldJobs(scan.utterances, speakerFolds(scan.utterances, 6), cfg, Number(values.seed)).filter((_, k) => folds.includes(k + 1));
    const started = performance.now();
    const { results } = await runJobs(jobs, {
        clips,
        featureConfig: featureConfig(),
        cacheRoot,
        dir: join(tmpdir(), 'voe-screen', values.name),
        onProgress: (p) => p.kind === 'done' && console.error(`${p.id} done (${p.jobsDone}/${p.jobsTotal})`),
    });
    const perFold = jobs.map((j) => {
        const r = results.get(j.id);
        const k = r.classes.length;
        const m = classificationMetrics(r.predictClips.map((i) => r.classes.indexOf(clips[i].emotion)), argmaxRows(r.probs, k), k);
        return { fold: Number(j.id.split('-').pop()), ua: +m.ua.toFixed(4), wa: +m.wa.toFixed(4), bestEpoch: r.bestEpoch, epochs: r.history.length, seconds: +r.seconds.toFixed(1) };
    });
    const ua = meanStd(perFold.map((f) => f.ua));
    const averaged = values['average-with'] ? averageWith(values['average-with']) : undefined;
    console.log(JSON.stringify({ benchmark: 'screen', name: values.name, overrides, seed: Number(values.seed), folds: perFold, ua: { mean: +ua.mean.toFixed(4), std: +ua.std.toFixed(4) }, ...(averaged ? { averagedWith: averaged } : {}), wallSeconds: +((performance.now() - started) / 1000).toFixed(1) }, null, 2));
    /** UA per fold of the two screens' mean probabilities: what their plain average would score as an ensemble. */
    function averageWith(other) {
        const perFoldUa = jobs.map((j) => {
            const dir = join(tmpdir(), 'voe-screen', other);
            const fold = j.id.split('-').pop();
            const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`-fold-${fold}.json`)) : undefined;
            const path = join(dir, file ?? `fold-${fold}.json`);
            if (!file)
                throw new Error(`--average-with ${other}: no ${j.id} in ${join(tmpdir(), 'voe-screen', other)} (run that screen on the same folds first)`);
            const theirs = JSON.parse(readFileSync(path, 'utf8'));
            const mine = results.get(j.id);
            if (theirs.classes.join() !== mine.classes.join() || theirs.predictClips.join() !== mine.predictClips.join()) {
                throw new Error(`--average-with ${other}: ${j.id} predicted other clips or classes`);
            }
            const k = mine.classes.length;
            const mean = Float32Array.from(mine.probs, (p, i) => (p + theirs.probs[i]) / 2);
            return classificationMetrics(mine.predictClips.map((i) => mine.classes.indexOf(clips[i].emotion)), argmaxRows(mean, k), k).ua;
        });
        const m = meanStd(perFoldUa);
        return { name: other, ua: { mean: +m.mean.toFixed(4), std: +m.std.toFixed(4), perFold: perFoldUa.map((u) => +u.toFixed(4)) } };
    }
}
//# sourceMappingURL=screen.js.map