import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { experimentConfig, trainConfigFor } from '../../src/evaluation/experiment-config.js';
import { featureConfigHash } from '../../src/features/batch.js';
import { runExperiment } from '../../src/evaluation/experiment.js';
import { EmotionPredictor, predictableModels } from '../../src/predict/predictor.js';
import { VoeError } from '../../src/errors.js';
import type { JobResult } from '../../src/evaluation/jobs.js';
import type { ExperimentResults } from '../../src/scoring/results.js';
import { writeReport } from '../../src/evaluation/report.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/wav-writer.js';
import { TINY_CLIPS, TINY_DATA, tinySettings } from '../helpers/tiny-corpus.js';
import type { SpeakerNorm } from '../../src/models/speaker-norm.js';
import { createEmotionServer } from '../../src/serve/server.js';

const DATA = TINY_DATA;
const CLIPS = TINY_CLIPS;

function tinyExperiment(root: string, speakerNorm: SpeakerNorm = 'none') {
  const tiny = tinySettings(root);
  return experimentConfig({
    ...tiny,
    // The CNN trains with speed perturbation too, so the perturbed extraction and loading run end to end.
    cnn: { ...tiny.cnn, augment: { speeds: [1.1] } },
    stacking: { inputs: 'both', testInputs: 'per-model', baseInput: 'probabilities', functionalsSvmBase: false },
    speakerNorm,
  });
}

