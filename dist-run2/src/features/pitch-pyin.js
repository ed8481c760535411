/**
 * The probabilistic half of pYIN as librosa 0.11 implements it (`librosa.pyin`, `__pyin_helper`,
 * `sequence.transition_local`, `sequence.transition_loop`, `sequence.viterbi`), step for step:
 *
 * 1. Threshold prior: thresholds = linspace(0, 1, n_thresholds + 1), beta_probs = diff(beta.cdf(thresholds, a, b)).
 * 2. Per frame, the troughs of the CMND (local minima, plus index 0 if cmnd[0] < cmnd[1]). For each threshold θ,
 *    the troughs below θ get a Boltzmann prior over their rank (boltzmann.pmf(rank, λ, count)); a trough's
 *    probability is Σ_θ prior·beta_prob. The global-minimum trough also gets no_trough_prob × the beta mass of the
 *    thresholds it is not below.
 * 3. Each trough with non-zero probability is a candidate f0 = sr / (min_period + index + parabolic shift), put in
 *    pitch bin round(12·bins_per_semitone·log2(f0 / fmin)) clipped to [0, n_pitch_bins] (the upper bound is
 *    n_pitch_bins, not n_pitch_bins − 1: librosa's off-by-one, reproduced — such a candidate lands on the first
 *    unvoiced state and is then overwritten). Candidates sharing a bin overwrite each other, the longest period
 *    last (numpy fancy assignment).
 * 4. voiced_prob = clip(Σ voiced observations, 0, 1); every unvoiced state observes (1 − voiced_prob)/n_pitch_bins.
 * 5. Viterbi over 2·n_pitch_bins states with the transition kron([[1−s, s], [s, 1−s]], local triangular band),
 *    uniform initial distribution, in the log domain with log(p + tiny) as librosa.
 *
 * The transition matrix is banded (|Δbin| ≤ width/2 within each voicing block, zero elsewhere), so the Viterbi
 * step looks only at the band (O(states × width)); the zero entries (log tiny) are handled exactly by comparing
 * with the best state of the previous frame plus log(tiny), which is what a dense argmax would find there.
 *
 * A library extra (behind `pyin` in pitch.ts): the default feature set tracks f0 with YIN, so nothing in the
 * pipeline runs this; it is kept exact by its tests against librosa.
 */
/** numpy.finfo(np.float64).tiny: librosa's `util.tiny` for the float64 observation and transition matrices. */
const FLOAT64_TINY = 2.2250738585072014e-308;
const LOG_TINY = Math.log(FLOAT64_TINY);
/** Regularised incomplete beta I_x(a, b) for positive integers a, b: Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}. */
export function betaCdfInt(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const n = a + b - 1;
    let sum = 0;
    let binom = 1; // C(n, j), built up from j = 0
    for (let j = 0; j <= n; j++) {
        if (j > 0)
            binom = (binom * (n - j + 1)) / j;
        if (j >= a)
            sum += binom * Math.pow(x, j) * Math.pow(1 - x, n - j);
    }
    return Math.min(1, sum);
}
/** np.linspace(0, 1, n + 1): j·(1/n), with the last point exactly 1. */
export function thresholdGrid(n) {
    const t = new Float64Array(n + 1);
    const step = 1 / n;
    for (let j = 0; j <= n; j++)
        t[j] = j * step;
    t[n] = 1;
    return t;
}
/** Round half to even, as np.round. */
function roundHalfEven(x) {
    const f = Math.floor(x);
    const d = x - f;
    if (d < 0.5)
        return f;
    if (d > 0.5)
        return f + 1;
    return f % 2 === 0 ? f : f + 1;
}
/**
 * Collects, frame by frame, pYIN's sparse observations (candidate bins and probabilities) from the CMND, then
 * decodes them. Allocation is per call (arrays sized to the clip), none per frame.
 */
