/**
 * Loudness normalisation of a clip: to a peak level or an RMS level. Both refuse silent clips rather than divide
 * by (almost) zero and return a clip of amplified noise.
 */
import { AudioError } from '../errors.js';
/**
 * A clip whose peak is below this (−120 dBFS) counts as silent. For scale: one LSB of 16-bit audio is 3.1e-5
 * (−90 dBFS), so only digital silence or a few LSBs of 24-bit audio fall below.
 */
export const SILENT_PEAK = 1e-6;
/** Largest absolute sample; NaN if any sample is NaN (a plain max would skip it). */
function peakOf(y) {
    let peak = 0;
    for (let i = 0; i < y.length; i++) {
        const a = Math.abs(y[i]);
        if (a > peak)
            peak = a;
        else if (Number.isNaN(a))
            return NaN;
    }
    return peak;
}
function checkNotSilent(y, peak, what) {
    if (y.length === 0)
        throw new AudioError('NO_SAMPLES', `cannot ${what} an empty signal`);
    if (!Number.isFinite(peak))
        throw new AudioError('NON_FINITE_SAMPLES', `cannot ${what} a signal containing NaN or infinite values`);
    if (!(peak >= SILENT_PEAK)) {
        throw new AudioError('SILENT_AUDIO', `cannot ${what} a silent signal (peak ${peak.toExponential(2)} < ${SILENT_PEAK}, i.e. below −120 dBFS)`);
    }
}
function scaled(y, gain) {
    const out = new Float32Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] * gain;
    return out;
}
/**
 * Scale `y` so that its largest absolute sample equals `target` (default 1.0, full scale). Returns a new array.
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal;
 *   INVALID_ARGUMENT for a target that is not a positive number.
 */
export function normalizePeak(y, target = 1.0) {
    if (!(target > 0) || !Number.isFinite(target))
        throw new AudioError('INVALID_ARGUMENT', `peak target must be a positive number, got ${target}`);
    const peak = peakOf(y);
    checkNotSilent(y, peak, 'peak-normalise');
    return scaled(y, target / peak);
}
/**
 * Scale `y` so that its RMS level is `targetDb` dB relative to full scale (default −20 dBFS, i.e. RMS 0.1).
 * Returns a new array. The peak is not limited: a very peaky clip can exceed ±1 (no clipping is applied).
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal.
 */
export function normalizeRms(y, targetDb = -20) {
    if (!Number.isFinite(targetDb))
        throw new AudioError('INVALID_ARGUMENT', `RMS target must be a finite number of dB, got ${targetDb}`);
    let sumSq = 0;
    for (let i = 0; i < y.length; i++)
        sumSq += y[i] * y[i];
    const peak = Number.isFinite(sumSq) ? peakOf(y) : NaN;
    checkNotSilent(y, peak, 'RMS-normalise');
    const rms = Math.sqrt(sumSq / y.length);
    return scaled(y, 10 ** (targetDb / 20) / rms);
}
/**
 * Scale `y` so that the RMS of its active frames is `targetDb` dBFS: a recording's level, which says more about the
 * microphone, its gain and the distance to it than about the speaker, is taken out before any feature is computed.
 *
 * Active frames are those whose RMS is within `topDb` (default 40 dB) of the loudest frame's, on 25 ms frames every
 * 10 ms. Both the set of active frames and the level are defined relative to the clip itself, so the result does not
 * depend on the clip's gain: `normalizeActiveLevel(g · y)` equals `normalizeActiveLevel(y)` for any g > 0, up to
 * float rounding (test/audio/normalize.test.ts). This is the idea of ITU-T P.56's active speech level, with a
 * simpler activity threshold. The gain is capped at `maxGainDb` (default 60 dB), so a clip of near-silence is not
 * blown up into full-scale noise.
 * @throws AudioError SILENT_AUDIO when the peak is below `SILENT_PEAK`; NO_SAMPLES for an empty signal.
 */
export function normalizeActiveLevel(y, sr, targetDb, { topDb = 40, maxGainDb = 60 } = {}) {
    if (!Number.isFinite(targetDb))
        throw new AudioError('INVALID_ARGUMENT', `level target must be a finite number of dB, got ${targetDb}`);
    checkNotSilent(y, peakOf(y), 'level-normalise');
    const frame = Math.max(1, Math.round(0.025 * sr));
    const hop = Math.max(1, Math.round(0.01 * sr));
    // Frame energies (mean square); a clip shorter than one frame is one frame.
    const energies = [];
    for (let start = 0; start === 0 || start + frame <= y.length; start += hop) {
        const end = Math.min(y.length, start + frame);
        let sum = 0;
        for (let i = start; i < end; i++)
            sum += y[i] * y[i];
        energies.push(sum / (end - start));
        if (end === y.length)
            break;
    }
    let loudest = 0;
    for (const e of energies)
        if (e > loudest)
            loudest = e;
    const floor = loudest * 10 ** (-topDb / 10);
    let sum = 0;
    let active = 0;
    for (const e of energies) {
        if (e >= floor) {
            sum += e;
            active++;
        }
    }
    const levelDb = 10 * Math.log10(sum / active);
    const gainDb = Math.min(maxGainDb, targetDb - levelDb);
    return { y: scaled(y, 10 ** (gainDb / 20)), gainDb, levelDb, activeFraction: active / energies.length };
}
//# sourceMappingURL=normalize.js.map