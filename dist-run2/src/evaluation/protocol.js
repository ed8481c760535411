import { VoeError } from '../errors.js';
import { validationSpeakers } from '../scoring/folds.js';
/** A seed per job, derived from the run's seed and the job's place, so jobs differ but the run is reproducible. */
export function jobSeed(seed, ...parts) {
    let h = seed >>> 0;
    for (const p of parts)
        h = (Math.imul(h ^ (p + 0x9e3779b9), 0x85ebca6b) + 0x27d4eb2f) >>> 0;
    return h % 2147483647 || 1;
}
/** Splits training indices into those of `validationSpeakers` (early stopping) and the rest. */
export function holdOutValidation(items, trainIdx, nSpeakers, seed) {
    if (nSpeakers <= 0)
        return { train: trainIdx, validation: [], validationSpeakers: [] };
    const chosen = new Set(validationSpeakers(items, trainIdx, nSpeakers, seed));
    return {
        train: trainIdx.filter((i) => !chosen.has(items[i].speaker)),
        validation: trainIdx.filter((i) => chosen.has(items[i].speaker)),
        validationSpeakers: [...chosen],
    };
}
export function foldJobs(items, split, config, seed) {
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
export function pairJobId(architecture, i, j) {
    const [a, b] = i < j ? [i, j] : [j, i];
    return `${architecture}-pair-${a + 1}-${b + 1}`;
}
export function pairJobs(items, split, config, seed) {
    if (split.leaky) {
        throw new VoeError('INVALID_ARGUMENT', 'the stacking experiment is speaker-independent only; compare on the leaky split with `voe compare --protocol random-leaky`');
    }
    const k = split.folds.length;
    if (k > 8) {
        throw new VoeError('INVALID_ARGUMENT', `nested cross-validation over ${k} outer folds needs ${(k * (k - 1)) / 2} trainings per model; use 8 or fewer speaker folds`);
    }
    const jobs = [];
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
export function finalJob(items, config, epochs, seed, saveModelTo) {
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
export function medianBestEpoch(bestEpochs) {
    const s = [...bestEpochs].sort((a, b) => a - b);
    if (s.length === 0)
        throw new RangeError('no runs to take a median of');
    return Math.max(1, Math.round(s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2));
}
//# sourceMappingURL=protocol.js.map