import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { initBackend } from '../src/models/backend.js';
await initBackend({ prefer: 'wasm' });
const stacks = new Map<string, number>();
for (const name of ['Identity', 'Cast']) {
  const cfg = tf.getKernel(name, 'wasm')!;
  tf.unregisterKernel(name, 'wasm');
  tf.registerKernel({ ...cfg, kernelFunc: (args) => {
    const x = Object.values(args.inputs)[0]!;
    if (x.shape.reduce((a, b) => a * b, 1) > 10000) {
      const st = (new Error().stack ?? '').split('\n').slice(3, 16).map(l => l.trim().replace(/\(.*node_modules\/@tensorflow\//, '(')).join(' | ');
      const k = name + ' ' + x.shape + ' :: ' + st;
      stacks.set(k, (stacks.get(k) ?? 0) + 1);
    }
    return cfg.kernelFunc(args);
  } });
}
const m = tfl.sequential();
m.add(tfl.layers.conv1d({ inputShape: [128, 120], filters: 64, kernelSize: 5, padding: 'same' }));
m.add(tfl.layers.batchNormalization()); m.add(tfl.layers.activation({ activation: 'relu' }));
m.add(tfl.layers.globalAveragePooling1d()); m.add(tfl.layers.dense({ units: 8, activation: 'softmax' }));
m.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
const x = tf.randomNormal([32, 128, 120]); const y = tf.oneHot(tf.randomUniform([32], 0, 8, 'int32'), 8);
await m.trainOnBatch(x, y); stacks.clear(); await m.trainOnBatch(x, y);
for (const [k, v] of stacks) console.log(v, k.slice(0, 1500), '\n');
