import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { initBackend } from '../src/models/backend.js';

const times = new Map<string, { ms: number; n: number }>();
function wrapKernels(backend: string) {
  for (const cfg of tf.getKernelsForBackend(backend)) {
    const f = cfg.kernelFunc;
    tf.unregisterKernel(cfg.kernelName, backend);
    tf.registerKernel({ ...cfg, kernelFunc: (args) => {
      const t0 = performance.now();
      const r = f(args);
      const dt = performance.now() - t0;
      const e = times.get(cfg.kernelName) ?? { ms: 0, n: 0 };
      e.ms += dt; e.n++; times.set(cfg.kernelName, e);
      return r;
    } });
  }
}
function cnn() {
  const m = tfl.sequential();
  m.add(tfl.layers.conv1d({ inputShape: [128, 120], filters: 64, kernelSize: 5, padding: 'same' }));
  m.add(tfl.layers.batchNormalization()); m.add(tfl.layers.activation({ activation: 'relu' }));
  m.add(tfl.layers.conv1d({ filters: 128, kernelSize: 5, padding: 'same' }));
  m.add(tfl.layers.batchNormalization()); m.add(tfl.layers.activation({ activation: 'relu' }));
  m.add(tfl.layers.conv1d({ filters: 128, kernelSize: 5, padding: 'same' }));
  m.add(tfl.layers.batchNormalization()); m.add(tfl.layers.activation({ activation: 'relu' }));
  m.add(tfl.layers.globalAveragePooling1d());
  m.add(tfl.layers.dense({ units: 8, activation: 'softmax' }));
  return m;
}
function gru() {
  const m = tfl.sequential();
  m.add(tfl.layers.gru({ inputShape: [128, 120], units: 64 }));
  m.add(tfl.layers.dense({ units: 8, activation: 'softmax' }));
  return m;
}
const which = process.argv[2] ?? 'cnn';
const info = await initBackend({ prefer: (process.argv[3] as 'wasm') ?? 'wasm' });
console.log(info.details);
wrapKernels(tf.getBackend());
const model = which === 'cnn' ? cnn() : gru();
model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
const x = tf.randomNormal([32, 128, 120]);
const y = tf.oneHot(tf.randomUniform([32], 0, 8, 'int32'), 8);
const steps = Number(process.argv[4] ?? 3);
for (let i = 0; i < steps + 1; i++) {
  if (i === 1) times.clear();
  const t0 = performance.now();
  const loss = await model.trainOnBatch(x, y);
  console.log(`step ${i}: ${(performance.now() - t0).toFixed(0)} ms loss ${loss}`);
}
const top = [...times.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
for (const [k, v] of top) console.log(k.padEnd(24), (v.ms / steps).toFixed(1).padStart(8), 'ms/step', String(v.n / steps).padStart(6), 'calls/step');
console.log('total kernel ms/step', ([...times.values()].reduce((s, v) => s + v.ms, 0) / steps).toFixed(0), 'calls/step', [...times.values()].reduce((s, v) => s + v.n, 0) / steps);
