export function inputDims(input, fs) {
    switch (input) {
        case 'logmel':
            return fs.logmel.rows;
        case 'mfcc-deltas':
            return 3 * fs.mfcc.rows;
        case 'logmel-pitch':
            return fs.logmel.rows + 3;
    }
}
/**
 * The sequence a model of this input reads. 'logmel-pitch' appends log2 f0 (voiced frames; 0 elsewhere), YIN
 * periodicity and log RMS to the log-mel, the prosody that log-mel alone resolves poorly.
 */
export function toSequence(fs, input) {
    const T = fs.frames;
    const F = inputDims(input, fs);
    const data = new Float32Array(T * F);
    const put = (m, offset) => {
        for (let r = 0; r < m.rows; r++) {
            const row = m.data.subarray(r * T, (r + 1) * T);
            for (let t = 0; t < T; t++)
                data[t * F + offset + r] = row[t];
        }
    };
    if (input === 'mfcc-deltas') {
        put(fs.mfcc, 0);
        put(fs.delta, fs.mfcc.rows);
        put(fs.delta2, 2 * fs.mfcc.rows);
    }
    else {
        put(fs.logmel, 0);
        if (input === 'logmel-pitch') {
            const o = fs.logmel.rows;
            for (let t = 0; t < T; t++) {
                const voiced = fs.voicing[t] >= 0.5 && fs.f0[t] > 0;
                data[t * F + o] = voiced ? Math.log2(fs.f0[t]) : 0;
                data[t * F + o + 1] = fs.voicing[t];
                data[t * F + o + 2] = Math.log(Math.max(fs.rms[t], 1e-5));
            }
        }
    }
    return { frames: T, dims: F, data };
}
/**
 * How far each standardised input dimension moves per dB of gain, for gain augmentation (ClipSet.gainPerDb).
 * The log-mel is in dB (ref = 1) and moves by 1 per dB; log RMS, in nepers, by ln 10 / 20; f0 and periodicity do
 * not depend on level. The MFCCs are the orthonormal DCT-II of that log-mel, so c0 alone moves, by √n_mels, and
 * no delta does. `std` is the standardiser's, which divides every step.
 */
export function gainPerDb(input, bands, std) {
    const perDb = new Float32Array(std.length);
    if (input === 'mfcc-deltas') {
        perDb[0] = Math.sqrt(bands) / std[0];
        return perDb;
    }
    for (let f = 0; f < bands; f++)
        perDb[f] = 1 / std[f];
    if (input === 'logmel-pitch')
        perDb[bands + 2] = Math.LN10 / 20 / std[bands + 2];
    return perDb;
}
/**
 * The frames between the first and last whose RMS is within `top_db` of the clip's loudest frame: librosa's
 * `effects.trim` at frame resolution, so crops fall on speech rather than on the silence around it.
 */
export function activeRegion(rms, top_db = 40) {
    let peak = 0;
    for (const v of rms)
        if (v > peak)
            peak = v;
    if (peak <= 0)
        return { start: 0, end: rms.length };
    const threshold = peak * 10 ** (-top_db / 20);
    let start = 0;
    while (start < rms.length && rms[start] < threshold)
        start++;
    let end = rms.length;
    while (end > start && rms[end - 1] < threshold)
        end--;
    return { start, end };
}
/** Subtracts, in place, each dimension's mean over the frames of `region` from every frame (see TrainConfig.utteranceNorm). */
export function subtractRegionMean(seq, region) {
    const F = seq.dims;
    const from = Math.max(0, Math.min(region.start, seq.frames - 1));
    const to = Math.max(from + 1, Math.min(region.end, seq.frames));
    const mean = new Float64Array(F);
    for (let t = from; t < to; t++)
        for (let f = 0; f < F; f++)
            mean[f] += seq.data[t * F + f];
    for (let f = 0; f < F; f++)
        mean[f] /= to - from;
    for (let t = 0; t < seq.frames; t++)
        for (let f = 0; f < F; f++)
            seq.data[t * F + f] -= mean[f];
    return seq;
}
/**
 * Averages each run of `stride` frames into one (a tail shorter than `stride` is averaged on its own), so the
 * networks see a coarser hop: half the frames at stride 2, for half the training cost, and twice the time per crop.
 */
