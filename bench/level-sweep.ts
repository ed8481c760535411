/**
 * `npm run bench:level -- --results <voe train results folder> [--results <another>]`: how much a model's labels
 * depend on the recording's level. Each fold model of a `voe train` run (models/<arch>-fold-k) predicts its own
 * held-out actors' clips at −30, −20, −10, 0, +10 and +20 dB, each clip re-encoded as a 32-bit float WAV in memory
 * (so +20 dB does not clip) and fed through the same path as any file (`featuresFromWavBytes`, with the model's own
 * feature config, level normalisation included when the model was trained with it). Prints one JSON object: per
 * level, the fraction of clips whose label agrees with the 0 dB label, and UA/WA over the pooled held-out clips.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeWav, encodeWav } from '../src/audio/wav.js';
import { scanCorpus } from '../src/corpus/index.js';
import { featuresFromWavBytes } from '../src/features/extract.js';
import { initBackend } from '../src/models/backend.js';
import { NeuralClassifier } from '../src/models/classifier.js';
import { ResultsFolder } from '../src/predict/results-folder.js';
import { argmaxRows, classificationMetrics } from '../src/scoring/metrics.js';

const LEVELS_DB = [-30, -20, -10, 0, 10, 20];

async function sweep(dir: string) {
  const folder = new ResultsFolder(dir);
  const metrics = folder.readMetrics();
  const config = folder.readConfig() as { data: string; models: string[] } | null;
  if (!metrics || !config) throw new Error(`${dir}: not a finished voe train results folder`);
  const arch = config.models[0];
  const scan = await scanCorpus(config.data);
  const predicted = new Map<number, { truth: number[]; pred: number[] }>(LEVELS_DB.map((l) => [l, { truth: [], pred: [] }]));
  let level = '';
  for (const fold of metrics.protocol.folds) {
    const model = await NeuralClassifier.load(folder.foldModelDir(`${arch}-fold-${fold.index + 1}`));
    level = model.featureConfig?.level_dbfs == null ? 'off' : `${model.featureConfig.level_dbfs} dBFS active level`;
    const test = scan.utterances.filter((u) => fold.testSpeakers.includes(u.speaker));
    for (const u of test) {
      const decoded = decodeWav(readFileSync(u.path), u.path);
      for (const db of LEVELS_DB) {
        const g = 10 ** (db / 20);
        const fs = await featuresFromWavBytes(encodeWav(Float32Array.from(decoded.samples, (x) => x * g), decoded.sampleRate, 'float32'), model.featureConfig!, u.path);
        const p = model.predictProba([fs]);
        const r = predicted.get(db)!;
        r.truth.push(model.classes.indexOf(u.emotion));
        r.pred.push(argmaxRows(p, model.classes.length)[0]);
      }
    }
    model.dispose();
  }
  const k = metrics.classes.length;
  const zero = predicted.get(0)!.pred;
  const levels = LEVELS_DB.map((db) => {
    const r = predicted.get(db)!;
    const m = classificationMetrics(r.truth, r.pred, k);
    const agree = r.pred.filter((p, i) => p === zero[i]).length / r.pred.length;
    const counts: Record<string, number> = {};
    for (const p of r.pred) counts[metrics.classes[p]] = (counts[metrics.classes[p]] ?? 0) + 1;
    return { gainDb: db, agreeWith0dB: +agree.toFixed(4), ua: +m.ua.toFixed(4), wa: +m.wa.toFixed(4), predicted: counts };
  });
  return { results: resolve(dir), model: arch, levelNormalisation: level, clips: zero.length, levels };
}

const { values } = parseArgs({ options: { results: { type: 'string', multiple: true } } });
if (!values.results?.length) throw new Error('usage: bench:level -- --results <voe train results folder> [--results …]');
const backend = await initBackend();
const runs = [];
for (const r of values.results) runs.push(await sweep(r));
console.log(JSON.stringify({ benchmark: 'level-sweep', backend: backend.details, runs }, null, 2));