test('a tiny nested experiment writes every file, never stacks a prediction on its own speakers, and resumes', { skip: needShared(DATA), timeout: 300_000 }, async () => {
  const { dir, cleanup } = tempDir('voe-experiment-');
  try {
    const cfg = tinyExperiment(dir);
    // Interrupt after the first finished training: the run reports it, and the finished job is on disk.
    const controller = new AbortController();
    const first = await runExperiment(cfg, {
      signal: controller.signal,
      onJobs: (_phase, p) => {
        if (p.kind === 'done') controller.abort();
      },
    });
    assert.equal(first.interrupted, true);
    assert.equal(first.results, null);
    const finishedEarly = readdirSync(join(cfg.out, 'jobs')).filter((f) => f.endsWith('.json'));
    assert.ok(finishedEarly.length >= 1, 'the finished training was saved');
    const mtimes = new Map(finishedEarly.map((f) => [f, statSync(join(cfg.out, 'jobs', f)).mtimeMs]));

    const cached: string[] = [];
    const second = await runExperiment(cfg, { onJobs: (_phase, p) => p.kind === 'cached' && cached.push(p.id) });
    assert.equal(second.interrupted, false);
    for (const f of finishedEarly) {
      assert.ok(cached.includes(f.replace(/\.json$/, '')), `${f} was reused`);
      assert.equal(statSync(join(cfg.out, 'jobs', f)).mtimeMs, mtimes.get(f), `${f} was not recomputed`);
    }
    const results = second.results!;
    await writeReport(cfg.out, results);

    // The clips at speed 1.1 were extracted into their own cache folder, one entry per clip.
    assert.ok(existsSync(join(cfg.cacheRoot, 'features', featureConfigHash(cfg.features, { speed: 1.1 }))), 'speed-perturbed features cached');
    assert.deepEqual(cfg.cnn.augment.speeds, [1.1]);
    assert.match(results.method.join('\n'), /CNN training: .*each crop from the clip itself or, uniformly, its version at speed ×1\.1;/);
    for (const f of ['config.json', 'metrics.json', 'predictions.csv', 'report.md', 'report.html']) {
      assert.ok(existsSync(join(cfg.out, f)), `${f} written`);
    }
    for (const m of ['final-cnn', 'final-rnn', 'final-ensemble', 'final-ensemble+functionals', 'final-svm-functionals']) {
      assert.ok(existsSync(join(cfg.out, 'models', m)), `models/${m} saved`);
    }
    const metrics = JSON.parse(readFileSync(join(cfg.out, 'metrics.json'), 'utf8')) as ExperimentResults;
    assert.deepEqual(Object.keys(metrics.models), ['cnn', 'rnn', 'average', 'ensemble', 'ensemble+functionals', 'svm-functionals']);
    for (const m of Object.values(metrics.models)) {
      assert.equal(m.ua.values.length, 3);
      assert.ok(m.ua.mean >= 0 && m.ua.mean <= 1);
      assert.equal(m.pooled.n, CLIPS, `${m.name}: every clip tested once`);
    }
    assert.equal(metrics.comparisons.length, 15);
    const csv = readFileSync(join(cfg.out, 'predictions.csv'), 'utf8').trim().split('\n');
    assert.equal(csv.length, CLIPS + 1);
    assert.match(csv[0], /^path,speaker,fold,true,cnn:predicted,cnn:angry/);

    // The saved final models predict new audio: the ensemble through both networks, and one network alone.
    const clip = sharedPath(`${DATA}/Actor_07/03-01-05-02-01-01-07.wav`);
    const predictor = await EmotionPredictor.load(cfg.out, 'ensemble');
    const p = await predictor.predictFile(clip);
    assert.equal(predictor.name, 'ensemble');
    assert.ok(metrics.classes.includes(p.emotion));
    assert.ok(Math.abs(Object.values(p.probabilities).reduce((a, b) => a + b, 0) - 1) < 1e-4);
    assert.deepEqual(Object.keys(p.base!).sort(), ['cnn', 'rnn']);
    await assert.rejects(predictor.predictFile(join(dir, 'no-such.wav')), /cannot read/);
    predictor.dispose();
    const cnn = await EmotionPredictor.load(join(cfg.out, 'models', 'final-cnn'));
    assert.equal(cnn.name, 'cnn');
    assert.ok(metrics.classes.includes((await cnn.predictFile(clip)).emotion));
    cnn.dispose();

    // Every model the report scores predicts (each a distribution over the classes, with its cross-validated UA);
    // by default the one the report ranks first; a wrong name gets the list of valid ones.
    const names = predictableModels(cfg.out);
    assert.deepEqual([...names].sort(), Object.keys(metrics.models).sort());
    const outputs = new Map<string, Record<string, number>>();
    for (const name of names) {
      const m = await EmotionPredictor.load(cfg.out, name);
      assert.equal(m.name, name);
      const q = await m.predictFile(clip);
      assert.ok(metrics.classes.includes(q.emotion), name);
      assert.ok(Math.abs(Object.values(q.probabilities).reduce((a, b) => a + b, 0) - 1) < 1e-4, name);
      assert.equal(m.summary().crossValidated?.ua.mean, metrics.models[name].ua.mean, name);
      outputs.set(name, q.probabilities);
      m.dispose();
    }
    // 'average' is the mean of the final CNN's and RNN's probabilities.
    for (const c of metrics.classes) assert.ok(Math.abs(outputs.get('average')![c] - (outputs.get('cnn')![c] + outputs.get('rnn')![c]) / 2) < 1e-6);
    const best = Object.keys(metrics.models).reduce((a, b) => (metrics.models[b].ua.mean > metrics.models[a].ua.mean ? b : a));
    const byDefault = await EmotionPredictor.load(cfg.out);
    assert.equal(byDefault.name, best);
    byDefault.dispose();
    await assert.rejects(EmotionPredictor.load(cfg.out, 'svm'), (e: unknown) => e instanceof VoeError && e.code === 'INVALID_ARGUMENT' && e.message.includes(`choose one of: ${names.join(', ')}`));

    // The stacking inputs of outer fold i, clip of group j, come from pair model {i, j}: check its speaker set.
    const jobs = new Map(
      readdirSync(join(cfg.out, 'jobs')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(cfg.out, 'jobs', f), 'utf8')) as JobResult]),
    );
    const groups = metrics.protocol.folds.map((f) => f.testSpeakers);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if (i === j) continue;
        for (const arch of ['cnn', 'rnn']) {
          const job = jobs.get(`${arch}-pair-${Math.min(i, j) + 1}-${Math.max(i, j) + 1}`)!;
          for (const s of [...groups[i], ...groups[j]]) assert.ok(!job.trainedOnSpeakers.includes(s), `${job.id} trained on ${s}`);
        }
      }
    }

    // The SVM fed the mean of the inner networks instead of each in turn: same networks (all reused), same base
    // rows, different ensemble probabilities, and the method says which it was.
    const column = (rows: string[], name: string) => {
      const at = rows[0].split(',').indexOf(name);
      return rows.slice(1).map((r) => r.split(',')[at]);
    };
    const meanRun = await runExperiment({ ...cfg, stacking: { ...cfg.stacking, testInputs: 'mean' }, final: false });
    const csvMean = readFileSync(join(cfg.out, 'predictions.csv'), 'utf8').trim().split('\n');
    assert.deepEqual(column(csvMean, 'cnn:angry'), column(csv, 'cnn:angry'));
    assert.deepEqual(column(csvMean, 'rnn:angry'), column(csv, 'rnn:angry'));
    assert.notDeepEqual(column(csvMean, 'ensemble:angry'), column(csv, 'ensemble:angry'));
    assert.ok(meanRun.results!.method.some((l) => /tested on the mean of the inner networks/.test(l)));
    assert.ok(results.method.some((l) => /once on each inner network/.test(l)));
  } finally {
    cleanup();
  }
});

