/**
 * Paired comparison of one model across two results folders run on the same clips and folds (e.g. a recipe change):
 * McNemar on the pooled per-clip correctness from each run's predictions.csv, and the paired t-test and Wilcoxon
 * test on per-fold UA from each metrics.json, as `voe experiment` compares two models within a run.
 *
 *   node dist/tools/compare-runs.js <results A> <results B> [--model cnn] [--b-model cnn] [--channel speech]
 *
 * Prints one JSON object. `--channel` restricts McNemar to clips of that RAVDESS vocal channel (from the file name).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ResultsFolder } from '../src/predict/results-folder.js';
import { compareModels, mcnemar } from '../src/scoring/significance.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string', default: 'cnn' }, 'b-model': { type: 'string' }, channel: { type: 'string' } } });
if (positionals.length !== 2) throw new Error('usage: compare-runs <results A> <results B> [--model cnn] [--b-model name] [--channel speech|song]');
const [dirA, dirB] = positionals;
const modelA = values.model;
const modelB = values['b-model'] ?? modelA;

/** path → whether `model` predicted the true label, from predictions.csv (paths and labels hold no commas here). */
function correctByPath(dir: string, model: string): Map<string, boolean> {
  const [head, ...rows] = readFileSync(join(dir, 'predictions.csv'), 'utf8').trim().split('\n');
  const cols = head.split(',');
  const at = cols.indexOf(`${model}:predicted`);
  if (at < 0) throw new Error(`${dir}: no ${model} in predictions.csv (${cols.filter((c) => c.endsWith(':predicted')).join(', ')})`);
  const truth = cols.indexOf('true');
  return new Map(rows.map((r) => r.split(',')).map((r) => [basename(r[0]), r[at] === r[truth]]));
}

const a = correctByPath(dirA, modelA);
const b = correctByPath(dirB, modelB);
const channel = values.channel === undefined ? null : values.channel === 'speech' ? '01' : '02';
const clips = [...a.keys()].filter((p) => b.has(p) && (channel === null || p.split('-')[1] === channel)).sort();
const metricsA = new ResultsFolder(dirA).readMetrics()!;
const metricsB = new ResultsFolder(dirB).readMetrics()!;
const sameFolds = JSON.stringify(metricsA.protocol.folds) === JSON.stringify(metricsB.protocol.folds);
/** Per-fold UA of a model: on the channel's clips alone when one is asked for and the run scored it so. */
function foldUa(m: NonNullable<ReturnType<ResultsFolder['readMetrics']>>, model: string): number[] {
  if (values.channel === undefined) return m.models[model].ua.values;
  const byChannel = m.channels?.[model]?.[values.channel];
  if (byChannel) return byChannel.ua.values;
  // A run of one channel only: its model scores are that channel's.
  const only = Object.keys(m.corpus.channels ?? {});
  if (only.length === 1 && only[0] === values.channel) return m.models[model].ua.values;
  throw new Error(`no ${values.channel} scores for ${model}`);
}

const correctA = clips.map((p) => a.get(p)!);
const correctB = clips.map((p) => b.get(p)!);
const c = sameFolds
  ? compareModels({ name: 'A', correct: correctA, foldUa: foldUa(metricsA, modelA) }, { name: 'B', correct: correctB, foldUa: foldUa(metricsB, modelB) })
  : { mcnemar: mcnemar(correctA, correctB), folds: 'not paired: the runs used different folds' };
console.log(
  JSON.stringify(
    {
      a: { results: dirA, model: modelA, foldUa: foldUa(metricsA, modelA) },
      b: { results: dirB, model: modelB, foldUa: foldUa(metricsB, modelB) },
      pairedClips: clips.length,
      channel: values.channel ?? 'all',
      mcnemar: c.mcnemar,
      folds: c.folds,
    },
    null,
    2,
  ),
);
