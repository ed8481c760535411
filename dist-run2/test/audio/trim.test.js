import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AudioError } from '../../src/errors.js';
import { trim } from '../../src/audio/index.js';
import { frameRms } from '../../src/audio/trim.js';
/** zeros, then `level` (a constant: its frame RMS is exact) over [from, to), then zeros, n samples in all. */
function block(n, from, to, level = 0.5) {
    const y = new Float32Array(n);
    y.fill(level, from, to);
    return y;
}
/** librosa.feature.rms(y, center=True, pad_mode='constant') written out literally: pad, frame, mean, sqrt. */
function librosaRms(y, frameLength, hop) {
    const pad = Math.floor(frameLength / 2);
    const padded = new Float64Array(y.length + 2 * pad);
    padded.set(y, pad);
    const nFrames = 1 + Math.floor((padded.length - frameLength) / hop);
    const out = [];
    for (let t = 0; t < nFrames; t++) {
        let s = 0;
        for (let i = 0; i < frameLength; i++)
            s += padded[t * hop + i] ** 2;
        out.push(Math.sqrt(s / frameLength));
    }
    return out;
}
describe('frameRms matches librosa.feature.rms(center=True, pad_mode="constant")', () => {
    test('on noise, for even and odd frame lengths and hops that do and do not divide them', () => {
        const y = new Float32Array(5003);
        let seed = 1;
        for (let i = 0; i < y.length; i++) {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            y[i] = seed / 2 ** 30 - 1;
        }
        for (const [fl, hop] of [
            [2048, 512],
            [400, 160],
            [401, 100],
            [7, 3],
        ]) {
            const got = frameRms(y, fl, hop);
            const want = librosaRms(y, fl, hop);
            assert.equal(got.length, want.length, `frame count for ${fl}/${hop}`);
            for (let t = 0; t < want.length; t++)
                assert.ok(Math.abs(got[t] - want[t]) < 1e-12, `${fl}/${hop} frame ${t}`);
        }
    });
});
describe('trim: librosa.effects.trim semantics on hand-computable cases', () => {
    // Tone (constant 0.5) over [16000, 32000) in 48000 samples. Frame t covers [512t − 1024, 512t + 1024); a frame
    // overlapping the tone by k samples has RMS 0.5·√(k/2048), i.e. 10·log10(k/2048) dB below the peak frame.
    const y = block(48000, 16000, 32000);
    test('default top_db = 60 keeps every frame that touches the tone: start 15360 (frame 30), end 33280 (frame 64 + 1)', () => {
        // First frame with any overlap: 512t + 1024 > 16000 → t = 30 (overlap 384). Last: 512t − 1024 < 32000 → t = 64.
        const r = trim(y);
        assert.equal(r.start, 30 * 512);
        assert.equal(r.end, 65 * 512);
        assert.equal(r.y.length, r.end - r.start);
        assert.deepEqual(r.y, y.subarray(r.start, r.end));
    });
    test('top_db = 5 drops the edge frames whose overlap is below −5 dB', () => {
        // Frame 30 overlaps 384 samples: 10·log10(384/2048) = −7.27 dB, dropped; frame 31 overlaps 896: −3.59 dB, kept.
        // Frame 64 overlaps 256: −9.03 dB, dropped; frame 63 overlaps 768: −4.26 dB, kept → end = 64 · 512.
        const r = trim(y, { top_db: 5 });
        assert.equal(r.start, 31 * 512);
        assert.equal(r.end, 64 * 512);
    });
    test('the threshold falls exactly where librosa puts it (keep when db > −top_db)', () => {
        // Frame 31 overlaps 896 samples (−3.59 dB), frame 32 overlaps 1408. With top_db just above or just below
        // −10·log10(896/2048), frame 31 is kept or dropped.
        const edge = -10 * Math.log10(896 / 2048);
        assert.equal(trim(y, { top_db: edge + 1e-9 }).start, 31 * 512);
        assert.equal(trim(y, { top_db: edge - 1e-9 }).start, 32 * 512);
    });
    test('end is clipped to the signal length when the sound runs to the end', () => {
        const z = block(30000, 16000, 30000);
        const r = trim(z);
        assert.equal(r.start, 30 * 512);
        assert.equal(r.end, 30000); // the last frame (58) would end at 59 · 512 = 30208
    });
    test('frame_length and hop_length are honoured (400 / 160)', () => {
        // Frame t covers [160t − 200, 160t + 200): first overlap with [16000, 32000) at t = 99 (160·99 + 200 = 16040),
        // last at t = 201 (160·201 − 200 = 31960).
        const r = trim(y, { frame_length: 400, hop_length: 160 });
        assert.equal(r.start, 99 * 160);
        assert.equal(r.end, 202 * 160);
    });
    test('an all-zero clip is returned whole, as librosa does (every frame equals the floored reference: 0 dB)', () => {
        const r = trim(new Float32Array(10000));
        assert.equal(r.start, 0);
        assert.equal(r.end, 10000);
    });
    test('a fixed ref the clip never gets within top_db of gives an empty result (0, 0)', () => {
        const quiet = block(20000, 5000, 15000, 1e-4); // −80 dB re 1.0
        const r = trim(quiet, { ref: 1.0, top_db: 60 });
        assert.deepEqual([r.start, r.end, r.y.length], [0, 0, 0]);
    });
    test('silence is not cut from a clip whose loudest frame is within top_db of the −100 dB floor (amin = 1e-5)', () => {
        // Peak frame RMS 1e-4 (−80 dB): empty frames floor at −100 dB, only 20 dB below the peak, so with top_db = 60
        // librosa keeps everything. With top_db = 15 the empty frames (−20 dB) go: frame 8 overlaps the tone by 120
        // samples (−12.3 dB, kept), frame 7 not at all.
        const quiet = block(20000, 5000, 15000, 1e-4);
        assert.deepEqual([trim(quiet).start, trim(quiet).end], [0, 20000]);
        assert.equal(trim(quiet, { top_db: 15 }).start, 8 * 512);
    });
    test('an empty signal gives (0, 0); invalid frame parameters raise INVALID_ARGUMENT', () => {
        const r = trim(new Float32Array(0));
        assert.deepEqual([r.start, r.end], [0, 0]);
        assert.throws(() => trim(y, { hop_length: 0 }), (e) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT');
        assert.throws(() => trim(y, { frame_length: 1.5 }), (e) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT');
    });
    test('the result is a copy: changing it leaves the input alone', () => {
        const r = trim(y);
        r.y[0] = 7;
        assert.equal(y[r.start], 0);
    });
});
//# sourceMappingURL=trim.test.js.map