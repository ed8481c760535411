import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { describeError, isVoeError, VoeError, type VoeErrorCode } from '../errors.js';
import { fileError, fsLayer, isEnvironmental } from '../util/files.js';
import { hashConfig, sha256 } from '../util/hash.js';
import { startModuleWorker } from '../util/workers.js';
import type { FeatureConfig } from '../config.js';
import { FeatureCache } from './cache.js';
import { featuresFromWavBytes, EXTRACTOR_VERSION } from './extract.js';
import { checkPerturbation, describePerturbation, isIdentity, normalisePerturbation, type Perturbation } from './perturbation.js';
import type { FeatureSet } from './feature-set.js';

/**
 * Whole-corpus extraction: every file read, hashed, looked up in the cache, and on a miss decoded, resampled,
 * featurised and written back, spread over worker threads (one per core by default). One bad file is reported
 * with its reason and skipped; everything computed before an interruption stays in the cache, so a rerun resumes.
 */
export interface FileOutcome {
  path: string;
  ok: boolean;
  /** Why the file failed (ok = false). */
  reason?: string;
  /** The failure's VoeError code, when it had one. */
  code?: string;
  /**
   * The failure is the machine's, not the file's (a full disk, permissions, an I/O error: `isEnvironmental`): a run
   * must stop on it rather than go on without the file.
   */
  environmental?: boolean;
  cached?: boolean;
  contentHash?: string;
  /** Duration of the decoded audio in seconds. */
  audioSeconds?: number;
  frames?: number;
  /** Cache entries found unreadable and recomputed. */
  warnings?: string[];
}

export interface ExtractionProgress {
  done: number;
  total: number;
  failed: number;
  cached: number;
  audioSeconds: number;
  elapsedSeconds: number;
  last: FileOutcome;
  /** The perturbation of this pass, described ('' = the clips themselves). */
  perturbation: string;
}

export interface ExtractionSummary {
  files: number;
  extracted: number;
  cached: number;
  failed: Array<{ path: string; reason: string; code?: string; environmental?: boolean }>;
  warnings: string[];
  /** Groups of files with byte-identical content (a corpus defect worth knowing: the same clip counted twice). */
  duplicates: string[][];
  audioSeconds: number;
  wallSeconds: number;
  workers: number;
  cacheDir: string;
  configHash: string;
  interrupted: boolean;
  outcomes: FileOutcome[];
}

export interface ExtractionOptions {
  config: FeatureConfig;
  /** Cache root; entries go to <cacheRoot>/features/<configHash>/. */
  cacheRoot: string;
  /** Worker threads; 0 runs in this thread. Default: one per core. */
  workers?: number;
  onProgress?: (p: ExtractionProgress) => void;
  signal?: AbortSignal;
  /** A training-augmentation version of every clip (see perturbation.ts); default none, the clips themselves. */
  perturbation?: Perturbation;
}

/**
 * The hash that names a feature config's cache folder: the config plus the extractor's version, and the
 * perturbation when there is one (the clips themselves keep the hash they always had, so existing caches stay valid).
 */
export function featureConfigHash(config: FeatureConfig, perturbation: Perturbation = {}): string {
  return hashConfig(isIdentity(perturbation) ? { config, extractor: EXTRACTOR_VERSION } : { config, extractor: EXTRACTOR_VERSION, perturbation: normalisePerturbation(perturbation) });
}

/** Reads, hashes, and featurises one file through the cache. Never throws for a bad file: it returns ok = false. */
export async function processFile(path: string, config: FeatureConfig, cache: FeatureCache, perturbation: Perturbation = {}): Promise<FileOutcome> {
  try {
    // A synchronous read: the thread has nothing else to do meanwhile (a worker, or the in-thread loop), and an
    // asynchronous one only adds a hop through the thread pool per file.
    const bytes = readClip(path);
    const contentHash = sha256(bytes);
    const warnings: string[] = [];
    let features = cache.read(contentHash, (w) => warnings.push(w));
    let cached = true;
    if (!features) {
      features = await featuresFromWavBytes(bytes, config, path, perturbation);
      // A cache that cannot be written (full disk) costs the next run time, not this file its features.
      const warning = cache.tryWrite(contentHash, features);
      if (warning) warnings.push(`${path}: ${warning}`);
      cached = false;
    }
    return {
      path,
      ok: true,
      cached,
      contentHash,
      audioSeconds: features.numSamples / features.sr,
      frames: features.frames,
      warnings: warnings.length ? warnings : undefined,
    };
  } catch (e) {
    return { path, ok: false, reason: describeError(e), code: isVoeError(e) ? e.code : undefined, environmental: isEnvironmental(e) || undefined };
  }
}