export class PyinDecoder {
    nPitchBins;
    binsPerSemitone;
    p;
    thresholds;
    betaProbs;
    /** Σ beta_probs[:k], k = 0 … n_thresholds. */
    betaPrefix;
    /** exp(−λ·k) and the Boltzmann normaliser (1 − e^{−λ}) / (1 − e^{−λ·n}), grown as needed. */
    expRank = new Float64Array(0);
    boltzFact = new Float64Array(0);
    // Per frame scratch.
    troughIdx = new Int32Array(0);
    troughH = new Float64Array(0);
    troughP = new Float64Array(0);
    // Observations of the whole clip: candidates of frame t are cand[start[t] … start[t+1]).
    candStart = new Int32Array(1);
    candBin = new Int32Array(0);
    candProb = new Float64Array(0);
    nCand = 0;
    voicedProb = new Float64Array(0);
    frames = 0;
    constructor(p) {
        this.p = p;
        const [a, b] = p.beta_parameters;
        if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < 1) {
            throw new RangeError(`beta_parameters must be positive integers here, got (${a}, ${b})`);
        }
        this.thresholds = thresholdGrid(p.n_thresholds);
        const cdf = new Float64Array(p.n_thresholds + 1);
        for (let j = 0; j <= p.n_thresholds; j++)
            cdf[j] = betaCdfInt(this.thresholds[j], a, b);
        this.betaProbs = new Float64Array(p.n_thresholds);
        this.betaPrefix = new Float64Array(p.n_thresholds + 1);
        for (let j = 0; j < p.n_thresholds; j++) {
            this.betaProbs[j] = cdf[j + 1] - cdf[j];
            this.betaPrefix[j + 1] = this.betaPrefix[j] + this.betaProbs[j];
        }
        this.binsPerSemitone = Math.ceil(1 / p.resolution);
        this.nPitchBins = Math.floor(12 * this.binsPerSemitone * Math.log2(p.fmax / p.fmin)) + 1;
    }
    /** Prepares for `frames` frames whose CMND has `periods` values. */
    begin(frames, periods) {
        this.frames = frames;
        if (this.troughIdx.length < periods) {
            this.troughIdx = new Int32Array(periods);
            this.troughH = new Float64Array(periods);
            this.troughP = new Float64Array(periods);
        }
        if (this.expRank.length < periods + 1) {
            const lambda = this.p.boltzmann_parameter;
            this.expRank = new Float64Array(periods + 1);
            this.boltzFact = new Float64Array(periods + 1);
            for (let k = 0; k <= periods; k++) {
                this.expRank[k] = Math.exp(-lambda * k);
                this.boltzFact[k] = (1 - Math.exp(-lambda)) / (1 - Math.exp(-lambda * k));
            }
        }
        this.candStart = new Int32Array(frames + 1);
        const cap = Math.max(16, frames * 8);
        if (this.candBin.length < cap) {
            this.candBin = new Int32Array(cap);
            this.candProb = new Float64Array(cap);
        }
        this.nCand = 0;
        this.voicedProb = new Float64Array(frames);
    }
    /** Absorbs the CMND of frame t (frames must come in order). */
    addFrame(t, c) {
        const L = c.length;
        const idx = this.troughIdx;
        const h = this.troughH;
        let nt = 0;
        // util.localmin (strict on the left, ≤ on the right, last element if below its neighbour), index 0 set apart.
        if (c[0] < c[1]) {
            idx[nt] = 0;
            h[nt++] = c[0];
        }
        for (let i = 1; i < L - 1; i++) {
            const v = c[i];
            if (v < c[i - 1] && v <= c[i + 1]) {
                idx[nt] = i;
                h[nt++] = v;
            }
        }
        if (c[L - 1] < c[L - 2]) {
            idx[nt] = L - 1;
            h[nt++] = c[L - 1];
        }
        this.candStart[t] = this.nCand;
        if (nt === 0) {
            this.candStart[t + 1] = this.nCand;
            this.voicedProb[t] = 0;
            return;
        }
        const probs = this.troughP;
        probs.fill(0, 0, nt);
        const thr = this.thresholds;
        const beta = this.betaProbs;
        const expRank = this.expRank;
        const fact = this.boltzFact;
        const nThr = beta.length;
        for (let j = 0; j < nThr; j++) {
            const theta = thr[j + 1];
            let count = 0;
            for (let i = 0; i < nt; i++)
                if (h[i] < theta)
                    count++;
            if (count === 0)
                continue;
            const w = fact[count] * beta[j];
            let rank = 0;
            for (let i = 0; i < nt; i++) {
                if (h[i] < theta) {
                    probs[i] += expRank[rank] * w;
                    rank++;
                }
            }
        }
        let gmin = 0;
        for (let i = 1; i < nt; i++)
            if (h[i] < h[gmin])
                gmin = i;
        let below = 0; // thresholds the global minimum is not below
        for (let j = 0; j < nThr; j++)
            if (!(h[gmin] < thr[j + 1]))
                below++;
        probs[gmin] += this.p.no_trough_prob * this.betaPrefix[below];
        // Candidates in increasing period, i.e. non-increasing bin: a repeated bin is the previous one, overwritten.
        const { sr, fmin, minPeriod } = this.p;
        const npb = this.nPitchBins;
        const scale = 12 * this.binsPerSemitone;
        let lastBin = -1;
        this.reserve(this.nCand + nt);
        for (let i = 0; i < nt; i++) {
            const pr = probs[i];
            if (pr === 0)
                continue;
            const k = idx[i];
            const period = minPeriod + k + parabolicShift(c, k);
            const f0 = sr / period;
            let bin = roundHalfEven(scale * Math.log2(f0 / fmin));
            if (bin < 0)
                bin = 0;
            if (bin > npb)
                bin = npb;
            if (bin >= npb)
                continue; // lands on an unvoiced state, which is overwritten afterwards
            if (bin === lastBin) {
                this.candProb[this.nCand - 1] = pr;
            }
            else {
                this.candBin[this.nCand] = bin;
                this.candProb[this.nCand] = pr;
                this.nCand++;
                lastBin = bin;
            }
        }
        this.candStart[t + 1] = this.nCand;
        let vp = 0;
        for (let m = this.candStart[t]; m < this.nCand; m++)
            vp += this.candProb[m];
        this.voicedProb[t] = Math.min(1, Math.max(0, vp));
    }
    reserve(n) {
        if (n <= this.candBin.length)
            return;
        const cap = Math.max(n, this.candBin.length * 2);
        const b = new Int32Array(cap);
        b.set(this.candBin.subarray(0, this.nCand));
        const p = new Float64Array(cap);
        p.set(this.candProb.subarray(0, this.nCand));
        this.candBin = b;
        this.candProb = p;
    }
    /** Viterbi decoding: the state of each frame (0 … n−1 voiced bins, n … 2n−1 unvoiced). */
    decode() {
        const T = this.frames;
        const n = this.nPitchBins;
        const S = 2 * n;
        const { p } = this;
        const maxSemitones = Math.round((p.max_transition_rate * 12 * p.hop_length) / p.sr);
        const width = maxSemitones * this.binsPerSemitone + 1;
        const band = localBand(n, width);
        const hw = band.half;
        const B = 2 * hw + 1;
        const stay = 1 - p.switch_prob;
        const cross = (1 - stay) / 1; // transition_loop(2, 1 − switch_prob): off-diagonal (1 − p) / (n_states − 1)
        // Destination-major log transitions: entry b·B + k is the transition from source bin b − hw + k into bin b,
        // log(stay·L + tiny) within a voicing block and log(cross·L + tiny) across; −∞ where the source bin is
        // outside [0, n) (never chosen).
        const logStay = new Float64Array(n * B).fill(-Infinity);
        const logCross = new Float64Array(n * B).fill(-Infinity);
        for (let b = 0; b < n; b++) {
            for (let k = 0; k < B; k++) {
                const i = b - hw + k;
                if (i < 0 || i >= n)
                    continue;
                const v = band.values[i * B + (b - i + hw)];
                logStay[b * B + k] = Math.log(stay * v + FLOAT64_TINY);
                logCross[b * B + k] = Math.log(cross * v + FLOAT64_TINY);
            }
        }
        let maxStay = -Infinity;
        let maxCross = -Infinity;
        for (let i = 0; i < n * B; i++) {
            if (logStay[i] > maxStay)
                maxStay = logStay[i];
            if (logCross[i] > maxCross)
                maxCross = logCross[i];
        }
        const states = new Int32Array(T);
        if (T === 0)
            return states;
        const ptr = new Uint16Array(T * S);
        // Previous values, voiced and unvoiced, each padded with hw entries of −∞ on both sides.
        const padLen = n + 2 * hw;
        let prevV = new Float64Array(padLen).fill(-Infinity);
        let prevU = new Float64Array(padLen).fill(-Infinity);
        let curV = new Float64Array(padLen).fill(-Infinity);
        let curU = new Float64Array(padLen).fill(-Infinity);
        // Band maxima of the previous values: bandV[b] = max prevV over source bins b − hw … b + hw.
        const bandV = new Float64Array(n);
        const bandU = new Float64Array(n);
        const scratch = new Float64Array(padLen);
        const logObsV = new Float64Array(n);
        const logInit = Math.log(1 / S + FLOAT64_TINY);
        this.logObservations(0, logObsV);
        let logU = Math.log((1 - this.voicedProb[0]) / n + FLOAT64_TINY);
        for (let b = 0; b < n; b++) {
            prevV[hw + b] = logObsV[b] + logInit;
            prevU[hw + b] = logU + logInit;
        }
        // Best transition into bin b from the padded source values `prev` through the log table `lt`, scanning
        // sources in increasing order; beats `best` only if strictly greater (earlier states win ties).
        let bestVal = 0;
        let bestArg = 0;
        const scan = (prev, lt, b, offset, best, arg) => {
            const tb = b * B;
            for (let k = 0; k < B; k++) {
                const v = prev[b + k] + lt[tb + k];
                if (v > best) {
                    best = v;
                    arg = offset + b - hw + k;
                }
            }
            bestVal = best;
            bestArg = arg;
        };
        // Into bin b: from the lower-numbered block (voiced states, values pA, log table lA, band maxima bandA, bound
        // increment mA) and the higher one (unvoiced, offset n). A block whose band maximum plus its largest log
        // transition cannot beat what the other block gave is skipped: exact, as the dense argmax (ties go to the
        // lower state, so block A wins them).
        const into = (b, pA, bandA, lA, mA, pB, bandB, lB, mB) => {
            const boundA = bandA[b] + mA;
            const boundB = bandB[b] + mB;
            if (boundA >= boundB) {
                scan(pA, lA, b, 0, -Infinity, 0);
                if (boundB > bestVal)
                    scan(pB, lB, b, n, bestVal, bestArg);
            }
            else {
                scan(pB, lB, b, n, -Infinity, 0);
                if (boundA >= bestVal) {
                    const vb = bestVal;
                    const ab = bestArg;
                    scan(pA, lA, b, 0, -Infinity, 0);
                    if (!(bestVal >= vb)) {
                        bestVal = vb;
                        bestArg = ab;
                    }
                }
            }
        };
        for (let t = 1; t < T; t++) {
            // The best previous state overall (first on ties), for the out-of-band (log tiny) transitions.
            let g = 0;
            let gv = prevV[hw];
            for (let b = 1; b < n; b++) {
                if (prevV[hw + b] > gv) {
                    g = b;
                    gv = prevV[hw + b];
                }
            }
            for (let b = 0; b < n; b++) {
                if (prevU[hw + b] > gv) {
                    g = n + b;
                    gv = prevU[hw + b];
                }
            }
            const outOfBand = gv + LOG_TINY;
            const gBin = g % n;
            slidingMax(prevV, B, bandV, scratch);
            slidingMax(prevU, B, bandU, scratch);
            this.logObservations(t, logObsV);
            logU = Math.log((1 - this.voicedProb[t]) / n + FLOAT64_TINY);
            const row = t * S;
            for (let b = 0; b < n; b++) {
                const outside = gBin < b - hw || gBin > b + hw;
                // Into voiced bin b: voiced sources stay, unvoiced ones cross.
                into(b, prevV, bandV, logStay, maxStay, prevU, bandU, logCross, maxCross);
                let best = bestVal;
                let arg = bestArg;
                if (outside && (outOfBand > best || (outOfBand === best && g < arg))) {
                    best = outOfBand;
                    arg = g;
                }
                ptr[row + b] = arg;
                curV[hw + b] = logObsV[b] + best;
                // Into unvoiced bin b: unvoiced sources stay, voiced ones cross.
                into(b, prevV, bandV, logCross, maxCross, prevU, bandU, logStay, maxStay);
                best = bestVal;
                arg = bestArg;
                if (outside && (outOfBand > best || (outOfBand === best && g < arg))) {
                    best = outOfBand;
                    arg = g;
                }
                ptr[row + n + b] = arg;
                curU[hw + b] = logU + best;
            }
            [prevV, curV] = [curV, prevV];
            [prevU, curU] = [curU, prevU];
        }
        let last = 0;
        let lv = prevV[hw];
        for (let b = 1; b < n; b++) {
            if (prevV[hw + b] > lv) {
                last = b;
                lv = prevV[hw + b];
            }
        }
        for (let b = 0; b < n; b++) {
            if (prevU[hw + b] > lv) {
                last = n + b;
                lv = prevU[hw + b];
            }
        }
        states[T - 1] = last;
        for (let t = T - 2; t >= 0; t--)
            states[t] = ptr[(t + 1) * S + states[t + 1]];
        return states;
    }
    /** log(observation + tiny) of the voiced states of frame t. */
    logObservations(t, out) {
        out.fill(LOG_TINY);
        for (let m = this.candStart[t]; m < this.candStart[t + 1]; m++) {
            out[this.candBin[m]] = Math.log(this.candProb[m] + FLOAT64_TINY);
        }
    }
    /** Frequency of pitch bin k: fmin · 2^(k / (12·bins_per_semitone)). */
    binFrequency(k) {
        return this.p.fmin * Math.pow(2, k / (12 * this.binsPerSemitone));
    }
}
/**
 * out[b] = max(x[b … b + w − 1]) for b = 0 … x.length − w (van Herk / Gil-Werman: prefix and suffix maxima
 * over blocks of w, three passes whatever w).
 */
