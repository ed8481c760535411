/**
 * A training worker (see jobs.ts): one tfjs backend, the run's clips' features loaded from the cache on first use
 * and kept, then `{type: 'job'}` messages answered with epoch updates and one `done` (or `error`) each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFeatures } from '../features/batch.js';
import { initBackend } from '../models/backend.js';
import { NeuralClassifier } from '../models/classifier.js';
import { trainingPerturbations } from '../models/config.js';
import { normaliseBySpeaker } from '../models/speaker-norm.js';
import { describePerturbation } from '../features/perturbation.js';
const { clips, featureConfig, cacheRoot } = workerData;
/** Features by version (perturbation described; '' = the clips themselves), then by clip index. */
const features = new Map();
const port = parentPort;
async function featuresOf(indices, perturbation = {}) {
    const key = describePerturbation(perturbation);
    let version = features.get(key);
    if (!version)
        features.set(key, (version = new Map()));
    const out = [];
    for (const i of indices) {
        let fs = version.get(i);
        if (!fs) {
            fs = await loadFeatures(clips[i].path, featureConfig, cacheRoot, perturbation);
            version.set(i, fs);
        }
        out.push(fs);
    }
    return out;
}
async function run(job, backend) {
    const started = performance.now();
    const labels = (idx) => idx.map((i) => clips[i].emotion);
    const clf = new NeuralClassifier(job.config);
    clf.featureConfig = featureConfig;
    clf.notes = { ...job.notes, job: job.id, backend };
    const speakers = (idx) => idx.map((i) => clips[i].speaker);
    // Per-speaker statistics come from each set's own clips of that speaker (never from another set's).
    const norm = (idx, fs, reference) => normaliseBySpeaker(fs, speakers(idx), job.config.speakerNorm, job.config.activeTopDb, reference && { clips: reference, speakers: speakers(idx) });
    const validation = job.validationClips.length
        ? { clips: norm(job.validationClips, await featuresOf(job.validationClips)), labels: labels(job.validationClips) }
        : undefined;
    const trainClean = await featuresOf(job.trainClips);
    const perturbed = [];
    for (const p of trainingPerturbations(job.config.augment))
        perturbed.push(norm(job.trainClips, await featuresOf(job.trainClips, p), trainClean));
    await clf.fit(norm(job.trainClips, trainClean), labels(job.trainClips), {
        validation,
        perturbed,
        onEpoch: (log) => port.postMessage({ type: 'epoch', id: job.id, log }),
    });
    const probs = job.predictClips.length ? clf.predictProba(norm(job.predictClips, await featuresOf(job.predictClips))) : new Float32Array(0);
    if (job.saveModelTo)
        await clf.save(job.saveModelTo);
    const trained = new Set([...job.trainClips, ...job.validationClips].map((i) => clips[i].speaker));
    const t = clf.training;
    clf.dispose();
    return {
        id: job.id,
        classes: clf.classes,
        predictClips: job.predictClips,
        probs: [...probs],
        trainedOnSpeakers: [...trained].sort(),
        history: t.history,
        bestEpoch: t.bestEpoch,
        stoppedEarly: t.stoppedEarly,
        seconds: (performance.now() - started) / 1000,
        backend,
    };
}
const info = await initBackend();
port.on('message', (msg) => {
    run(msg.job, info.details).then((result) => port.postMessage({ type: 'done', result }), (e) => port.postMessage({ type: 'error', id: msg.job.id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
});
port.postMessage({ type: 'ready', backend: info.details });
//# sourceMappingURL=job-worker.js.map