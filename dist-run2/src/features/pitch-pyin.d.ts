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
/** Regularised incomplete beta I_x(a, b) for positive integers a, b: Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}. */
export declare function betaCdfInt(x: number, a: number, b: number): number;
/** np.linspace(0, 1, n + 1): j·(1/n), with the last point exactly 1. */
export declare function thresholdGrid(n: number): Float64Array;
export interface PyinParams {
    sr: number;
    fmin: number;
    fmax: number;
    hop_length: number;
    minPeriod: number;
    n_thresholds: number;
    beta_parameters: readonly [number, number];
    boltzmann_parameter: number;
    resolution: number;
    max_transition_rate: number;
    switch_prob: number;
    no_trough_prob: number;
}
/**
 * Collects, frame by frame, pYIN's sparse observations (candidate bins and probabilities) from the CMND, then
 * decodes them. Allocation is per call (arrays sized to the clip), none per frame.
 */
export declare class PyinDecoder {
    readonly nPitchBins: number;
    private readonly binsPerSemitone;
    private readonly p;
    private readonly thresholds;
    private readonly betaProbs;
    /** Σ beta_probs[:k], k = 0 … n_thresholds. */
    private readonly betaPrefix;
    /** exp(−λ·k) and the Boltzmann normaliser (1 − e^{−λ}) / (1 − e^{−λ·n}), grown as needed. */
    private expRank;
    private boltzFact;
    private troughIdx;
    private troughH;
    private troughP;
    private candStart;
    private candBin;
    private candProb;
    private nCand;
    voicedProb: Float64Array<ArrayBuffer>;
    private frames;
    constructor(p: PyinParams);
    /** Prepares for `frames` frames whose CMND has `periods` values. */
    begin(frames: number, periods: number): void;
    /** Absorbs the CMND of frame t (frames must come in order). */
    addFrame(t: number, c: Float64Array): void;
    private reserve;
    /** Viterbi decoding: the state of each frame (0 … n−1 voiced bins, n … 2n−1 unvoiced). */
    decode(): Int32Array;
    /** log(observation + tiny) of the voiced states of frame t. */
    private logObservations;
    /** Frequency of pitch bin k: fmin · 2^(k / (12·bins_per_semitone)). */
    binFrequency(k: number): number;
}
/** librosa's parabolic shift at index k of the CMND (0 at the ends, or where the vertex is ≥ 1 bin away). */
export declare function parabolicShift(c: Float64Array, k: number): number;
/**
 * The non-zero band of `sequence.transition_local(n, width, window='triangle', wrap=False)`: row i holds
 * pad_center(triang(width)) rolled by n//2 + i + 1, zero outside columns [i − width//2, i + width//2], normalised
 * to sum 1. `values[i·B + (c − i + half)]` is entry (i, c), B = 2·half + 1.
 */
export declare function localBand(n: number, width: number): {
    half: number;
    values: Float64Array;
};