function slidingMax(x, w, out, scratch) {
    const len = x.length;
    // scratch = suffix maxima within each block of w; out is filled from prefix maxima on the fly.
    for (let start = 0; start < len; start += w) {
        const end = Math.min(len, start + w) - 1;
        scratch[end] = x[end];
        for (let i = end - 1; i >= start; i--)
            scratch[i] = x[i] > scratch[i + 1] ? x[i] : scratch[i + 1];
    }
    let pre = -Infinity;
    for (let i = 0; i < len; i++) {
        pre = i % w === 0 ? x[i] : x[i] > pre ? x[i] : pre;
        // Window [b, b + w − 1] ends at i = b + w − 1: max(suffix max from b, prefix max up to i).
        const b = i - w + 1;
        if (b >= 0 && b < out.length)
            out[b] = scratch[b] > pre ? scratch[b] : pre;
    }
}
/** librosa's parabolic shift at index k of the CMND (0 at the ends, or where the vertex is ≥ 1 bin away). */
export function parabolicShift(c, k) {
    if (k <= 0 || k >= c.length - 1)
        return 0;
    const a = c[k + 1] + c[k - 1] - 2 * c[k];
    const b = (c[k + 1] - c[k - 1]) / 2;
    if (Math.abs(b) >= Math.abs(a))
        return 0;
    return -b / a;
}
/**
 * The non-zero band of `sequence.transition_local(n, width, window='triangle', wrap=False)`: row i holds
 * pad_center(triang(width)) rolled by n//2 + i + 1, zero outside columns [i − width//2, i + width//2], normalised
 * to sum 1. `values[i·B + (c − i + half)]` is entry (i, c), B = 2·half + 1.
 */