/** A clip's bytes, through the file layer, with coded errors (IS_A_DIRECTORY, PERMISSION_DENIED, IO_ERROR, …). */
function readClip(path: string): Buffer {
  try {
    return fsLayer().readFileSync(path);
  } catch (e) {
    throw fileError(e, path, 'reading');
  }
}

/**
 * Loads one file's features through the cache (computing and storing them on a miss); throws on a bad file.
 * With a `perturbation`: the features of that version of the clip.
 */
export async function loadFeatures(path: string, config: FeatureConfig, cacheRoot: string, perturbation: Perturbation = {}): Promise<FeatureSet> {
  const cache = new FeatureCache(cacheRoot, featureConfigHash(config, perturbation));
  const bytes = readClip(path);
  const contentHash = sha256(bytes);
  const hit = cache.read(contentHash);
  if (hit) return hit;
  const features = await featuresFromWavBytes(bytes, config, path, perturbation);
  const warning = cache.tryWrite(contentHash, features);
  if (warning && !cacheWarned) {
    // Once per thread: a full cache disk would otherwise repeat it for every clip of every training job.
    cacheWarned = true;
    process.emitWarning(`${path}: ${warning} (further cache failures in this thread are not reported)`, { code: 'VOE_CACHE_WRITE' });
  }
  return features;
}

let cacheWarned = false;

/**
 * Throws the first environmental failure of an extraction (a full disk, a permission, an I/O error: the machine's
 * fault, not the file's) as a coded VoeError, so that a run stops instead of going on with fewer clips. What was
 * computed is in the cache already, so the same command resumes once the problem is fixed.
 */
export function assertNoEnvironmentalFailures(summary: Pick<ExtractionSummary, 'failed'>): void {
  const env = summary.failed.filter((f) => f.environmental);
  if (env.length === 0) return;
  const first = env[0];
  const more = env.length > 1 ? ` (and ${env.length - 1} more files)` : '';
  throw new VoeError(
    (first.code as VoeErrorCode | undefined) ?? 'IO_ERROR',
    `stopped: ${first.reason}${more}. This is the machine's problem, not the clip's, so the run does not go on without ` +
      'it: fix it and run the same command again (every feature computed so far is cached)',
  );
}

export async function extractCorpus(paths: string[], options: ExtractionOptions): Promise<ExtractionSummary> {
  const { config, cacheRoot } = options;
  const perturbation = options.perturbation ?? {};
  checkPerturbation(perturbation);
  const configHash = featureConfigHash(config, perturbation);
  const cache = new FeatureCache(cacheRoot, configHash);
  const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism(), paths.length));
  const start = performance.now();
  const outcomes: FileOutcome[] = new Array(paths.length);
  let done = 0;
  let failed = 0;
  let cachedCount = 0;
  let audioSeconds = 0;
  const record = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    done++;
    if (!outcome.ok) failed++;
    if (outcome.cached) cachedCount++;
    audioSeconds += outcome.audioSeconds ?? 0;
    options.onProgress?.({
      done,
      total: paths.length,
      failed,
      cached: cachedCount,
      audioSeconds,
      elapsedSeconds: (performance.now() - start) / 1000,
      last: outcome,
      perturbation: describePerturbation(perturbation),
    });
  };

  let interrupted = false;
  if (workerCount === 0) {
    for (let i = 0; i < paths.length; i++) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      record(i, await processFile(paths[i], config, cache, perturbation));
    }
  } else {
    interrupted = await runInWorkers(paths, workerCount, config, cacheRoot, perturbation, record, options.signal);
  }

  const finished = outcomes.filter((o): o is FileOutcome => o !== undefined);
  return {
    files: paths.length,
    extracted: finished.filter((o) => o.ok && !o.cached).length,
    cached: cachedCount,
    failed: finished.filter((o) => !o.ok).map((o) => ({ path: o.path, reason: o.reason ?? 'unknown', code: o.code, environmental: o.environmental })),
    warnings: finished.flatMap((o) => o.warnings ?? []),
    duplicates: duplicateGroups(finished),
    audioSeconds,
    wallSeconds: (performance.now() - start) / 1000,
    workers: workerCount,
    cacheDir: cache.dir,
    configHash,
    interrupted,
    outcomes: finished,
  };
}

