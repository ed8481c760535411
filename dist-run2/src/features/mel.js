import { forEachPowerFrame, frameCount, resolveStft, } from './stft.js';
// Slaney's Auditory Toolbox constants (librosa `hz_to_mel`).
const F_SP = 200.0 / 3;
const MIN_LOG_HZ = 1000.0;
const MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
const LOGSTEP = Math.log(6.4) / 27.0;
/** Hz → mel (`librosa.hz_to_mel`); `htk` chooses the HTK formula instead of Slaney's. */
export function hzToMel(frequency, htk = false) {
    if (htk)
        return 2595.0 * Math.log10(1.0 + frequency / 700.0);
    if (frequency >= MIN_LOG_HZ)
        return MIN_LOG_MEL + Math.log(frequency / MIN_LOG_HZ) / LOGSTEP;
    return frequency / F_SP;
}
/** Mel → Hz (`librosa.mel_to_hz`), the inverse of `hzToMel`. */
export function melToHz(mel, htk = false) {
    if (htk)
        return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
    if (mel >= MIN_LOG_MEL)
        return MIN_LOG_HZ * Math.exp(LOGSTEP * (mel - MIN_LOG_MEL));
    return F_SP * mel;
}
/**
 * `librosa.mel_frequencies(n_mels, fmin, fmax, htk)`: n_mels frequencies (Hz) equally spaced on the mel scale
 * from fmin to fmax inclusive (numpy `linspace` arithmetic: start + i·step, last point exactly the stop).
 */
export function melFrequencies(n_mels = 128, fmin = 0.0, fmax = 11025.0, htk = false) {
    const minMel = hzToMel(fmin, htk);
    const maxMel = hzToMel(fmax, htk);
    const out = new Float64Array(n_mels);
    const step = n_mels > 1 ? (maxMel - minMel) / (n_mels - 1) : 0;
    for (let i = 0; i < n_mels; i++)
        out[i] = melToHz(i === n_mels - 1 && n_mels > 1 ? maxMel : minMel + i * step, htk);
    return out;
}
/** `librosa.fft_frequencies(sr, n_fft)` = `np.fft.rfftfreq(n_fft, 1/sr)`: centre of every bin, Hz. */
export function fftFrequencies(sr, n_fft) {
    const bins = (n_fft >> 1) + 1;
    const val = 1.0 / (n_fft * (1.0 / sr));
    const out = new Float64Array(bins);
    for (let k = 0; k < bins; k++)
        out[k] = k * val;
    return out;
}
const bankCache = new Map();
/**
 * `librosa.filters.mel(sr=, n_fft=, n_mels=, fmin=, fmax=, htk=, norm=)` in sparse form (cached per parameter
 * set; treat the result as read-only). Triangles are computed in float64 as librosa does before its float32 cast.
 */
