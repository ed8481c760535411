/**
 * The evaluation runner behind `voe train`, `voe compare` and `voe experiment`:
 * corpus → features (cached) → outer folds → training jobs in worker threads → test predictions → (stacking) →
 * metrics → significance → results folder.
 *
 * Everything a run computes lands in `config.out`: `config.json`, `jobs/*.json` (one per trained network, the unit
 * of resumption), `models/`, `predictions.csv`, `metrics.json`, and the report. A run interrupted at any point
 * resumes from the jobs it finished when started again with the same settings.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import type { ExtractionProgress } from '../features/batch.js';
import type { Architecture } from '../models/config.js';
import { stableStringify } from '../util/hash.js';
import { writeFileAtomic } from '../util/files.js';
import { trainConfigFor, type ExperimentConfig } from './experiment-config.js';
import { DESCRIPTIONS, methodLines, protocolLabel } from './report/method.js';
import { assertSpeakerDisjoint, emoboxFolds, leaveOneSpeakerOut, randomLeakySplit, speakerFolds, type Split, type SplitItem } from '../scoring/folds.js';
import { runJobs, type JobProgress, type JobResult, type TrainingJob } from './jobs.js';
import { finalJob, foldJobs, medianBestEpoch, pairJobId, pairJobs } from './protocol.js';
import type { Comparison, ExperimentResults, ModelResults, TrainingCurve } from '../scoring/results.js';
import { correctness, predictionsCsv, scoreChannels, scoreModel, testFoldOf, type ModelPredictions } from './scoring.js';
import { compareModels } from '../scoring/significance.js';
import { placeRows, prepareCorpus, type PreparedCorpus } from './prepared-corpus.js';
import { ResultsFolder } from '../predict/results-folder.js';
import { runStacking, type StackingOutcome } from './stacking-run.js';

export interface ExperimentHooks {
  log?: (line: string) => void;
  onFeatures?: (p: ExtractionProgress) => void;
  onJobs?: (phase: string, p: JobProgress) => void;
  signal?: AbortSignal;
}

export interface ExperimentOutcome {
  out: string;
  interrupted: boolean;
  results: ExperimentResults | null;
}

export function makeSplit(cfg: Pick<ExperimentConfig, 'protocol' | 'folds' | 'seed'>, items: SplitItem[]): Split {
  const split =
    cfg.protocol === 'speaker-folds'
      ? speakerFolds(items, cfg.folds)
      : cfg.protocol === 'leave-one-speaker-out'
        ? leaveOneSpeakerOut(items)
        : cfg.protocol === 'emobox'
          ? emoboxFolds(items)
          : randomLeakySplit(items, cfg.folds, cfg.seed);
  assertSpeakerDisjoint(items, split);
  return split;
}

function curvesOf(results: Iterable<JobResult>, architecture: string): TrainingCurve[] {
  return [...results]
    .filter((r) => r.id.startsWith(`${architecture}-`) && r.history.length > 0)
    .map((r) => ({
      model: architecture,
      run: r.id.slice(architecture.length + 1),
      points: r.history.map((h) => ({ epoch: h.epoch, loss: h.loss, valUa: h.valUa })),
      bestEpoch: r.bestEpoch,
    }));
}

/** Base models' test predictions: the fold design's one model per fold, or the nested design's mean of k − 1 pair models. */
function basePredictions(
  cfg: ExperimentConfig,
  split: Split,
  corpus: PreparedCorpus,
  results: Map<string, JobResult>,
  arch: Architecture,
): ModelPredictions {
  const n = corpus.clips.length;
  const k = corpus.classes.length;
  const probs = new Float32Array(n * k);
  const train = trainConfigFor(cfg, arch);
  if (cfg.design === 'folds') {
    for (const f of split.folds) {
      placeRows(probs, corpus.classes, results.get(`${arch}-fold-${f.index + 1}`)!, new Map(f.test.map((i) => [i, 1])));
    }
    return { name: arch, description: DESCRIPTIONS[arch](train), probs };
  }
  const folds = split.folds.length;
  for (const f of split.folds) {
    const weights = new Map(f.test.map((i) => [i, 1 / (folds - 1)]));
    for (let j = 0; j < folds; j++) {
      if (j !== f.index) placeRows(probs, corpus.classes, results.get(pairJobId(arch, f.index, j))!, weights);
    }
  }
  return { name: arch, description: `${DESCRIPTIONS[arch](train)}; test prediction = mean of the ${folds - 1} inner-fold models`, probs };
}

