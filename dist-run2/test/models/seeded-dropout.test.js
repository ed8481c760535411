import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { initBackend } from '../../src/models/backend.js';
import { seededDropout } from '../../src/models/seeded-dropout.js';
function masks(seed, calls) {
    const layer = seededDropout({ rate: 0.5, seed });
    const x = tf.ones([4, 16]);
    const out = [];
    for (let i = 0; i < calls; i++) {
        const y = layer.apply(x, { training: true });
        out.push([...y.dataSync()].map((v) => (v === 0 ? 0 : 1)));
        y.dispose();
    }
    x.dispose();
    return out;
}
test('seeded dropout draws a new mask every call, the same sequence for the same seed, none at inference', async () => {
    await initBackend({ prefer: 'cpu' });
    const a = masks(7, 3);
    assert.notDeepEqual(a[0], a[1], 'tfjs’ own seeded Dropout would repeat the mask here');
    assert.notDeepEqual(a[1], a[2]);
    assert.deepEqual(masks(7, 3), a);
    assert.notDeepEqual(masks(8, 1)[0], a[0]);
    const layer = seededDropout({ rate: 0.5, seed: 1 });
    const y = layer.apply(tf.ones([2, 8]), { training: false });
    assert.deepEqual([...y.dataSync()], new Array(16).fill(1));
});
test('a model with it serialises as a plain tfjs Dropout layer', () => {
    const m = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [4] }), seededDropout({ rate: 0.3, seed: 5 })] });
    const layers = m.toJSON(null, false).config.layers;
    assert.equal(layers[1].class_name, 'Dropout');
    assert.equal(layers[1].config.seed, 5);
});
//# sourceMappingURL=seeded-dropout.test.js.map