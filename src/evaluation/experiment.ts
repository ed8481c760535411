/**
 * The evaluation runner behind `voe train`, `voe compare` and `voe experiment`:
 * corpus → features (cached) → outer folds → training jobs in worker threads → test predictions → (stacking) →
 * metrics → significance → results folder.
 *
 * Everything a run computes lands in `config.out`: `config.json`, `jobs/*.json` (one per trained network, the unit
 * of resumption), `models/`, `predictions.csv`, `metrics.json`, and the report. A run interrupted at any point
 * resumes from the jobs it finished when started again with the same settings.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { scanCorpus } from '../corpus/index.js';
import type { CorpusScan } from '../corpus/types.js';
import { VoeError } from '../errors.js';
import { assertNoEnvironmentalFailures, extractCorpus, type ExtractionProgress } from '../features/batch.js';
import { describePerturbation, type Perturbation } from '../features/perturbation.js';
import { trainingPerturbations, type Architecture, type TrainConfig } from '../models/config.js';
import { stableStringify } from '../util/hash.js';
import { writeFileAtomic } from '../util/workers.js';
import type { ExperimentConfig } from './experiment-config.js';
import { assertSpeakerDisjoint, leaveOneSpeakerOut, randomLeakySplit, speakerFolds, type Split, type SplitItem } from './folds.js';
import { runJobs, type JobClip, type JobProgress, type JobResult, type TrainingJob } from './jobs.js';
import { finalJob, foldJobs, medianBestEpoch, pairJobId, pairJobs } from './protocol.js';
import type { Comparison, ExperimentResults, ModelResults, TrainingCurve } from './results.js';
import { correctness, predictionsCsv, scoreModel, testFoldOf, type ModelPredictions } from './scoring.js';
import { compareModels } from './significance.js';
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

/** The corpus as the runner uses it: usable clips only, with labels as class indices. */
export interface PreparedCorpus {
  scan: CorpusScan;
  clips: JobClip[];
  items: SplitItem[];
  classes: string[];
  labels: Int32Array;
  /** Files the scan skipped or whose features failed, with the reason. */
  skipped: { path: string; reason: string }[];
}

const DESCRIPTIONS: Record<Architecture, (c: TrainConfig) => string> = {
  cnn: (c) => `CNN: Conv1D ${c.cnn.filters.join('/')} (kernel ${c.cnn.kernelSize}) + BN + ReLU, ${{ mean: 'global average', stats: 'statistics (mean + std)', attention: 'attention' }[c.cnn.pooling ?? 'mean']} pooling; ${c.input}`,
  rnn: (c) =>
    `RNN: ${c.rnn.convFilters.length ? `Conv1D ${c.rnn.convFilters.join('/')} (kernel 5) + BN + ReLU front-end, then ` : ''}` +
    `${c.rnn.layers > 1 ? `${c.rnn.layers} layers of ` : ''}${c.rnn.bidirectional ? 'bidirectional ' : ''}${c.rnn.cell.toUpperCase()}-${c.rnn.units}, ${c.rnn.pooling} pooling; ${c.input}`,
};

