/**
 * Where an epoch of the shipped CNN or CRNN goes, kernel by kernel: `NeuralClassifier.fit` as `bench:train` runs it
 * (1152 RAVDESS clips, the default config), with a timer around every kernel of the wasm backend, in CPU time of
 * this process (less inflated than wall time on a machine shared with other work). The first epoch is warm-up; the
 * figures are per epoch over the rest. Prints one JSON object; skips (saying why) when the data is absent.
 *
 *   node dist/bench/train-profile.js [--model cnn|rnn] [--path native|wasm] [--epochs 2]
 */
import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import * as tf from '@tensorflow/tfjs-core';

import { scanCorpus } from '../src/corpus/index.js';
import { experimentConfig } from '../src/evaluation/experiment-config.js';
import { extractCorpus, loadFeatures } from '../src/features/batch.js';
import { initBackend } from '../src/models/backend.js';
import { NeuralClassifier } from '../src/models/classifier.js';
import { nativeStatus, useNativeKernels } from '../src/models/kernels/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')))!;
const dataDir = process.env.VOE_BENCH_DATA ?? resolve(repo, '..', 'shared', 'data', 'ravdess-speech-16k');

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', default: 'cnn' },
      path: { type: 'string', default: 'native' },
      epochs: { type: 'string', default: '2' },
    },
  });
  if (!existsSync(dataDir)) {
    console.log(JSON.stringify({ benchmark: 'train-profile', skipped: `data folder not found: ${dataDir} (set VOE_BENCH_DATA)` }));
    return;
  }
  const epochs = Number(values.epochs);
  const cfg = experimentConfig({ data: dataDir, out: join(tmpdir(), 'voe-bench-train') });
  const cacheRoot = join(tmpdir(), 'voe-bench-cache');
  const utterances = (await scanCorpus(dataDir)).utterances.slice(0, 1152);
  await extractCorpus(utterances.map((u) => u.path), { config: cfg.features, cacheRoot });
  const features = await Promise.all(utterances.map((u) => loadFeatures(u.path, cfg.features, cacheRoot)));
  await initBackend();
  if (useNativeKernels(values.path === 'native') !== (values.path === 'native')) {
    console.log(JSON.stringify({ benchmark: 'train-profile', skipped: nativeStatus().detail }));
    return;
  }

  const stats = new Map<string, { ms: number; calls: number }>();
  let timing = false;
  for (const config of tf.getKernelsForBackend('wasm')) {
    const run = config.kernelFunc;
    tf.unregisterKernel(config.kernelName, 'wasm');
    tf.registerKernel({
      ...config,
      kernelFunc: (args) => {
        if (!timing) return run(args);
        const t0 = cpuMs();
        const out = run(args);
        const s = stats.get(config.kernelName) ?? { ms: 0, calls: 0 };
        s.ms += cpuMs() - t0;
        s.calls++;
        stats.set(config.kernelName, s);
        return out;
      },
    });
  }
  const clf = new NeuralClassifier(values.model === 'cnn' ? cfg.cnn : cfg.rnn);
  let cpu0 = 0;
  let cpuTotal = 0;
  await clf.fit(features, utterances.map((u) => u.emotion), {
    epochs: epochs + 1,
    onEpoch: (log) => {
      const now = cpuMs();
      if (log.epoch > 1) cpuTotal += now - cpu0;
      timing = true;
      cpu0 = now;
    },
  });
  clf.dispose();
  const kernels = [...stats.entries()]
    .map(([kernel, s]) => ({ kernel, cpuMsPerEpoch: +(s.ms / epochs).toFixed(1), callsPerEpoch: Math.round(s.calls / epochs) }))
    .sort((a, b) => b.cpuMsPerEpoch - a.cpuMsPerEpoch);
  const inKernels = kernels.reduce((s, k) => s + k.cpuMsPerEpoch, 0);
  console.log(JSON.stringify({
    benchmark: 'train-profile',
    model: values.model,
    path: values.path,
    backend: nativeStatus().detail,
    loadavg: loadavg().map((l) => +l.toFixed(2)),
    cpuMsPerEpoch: Math.round(cpuTotal / epochs),
    kernelCpuMsPerEpoch: Math.round(inKernels),
    outsideKernelsCpuMsPerEpoch: Math.round(cpuTotal / epochs - inKernels),
    kernels,
  }, null, 2));
}

await main();
