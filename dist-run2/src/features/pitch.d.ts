import { type CmndEngineKind } from './pitch-cmnd.js';
export interface YinOptions {
    /** Lowest f0 searched, Hz (> 0). librosa recommends ≥ 65 Hz (C2); this project uses 50. */
    fmin: number;
    /** Highest f0 searched, Hz (fmin < fmax ≤ sr/2). */
    fmax: number;
    /** Sample rate of y, Hz. Default 22050 (librosa's). */
    sr?: number;
    /** Frame length in samples. Default 2048 (librosa's). */
    frame_length?: number;
    /** Hop between frames in samples. Default frame_length // 4. */
    hop_length?: number;
    /**
     * Accepted for signature compatibility and ignored: librosa 0.11 deprecated it (the autocorrelation now spans
     * the whole frame).
     */
    win_length?: number;
    /** YIN absolute threshold on the CMND. Default 0.1. */
    trough_threshold?: number;
    /** Centre frame t on sample t·hop_length (zero padding of frame_length // 2 on each side). Default true. */
    center?: boolean;
    /** Only 'constant' (zeros, librosa 0.11's default) is supported. */
    pad_mode?: 'constant';
    /** Difference-function algorithm; the default picks 'blocked' when the geometry suits it. For tests. */
    engine?: CmndEngineKind;
}
export interface PyinOptions extends Omit<YinOptions, 'trough_threshold'> {
    /** Number of thresholds of the beta prior. Default 100. */
    n_thresholds?: number;
    /** Shape parameters (a, b) of the beta prior over thresholds; positive integers here. Default (2, 18). */
    beta_parameters?: readonly [number, number];
    /** Boltzmann parameter of the prior over troughs (larger favours shorter periods). Default 2. */
    boltzmann_parameter?: number;
    /** Pitch-bin resolution in semitones. Default 0.1. */
    resolution?: number;
    /** Largest pitch change, octaves per second. Default 35.92. */
    max_transition_rate?: number;
    /** Probability of switching between voiced and unvoiced. Default 0.01. */
    switch_prob?: number;
    /** Probability mass added to the global minimum when no trough is below a threshold. Default 0.01. */
    no_trough_prob?: number;
    /** f0 of unvoiced frames. Default NaN; null keeps the decoded bin's frequency (librosa's fill_na=None). */
    fill_na?: number | null;
}
export interface YinTrack {
    /** f0 per frame, Hz. */
    f0: Float32Array;
    /**
     * The CMND at the chosen (integer) period: what YIN thresholds, 0 for a perfectly periodic frame, about 1 (or
     * more) for noise. Silent frames (all samples zero, where the CMND is 0/0) get 1.
     */
    aperiodicity: Float32Array;
    /** max(0, 1 − aperiodicity): in [0, 1], 1 = periodic, 0 = aperiodic or silent. */
    periodicity: Float32Array;
}
export interface PyinResult {
    /** f0 per frame, Hz; `fill_na` (NaN) where unvoiced. */
    f0: Float32Array;
    /** 1 where the Viterbi path is voiced. */
    voiced_flag: Uint8Array;
    /** Probability that the frame is voiced (sum of its voiced observation probabilities, clipped to [0, 1]). */
    voiced_prob: Float32Array;
}
/**
 * YIN f0 per frame (librosa.yin). With the project's defaults (sr 16000, fmin 50, fmax 600, frame_length 1024,
 * hop_length 160) there are 1 + ⌊len/160⌋ frames.
 */
export declare function yin(y: ArrayLike<number>, options: YinOptions): Float32Array;
/**
 * YIN f0 together with what YIN already knows about each frame's periodicity: the CMND value at the chosen
 * period (`aperiodicity`) and max(0, 1 − that) (`periodicity`). Same cost as `yin`.
 */
export declare function yinWithPeriodicity(y: ArrayLike<number>, options: YinOptions): YinTrack;
/**
 * Probabilistic YIN (librosa.pyin): f0 (NaN where unvoiced), voicing decision and voicing probability per frame.
 * Slower than `yin` (Viterbi over 2 × 431 states with the defaults).
 */
export declare function pyin(y: ArrayLike<number>, options: PyinOptions): PyinResult;
