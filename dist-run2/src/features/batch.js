import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describeError } from '../errors.js';
import { hashConfig, sha256 } from '../util/hash.js';
import { startModuleWorker } from '../util/workers.js';
import { FeatureCache } from './cache.js';
import { featuresFromWavBytes, EXTRACTOR_VERSION } from './extract.js';
import { checkPerturbation, describePerturbation, isIdentity, normalisePerturbation } from './perturbation.js';
/**
 * The hash that names a feature config's cache folder: the config plus the extractor's version, and the
 * perturbation when there is one (the clips themselves keep the hash they always had, so existing caches stay valid).
 */
export function featureConfigHash(config, perturbation = {}) {
    return hashConfig(isIdentity(perturbation) ? { config, extractor: EXTRACTOR_VERSION } : { config, extractor: EXTRACTOR_VERSION, perturbation: normalisePerturbation(perturbation) });
}
/** Reads, hashes, and featurises one file through the cache. Never throws for a bad file: it returns ok = false. */
export async function processFile(path, config, cache, perturbation = {}) {
    try {
        // A synchronous read: the thread has nothing else to do meanwhile (a worker, or the in-thread loop), and an
        // asynchronous one only adds a hop through the thread pool per file.
        const bytes = readFileSync(path);
        const contentHash = sha256(bytes);
        const warnings = [];
        let features = cache.read(contentHash, (w) => warnings.push(w));
        let cached = true;
        if (!features) {
            features = await featuresFromWavBytes(bytes, config, path, perturbation);
            cache.write(contentHash, features);
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
    }
    catch (e) {
        return { path, ok: false, reason: describeError(e) };
    }
}
/**
 * Loads one file's features through the cache (computing and storing them on a miss); throws on a bad file.
 * With a `perturbation`: the features of that version of the clip.
 */
export async function loadFeatures(path, config, cacheRoot, perturbation = {}) {
    const cache = new FeatureCache(cacheRoot, featureConfigHash(config, perturbation));
    const bytes = readFileSync(path);
    const contentHash = sha256(bytes);
    const hit = cache.read(contentHash);
    if (hit)
        return hit;
    const features = await featuresFromWavBytes(bytes, config, path, perturbation);
    cache.write(contentHash, features);
    return features;
}
export async function extractCorpus(paths, options) {
    const { config, cacheRoot } = options;
    const perturbation = options.perturbation ?? {};
    checkPerturbation(perturbation);
    const configHash = featureConfigHash(config, perturbation);
    const cache = new FeatureCache(cacheRoot, configHash);
    const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism(), paths.length));
    const start = performance.now();
    const outcomes = new Array(paths.length);
    let done = 0;
    let failed = 0;
    let cachedCount = 0;
    let audioSeconds = 0;
    const record = (index, outcome) => {
        outcomes[index] = outcome;
        done++;
        if (!outcome.ok)
            failed++;
        if (outcome.cached)
            cachedCount++;
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
    }
    else {
        interrupted = await runInWorkers(paths, workerCount, config, cacheRoot, perturbation, record, options.signal);
    }
    const finished = outcomes.filter((o) => o !== undefined);
    return {
        files: paths.length,
        extracted: finished.filter((o) => o.ok && !o.cached).length,
        cached: cachedCount,
        failed: finished.filter((o) => !o.ok).map((o) => ({ path: o.path, reason: o.reason ?? 'unknown' })),
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
function duplicateGroups(outcomes) {
    const byHash = new Map();
    for (const o of outcomes) {
        if (o.contentHash)
            byHash.set(o.contentHash, [...(byHash.get(o.contentHash) ?? []), o.path]);
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
function runInWorkers(paths, workerCount, config, cacheRoot, perturbation, record, signal) {
    return new Promise((resolvePromise, rejectPromise) => {
        let next = 0;
        let live = 0;
        let interrupted = false;
        const workers = [];
        /** Files sent to each worker and not yet answered, in the order it takes them. */
        const queued = new Map();
        /** Files taken back from a crashed worker, handed out before new ones. */
        const retry = [];
        const remaining = () => retry.length > 0 || next < paths.length;
        const finish = () => {
            if (live === 0)
                resolvePromise(interrupted);
        };
        const feed = (w) => {
            const q = queued.get(w);
            while (!interrupted && q.length < WORKER_QUEUE && remaining()) {
                const index = retry.length > 0 ? retry.shift() : next++;
                q.push(index);
                w.postMessage({ index, path: paths[index] });
            }
            if (q.length === 0) {
                queued.delete(w);
                void w.terminate();
            }
        };
        const onAbort = () => {
            interrupted = true;
            for (const w of workers)
                void w.terminate();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const spawn = () => {
            const w = startModuleWorker(import.meta.url, 'batch-worker', { config, cacheRoot, perturbation });
            workers.push(w);
            queued.set(w, []);
            live++;
            w.on('message', (msg) => {
                const q = queued.get(w);
                if (q !== undefined)
                    q.splice(q.indexOf(msg.index), 1);
                record(msg.index, msg.outcome);
                if (q !== undefined)
                    feed(w);
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
                if (!interrupted && remaining())
                    spawn();
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
        for (let k = 0; k < workerCount; k++)
            spawn();
    });
}
//# sourceMappingURL=batch.js.map