export function melFilterbank(opts) {
    const sr = opts.sr;
    const n_fft = opts.n_fft ?? 2048;
    const n_mels = opts.n_mels ?? 128;
    const fmin = opts.fmin ?? 0.0;
    const fmax = opts.fmax ?? sr / 2;
    const htk = opts.htk ?? false;
    const norm = opts.norm === undefined ? 'slaney' : opts.norm;
    if (!(sr > 0))
        throw new RangeError(`sr must be positive, got ${sr}`);
    if (!Number.isInteger(n_mels) || n_mels < 1)
        throw new RangeError(`n_mels must be a positive integer, got ${n_mels}`);
    if (!(fmin >= 0 && fmax > fmin))
        throw new RangeError(`need 0 ≤ fmin < fmax, got fmin=${fmin}, fmax=${fmax}`);
    const key = JSON.stringify([sr, n_fft, n_mels, fmin, fmax, htk, norm]);
    const cached = bankCache.get(key);
    if (cached)
        return cached;
    const fftfreqs = fftFrequencies(sr, n_fft);
    const n_bins = fftfreqs.length;
    const melF = melFrequencies(n_mels + 2, fmin, fmax, htk);
    const start = new Int32Array(n_mels);
    const offset = new Int32Array(n_mels + 1);
    const runs = [];
    const row = new Float64Array(n_bins);
    for (let m = 0; m < n_mels; m++) {
        // librosa: lower = -(mel_f[m] - f) / fdiff[m]; upper = (mel_f[m+2] - f) / fdiff[m+1]; max(0, min(lower, upper))
        const fdiffLo = melF[m + 1] - melF[m];
        const fdiffHi = melF[m + 2] - melF[m + 1];
        let first = -1;
        let last = -1;
        for (let k = 0; k < n_bins; k++) {
            const lower = -(melF[m] - fftfreqs[k]) / fdiffLo;
            const upper = (melF[m + 2] - fftfreqs[k]) / fdiffHi;
            const w = Math.max(0, Math.min(lower, upper));
            row[k] = w;
            if (w > 0) {
                if (first < 0)
                    first = k;
                last = k;
            }
        }
        let scale = 1;
        if (norm === 'slaney') {
            scale = 2.0 / (melF[m + 2] - melF[m]);
        }
        else if (typeof norm === 'number') {
            scale = pNormScale(row, norm);
        }
        else if (norm !== null) {
            throw new RangeError(`unsupported mel norm ${String(norm)}`);
        }
        const run = first < 0 ? new Float64Array(0) : row.slice(first, last + 1);
        for (let i = 0; i < run.length; i++)
            run[i] *= scale;
        start[m] = Math.max(first, 0);
        offset[m + 1] = offset[m] + run.length;
        runs.push(run);
    }
    const weights = new Float64Array(offset[n_mels]);
    for (let m = 0; m < n_mels; m++)
        weights.set(runs[m], offset[m]);
    const bank = { n_mels, n_bins, start, offset, weights };
    bankCache.set(key, bank);
    return bank;
}
/** 1 / ‖row‖_p, or 1 when the norm is below float64's tiny (librosa `util.normalize`, threshold = tiny). */
function pNormScale(row, p) {
    let n = 0;
    if (p === Infinity) {
        for (const v of row)
            n = Math.max(n, Math.abs(v));
    }
    else if (p > 0) {
        for (const v of row)
            n += Math.pow(Math.abs(v), p);
        n = Math.pow(n, 1 / p);
    }
    else {
        throw new RangeError(`mel norm must be 'slaney', null or a positive number, got ${p}`);
    }
    return n < 2.2250738585072014e-308 ? 1 : 1 / n;
}
/** The dense n_mels × (1 + n_fft/2) matrix of a filterbank, as `librosa.filters.mel` returns it. */
export function melFilterbankDense(bank) {
    const { n_mels, n_bins, start, offset, weights } = bank;
    const data = new Float32Array(n_mels * n_bins);
    for (let m = 0; m < n_mels; m++) {
        for (let j = offset[m]; j < offset[m + 1]; j++)
            data[m * n_bins + start[m] + j - offset[m]] = weights[j];
    }
    return { rows: n_mels, cols: n_bins, data };
}
/** out[m] = Σ_k bank[m, k] · spectrum[k], over the sparse filters (float64 accumulation). */
export function applyMelFilterbank(bank, spectrum, out) {
    const { n_mels, start, offset, weights } = bank;
    for (let m = 0; m < n_mels; m++) {
        const j1 = offset[m + 1];
        const base = start[m] - offset[m];
        let acc = 0;
        for (let j = offset[m]; j < j1; j++)
            acc += weights[j] * spectrum[base + j];
        out[m] = acc;
    }
}
/**
 * STFT options of `melspectrogram`, whose own hop_length default is 512 (not stft's win_length / 4: the two
 * differ when win_length is given without hop_length).
 */
export function resolveMelStft(opts) {
    return resolveStft({ ...opts, hop_length: opts.hop_length ?? 512 });
}
/**
 * `librosa.feature.melspectrogram(y=, sr=, n_fft=, hop_length=, win_length=, window='hann', center=,
 * pad_mode='constant', power=, n_mels=, fmin=, fmax=, htk=, norm=)`: n_mels × frames.
 */
export function melspectrogram(y, opts) {
    const stft = resolveMelStft(opts);
    const bank = melFilterbank({ ...opts, n_fft: stft.n_fft });
    const p = opts.power ?? 2;
    const rows = bank.n_mels;
    const cols = frameCount(y.length, stft.n_fft, stft.hop_length, stft.center);
    const data = new Float32Array(rows * cols);
    const mel = new Float64Array(rows);
    forEachPowerFrame(y, stft, (t, power) => {
        if (p !== 2)
            for (let k = 0; k < power.length; k++)
                power[k] = Math.pow(power[k], p / 2);
        applyMelFilterbank(bank, power, mel);
        for (let m = 0; m < rows; m++)
            data[m * cols + t] = mel[m];
    });
    return { rows, cols, data };
}
//# sourceMappingURL=mel.js.map