/**
 * Versions of a clip made for training augmentation, computed from the waveform before featurisation and cached
 * like any features (each version under its own cache folder): a speed change (Ko et al. 2015: tempo and pitch
 * both scale, as a resampling does), or white noise at a random signal-to-noise ratio. Test clips are never
 * perturbed.
 */
import { AudioError } from '../errors.js';
import { Rng } from '../util/random.js';
export function isIdentity(p) {
    return (p.speed === undefined || p.speed === 1) && p.noise === undefined;
}
/** Throws AudioError INVALID_ARGUMENT for a speed outside 0.5–2 or a noise range that is not two finite dB values, low ≤ high. */
export function checkPerturbation(p) {
    if (p.speed !== undefined && !(Number.isFinite(p.speed) && p.speed >= 0.5 && p.speed <= 2)) {
        throw new AudioError('INVALID_ARGUMENT', `speed factor must be between 0.5 and 2, got ${p.speed}`);
    }
    if (p.noise) {
        const [lo, hi] = p.noise.snrDb;
        if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) || !(Number.isInteger(p.noise.copy) && p.noise.copy >= 0)) {
            throw new AudioError('INVALID_ARGUMENT', `noise needs an SNR range [low, high] in dB and a copy number ≥ 0, got ${JSON.stringify(p.noise)}`);
        }
    }
}
/** The perturbation without its no-op parts, for hashing: {} for the clip itself. */
export function normalisePerturbation(p) {
    return {
        ...(p.speed !== undefined && p.speed !== 1 ? { speed: p.speed } : {}),
        ...(p.noise ? { noise: { snrDb: [p.noise.snrDb[0], p.noise.snrDb[1]], copy: p.noise.copy } } : {}),
    };
}
/** A short name, also a key: '' for none, 'speed 0.9', 'noise 10–30 dB #0'. */
export function describePerturbation(p) {
    const parts = [];
    if (p.speed !== undefined && p.speed !== 1)
        parts.push(`speed ${p.speed}`);
    if (p.noise)
        parts.push(`noise ${p.noise.snrDb[0]}–${p.noise.snrDb[1]} dB #${p.noise.copy}`);
    return parts.join(', ');
}
/** A 32-bit seed from a clip's content hash (hex) and a copy number. */
export function noiseSeed(contentHash, copy) {
    return (Number.parseInt(contentHash.slice(0, 8), 16) ^ Math.imul(copy + 1, 0x9e3779b1)) >>> 0;
}
/**
 * `y` plus white Gaussian noise at `snrDb` below its mean power (a new array). A silent `y` gets no noise: there is
 * no level to set it against, and feature extraction rejects the clip as silent anyway.
 */
export function addNoise(y, snrDb, rng) {
    let power = 0;
    for (let i = 0; i < y.length; i++)
        power += y[i] * y[i];
    power /= Math.max(1, y.length);
    const sigma = Math.sqrt(power / 10 ** (snrDb / 10));
    const out = new Float32Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] + sigma * rng.normal();
    return out;
}
/** The noise of perturbation `p` for the clip with content hash `contentHash`, applied to `y` (unchanged without noise). */
export function applyNoise(y, p, contentHash) {
    if (!p.noise)
        return y;
    const rng = new Rng(noiseSeed(contentHash, p.noise.copy));
    const [lo, hi] = p.noise.snrDb;
    return addNoise(y, lo + (hi - lo) * rng.next(), rng);
}
//# sourceMappingURL=perturbation.js.map