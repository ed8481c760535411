export declare const RAVDESS_16K = "data/ravdess-speech-16k";
export declare const LIBROSA_FIXTURES = "fixtures/librosa";
export declare const SYNTHETIC_CHIRP = "synthetic/chirp-80-400Hz-plus-noise";
/** 16-bit PCM mono WAV → float32 in [−1, 1), with its sample rate. */
export declare function readPcm16Wav(path: string): {
    sr: number;
    y: Float32Array;
};
/** A fixture clip by its key: a path under ravdess-speech-16k/, or the synthetic chirp (raw float32 LE, 16 kHz). */
export declare function readFixtureClip(key: string): Float32Array;