export function localBand(n, width) {
    if (width < 1 || width > n)
        throw new RangeError(`transition width ${width} must be in [1, ${n}]`);
    const win = triang(width);
    const padded = new Float64Array(n);
    const lpad = Math.floor((n - width) / 2);
    for (let k = 0; k < width; k++)
        padded[lpad + k] = win[k];
    const half = Math.floor(width / 2);
    const B = 2 * half + 1;
    const values = new Float64Array(n * B);
    for (let i = 0; i < n; i++) {
        const shift = Math.floor(n / 2) + i + 1;
        const lo = Math.max(0, i - half);
        const hi = Math.min(n, i + half + 1); // exclusive
        let sum = 0;
        for (let c = lo; c < hi; c++) {
            const v = padded[(((c - shift) % n) + n) % n];
            values[i * B + (c - i + half)] = v;
            sum += v;
        }
        for (let c = lo; c < hi; c++)
            values[i * B + (c - i + half)] /= sum;
    }
    return { half, values };
}
/** scipy.signal.windows.triang(M, sym=True). */
function triang(M) {
    const w = new Float64Array(M);
    const h = Math.floor((M + 1) / 2);
    for (let k = 1; k <= h; k++) {
        const v = M % 2 === 0 ? (2 * k - 1) / M : (2 * k) / (M + 1);
        w[k - 1] = v;
        w[M - k] = v;
    }
    return w;
}
//# sourceMappingURL=pitch-pyin.js.map