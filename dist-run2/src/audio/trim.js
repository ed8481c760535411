/**
 * Leading/trailing silence trimming, exactly as `librosa.effects.trim` (librosa 0.11, `librosa/effects.py`):
 *
 *   rms   = librosa.feature.rms(y=y, frame_length, hop_length)       # center=True, pad_mode='constant'
 *   db    = librosa.amplitude_to_db(rms, ref=ref, top_db=None)        # amin = 1e-5
 *   keep  = db > -top_db
 *   start = frames_to_samples(first kept frame)       = first · hop_length
 *   end   = min(len(y), frames_to_samples(last kept + 1)) = min(n, (last + 1) · hop_length)
 *
 * and (0, 0) when no frame is kept.
 *
 * Two consequences of that definition, kept on purpose so results match librosa's:
 * - With the default `ref` (the peak frame RMS), the loudest frame is always at 0 dB, so something is always kept:
 *   an all-zero clip is NOT trimmed to nothing. All its frames sit at the amplitude floor (amin = 1e-5), as does
 *   the reference, so every frame is at 0 dB and the whole clip is returned (start 0, end n). Likewise any clip
 *   whose frames are all below 1e-5 RMS (−100 dBFS) is returned whole. More generally, digital silence floors at
  −100 dBFS, so nothing is cut from a clip whose loudest frame is less than `top_db` above that (below −40 dBFS
  RMS for the default 60 dB).
 * - An empty result (start = end = 0) only comes with a fixed `ref` the clip never gets within `top_db` of (or
 *   `top_db` ≤ 0). The caller decides what an empty or untrimmed silent clip means; `normalizePeak` will raise
 *   SILENT_AUDIO on it.
 *
 * librosa computes the RMS in float32 with numpy's pairwise sums; we use float64, which can differ only for a
 * frame whose level is within float32 rounding of the threshold.
 */
import { AudioError } from '../errors.js';
function maxOf(a) {
    let m = -Infinity;
    for (let i = 0; i < a.length; i++)
        if (a[i] > m)
            m = a[i];
    return m;
}
function checkPositiveInt(name, v) {
    if (!Number.isInteger(v) || v <= 0)
        throw new AudioError('INVALID_ARGUMENT', `${name} must be a positive integer, got ${v}`);
}
/**
 * Frame RMS as `librosa.feature.rms(y=y, frame_length, hop_length, center=True, pad_mode='constant')`: frame t
 * covers samples [t·hop − ⌊frame_length/2⌋, … + frame_length) of `y` with zeros outside it, and its RMS is the
 * square root of the mean of squares over all frame_length samples (zeros included).
 */
export function frameRms(y, frame_length, hop_length) {
    checkPositiveInt('frame_length', frame_length);
    checkPositiveInt('hop_length', hop_length);
    const pad = Math.floor(frame_length / 2);
    const padded = y.length + 2 * pad;
    if (padded < frame_length) {
        // librosa.util.frame raises ParameterError here (only possible for an empty y and odd frame_length).
        throw new AudioError('INVALID_ARGUMENT', `signal of ${y.length} samples is too short for frame_length ${frame_length}`);
    }
    const nFrames = 1 + Math.floor((padded - frame_length) / hop_length);
    const rms = new Float64Array(nFrames);
    for (let t = 0; t < nFrames; t++) {
        const from = Math.max(0, t * hop_length - pad);
        const to = Math.min(y.length, t * hop_length - pad + frame_length);
        let sum = 0;
        for (let i = from; i < to; i++)
            sum += y[i] * y[i];
        rms[t] = Math.sqrt(sum / frame_length);
    }
    return rms;
}
/**
 * Trim leading and trailing silence from `y`, as `librosa.effects.trim(y, top_db=60, ref=np.max,
 * frame_length=2048, hop_length=512)`. See the module comment for the exact definition and its edge cases.
 */
export function trim(y, { top_db = 60, ref = maxOf, frame_length = 2048, hop_length = 512 } = {}) {
    if (typeof top_db !== 'number' || Number.isNaN(top_db))
        throw new AudioError('INVALID_ARGUMENT', `top_db must be a number, got ${top_db}`);
    const rms = frameRms(y, frame_length, hop_length);
    // librosa.amplitude_to_db(S, ref, amin=1e-5, top_db=None) = power_to_db(S², ref², amin²):
    // 10·log10(max(amin², S²)) − 10·log10(max(amin², ref²)).
    const aminSq = 1e-10;
    const refValue = Math.abs(typeof ref === 'function' ? ref(rms) : ref);
    const refDb = 10 * Math.log10(Math.max(aminSq, refValue * refValue));
    let first = -1;
    let last = -1;
    for (let t = 0; t < rms.length; t++) {
        const db = 10 * Math.log10(Math.max(aminSq, rms[t] * rms[t])) - refDb;
        if (db > -top_db) {
            if (first < 0)
                first = t;
            last = t;
        }
    }
    if (first < 0)
        return { y: new Float32Array(0), start: 0, end: 0 };
    const start = first * hop_length;
    const end = Math.min(y.length, (last + 1) * hop_length);
    return { y: y.slice(start, end), start, end };
}
//# sourceMappingURL=trim.js.map