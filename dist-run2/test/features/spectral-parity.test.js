/**
 * Parity with librosa 0.11 on every clip and every matrix of both reference configurations
 * (../shared/fixtures/librosa/README.md gives the calls and the agreed bounds).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { featureConfig } from '../../src/config.js';
import { deltaFilter } from '../../src/features/delta.js';
import { spectralFeatures } from '../../src/features/spectral.js';
import { needShared, readSharedJson } from '../helpers/shared.js';
import { LIBROSA_FIXTURES, RAVDESS_16K, readFixtureClip } from './spectral-wav.js';
/** Bounds agreed in the fixture README. */
const DB_TOL = 0.01;
const DB_RANGE = 60;
const MFCC_TOL = 1e-2;
const REL_TOL = 1e-4;
/**
 * Δ and ΔΔ are one fixed FIR filter h of the MFCC rows (interior and, since polyorder = order, the interp edges
 * too, whose fitted derivative is the same constant), so an MFCC error ≤ ε gives a delta error ≤ ‖h‖₁·ε.
 * ‖h‖₁ = 1/3 for width 9, order 1 and ≈ 0.303 for order 2: the delta bound is ‖h‖₁ × the MFCC bound.
 */
const DELTA_TOL = { 1: deltaFilter(9, 1).l1 * MFCC_TOL, 2: deltaFilter(9, 2).l1 * MFCC_TOL };
/** The largest `measure(got, want)` over the entries `keep` accepts, and where it is. */
function deviation(got, want, measure, keep = () => true) {
    const cols = want.shape[1];
    const d = { worst: 0, row: -1, col: -1, got: NaN, want: NaN, compared: 0 };
    for (let i = 0; i < want.data.length; i++) {
        const w = want.data[i];
        if (!keep(w))
            continue;
        d.compared++;
        const e = measure(got[i], w);
        if (!(e <= d.worst)) {
            // NaN lands here too, so a NaN is always reported as the worst.
            Object.assign(d, { worst: e, row: Math.floor(i / cols), col: i % cols, got: got[i], want: w });
            if (Number.isNaN(e))
                break;
        }
    }
    return d;
}
function describe1(name, d, unit) {
    return `${name}: worst deviation ${d.worst.toExponential(3)}${unit} at [${d.row}, ${d.col}] (ours ${d.got}, librosa ${d.want}), ${d.compared} values compared`;
}
const absolute = (g, w) => Math.abs(g - w);
// The 1e-12 floor only matters for digital silence, where both sides are exactly 0.
const relative = (g, w) => Math.abs(g - w) / Math.max(Math.abs(w), 1e-12);
function asMatrix(name, f) {
    switch (name) {
        case 'logmel_db':
            return f.logmel;
        case 'mfcc':
            return f.mfcc;
        case 'delta1':
            return f.delta;
        case 'delta2':
            return f.delta2;
        case 'rms':
            return { rows: 1, cols: f.rms.length, data: f.rms };
        case 'zcr':
            return { rows: 1, cols: f.zcr.length, data: f.zcr };
    }
}
for (const file of ['features-librosa-default-16k.json', 'features-ser-25ms-10ms.json']) {
    const fixturePath = `${LIBROSA_FIXTURES}/${file}`;
    const skip = needShared(fixturePath) || needShared(RAVDESS_16K);
    describe(`spectral features match librosa 0.11 (${file})`, { skip }, () => {
        if (skip)
            return;
        const fx = readSharedJson(fixturePath);
        const c = fx.config;
        const config = featureConfig({
            sr: 16000,
            n_fft: c.n_fft,
            hop_length: c.hop_length,
            win_length: c.win_length,
            center: true,
            n_mels: c.n_mels,
            fmin: c.fmin,
            fmax: c.fmax,
            htk: c.htk,
            norm: c.norm,
            ref: c.ref,
            amin: c.amin,
            top_db: c.top_db,
            n_mfcc: c.n_mfcc,
            delta_width: 9,
        });
        for (const [clip, ref] of Object.entries(fx.clips)) {
            test(`${clip}: every matrix within the agreed bounds`, (t) => {
                const y = readFixtureClip(clip);
                assert.equal(y.length, ref.num_samples, `${clip}: ${y.length} samples read, librosa saw ${ref.num_samples}`);
                const f = spectralFeatures(y, config);
                for (const name of ['logmel_db', 'mfcc', 'delta1', 'delta2', 'rms', 'zcr']) {
                    const got = asMatrix(name, f);
                    assert.deepEqual([got.rows, got.cols], ref[name].shape, `${clip} ${name}: shape`);
                }
                let peak = -Infinity;
                for (const v of ref.logmel_db.data)
                    peak = Math.max(peak, v);
                const db = deviation(f.logmel.data, ref.logmel_db, absolute, (w) => w > peak - DB_RANGE);
                const dbAll = deviation(f.logmel.data, ref.logmel_db, absolute);
                t.diagnostic(`${describe1('logmel_db (above max − 60 dB)', db, ' dB')}; over all values ${dbAll.worst.toExponential(3)} dB`);
                assert.ok(db.worst <= DB_TOL, `${clip} ${describe1('logmel_db', db, ' dB')} > ${DB_TOL} dB`);
                const mf = deviation(f.mfcc.data, ref.mfcc, absolute);
                t.diagnostic(describe1('mfcc', mf, ''));
                assert.ok(mf.worst <= MFCC_TOL, `${clip} ${describe1('mfcc', mf, '')} > ${MFCC_TOL}`);
                for (const [name, got, order] of [['delta1', f.delta, 1], ['delta2', f.delta2, 2]]) {
                    const d = deviation(got.data, ref[name], absolute);
                    t.diagnostic(describe1(name, d, ''));
                    assert.ok(d.worst <= DELTA_TOL[order], `${clip} ${describe1(name, d, '')} > ${DELTA_TOL[order].toExponential(3)}`);
                }
                const r = deviation(f.rms, ref.rms, relative);
                t.diagnostic(describe1('rms (relative)', r, ''));
                assert.ok(r.worst <= REL_TOL, `${clip} ${describe1('rms relative', r, '')} > ${REL_TOL}`);
                // ZCR is a count over n_fft: compare the counts themselves, which must agree exactly.
                const counts = deviation(f.zcr, ref.zcr, (g, w) => Math.abs(Math.round(g * c.n_fft) - Math.round(w * c.n_fft)));
                const z = deviation(f.zcr, ref.zcr, relative);
                t.diagnostic(`${describe1('zcr (relative)', z, '')}; worst crossing-count difference ${counts.worst}`);
                assert.equal(counts.worst, 0, `${clip} ${describe1('zcr crossing counts', counts, ' crossings')}`);
                assert.ok(z.worst <= REL_TOL, `${clip} ${describe1('zcr relative', z, '')} > ${REL_TOL}`);
            });
        }
    });
}
//# sourceMappingURL=spectral-parity.test.js.map