import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../../src/models/backend.js';
import { StatsPooling } from '../../src/models/stats-pooling.js';
test('statistics pooling gives each channel its mean and standard deviation over time', async () => {
    await initBackend({ prefer: 'wasm' });
    // one sequence, 4 frames, 2 channels: channel 0 = 1, 2, 3, 4 (mean 2.5, population variance 1.25), channel 1 = 5 throughout
    const x = tf.tensor3d([[[1, 5], [2, 5], [3, 5], [4, 5]]]);
    const layer = new StatsPooling({});
    const y = layer.apply(x);
    assert.deepEqual(y.shape, [1, 4]);
    const [m0, m1, s0, s1] = y.dataSync();
    assert.ok(Math.abs(m0 - 2.5) < 1e-6 && Math.abs(m1 - 5) < 1e-6, `means ${m0}, ${m1}`);
    assert.ok(Math.abs(s0 - Math.sqrt(1.25 + 1e-5)) < 1e-5, `std ${s0}`);
    // a constant channel has a spread of the floor alone, and a finite gradient
    assert.ok(Math.abs(s1 - Math.sqrt(1e-5)) < 1e-6, `std of a constant channel ${s1}`);
    const grad = tf.grad((t) => tf.sum(layer.apply(t)))(x);
    assert.ok([...grad.dataSync()].every(Number.isFinite));
    assert.deepEqual(layer.computeOutputShape([null, 7, 3]), [null, 6]);
    tf.dispose([x, y, grad]);
});
//# sourceMappingURL=stats-pooling.test.js.map