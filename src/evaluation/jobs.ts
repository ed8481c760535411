/**
 * Training jobs: the unit of work of every evaluation (`voe train`, `voe compare`, `voe experiment`). A job trains
 * one network on some clips (early-stopping on others) and predicts class probabilities for a third set; jobs run
 * in worker threads, one tfjs backend each (wasm runs on one core per instance, so two workers use two cores).
 *
 * Each finished job is written to `<dir>/<id>.json` at once (atomically), keyed by a hash of everything that
 * determines its result (clips, labels, train config, feature config, seed): an interrupted run resumes by
 * skipping the jobs whose result is on disk, and a changed config recomputes only what it changes. Results are
 * independent of which worker ran a job and in what order, because each job carries its own seed.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { FeatureConfig } from '../config.js';
import type { TrainConfig } from '../models/config.js';
import type { EpochLog } from '../models/train.js';
import { hashConfig } from '../util/hash.js';
import { writeFileAtomic } from '../util/files.js';
import { startModuleWorker } from '../util/workers.js';

/** A clip as the workers see it: where its audio is (features come from the cache) and its speaker and label. */
export interface JobClip {
  path: string;
  speaker: string;
  emotion: string;
}

export interface TrainingJob {
  /** Unique within a run and safe as a file name: e.g. 'cnn-fold-3', 'rnn-pair-1-4', 'cnn-final'. */
  id: string;
  config: TrainConfig;
  /** Indices into the run's clips. */
  trainClips: number[];
  /** Early-stopping clips (other speakers than trainClips); empty → train for `config.epochs` epochs. */
  validationClips: number[];
  predictClips: number[];
  /** Save the trained model (model.json + weights + voe-model.json) here, if given. */
  saveModelTo?: string;
  /** Kept with the saved model. */
  notes?: Record<string, unknown>;
}

export interface JobResult {
  id: string;
  hash: string;
  classes: string[];
  predictClips: number[];
  /** predictClips.length × classes.length, row-major. */
  probs: number[];
  /** Every speaker whose clips trained this model, validation speakers included (for leak checks). */
  trainedOnSpeakers: string[];
  history: EpochLog[];
  bestEpoch: number;
  stoppedEarly: boolean;
  seconds: number;
  backend: string;
}

export interface JobProgress {
  kind: 'epoch' | 'done' | 'cached' | 'started';
  id: string;
  epoch?: EpochLog;
  jobsDone: number;
  jobsTotal: number;
  /** Epochs run so far in this run, and an estimate of the epochs left (max epochs of unfinished jobs). */
  elapsedSeconds: number;
  etaSeconds: number | null;
}

export interface RunJobsOptions {
  clips: JobClip[];
  featureConfig: FeatureConfig;
  cacheRoot: string;
  /** Folder for finished job results (created). */
  dir: string;
  /** Worker threads; default one per core, never more than jobs. */
  workers?: number;
  onProgress?: (p: JobProgress) => void;
  signal?: AbortSignal;
}

export interface RunJobsOutcome {
  results: Map<string, JobResult>;
  interrupted: boolean;
  backend: string | null;
}

/**
 * Bumped whenever training code changes what a config produces (so saved job results from older code are not
 * reused): 2 = dropout draws a fresh mask each step (seeded-dropout.ts).
 */
export const TRAINER_VERSION = 2;

/** The hash of everything that decides a job's result. */
export function jobHash(job: TrainingJob, clips: JobClip[], featureConfig: FeatureConfig): string {
  const clip = (i: number) => [clips[i].path, clips[i].speaker, clips[i].emotion];
  return hashConfig({
    trainer: TRAINER_VERSION,
    config: job.config,
    featureConfig,
    train: job.trainClips.map(clip),
    validation: job.validationClips.map(clip),
    predict: job.predictClips.map(clip),
    save: job.saveModelTo ?? null,
  });
}

export function jobResultPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/** A finished result for this job from an earlier run, if its hash matches (and, if it saved a model, the model is there). */
export function cachedJobResult(dir: string, job: TrainingJob, hash: string): JobResult | null {
  const path = jobResultPath(dir, job.id);
  if (!existsSync(path)) return null;
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as JobResult;
    if (r.hash !== hash) return null;
    if (job.saveModelTo && !existsSync(join(job.saveModelTo, 'voe-model.json'))) return null;
    return r;
  } catch {
    return null; // a partial or foreign file: recompute
  }
}

type WorkerMessage =
  | { type: 'ready'; backend: string }
  | { type: 'epoch'; id: string; log: EpochLog }
  | { type: 'done'; result: Omit<JobResult, 'hash'> }
  | { type: 'error'; id: string; message: string };

/**
 * Runs the jobs (those without a cached result) in worker threads, longest first, and returns every result.
 * Rejects if a job fails (a training error is a bug or a bad config, not a bad file: nothing to skip); results of
 * jobs finished before the failure are on disk already.
 */