export function poolFrames(seq, stride) {
    if (!Number.isInteger(stride) || stride < 1)
        throw new RangeError(`frame stride must be a positive integer, got ${stride}`);
    if (stride === 1)
        return seq;
    const F = seq.dims;
    const frames = Math.ceil(seq.frames / stride);
    const data = new Float32Array(frames * F);
    for (let u = 0; u < frames; u++) {
        const from = u * stride;
        const to = Math.min(seq.frames, from + stride);
        for (let t = from; t < to; t++)
            for (let f = 0; f < F; f++)
                data[u * F + f] += seq.data[t * F + f];
        for (let f = 0; f < F; f++)
            data[u * F + f] /= to - from;
    }
    return { frames, dims: F, data };
}
/** A frame region at the coarser hop of `poolFrames(…, stride)`: every pooled frame that overlaps it. */
export function poolRegion(region, stride) {
    return { start: Math.floor(region.start / stride), end: Math.ceil(region.end / stride) };
}
/** `length` frames from `start` (zero rows past the end: after standardisation zero is the training mean). */
export function crop(seq, start, length) {
    const out = new Float32Array(length * seq.dims);
    const from = Math.max(0, start);
    const to = Math.min(seq.frames, start + length);
    if (to > from)
        out.set(seq.data.subarray(from * seq.dims, to * seq.dims), (from - start) * seq.dims);
    return out;
}
/** A random crop for training, drawn within the active region (or centred in it, if the region is shorter). */
export function randomCrop(seq, region, length, rng) {
    const span = region.end - region.start;
    const start = span > length ? region.start + rng.int(span - length + 1) : region.start - Math.floor((length - span) / 2);
    return crop(seq, start, length);
}
/** Crops covering the active region with a hop of `hop` frames, for averaging predictions at test time. */
export function coveringCrops(seq, region, length, hop) {
    const span = region.end - region.start;
    if (span <= length)
        return [crop(seq, region.start - Math.floor((length - span) / 2), length)];
    const crops = [];
    const last = region.end - length;
    for (let s = region.start; s < last; s += hop)
        crops.push(crop(seq, s, length));
    crops.push(crop(seq, last, length));
    return crops;
}
/** Per-dimension mean and standard deviation over every frame of the training sequences, applied to any sequence. */
export class Standardizer {
    mean;
    std;
    constructor(mean, std) {
        this.mean = mean;
        this.std = std;
    }
    static fit(sequences) {
        if (sequences.length === 0)
            throw new RangeError('cannot fit a standardiser on no sequences');
        const F = sequences[0].dims;
        const sum = new Float64Array(F);
        const sq = new Float64Array(F);
        let n = 0;
        for (const s of sequences) {
            if (s.dims !== F)
                throw new RangeError(`sequence has ${s.dims} dims, expected ${F}`);
            for (let t = 0; t < s.frames; t++) {
                for (let f = 0; f < F; f++) {
                    const v = s.data[t * F + f];
                    sum[f] += v;
                    sq[f] += v * v;
                }
            }
            n += s.frames;
        }
        const mean = new Float32Array(F);
        const std = new Float32Array(F);
        for (let f = 0; f < F; f++) {
            const m = sum[f] / n;
            mean[f] = m;
            // A constant dimension would divide by zero; leave it centred but unscaled.
            std[f] = Math.sqrt(Math.max(sq[f] / n - m * m, 0)) || 1;
        }
        return new Standardizer(mean, std);
    }
    /** A standardised copy. */
    apply(seq) {
        const F = seq.dims;
        if (F !== this.mean.length)
            throw new RangeError(`sequence has ${F} dims, standardiser ${this.mean.length}`);
        const data = new Float32Array(seq.data.length);
        for (let i = 0; i < data.length; i++) {
            const f = i % F;
            data[i] = (seq.data[i] - this.mean[f]) / this.std[f];
        }
        return { frames: seq.frames, dims: F, data };
    }
    toJSON() {
        return { mean: [...this.mean], std: [...this.std] };
    }
    static fromJSON(j) {
        return new Standardizer(Float32Array.from(j.mean), Float32Array.from(j.std));
    }
}
//# sourceMappingURL=sequences.js.map