test('with speaker normalisation every model and the report say so, and prediction takes one speaker\'s clips together', { skip: needShared(DATA), timeout: 300_000 }, async () => {
  const { dir, cleanup } = tempDir('voe-experiment-spk-');
  try {
    const cfg = tinyExperiment(dir, 'zscore');
    cfg.stacking.inputs = 'probs';
    cfg.stacking.functionalsSvmBase = true;
    assert.equal(trainConfigFor(cfg, 'cnn').speakerNorm, 'zscore');
    assert.equal(trainConfigFor(cfg, 'rnn').speakerNorm, 'zscore');
    assert.equal(cfg.cnn.augment.gainDb, 0, 'z-scoring turns the dB gain augmentation off');
    assert.deepEqual(cfg.cnn.augment.speeds, [1.1], 'other augmentation is kept');
    const { results } = await runExperiment(cfg);
    assert.match(results!.protocol.label, /speaker-independent, 3 folds of whole speakers, with per-speaker zscore normalisation \(test speakers' unlabelled clips\)/);
    assert.ok(results!.method.some((l) => /^Speaker normalisation \('zscore'\)/.test(l)));
    assert.equal(results!.models['svm-functionals'].pooled.n, CLIPS);
    // The functionals SVM as a third base model: scored on every clip, its pair models described, its final saved.
    assert.deepEqual(Object.keys(results!.models), ['cnn', 'rnn', 'average', 'ensemble', 'ensemble+svm-functionals', 'svm-functionals']);
    assert.equal(results!.models['ensemble+svm-functionals'].pooled.n, CLIPS);
    assert.ok(results!.method.some((l) => /^Third base model \(ensemble\+svm-functionals\): an RBF SVM on the utterance-level functionals, one per pair of outer folds/.test(l)));
    for (const m of ['final-ensemble+svm-functionals', 'final-svm-functionals']) assert.ok(existsSync(join(cfg.out, 'models', m)), `models/${m} saved`);
    await writeReport(cfg.out, results!);
    assert.match(readFileSync(join(cfg.out, 'report.md'), 'utf8'), /\*\*Speaker normalisation:\*\* every clip was expressed relative to its own speaker's averages/);

    const clips = ['03-01-01-01-01-01-07', '03-01-05-02-01-01-07', '03-01-03-01-02-02-07'].map((c) => sharedPath(`${DATA}/Actor_07/${c}.wav`));
    const predictor = await EmotionPredictor.load(cfg.out);
    assert.equal(predictor.speakerNorm, 'zscore');
    await assert.rejects(predictor.predictFile(clips[0]), /several clips of one speaker/);
    assert.throws(() => createEmotionServer(predictor), /predicts one recording at a time/);
    const features = await Promise.all(clips.map((c) => predictor.featuresOfFile(c)));
    const together = predictor.predictSpeaker(features);
    assert.equal(together.length, 3);
    for (const p of together) assert.ok(results!.classes.includes(p.emotion));
    // The clips are normalised jointly: a clip's probabilities depend on which other clips of the speaker come along.
    const alone = predictor.predictSpeaker(features.slice(0, 2));
    assert.notDeepEqual(alone[0].probabilities, together[0].probabilities);
    predictor.dispose();

    // The three-base ensemble predicts through both networks and the functionals SVM.
    const three = await EmotionPredictor.load(cfg.out, 'ensemble+svm-functionals');
    const byThree = three.predictSpeaker(features);
    assert.deepEqual(Object.keys(byThree[0].base!).sort(), ['cnn', 'rnn', 'svm-functionals']);
    for (const p of byThree) {
      assert.ok(Math.abs(Object.values(p.probabilities).reduce((a, b) => a + b, 0) - 1) < 1e-4);
      assert.ok(Math.abs(Object.values(p.base!['svm-functionals']).reduce((a, b) => a + b, 0) - 1) < 1e-4);
    }
    three.dispose();
    // The functionals SVM alone, on the same speaker-normalised footing as in its training.
    const svmAlone = await EmotionPredictor.load(cfg.out, 'svm-functionals');
    assert.equal(svmAlone.speakerNorm, 'zscore');
    for (const p of svmAlone.predictSpeaker(features)) assert.ok(results!.classes.includes(p.emotion));
    svmAlone.dispose();
  } finally {
    cleanup();
  }
});

test('a folder with one emotion only, or none usable, gets a clear error', { skip: needShared(DATA), timeout: 60_000 }, async () => {
  const { dir, cleanup } = tempDir('voe-experiment-bad-');
  try {
    const data = join(dir, 'data', 'Actor_01');
    mkdirSync(data, { recursive: true });
    // Only neutral clips (emotion code 01) of actor 01.
    for (const f of readdirSync(sharedPath(`${DATA}/Actor_01`)).filter((f) => f.split('-')[2] === '01')) {
      symlinkSync(sharedPath(`${DATA}/Actor_01/${f}`), join(data, f));
    }
    const cfg = experimentConfig({ data: join(dir, 'data'), out: join(dir, 'out'), cacheRoot: join(dir, 'cache') });
    await assert.rejects(runExperiment(cfg), /only one emotion \(neutral\)/);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await assert.rejects(runExperiment({ ...cfg, data: empty }), (e: Error & { code?: string }) => e.code === 'NO_UTTERANCES');
  } finally {
    cleanup();
  }
});
