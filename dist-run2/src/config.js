export const DEFAULT_FEATURE_CONFIG = Object.freeze({
    sr: 16000,
    n_fft: 512,
    hop_length: 160,
    win_length: 400,
    center: true,
    n_mels: 64,
    fmin: 20,
    fmax: 8000,
    htk: false,
    norm: 'slaney',
    ref: 1.0,
    amin: 1e-10,
    top_db: 80,
    n_mfcc: 40,
    delta_width: 9,
    f0_min: 50,
    f0_max: 600,
    pitch_frame_length: 1024,
    trough_threshold: 0.1,
    level_dbfs: -26,
});
export function featureConfig(overrides = {}) {
    return { ...DEFAULT_FEATURE_CONFIG, ...overrides };
}
//# sourceMappingURL=config.js.map