export async function runExperiment(cfg: ExperimentConfig, hooks: ExperimentHooks = {}): Promise<ExperimentOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const folder = new ResultsFolder(cfg.out);
  const out = folder.root;
  const log = hooks.log ?? (() => {});
  mkdirSync(out, { recursive: true });
  const previous = folder.readConfig();
  if (previous && stableStringify({ ...(previous as object), workers: null }) !== stableStringify({ ...cfg, workers: null })) {
    log(`note: ${folder.configPath} holds other settings; jobs whose inputs changed are recomputed`);
  }
  writeFileAtomic(folder.configPath, `${JSON.stringify(cfg, null, 2)}\n`);

  const corpus = await prepareCorpus(cfg, hooks);
  if (!corpus) return { out, interrupted: true, results: null };
  for (const s of corpus.skipped) log(`skipped: ${s.path}: ${s.reason}`);
  const split = makeSplit(cfg, corpus.items);
  log(`${corpus.clips.length} clips, ${new Set(corpus.items.map((i) => i.speaker)).size} speakers, ${corpus.classes.length} classes; ${protocolLabel(split, cfg)}`);

  const jobs: TrainingJob[] = [];
  for (const arch of cfg.models) {
    const train = trainConfigFor(cfg, arch);
    const planned = cfg.design === 'folds' ? foldJobs(corpus.items, split, train, cfg.seed) : pairJobs(corpus.items, split, train, cfg.seed);
    if (cfg.design === 'folds') for (const j of planned) j.saveModelTo = folder.foldModelDir(j.id);
    jobs.push(...planned);
  }
  log(`${jobs.length} training jobs (${cfg.design === 'folds' ? 'one per outer fold' : 'nested: one per pair of outer folds'}), seed ${cfg.seed}`);
    const common = { clips: corpus.clips, featureConfig: cfg.features, cacheRoot: resolve(cfg.cacheRoot), dir: folder.jobsDir, workers: cfg.workers, signal: hooks.signal };
  const cv = await runJobs(jobs, { ...common, onProgress: (p) => hooks.onJobs?.('cross-validation', p) });
  if (cv.interrupted) return { out, interrupted: true, results: null };

  const base = cfg.models.map((arch) => basePredictions(cfg, split, corpus, cv.results, arch));
  const predictions: ModelPredictions[] = [...base];

  // Final models on every clip, for prediction on new audio: trained in the workers while this thread fits the
  // second level (the SVMs), which needs only the cross-validation results.
  const finals = cfg.final
    ? cfg.models.map((arch) => {
        const train = trainConfigFor(cfg, arch);
        const epochs = medianBestEpoch([...cv.results.values()].filter((r) => r.id.startsWith(`${arch}-`)).map((r) => r.bestEpoch));
        return finalJob(corpus.items, train, epochs, cfg.seed, folder.finalModelDir(arch));
      })
    : [];
  const finalRun = finals.length ? runJobs(finals, { ...common, onProgress: (p) => hooks.onJobs?.('final models', p) }) : null;
  // Yield once so the workers are started and fed before the synchronous SVM fits take this thread.
  await new Promise((r) => setTimeout(r, 0));
  let stacking: StackingOutcome | null = null;
  try {
    if (cfg.design === 'nested' || cfg.functionalsBaseline) {
      stacking = await runStacking(cfg, split, corpus, cv.results, base, log);
      predictions.push(...stacking.predictions);
      if (cfg.final) await stacking.saveFinal(folder);
    }
  } catch (e) {
    await finalRun?.catch(() => undefined);
    throw e;
  }
  let backend = cv.backend;
  if (finalRun) {
    const fin = await finalRun;
    if (fin.interrupted) return { out, interrupted: true, results: null };
    backend ??= fin.backend;
  }

  const models: Record<string, ModelResults> = {};
  for (const p of predictions) models[p.name] = scoreModel(p, corpus.labels, split, corpus.classes.length);
  const comparisons: Comparison[] = [];
  const k = corpus.classes.length;
  for (let a = 0; a < predictions.length; a++) {
    for (let b = a + 1; b < predictions.length; b++) {
      const pa = predictions[a];
      const pb = predictions[b];
      comparisons.push(
        compareModels(
          { name: pa.name, correct: correctness(pa, corpus.labels, k), foldUa: models[pa.name].ua.values },
          { name: pb.name, correct: correctness(pb, corpus.labels, k), foldUa: models[pb.name].ua.values },
        ),
      );
    }
  }
  const foldOf = testFoldOf(split, corpus.clips.length);
  writeFileAtomic(folder.predictionsPath, predictionsCsv(corpus.clips, foldOf, corpus.classes, predictions));

  const emotions: Record<string, number> = {};
  for (const c of corpus.clips) emotions[c.emotion] = (emotions[c.emotion] ?? 0) + 1;
  const channelCounts: Record<string, number> = {};
  for (const ch of corpus.channels) if (ch) channelCounts[ch] = (channelCounts[ch] ?? 0) + 1;
  const channels =
    Object.keys(channelCounts).length > 1
      ? Object.fromEntries(predictions.map((p) => [p.name, scoreChannels(p, corpus.labels, split, corpus.classes, corpus.channels)]))
      : undefined;
  const results: ExperimentResults = {
    kind: 'voe-experiment-results',
    version: 1,
    corpus: {
      name: corpus.scan.corpus,
      root: corpus.scan.root,
      utterances: corpus.clips.length,
      speakers: new Set(corpus.items.map((i) => i.speaker)).size,
      emotions,
      skipped: corpus.skipped.length,
      ...(Object.keys(channelCounts).length ? { channels: channelCounts } : {}),
    },
    protocol: { name: split.protocol, label: protocolLabel(split, cfg), leaky: split.leaky, folds: split.folds.map((f) => ({ index: f.index, testSpeakers: f.testSpeakers })) },
    classes: corpus.classes,
    seed: cfg.seed,
    models,
    comparisons,
    ...(channels ? { channels } : {}),
    curves: cfg.models.flatMap((arch) => curvesOf(cv.results.values(), arch)),
    method: methodLines(cfg, split, stacking?.method ?? null),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, backend: backend ?? 'unknown (every job came from an earlier run)' },
    wallSeconds: (performance.now() - started) / 1000,
    startedAt,
    config: cfg,
  };
  writeFileAtomic(folder.metricsPath, `${JSON.stringify(results, null, 1)}\n`);
  return { out, interrupted: false, results };
}

