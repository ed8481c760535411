import type { Matrix } from './matrix.js';
/**
 * Every frame-level feature of one utterance, all on the same frame grid: frame t is centred on sample
 * t × hop_length (librosa's `center=True`), so column t of every matrix and element t of every track describe
 * the same 25 ms of speech.
 */
export interface FeatureSet {
    sr: number;
    hop_length: number;
    /** Samples of the (resampled) audio the features were computed from. */
    numSamples: number;
    /** Frames: 1 + floor(numSamples / hop_length). */
    frames: number;
    /** Log-mel power spectrogram in dB (n_mels × frames). */
    logmel: Matrix;
    /** MFCCs and their first and second Savitzky–Golay deltas (n_mfcc × frames each). */
    mfcc: Matrix;
    delta: Matrix;
    delta2: Matrix;
    /** YIN fundamental frequency in Hz per frame. */
    f0: Float32Array;
    /** YIN periodicity per frame: 1 − the cumulative mean normalised difference at the chosen period, in [0, 1]-ish. */
    voicing: Float32Array;
    /** Root-mean-square energy per frame (librosa.feature.rms) and zero-crossing rate. */
    rms: Float32Array;
    zcr: Float32Array;
}
export declare const MATRIX_FIELDS: readonly ["logmel", "mfcc", "delta", "delta2"];
export declare const TRACK_FIELDS: readonly ["f0", "voicing", "rms", "zcr"];
/**
 * Binary form of a FeatureSet: 'VOEF', header length (u32), header JSON, padding to 4 bytes, float32 payload in
 * header order. Plain and self-describing so a cache entry can be checked without trusting it.
 */
export declare function serializeFeatureSet(fs: FeatureSet): Buffer;
/** Parses serializeFeatureSet's output; throws an Error saying what is wrong if the bytes are not a whole entry. */
export declare function deserializeFeatureSet(bytes: Uint8Array): FeatureSet;
