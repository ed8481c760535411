import { VoeError } from '../errors.js';
import { activeRegion } from './sequences.js';
/** 2^7.5 ≈ 181 Hz: where a speaker's mean voiced pitch lands. */
export const REFERENCE_LOG2_F0 = 7.5;
/** e^-3 ≈ 0.05: where a speaker's mean active-frame RMS lands (a typical speech level on a ±1 scale). */
export const REFERENCE_LOG_RMS = -3;
const isVoiced = (fs, t) => fs.voicing[t] >= 0.5 && fs.f0[t] > 0;
function rowMoments(clips, pick, topDb) {
    const rows = pick(clips[0]).rows;
    const sum = new Float64Array(rows);
    const sq = new Float64Array(rows);
    let n = 0;
    for (const fs of clips) {
        const m = pick(fs);
        if (m.rows !== rows)
            throw new RangeError(`a clip has ${m.rows} rows where the speaker's first has ${rows}`);
        const { start, end } = activeRegion(fs.rms, topDb);
        for (let r = 0; r < rows; r++) {
            const row = m.data.subarray(r * m.cols, (r + 1) * m.cols);
            for (let t = start; t < end; t++) {
                sum[r] += row[t];
                sq[r] += row[t] * row[t];
            }
        }
        n += end - start;
    }
    const mean = new Float64Array(rows);
    const std = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
        mean[r] = sum[r] / n;
        std[r] = Math.sqrt(Math.max(sq[r] / n - mean[r] * mean[r], 0)) || 1;
    }
    return { mean, std };
}
/** The averages of one speaker's clips (at least one), over their active frames. */
export function speakerStatistics(clips, topDb = 40) {
    if (clips.length === 0)
        throw new VoeError('INVALID_ARGUMENT', 'speaker normalisation needs at least one clip of the speaker');
    const logmel = rowMoments(clips, (fs) => fs.logmel, topDb);
    const mfcc = rowMoments(clips, (fs) => fs.mfcc, topDb);
    let f0Sum = 0;
    let voiced = 0;
    let rmsSum = 0;
    let active = 0;
    for (const fs of clips) {
        const { start, end } = activeRegion(fs.rms, topDb);
        for (let t = start; t < end; t++) {
            rmsSum += Math.log(Math.max(fs.rms[t], 1e-5));
            active++;
            if (isVoiced(fs, t)) {
                f0Sum += Math.log2(fs.f0[t]);
                voiced++;
            }
        }
    }
    return {
        clips: clips.length,
        logmelMean: logmel.mean,
        logmelStd: logmel.std,
        mfccMean: mfcc.mean,
        mfccStd: mfcc.std,
        log2F0: voiced > 0 ? f0Sum / voiced : null,
        logRms: rmsSum / Math.max(active, 1),
    };
}
function normaliseRows(m, mean, scale) {
    const data = new Float32Array(m.data.length);
    for (let r = 0; r < m.rows; r++) {
        const s = scale ? 1 / scale[r] : 1;
        for (let t = 0; t < m.cols; t++)
            data[r * m.cols + t] = (m.data[r * m.cols + t] - mean[r]) * s;
    }
    return { rows: m.rows, cols: m.cols, data };
}
/** A copy of one clip's features expressed relative to its speaker's statistics. */
export function applySpeakerStatistics(fs, stats, mode) {
    const scale = mode === 'zscore';
    const zero = new Float64Array(fs.mfcc.rows);
    const f0Factor = stats.log2F0 === null ? 1 : 2 ** (REFERENCE_LOG2_F0 - stats.log2F0);
    const rmsFactor = Math.exp(REFERENCE_LOG_RMS - stats.logRms);
    return {
        ...fs,
        logmel: normaliseRows(fs.logmel, stats.logmelMean, scale ? stats.logmelStd : null),
        mfcc: normaliseRows(fs.mfcc, stats.mfccMean, scale ? stats.mfccStd : null),
        delta: scale ? normaliseRows(fs.delta, zero, stats.mfccStd) : fs.delta,
        delta2: scale ? normaliseRows(fs.delta2, zero, stats.mfccStd) : fs.delta2,
        f0: fs.f0.map((v) => v * f0Factor),
        rms: fs.rms.map((v) => v * rmsFactor),
    };
}
/**
 * Every clip relative to its own speaker's statistics, measured on `reference` (the same clips by default; e.g.
 * the clean clips when normalising their perturbed versions, so a pitch change survives). `speakers[i]` names
 * clip i's speaker; 'none' returns the clips unchanged.
 */
export function normaliseBySpeaker(clips, speakers, mode, topDb = 40, reference = { clips, speakers }) {
    if (clips.length !== speakers.length)
        throw new RangeError(`${clips.length} clips but ${speakers.length} speakers`);
    if (mode === 'none')
        return clips;
    const bySpeaker = new Map();
    reference.clips.forEach((fs, i) => {
        const list = bySpeaker.get(reference.speakers[i]) ?? [];
        list.push(fs);
        bySpeaker.set(reference.speakers[i], list);
    });
    const stats = new Map([...bySpeaker].map(([s, list]) => [s, speakerStatistics(list, topDb)]));
    return clips.map((fs, i) => {
        const st = stats.get(speakers[i]);
        if (!st)
            throw new VoeError('INVALID_ARGUMENT', `speaker normalisation has no clips of speaker "${speakers[i]}" to measure`);
        return applySpeakerStatistics(fs, st, mode);
    });
}
//# sourceMappingURL=speaker-norm.js.map