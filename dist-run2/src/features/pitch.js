/**
 * Fundamental frequency by YIN and pYIN, exactly as librosa 0.11 defines them (`librosa.yin`, `librosa.pyin`),
 * with librosa's parameter names and defaults.
 *
 * librosa 0.11 computes YIN's difference function over the whole frame (its `win_length` argument is deprecated
 * and ignored since librosa PR #1882): see pitch-cmnd.ts for the formula and for the blocked FFT algorithm that
 * makes it cheap here. Frames are centred with zero padding (`pad_mode='constant'`, librosa's default).
 *
 * Periods are searched from min_period = ⌊sr/fmax⌋ to max_period = min(⌈sr/fmin⌉, frame_length − 1) samples.
 *
 * - YIN: the first trough (local minimum; index 0 counts if below index 1) of the CMND below `trough_threshold`,
 *   or the global minimum if there is none, refined by parabolic interpolation; f0 = sr / period. Silence gives
 *   sr / min_period (the CMND is 0 everywhere and its first index wins), as in librosa.
 * - pYIN: see pitch-pyin.ts.
 *
 * Arithmetic is float64 throughout (librosa runs YIN in the input's float32), so results agree with librosa to
 * rounding except where rounding decides (two troughs, or a trough and the threshold, equal to ~1e-7; frames
 * whose CMND is flat, such as a frame holding a single non-zero sample, where librosa's FFT rounding noise picks
 * the minimum).
 */
import { VoeError } from '../errors.js';
import { forEachCmnd, frameCount } from './pitch-cmnd.js';
import { parabolicShift, PyinDecoder } from './pitch-pyin.js';
function invalid(message) {
    return new VoeError('INVALID_ARGUMENT', message);
}
/** Defaults and librosa's parameter checks (`__check_yin_params`), plus a finite-input check (`valid_audio`). */
function resolve(y, o) {
    const sr = o.sr ?? 22050;
    const { fmin, fmax } = o;
    const frame_length = o.frame_length ?? 2048;
    const hop_length = o.hop_length ?? Math.floor(frame_length / 4);
    const center = o.center ?? true;
    if (o.pad_mode !== undefined && o.pad_mode !== 'constant') {
        throw invalid(`pad_mode '${String(o.pad_mode)}' is not supported: only 'constant' (zero padding)`);
    }
    if (!(sr > 0) || !Number.isFinite(sr))
        throw invalid(`sr must be a positive number, got ${sr}`);
    if (fmin === undefined || fmax === undefined)
        throw invalid('both fmin and fmax must be provided');
    if (!Number.isInteger(frame_length) || frame_length < 2)
        throw invalid(`frame_length must be an integer ≥ 2, got ${frame_length}`);
    if (!Number.isInteger(hop_length) || hop_length < 1)
        throw invalid(`hop_length must be a positive integer, got ${hop_length}`);
    if (fmax > sr / 2)
        throw invalid(`fmax=${fmax} cannot exceed the Nyquist frequency ${sr / 2}`);
    if (!(fmin < fmax))
        throw invalid(`fmin=${fmin} must be less than fmax=${fmax}`);
    if (!(fmin > 0))
        throw invalid(`fmin=${fmin} must be strictly positive`);
    if (sr / fmin >= frame_length - 1) {
        throw invalid(`fmin=${fmin} is too small for frame_length=${frame_length} and sr=${sr}: ` +
            `raise fmin to ${(sr / (frame_length - 1)).toFixed(3)} or frame_length to ${Math.ceil(sr / fmin) + 1}`);
    }
    const minPeriod = Math.floor(sr / fmax);
    const maxPeriod = Math.min(Math.ceil(sr / fmin), frame_length - 1);
    if (maxPeriod - minPeriod < 2)
        throw invalid(`fmin=${fmin} and fmax=${fmax} leave fewer than 3 periods to search`);
    const bad = firstNonFinite(y);
    if (bad >= 0)
        throw invalid(`audio has a non-finite sample (${y[bad]}) at index ${bad}`);
    const g = { frame_length, hop_length, minPeriod, maxPeriod, center };
    frameCountOrThrow(y.length, g);
    return { sr, fmin, fmax, g };
}
/** Index of the first NaN or ±Infinity in y, or −1. */
function firstNonFinite(y) {
    // NaN as soon as one sample is NaN or infinite; four sums so the additions don't wait on each other.
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    const n4 = y.length - (y.length % 4);
    for (let i = 0; i < n4; i += 4) {
        a0 += y[i] * 0;
        a1 += y[i + 1] * 0;
        a2 += y[i + 2] * 0;
        a3 += y[i + 3] * 0;
    }
    for (let i = n4; i < y.length; i++)
        a0 += y[i] * 0;
    if (a0 + a1 + a2 + a3 === 0)
        return -1;
    for (let i = 0; i < y.length; i++)
        if (!Number.isFinite(y[i]))
            return i;
    return -1;
}
function frameCountOrThrow(n, g) {
    try {
        return frameCount(n, g);
    }
    catch (e) {
        throw invalid(e.message);
    }
}
/**
 * YIN f0 per frame (librosa.yin). With the project's defaults (sr 16000, fmin 50, fmax 600, frame_length 1024,
 * hop_length 160) there are 1 + ⌊len/160⌋ frames.
 */
