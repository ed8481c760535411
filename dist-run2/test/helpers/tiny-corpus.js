/**
 * A tiny RAVDESS corpus for end-to-end runs: six actors of the shared speech set, each one's clips of statement 01,
 * repetition 01 (15 a speaker: every emotion, both intensities), symlinked into `root`/data, never copied.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './shared.js';
export const TINY_DATA = 'data/ravdess-speech-16k';
export const TINY_CLIPS = 90;
export function tinyCorpus(root) {
    const data = join(root, 'data');
    for (const a of ['01', '02', '03', '04', '05', '06']) {
        const dir = join(data, `Actor_${a}`);
        mkdirSync(dir, { recursive: true });
        for (const f of readdirSync(sharedPath(`${TINY_DATA}/Actor_${a}`)).filter((f) => /^03-01-\d\d-\d\d-01-01-\d\d\.wav$/.test(f))) {
            symlinkSync(sharedPath(`${TINY_DATA}/Actor_${a}/${f}`), join(dir, f));
        }
    }
    return data;
}
/** Small networks and SVM grid, three folds: the settings of a CI-sized experiment (flat, as in config.json). */
export function tinySettings(root) {
    const small = { epochs: 2, patience: 100, cropFrames: 32, testHopFrames: 16, validationSpeakers: 1 };
    return {
        data: tinyCorpus(root),
        out: join(root, 'out'),
        cacheRoot: join(root, 'cache'),
        folds: 3,
        workers: 2,
        cnn: { ...small, kind: '1d', filters: [8, 8], kernelSize: 3, pool: true, dropout: 0 },
        rnn: { ...small, cell: 'gru', units: 8, layers: 1, convFilters: [], bidirectional: false, pooling: 'last', dropout: 0 },
        svm: { C: [1, 10], gammaScale: [1], innerFolds: 2, classWeight: 'balanced' },
    };
}
//# sourceMappingURL=tiny-corpus.js.map