export async function prepareCorpus(cfg: ExperimentConfig, hooks: ExperimentHooks): Promise<PreparedCorpus | null> {
  const scan = await scanCorpus(resolve(cfg.data), { corpus: cfg.corpus });
  if (scan.utterances.length === 0) {
    throw new VoeError('NO_UTTERANCES', `no usable clips: ${scan.skipped.length} files skipped, none parsed`, { path: scan.root });
  }
  const extraction = await extractCorpus(
    scan.utterances.map((u) => u.path),
    { config: cfg.features, cacheRoot: resolve(cfg.cacheRoot), onProgress: hooks.onFeatures, signal: hooks.signal },
  );
  if (extraction.interrupted) return null;
  assertNoEnvironmentalFailures(extraction);
  const failed = new Map(extraction.failed.map((f) => [f.path, f.reason]));
  // Speed-perturbed versions of the clips that passed, for training augmentation; a clip whose perturbed version
  // fails is dropped (and reported) rather than trained on with fewer versions than the rest.
  for (const perturbation of runPerturbations(cfg)) {
    const paths = scan.utterances.map((u) => u.path).filter((p) => !failed.has(p));
    const perturbed = await extractCorpus(paths, {
      config: cfg.features, cacheRoot: resolve(cfg.cacheRoot), onProgress: hooks.onFeatures, signal: hooks.signal, perturbation,
    });
    if (perturbed.interrupted) return null;
    assertNoEnvironmentalFailures(perturbed);
    for (const f of perturbed.failed) failed.set(f.path, `in its augmentation version (${describePerturbation(perturbation)}): ${f.reason}`);
  }
  const usable = scan.utterances.filter((u) => !failed.has(u.path));
  const skipped = [...scan.skipped.map((s) => ({ path: s.path, reason: s.reason })), ...[...failed].map(([path, reason]) => ({ path, reason }))];
  if (usable.length === 0) throw new VoeError('NO_UTTERANCES', 'no usable clips: every file failed feature extraction', { path: scan.root });
  const classes = [...new Set(usable.map((u) => u.emotion))].sort();
  if (classes.length < 2) {
    throw new VoeError('NO_UTTERANCES', `only one emotion (${classes[0]}) among the usable clips: nothing to classify`, { path: scan.root });
  }
  return {
    scan,
    clips: usable.map((u) => ({ path: u.path, speaker: u.speaker, emotion: u.emotion })),
    items: usable.map((u) => ({ speaker: u.speaker, emotion: u.emotion, gender: u.gender })),
    classes,
    labels: Int32Array.from(usable, (u) => classes.indexOf(u.emotion)),
    skipped,
  };
}

/** Every version of the clips the run's models train on (see trainingPerturbations), each once. */
export function runPerturbations(cfg: Pick<ExperimentConfig, 'models' | 'cnn' | 'rnn'>): Perturbation[] {
  const all = new Map<string, Perturbation>();
  for (const m of cfg.models) for (const p of trainingPerturbations(cfg[m].augment)) all.set(describePerturbation(p), p);
  return [...all.values()];
}

export function makeSplit(cfg: Pick<ExperimentConfig, 'protocol' | 'folds' | 'seed'>, items: SplitItem[]): Split {
  const split =
    cfg.protocol === 'speaker-folds'
      ? speakerFolds(items, cfg.folds)
      : cfg.protocol === 'leave-one-speaker-out'
        ? leaveOneSpeakerOut(items)
        : randomLeakySplit(items, cfg.folds, cfg.seed);
  assertSpeakerDisjoint(items, split);
  return split;
}

/** What a base model trained on some clips says of others: a training job's result, or the functionals SVM's. */
export type PairPredictions = Pick<JobResult, 'classes' | 'predictClips' | 'probs' | 'trainedOnSpeakers'>;

/**
 * Adds a job's rows, times each clip's weight in `weights`, into an n × classes matrix in the run's class order (a
 * class the job never saw stays 0). Clips the job predicted but `weights` lacks are left alone.
 */
