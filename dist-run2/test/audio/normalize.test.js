import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AudioError } from '../../src/errors.js';
import { normalizePeak, normalizeRms, SILENT_PEAK } from '../../src/audio/index.js';
const isAudioError = (code) => (e) => e instanceof AudioError && e.code === code;
function peak(y) {
    return y.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}
function rmsDb(y) {
    return 10 * Math.log10(y.reduce((s, v) => s + v * v, 0) / y.length);
}
const clip = Float32Array.from({ length: 1000 }, (_, i) => 0.2 * Math.sin(i * 0.05) - 0.05);
describe('normalizePeak', () => {
    test('scales the largest absolute sample to the target (default 1.0) and returns a new array', () => {
        const before = clip.slice();
        const y = normalizePeak(clip);
        assert.ok(Math.abs(peak(y) - 1) < 1e-6);
        assert.ok(Math.abs(peak(normalizePeak(clip, 0.5)) - 0.5) < 1e-6);
        assert.deepEqual(clip, before);
        // Shape unchanged: a pure gain.
        const g = y[10] / clip[10];
        for (let i = 0; i < clip.length; i++)
            assert.ok(Math.abs(y[i] - clip[i] * g) < 1e-6);
    });
    test('a silent clip raises SILENT_AUDIO instead of dividing by zero', () => {
        assert.throws(() => normalizePeak(new Float32Array(100)), isAudioError('SILENT_AUDIO'));
        assert.throws(() => normalizePeak(new Float32Array(100).fill(SILENT_PEAK / 2)), isAudioError('SILENT_AUDIO'));
        assert.doesNotThrow(() => normalizePeak(new Float32Array(100).fill(SILENT_PEAK * 2)));
    });
    test('empty, NaN and bad targets are refused with their own codes', () => {
        assert.throws(() => normalizePeak(new Float32Array(0)), isAudioError('NO_SAMPLES'));
        assert.throws(() => normalizePeak(Float32Array.from([0.1, NaN, 0.2])), isAudioError('NON_FINITE_SAMPLES'));
        assert.throws(() => normalizePeak(clip, 0), isAudioError('INVALID_ARGUMENT'));
    });
});
describe('normalizeRms', () => {
    test('sets the RMS level to the target in dBFS (default −20)', () => {
        assert.ok(Math.abs(rmsDb(normalizeRms(clip)) - -20) < 1e-4);
        assert.ok(Math.abs(rmsDb(normalizeRms(clip, -30)) - -30) < 1e-4);
    });
    test('does not clip: a peaky clip may exceed ±1', () => {
        const spike = new Float32Array(1000);
        spike[500] = 0.01;
        assert.ok(peak(normalizeRms(spike, -10)) > 1);
    });
    test('a silent clip raises SILENT_AUDIO; empty or non-finite input their own codes', () => {
        assert.throws(() => normalizeRms(new Float32Array(100)), isAudioError('SILENT_AUDIO'));
        assert.throws(() => normalizeRms(new Float32Array(0)), isAudioError('NO_SAMPLES'));
        assert.throws(() => normalizeRms(Float32Array.from([0.1, Infinity])), isAudioError('NON_FINITE_SAMPLES'));
    });
});
//# sourceMappingURL=normalize.test.js.map