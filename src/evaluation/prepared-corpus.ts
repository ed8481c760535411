/**
 * The corpus as the runner uses it (usable clips, labels as class indices) and how training jobs' predictions are
 * placed into the run's clip × class matrices: shared by the experiment runner and the stacking step.
 */
import { resolve } from 'node:path';
import { scanCorpora } from '../corpus/index.js';
import type { CorpusScan } from '../corpus/types.js';
import { VoeError } from '../errors.js';
import { assertNoEnvironmentalFailures, extractCorpus, type ExtractionProgress } from '../features/batch.js';
import { describePerturbation, type Perturbation } from '../features/perturbation.js';
import { trainingPerturbations } from '../models/config.js';
import type { SplitItem } from '../scoring/folds.js';
import type { ExperimentConfig } from './experiment-config.js';
import type { JobClip, JobResult } from './jobs.js';

/** The corpus as the runner uses it: usable clips only, with labels as class indices. */
export interface PreparedCorpus {
  scan: CorpusScan;
  clips: JobClip[];
  items: SplitItem[];
  classes: string[];
  labels: Int32Array;
  /** Each clip's vocal channel ('speech', 'song') where the corpus names it (RAVDESS), else ''. */
  channels: string[];
  /** Files the scan skipped or whose features failed, with the reason. */
  skipped: { path: string; reason: string }[];
}

/** What corpus preparation reports and listens to. */
export interface PrepareHooks {
  onFeatures?: (p: ExtractionProgress) => void;
  signal?: AbortSignal;
}

export async function prepareCorpus(cfg: ExperimentConfig, hooks: PrepareHooks): Promise<PreparedCorpus | null> {
  const scan = await scanCorpora(typeof cfg.data === 'string' ? [cfg.data] : cfg.data, { corpus: cfg.corpus });
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
    channels: usable.map((u) => (u.corpus === 'ravdess' ? u.fields.vocalChannel : '')),
    skipped,
  };
}

/** Every version of the clips the run's models train on (see trainingPerturbations), each once. */
export function runPerturbations(cfg: Pick<ExperimentConfig, 'models' | 'cnn' | 'rnn'>): Perturbation[] {
  const all = new Map<string, Perturbation>();
  for (const m of cfg.models) for (const p of trainingPerturbations(cfg[m].augment)) all.set(describePerturbation(p), p);
  return [...all.values()];
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