export function placeRows(target: Float32Array, classes: string[], result: PairPredictions, weights: Map<number, number>): void {
  const k = classes.length;
  const map = result.classes.map((c) => classes.indexOf(c));
  const kj = result.classes.length;
  result.predictClips.forEach((clip, r) => {
    const w = weights.get(clip);
    if (w === undefined) return;
    for (let c = 0; c < kj; c++) target[clip * k + map[c]] += w * result.probs[r * kj + c];
  });
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
  const train = arch === 'cnn' ? cfg.cnn : cfg.rnn;
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

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

export async function runExperiment(cfg: ExperimentConfig, hooks: ExperimentHooks = {}): Promise<ExperimentOutcome> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const out = resolve(cfg.out);
  const log = hooks.log ?? (() => {});
  mkdirSync(out, { recursive: true });
  const previous = readJson<ExperimentConfig>(join(out, 'config.json'));
  if (previous && stableStringify({ ...previous, workers: null }) !== stableStringify({ ...cfg, workers: null })) {
    log(`note: ${join(out, 'config.json')} holds other settings; jobs whose inputs changed are recomputed`);
  }
  writeFileAtomic(join(out, 'config.json'), `${JSON.stringify(cfg, null, 2)}\n`);

  const corpus = await prepareCorpus(cfg, hooks);
  if (!corpus) return { out, interrupted: true, results: null };
  for (const s of corpus.skipped) log(`skipped: ${s.path}: ${s.reason}`);
  const split = makeSplit(cfg, corpus.items);
  log(`${corpus.clips.length} clips, ${new Set(corpus.items.map((i) => i.speaker)).size} speakers, ${corpus.classes.length} classes; ${protocolLabel(split, cfg)}`);

  const jobs: TrainingJob[] = [];
  for (const arch of cfg.models) {
    const train = arch === 'cnn' ? cfg.cnn : cfg.rnn;
    const planned = cfg.design === 'folds' ? foldJobs(corpus.items, split, train, cfg.seed) : pairJobs(corpus.items, split, train, cfg.seed);
    if (cfg.design === 'folds') for (const j of planned) j.saveModelTo = join(out, 'models', j.id);
    jobs.push(...planned);
  }
  log(`${jobs.length} training jobs (${cfg.design === 'folds' ? 'one per outer fold' : 'nested: one per pair of outer folds'}), seed ${cfg.seed}`);
  const jobDir = join(out, 'jobs');
  const common = { clips: corpus.clips, featureConfig: cfg.features, cacheRoot: resolve(cfg.cacheRoot), dir: jobDir, workers: cfg.workers, signal: hooks.signal };
  const cv = await runJobs(jobs, { ...common, onProgress: (p) => hooks.onJobs?.('cross-validation', p) });
  if (cv.interrupted) return { out, interrupted: true, results: null };

  const base = cfg.models.map((arch) => basePredictions(cfg, split, corpus, cv.results, arch));
  const predictions: ModelPredictions[] = [...base];

  // Final models on every clip, for prediction on new audio: trained in the workers while this thread fits the
  // second level (the SVMs), which needs only the cross-validation results.
  const finals = cfg.final
    ? cfg.models.map((arch) => {
        const train = arch === 'cnn' ? cfg.cnn : cfg.rnn;
        const epochs = medianBestEpoch([...cv.results.values()].filter((r) => r.id.startsWith(`${arch}-`)).map((r) => r.bestEpoch));
        return finalJob(corpus.items, train, epochs, cfg.seed, join(out, 'models', `final-${arch}`));
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
      if (cfg.final) await stacking.saveFinal(join(out, 'models'));
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
  writeFileAtomic(join(out, 'predictions.csv'), predictionsCsv(corpus.clips, foldOf, corpus.classes, predictions));

  const emotions: Record<string, number> = {};
  for (const c of corpus.clips) emotions[c.emotion] = (emotions[c.emotion] ?? 0) + 1;
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
    },
    protocol: { name: split.protocol, label: protocolLabel(split, cfg), leaky: split.leaky, folds: split.folds.map((f) => ({ index: f.index, testSpeakers: f.testSpeakers })) },
    classes: corpus.classes,
    seed: cfg.seed,
    models,
    comparisons,
    curves: cfg.models.flatMap((arch) => curvesOf(cv.results.values(), arch)),
    method: methodLines(cfg, split, stacking),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, backend: backend ?? 'unknown (every job came from an earlier run)' },
    wallSeconds: (performance.now() - started) / 1000,
    startedAt,
    config: cfg,
  };
  writeFileAtomic(join(out, 'metrics.json'), `${JSON.stringify(results, null, 1)}\n`);
  return { out, interrupted: false, results };
}

