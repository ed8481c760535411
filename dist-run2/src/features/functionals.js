/**
 * Utterance-level functionals: fixed-length summaries of frame-level tracks, the input of classical baselines
 * (an SVM on MFCC and pitch statistics, as in the openSMILE/eGeMAPS tradition).
 *
 * For every track: mean, std (population), min, max, the 10th/50th/90th percentiles (linear interpolation, as
 * numpy's default) and the slope of a least-squares line against time in seconds. Pitch statistics are taken over
 * voiced frames only (voicing ≥ `voicedThreshold`) and come with the voiced fraction; an utterance with no voiced
 * frame gets zeros for them (and a voiced fraction of 0, which says so).
 */
export const FUNCTIONAL_STATS = ['mean', 'std', 'min', 'max', 'p10', 'p50', 'p90', 'slope'];
export const DEFAULT_FUNCTIONALS = Object.freeze({
    include: ['mfcc', 'delta', 'f0', 'rms', 'zcr'],
    voicedThreshold: 0.5,
});
export function functionals(fs, options = {}) {
    const opts = { ...DEFAULT_FUNCTIONALS, ...options };
    const names = [];
    const values = [];
    const secondsPerFrame = fs.hop_length / fs.sr;
    const push = (prefix, track, times) => {
        const stats = summarize(track, times ?? null, secondsPerFrame);
        FUNCTIONAL_STATS.forEach((s, i) => {
            names.push(`${prefix}_${s}`);
            values.push(stats[i]);
        });
    };
    const pushMatrix = (prefix, m) => {
        for (let r = 0; r < m.rows; r++)
            push(`${prefix}${r}`, m.data.subarray(r * m.cols, (r + 1) * m.cols));
    };
    for (const what of opts.include) {
        switch (what) {
            case 'mfcc':
            case 'delta':
            case 'delta2':
            case 'logmel':
                pushMatrix(what, fs[what]);
                break;
            case 'rms':
            case 'zcr':
                push(what, fs[what]);
                break;
            case 'f0': {
                const voicedF0 = [];
                const voicedTimes = [];
                for (let t = 0; t < fs.frames; t++) {
                    if (fs.voicing[t] >= opts.voicedThreshold && Number.isFinite(fs.f0[t])) {
                        voicedF0.push(fs.f0[t]);
                        voicedTimes.push(t);
                    }
                }
                push('f0', voicedF0, voicedTimes);
                names.push('voiced_fraction');
                values.push(fs.frames > 0 ? voicedF0.length / fs.frames : 0);
                break;
            }
        }
    }
    return { names, values: Float32Array.from(values) };
}
/**
 * [mean, std, min, max, p10, p50, p90, slope] of a track; `frameIndex` gives each value's frame when the track is a
 * subset of frames. An empty track gives zeros.
 */
export function summarize(track, frameIndex, secondsPerFrame) {
    const n = track.length;
    if (n === 0)
        return new Array(FUNCTIONAL_STATS.length).fill(0);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
        const v = track[i];
        sum += v;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    const mean = sum / n;
    let sq = 0;
    let tMean = 0;
    for (let i = 0; i < n; i++)
        tMean += frameIndex ? frameIndex[i] : i;
    tMean /= n;
    let stt = 0;
    let sty = 0;
    for (let i = 0; i < n; i++) {
        const d = track[i] - mean;
        sq += d * d;
        const dt = (frameIndex ? frameIndex[i] : i) - tMean;
        stt += dt * dt;
        sty += dt * d;
    }
    const sorted = Float64Array.from(track).sort();
    const slopePerFrame = stt > 0 ? sty / stt : 0;
    return [
        mean,
        Math.sqrt(sq / n),
        min,
        max,
        percentile(sorted, 10),
        percentile(sorted, 50),
        percentile(sorted, 90),
        slopePerFrame / secondsPerFrame,
    ];
}
/** numpy.percentile's default ('linear') on an ascending array. */
export function percentile(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const pos = (q / 100) * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
//# sourceMappingURL=functionals.js.map