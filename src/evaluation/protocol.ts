/**
 * From a split to training jobs, for the two evaluation designs:
 *
 * - **fold jobs** (`voe train`, `voe compare`): per outer fold, one network trained on the fold's training speakers
 *   (less a few validation speakers for early stopping, chosen among the training speakers only) and tested on
 *   its held-out speakers.
 * - **pair jobs** (`voe experiment`, stacking): the outer folds' speaker groups G1 … Gk; for every pair {i, j} one
 *   network trained on all groups but Gi and Gj, predicting both. For outer fold i, the models {i, j} (j ≠ i) are
 *   exactly the inner cross-validation of i's training speakers: model {i, j} gives out-of-fold predictions for
 *   Gj (it never saw Gj, nor the test group Gi), and the mean of the k − 1 models {i, ·} is the base models'
 *   prediction for Gi. Each model serves two outer folds, so nested cross-validation costs k(k − 1)/2 trainings
 *   per architecture instead of k².
 */
import type { TrainConfig } from '../models/config.js';
import { VoeError } from '../errors.js';
import { validationSpeakers, type Split, type SplitItem } from '../scoring/folds.js';
import type { TrainingJob } from './jobs.js';

/** A seed per job, derived from the run's seed and the job's place, so jobs differ but the run is reproducible. */
export function jobSeed(seed: number, ...parts: number[]): number {
  let h = seed >>> 0;
  for (const p of parts) h = (Math.imul(h ^ (p + 0x9e3779b9), 0x85ebca6b) + 0x27d4eb2f) >>> 0;
  return h % 2147483647 || 1;
}

/** Splits training indices into those of `validationSpeakers` (early stopping) and the rest. */
export function holdOutValidation(
  items: readonly SplitItem[],
  trainIdx: number[],
  nSpeakers: number,
  seed: number,
): { train: number[]; validation: number[]; validationSpeakers: string[] } {
  if (nSpeakers <= 0) return { train: trainIdx, validation: [], validationSpeakers: [] };
  const chosen = new Set(validationSpeakers(items, trainIdx, nSpeakers, seed));
  return {
    train: trainIdx.filter((i) => !chosen.has(items[i].speaker)),
    validation: trainIdx.filter((i) => chosen.has(items[i].speaker)),
    validationSpeakers: [...chosen],
  };
}

export function foldJobs(items: readonly SplitItem[], split: Split, config: TrainConfig, seed: number): TrainingJob[] {
  return split.folds.map((fold) => {
    const s = jobSeed(seed, 1, fold.index);
    const { train, validation, validationSpeakers } = holdOutValidation(items, fold.train, config.validationSpeakers, s);
    return {
      id: `${config.architecture}-fold-${fold.index + 1}`,
      config: { ...config, seed: s },
      trainClips: train,
      validationClips: validation,
      predictClips: fold.test,
      notes: { fold: fold.index + 1, testSpeakers: fold.testSpeakers, validationSpeakers },
    };
  });
}

/** Pair-job id for groups i and j (0-based, either order). */
export function pairJobId(architecture: string, i: number, j: number): string {
  const [a, b] = i < j ? [i, j] : [j, i];
  return `${architecture}-pair-${a + 1}-${b + 1}`;
}

export function pairJobs(items: readonly SplitItem[], split: Split, config: TrainConfig, seed: number): TrainingJob[] {
  if (split.leaky) {
    throw new VoeError(
      'INVALID_ARGUMENT',
      'the stacking experiment is speaker-independent only; compare on the leaky split with `voe compare --protocol random-leaky`',
    );
  }
  const k = split.folds.length;
  if (k > 8) {
    throw new VoeError(
      'INVALID_ARGUMENT',
      `nested cross-validation over ${k} outer folds needs ${(k * (k - 1)) / 2} trainings per model; use 8 or fewer speaker folds`,
    );
  }
  const jobs: TrainingJob[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const held = new Set([...split.folds[i].test, ...split.folds[j].test]);
      const trainAll = items.map((_, n) => n).filter((n) => !held.has(n));
      const s = jobSeed(seed, 2, i, j);
      const { train, validation, validationSpeakers } = holdOutValidation(items, trainAll, config.validationSpeakers, s);
      jobs.push({
        id: pairJobId(config.architecture, i, j),
        config: { ...config, seed: s },
        trainClips: train,
        validationClips: validation,
        predictClips: [...split.folds[i].test, ...split.folds[j].test],
        notes: { heldOutFolds: [i + 1, j + 1], validationSpeakers },
      });
    }
  }
  return jobs;
}

/**
 * A network on every clip (for deployment), trained for a fixed number of epochs: the median best epoch of the
 * cross-validation runs, since no speakers are left to stop on.
 */
export function finalJob(items: readonly SplitItem[], config: TrainConfig, epochs: number, seed: number, saveModelTo: string): TrainingJob {
  return {
    id: `${config.architecture}-final`,
    config: { ...config, epochs, seed: jobSeed(seed, 3) },
    trainClips: items.map((_, n) => n),
    validationClips: [],
    predictClips: [],
    saveModelTo,
    notes: { final: true, epochs },
  };
}

export function medianBestEpoch(bestEpochs: number[]): number {
  const s = [...bestEpochs].sort((a, b) => a - b);
  if (s.length === 0) throw new RangeError('no runs to take a median of');
  return Math.max(1, Math.round(s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2));
}