export function yin(y, options) {
    return yinWithPeriodicity(y, options).f0;
}
/**
 * YIN f0 together with what YIN already knows about each frame's periodicity: the CMND value at the chosen
 * period (`aperiodicity`) and max(0, 1 − that) (`periodicity`). Same cost as `yin`.
 */
export function yinWithPeriodicity(y, options) {
    const { sr, g } = resolve(y, options);
    const threshold = options.trough_threshold ?? 0.1;
    const frames = frameCount(y.length, g);
    const f0 = new Float32Array(frames);
    const aperiodicity = new Float32Array(frames);
    const periodicity = new Float32Array(frames);
    const minP = g.minPeriod;
    forEachCmnd(y, g, (t, c, energy, k) => {
        // k: the first trough below the threshold, else the global minimum (yinTrough).
        f0[t] = sr / (minP + k + parabolicShift(c, k));
        const ap = energy === 0 ? 1 : c[k];
        aperiodicity[t] = ap;
        periodicity[t] = ap < 1 ? 1 - ap : 0;
    }, options.engine, 
    // A NaN threshold admits no trough (every comparison is false): the same as −∞.
    Number.isNaN(threshold) ? -Infinity : threshold);
    return { f0, aperiodicity, periodicity };
}
/**
 * Probabilistic YIN (librosa.pyin): f0 (NaN where unvoiced), voicing decision and voicing probability per frame.
 * Slower than `yin` (Viterbi over 2 × 431 states with the defaults).
 */
export function pyin(y, options) {
    const { sr, fmin, fmax, g } = resolve(y, options);
    const n_thresholds = options.n_thresholds ?? 100;
    if (!Number.isInteger(n_thresholds) || n_thresholds < 1)
        throw invalid(`n_thresholds must be a positive integer`);
    const decoder = new PyinDecoder({
        sr,
        fmin,
        fmax,
        hop_length: g.hop_length,
        minPeriod: g.minPeriod,
        n_thresholds,
        beta_parameters: options.beta_parameters ?? [2, 18],
        boltzmann_parameter: options.boltzmann_parameter ?? 2,
        resolution: options.resolution ?? 0.1,
        max_transition_rate: options.max_transition_rate ?? 35.92,
        switch_prob: options.switch_prob ?? 0.01,
        no_trough_prob: options.no_trough_prob ?? 0.01,
    });
    const frames = frameCount(y.length, g);
    decoder.begin(frames, g.maxPeriod - g.minPeriod + 1);
    forEachCmnd(y, g, (t, c) => decoder.addFrame(t, c), options.engine);
    const states = decoder.decode();
    const n = decoder.nPitchBins;
    const fill = options.fill_na === undefined ? NaN : options.fill_na;
    const f0 = new Float32Array(frames);
    const voiced_flag = new Uint8Array(frames);
    const voiced_prob = new Float32Array(frames);
    for (let t = 0; t < frames; t++) {
        const s = states[t];
        const voiced = s < n;
        voiced_flag[t] = voiced ? 1 : 0;
        f0[t] = voiced || fill === null ? decoder.binFrequency(s % n) : fill;
        voiced_prob[t] = decoder.voicedProb[t];
    }
    return { f0, voiced_flag, voiced_prob };
}
//# sourceMappingURL=pitch.js.map