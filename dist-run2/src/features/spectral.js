import { delta } from './delta.js';
import { rms, zeroCrossingRate } from './energy.js';
import { logMelAndMfcc } from './mfcc.js';
/** All spectral features of `y` (sampled at `config.sr`) under `config`. */
export function spectralFeatures(y, config) {
    const { logmel, mfcc } = logMelAndMfcc(y, {
        sr: config.sr,
        n_fft: config.n_fft,
        hop_length: config.hop_length,
        win_length: config.win_length,
        center: config.center,
        n_mels: config.n_mels,
        fmin: config.fmin,
        fmax: config.fmax,
        htk: config.htk,
        norm: config.norm,
        ref: config.ref,
        amin: config.amin,
        top_db: config.top_db,
        n_mfcc: config.n_mfcc,
    });
    const frames = { frame_length: config.n_fft, hop_length: config.hop_length, center: config.center };
    return {
        logmel,
        mfcc,
        delta: delta(mfcc, { width: config.delta_width, order: 1 }),
        delta2: delta(mfcc, { width: config.delta_width, order: 2 }),
        rms: rms(y, frames),
        zcr: zeroCrossingRate(y, frames),
    };
}
//# sourceMappingURL=spectral.js.map