function augmentationLine(t: TrainConfig): string {
  const versions = trainingPerturbations(t.augment);
  if (versions.length === 0) return '';
  const parts = [
    ...(t.augment.speeds.length ? [`at speed ×${t.augment.speeds.join(' or ×')}`] : []),
    ...(t.augment.noiseCopies ? [`in ${t.augment.noiseCopies} cop${t.augment.noiseCopies === 1 ? 'y' : 'ies'} with white noise at ${t.augment.noiseSnrDb[0]}–${t.augment.noiseSnrDb[1]} dB SNR`] : []),
  ];
  const which = versions.length === 1 ? 'its version' : `one of its ${versions.length} versions`;
  return `; speed/noise augmentation: each crop from the clip itself or, uniformly, ${which} ${parts.join(' or ')}`;
}

function trainingLine(t: TrainConfig): string {
  const stopping =
    t.validationSpeakers > 0
      ? `up to ${t.epochs} epochs with early stopping (patience ${t.patience}) on ${t.validationSpeakers} validation speakers drawn from the model's training speakers only, best-validation-UA weights restored`
      : `${t.epochs} epochs, no validation speakers (no early stopping: the last weights are kept)`;
  const hop = 10 * t.frameStride;
  return `${t.architecture.toUpperCase()} training: Adam (lr ${t.learningRate}${t.lrSchedule === 'cosine' ? ', cosine decay to 0' : ''}), batch ${t.batchSize}, ${stopping}; class-weighted cross-entropy; random crops of ${t.cropFrames} frames at a ${hop} ms hop (${((t.cropFrames * hop) / 1000).toFixed(2)} s) with SpecAugment${t.augment.gainDb > 0 ? `, ±${t.augment.gainDb} dB gain` : ''}${augmentationLine(t)}; test clips averaged over crops every ${t.testHopFrames} frames.`;
}

/** The split's label, and the speaker normalisation when there is one: it changes what the numbers mean. */
export function protocolLabel(split: Pick<Split, 'label'>, cfg: Pick<ExperimentConfig, 'speakerNorm'>): string {
  return cfg.speakerNorm === 'none' ? split.label : `${split.label}, with per-speaker ${cfg.speakerNorm} normalisation (test speakers' unlabelled clips)`;
}

function speakerNormLine(mode: ExperimentConfig['speakerNorm']): string {
  return `Speaker normalisation ('${mode}'): before anything else, every clip is expressed relative to its own speaker's averages over all of that speaker's clips (log-mel and MFCC ${mode === 'zscore' ? 'z-scored' : 'mean-removed'}, f0 and RMS divided by the speaker's geometric mean). No label is used, but for a test speaker the statistics come from that speaker's unlabelled test clips, so prediction needs several clips of a new speaker, not one.`;
}

function methodLines(cfg: ExperimentConfig, split: Split, stacking: StackingOutcome | null): string[] {
  const lines = [
    `Split: ${split.label}. Every clip is tested exactly once, by models that never trained on its speaker${split.leaky ? ' (NOT so here: leaky split)' : ''}.`,
    'Input standardisation (per feature dimension) uses each model\'s training clips only.',
    ...(cfg.speakerNorm === 'none' ? [] : [speakerNormLine(cfg.speakerNorm)]),
    ...cfg.models.map((arch) => trainingLine(arch === 'cnn' ? cfg.cnn : cfg.rnn)),
  ];
  if (cfg.design === 'nested') {
    lines.push(
      `Nested cross-validation: for every pair of outer folds one network per architecture is trained on the other ${split.folds.length - 2} folds; for outer fold i, the ${split.folds.length - 1} networks that exclude i give out-of-fold predictions on i's training clips and their mean is the base prediction on i's test clips.`,
    );
  }
  if (stacking) lines.push(...stacking.method);
  lines.push(`Seed ${cfg.seed}; each training job derives its own seed from it, so results do not depend on worker scheduling.`);
  return lines;
}
