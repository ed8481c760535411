import { functionals } from '../features/functionals.js';
/** The functionals SVM's name as a base model of the stack (and of its final model's folder). */
export const FUNCTIONALS_BASE = 'svm-functionals';
/**
 * The classical utterance-level vector for the SVMs: mean and standard deviation of each MFCC, f0 (voiced frames),
 * RMS and ZCR, and the voiced fraction (87 values with 40 MFCCs). Fewer statistics than `functionals()` offers on
 * purpose: libsvm-js has a fixed 16 MiB heap, which 1440 clips × the full 665 values overflow, and the RBF kernel
 * gains little from many correlated percentiles.
 */
export function svmFunctionals(fs) {
    const f = functionals(fs, { include: ['mfcc', 'f0', 'rms', 'zcr'] });
    const keep = f.names.map((n) => /_(mean|std)$/.test(n) || n === 'voiced_fraction');
    return Float32Array.from(f.values.filter((_, i) => keep[i]));
}
/** Rows of p (in `from` class order) into the run's n × k matrix (in `to` order) at clips `idx`. */
export function placeInto(target, p, idx, from, to) {
    const k = to.length;
    const map = from.map((c) => to.indexOf(c));
    idx.forEach((clip, r) => {
        for (let c = 0; c < from.length; c++)
            target[clip * k + map[c]] = p[r * from.length + c];
    });
}
//# sourceMappingURL=functionals-svm.js.map