/**
 * Running the same computation on the cpu and wasm backends and comparing: the cpu backend is tfjs' reference
 * implementation, so every kernel we register for wasm is checked against it.
 */
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-layers registers tfjs-core's gradient functions (the core Node bundle alone has none).
import '@tensorflow/tfjs-layers';
import { initBackend } from '../../src/models/backend.js';
/** Deterministic uniform numbers in [-1, 1) (mulberry32), so every run tests the same inputs. */
export function seeded(seed) {
    let s = seed >>> 0;
    return () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
    };
}
export function randomData(shape, seed) {
    const next = seeded(seed);
    const out = new Float32Array(shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < out.length; i++)
        out[i] = next();
    return out;
}
export async function useWasm() {
    const info = await initBackend({ prefer: 'wasm' });
    assert.equal(info.name, 'wasm', `wasm backend expected, got ${info.name}: ${JSON.stringify(info.skipped)}`);
}
/** Runs `f` on `backend` and returns its outputs as plain arrays (tensors are created inside `f`). */
export async function runOn(backend, f) {
    await tf.setBackend(backend);
    const outs = tf.tidy(() => [f()].flat());
    const result = outs.map((t) => ({
        shape: t.shape, dtype: t.dtype, values: t.dataSync().slice(),
    }));
    tf.dispose(outs);
    return result;
}
/**
 * Asserts that `f` gives the same on wasm as on cpu: same shapes and dtypes, values within `rtol` of the
 * reference's largest magnitude (float sums in a different order differ in the last bits; a wrong index does not).
 */
export async function assertSameOnBothBackends(what, f, rtol = 1e-4) {
    const expected = await runOn('cpu', f);
    const actual = await runOn('wasm', f);
    assert.equal(actual.length, expected.length, `${what}: number of outputs`);
    expected.forEach((e, i) => {
        const a = actual[i];
        assert.deepEqual(a.shape, e.shape, `${what}: shape of output ${i}`);
        assert.equal(a.dtype, e.dtype, `${what}: dtype of output ${i}`);
        let scale = 0;
        for (const v of e.values)
            scale = Math.max(scale, Math.abs(v));
        const tol = rtol * Math.max(scale, 1e-3);
        for (let j = 0; j < e.values.length; j++) {
            const d = Math.abs(a.values[j] - e.values[j]);
            if (!(d <= tol)) {
                assert.fail(`${what}: output ${i}[${j}] wasm ${a.values[j]} vs cpu ${e.values[j]} ` +
                    `(|diff| ${d.toExponential(2)} > ${tol.toExponential(2)})`);
            }
        }
    });
}
//# sourceMappingURL=kernel-helpers.js.map