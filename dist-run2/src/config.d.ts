/**
 * Every default of the feature front end, in one place. Parameter names are librosa's (`sr`, `n_fft`,
 * `hop_length`, …) so that a call here can be compared line by line with the librosa call it mirrors.
 */
export interface FeatureConfig {
    /** Target sample rate in Hz; audio at another rate is resampled to it. */
    sr: number;
    /** FFT size in samples (512 = 32 ms at 16 kHz). */
    n_fft: number;
    /** Hop between frames in samples (160 = 10 ms at 16 kHz). */
    hop_length: number;
    /** Window length in samples (400 = 25 ms at 16 kHz); zero-padded centred to n_fft as librosa does. */
    win_length: number;
    /** Centre frames on their sample (pad n_fft/2 zeros at both ends), as librosa's `center=True`. */
    center: boolean;
    /** Mel bands. */
    n_mels: number;
    /** Lowest and highest mel band edge in Hz; fmax null means sr/2. */
    fmin: number;
    fmax: number | null;
    /** Mel scale: false = Slaney (librosa's default), true = HTK. */
    htk: boolean;
    /** Mel filter normalisation: 'slaney' (area) or null (peak 1). */
    norm: 'slaney' | null;
    /** power_to_db: reference power, floor and dynamic range in dB (librosa: ref=1.0, amin=1e-10, top_db=80). */
    ref: number;
    amin: number;
    top_db: number | null;
    /** MFCCs kept (DCT-II, orthonormal, of the log-mel dB). */
    n_mfcc: number;
    /** Width of the Savitzky–Golay delta filter, odd and ≥ 3 (librosa: 9). */
    delta_width: number;
    /** Pitch search range in Hz and YIN frame length in samples (1024 = 64 ms at 16 kHz). */
    f0_min: number;
    f0_max: number;
    pitch_frame_length: number;
    /** YIN absolute threshold on the cumulative mean normalised difference (librosa: 0.1). */
    trough_threshold: number;
    /**
     * Active-speech level in dBFS that every clip is scaled to before its features are computed
     * (`normalizeActiveLevel` in src/audio/normalize.ts; default −26, ITU-T P.56's nominal active speech level), or
     * null for none. Not a librosa step: it runs on the waveform before the librosa-exact features, so a recording's
     * gain (microphone, distance, the browser's gain control) does not reach the models. A model saved without this
     * field ran without it, and its predictor keeps it off.
     */
    level_dbfs?: number | null;
}
export declare const DEFAULT_FEATURE_CONFIG: Readonly<FeatureConfig>;
export declare function featureConfig(overrides?: Partial<FeatureConfig>): FeatureConfig;