export async function runJobs(jobs: TrainingJob[], options: RunJobsOptions): Promise<RunJobsOutcome> {
  const ids = new Set<string>();
  for (const j of jobs) {
    if (ids.has(j.id)) throw new Error(`duplicate job id ${j.id}`);
    if (!/^[A-Za-z0-9._-]+$/.test(j.id)) throw new Error(`job id "${j.id}" is not a safe file name`);
    ids.add(j.id);
  }
  mkdirSync(options.dir, { recursive: true });
  const results = new Map<string, JobResult>();
  const hashes = new Map<string, string>();
  const pending: TrainingJob[] = [];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  for (const job of jobs) {
    const hash = jobHash(job, options.clips, options.featureConfig);
    hashes.set(job.id, hash);
    const cached = cachedJobResult(options.dir, job, hash);
    if (cached) results.set(job.id, cached);
    else pending.push(job);
  }
  for (const id of results.keys()) {
    options.onProgress?.({ kind: 'cached', id, jobsDone: results.size, jobsTotal: jobs.length, elapsedSeconds: 0, etaSeconds: null });
  }
  if (pending.length === 0) return { results, interrupted: false, backend: null };

  // Work is measured in epochs × training clips; an unfinished job counts its maximum epochs (early stopping
  // only shortens it), so the ETA errs long.
  const work = (j: TrainingJob) => j.config.epochs * j.trainClips.length;
  pending.sort((a, b) => work(b) - work(a));
  const totalWork = pending.reduce((s, j) => s + work(j), 0);
  let doneWork = 0;
  const running = new Map<string, { job: TrainingJob; epochs: number }>();
  const eta = (): number | null => {
    const progress = doneWork + [...running.values()].reduce((s, r) => s + r.epochs * r.job.trainClips.length, 0);
    return progress > 0 ? (elapsed() / progress) * (totalWork - progress) : null;
  };

  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), pending.length));
  let backend: string | null = null;
  let interrupted = false;

  await new Promise<void>((resolveAll, rejectAll) => {
    let next = 0;
    let live = 0;
    let failure: Error | null = null;
    const workers: Worker[] = [];
    const onAbort = (): void => {
      interrupted = true;
      for (const w of workers) void w.terminate();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();

    const feed = (w: Worker): void => {
      if (interrupted || failure || next >= pending.length) {
        void w.terminate();
        return;
      }
      const job = pending[next++];
      running.set(job.id, { job, epochs: 0 });
      options.onProgress?.({ kind: 'started', id: job.id, jobsDone: results.size, jobsTotal: jobs.length, elapsedSeconds: elapsed(), etaSeconds: eta() });
      w.postMessage({ type: 'job', job });
    };

    for (let k = 0; k < workerCount && !interrupted; k++) {
      const w = startModuleWorker(import.meta.url, 'job-worker', {
        clips: options.clips,
        featureConfig: options.featureConfig,
        cacheRoot: options.cacheRoot,
      });
      workers.push(w);
      live++;
      // Fed at once, not on 'ready': the message waits in the worker's queue while its backend starts, so the
      // worker starts training even if this thread is then busy (the SVM fits run synchronously here).
      feed(w);
      w.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') {
          backend = msg.backend;
        } else if (msg.type === 'epoch') {
          const r = running.get(msg.id);
          if (r) r.epochs = msg.log.epoch;
          options.onProgress?.({ kind: 'epoch', id: msg.id, epoch: msg.log, jobsDone: results.size, jobsTotal: jobs.length, elapsedSeconds: elapsed(), etaSeconds: eta() });
        } else if (msg.type === 'done') {
          const r = running.get(msg.result.id);
          running.delete(msg.result.id);
          if (r) doneWork += work(r.job);
          const result: JobResult = { ...msg.result, hash: hashes.get(msg.result.id)! };
          try {
            writeFileAtomic(jobResultPath(options.dir, result.id), JSON.stringify(result));
          } catch (e) {
            // A full disk (DISK_FULL) stops the run with its coded error; the jobs already written are kept.
            failure ??= e as Error;
            for (const other of workers) void other.terminate();
            return;
          }
          results.set(result.id, result);
          options.onProgress?.({ kind: 'done', id: result.id, jobsDone: results.size, jobsTotal: jobs.length, elapsedSeconds: elapsed(), etaSeconds: eta() });
          feed(w);
        } else {
          failure ??= new Error(`training job ${msg.id} failed: ${msg.message}`);
          for (const other of workers) void other.terminate();
        }
      });
      w.on('error', (err) => {
        failure ??= new Error(`a training worker crashed: ${err instanceof Error ? err.message : String(err)}`);
        for (const other of workers) void other.terminate();
      });
      w.on('exit', () => {
        live--;
        if (live > 0) return;
        options.signal?.removeEventListener('abort', onAbort);
        if (failure) rejectAll(failure);
        else if (!interrupted && results.size < jobs.length) rejectAll(new Error('every training worker exited before the work was done'));
        else resolveAll();
      });
    }
    if (live === 0) resolveAll();
  });
  return { results, interrupted, backend };
}