function duplicateGroups(outcomes: FileOutcome[]): string[][] {
  const byHash = new Map<string, string[]>();
  for (const o of outcomes) {
    if (o.contentHash) byHash.set(o.contentHash, [...(byHash.get(o.contentHash) ?? []), o.path]);
  }
  return [...byHash.values()].filter((paths) => paths.length > 1);
}


/** Files a worker holds at once: the one it works on and the next, so it never waits for this thread to answer. */
const WORKER_QUEUE = 2;

/**
 * Hands files to workers a couple at a time (a worker is sent the next as it finishes one), so a slow file never
 * holds up more than one file queued behind it, and a worker goes straight on to its next file instead of idling
 * until this thread is scheduled to answer. Resolves true if interrupted by the signal; a worker that dies fails
 * only the file it was on (the files queued behind it go to another worker).
 */
function runInWorkers(
  paths: string[],
  workerCount: number,
  config: FeatureConfig,
  cacheRoot: string,
  perturbation: Perturbation,
  record: (index: number, outcome: FileOutcome) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  return new Promise((resolvePromise, rejectPromise) => {
    let next = 0;
    let live = 0;
    let interrupted = false;
    const workers: Worker[] = [];
    /** Files sent to each worker and not yet answered, in the order it takes them. */
    const queued = new Map<Worker, number[]>();
    /** Files taken back from a crashed worker, handed out before new ones. */
    const retry: number[] = [];
    const remaining = () => retry.length > 0 || next < paths.length;

    const finish = (): void => {
      if (live === 0) resolvePromise(interrupted);
    };
    const feed = (w: Worker): void => {
      const q = queued.get(w)!;
      while (!interrupted && q.length < WORKER_QUEUE && remaining()) {
        const index = retry.length > 0 ? retry.shift()! : next++;
        q.push(index);
        w.postMessage({ index, path: paths[index] });
      }
      if (q.length === 0) {
        queued.delete(w);
        void w.terminate();
      }
    };
    const onAbort = (): void => {
      interrupted = true;
      for (const w of workers) void w.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const spawn = (): void => {
      const w = startModuleWorker(import.meta.url, 'batch-worker', { config, cacheRoot, perturbation });
      workers.push(w);
      queued.set(w, []);
      live++;
      w.on('message', (msg: { index: number; outcome: FileOutcome }) => {
        const q = queued.get(w);
        if (q !== undefined) q.splice(q.indexOf(msg.index), 1);
        record(msg.index, msg.outcome);
        if (q !== undefined) feed(w);
      });
      w.on('error', (err) => {
        // A crash (out of memory, a wasm abort) fails only the file it was on; a fresh worker takes its place.
        const q = queued.get(w) ?? [];
        queued.delete(w);
        const index = q.shift();
        if (index !== undefined) {
          record(index, { path: paths[index], ok: false, reason: `worker crashed: ${describeError(err)}` });
        }
        retry.push(...q);
        if (!interrupted && remaining()) spawn();
      });
      w.on('exit', () => {
        // Exited without an error while holding files (not terminated by us): they go to another worker.
        const q = queued.get(w);
        queued.delete(w);
        if (q !== undefined && q.length > 0 && !interrupted) {
          retry.push(...q);
          spawn();
        }
        live--;
        if (live === 0) {
          signal?.removeEventListener('abort', onAbort);
          if (!interrupted && remaining()) {
            rejectPromise(new Error('every feature worker exited before the work was done'));
            return;
          }
        }
        finish();
      });
      feed(w);
    };
    for (let k = 0; k < workerCount; k++) spawn();
  });
}
