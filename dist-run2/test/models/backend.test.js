import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../../src/models/backend.js';
import { wasmTrainingKernelNames } from '../../src/models/kernels/index.js';
test('without tfjs-node installed, the default choice is wasm with SIMD and our kernels, and says why', async () => {
    const listenersBefore = process.listeners('uncaughtException').length;
    const info = await initBackend();
    assert.equal(info.name, 'wasm');
    assert.equal(info.tfBackend, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
    assert.match(info.details, /SIMD on, 1 thread/);
    for (const name of wasmTrainingKernelNames())
        assert.ok(info.details.includes(name), `details name ${name}`);
    assert.deepEqual(info.skipped.map((s) => s.name), ['node']);
    assert.match(info.skipped[0].reason, /tfjs-node is not installed/);
    // Emscripten's process-wide error handlers (which print its minified source on any crash) are taken out.
    assert.equal(process.listeners('uncaughtException').length, listenersBefore);
});
test('a second call returns the first result and makes that backend current again', async () => {
    const first = await initBackend({ prefer: 'wasm' });
    await tf.setBackend('cpu');
    const second = await initBackend({ prefer: 'wasm' });
    assert.equal(second, first);
    assert.equal(tf.getBackend(), 'wasm');
});
test("prefer: 'cpu' selects the cpu backend", async () => {
    const info = await initBackend({ prefer: 'cpu' });
    assert.equal(info.name, 'cpu');
    assert.equal(tf.getBackend(), 'cpu');
    assert.deepEqual(info.skipped, []);
});
test('tensor methods that tfjs-layers calls are there (the GRU default orthogonal initializer needs them)', async () => {
    await initBackend({ prefer: 'wasm' });
    const x = tf.tensor2d([[1, -2], [3, 4]]);
    assert.deepEqual(Array.from(x.flatten().sign().dataSync()), [1, -1, 1, 1]);
});
//# sourceMappingURL=backend.test.js.map