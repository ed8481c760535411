/**
 * `npm run bench:train`: seconds per training epoch of the CNN and the RNN exactly as `voe experiment` ships them
 * (its default config: input, architecture, crop length, batch size, augmentation), through the real training loop
 * (`NeuralClassifier.fit`: crops, SpecAugment, mixup, class weights, Adam) on 1152 RAVDESS clips, the sample count
 * of the PyTorch reference. The first epoch (JIT and kernel warm-up) is reported apart; the figure is the median
 * of the others. Where Debian's python3-torch is installed, the same architectures at the same shape are timed in
 * PyTorch in the same run (bench/pytorch_reference.py) and the ratio printed. Prints one JSON object; skips
 * (saying why) when the data is absent.
 *
 * For the same architectures as the PyTorch reference timings (not the shipped ones), see bench/kernels.ts.
 *
 *   node dist/bench/train.js [--epochs 4] [--models cnn,rnn] [--paths native,wasm]
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scanCorpus } from '../src/corpus/index.js';
import { experimentConfig, trainConfigFor } from '../src/evaluation/experiment-config.js';
import { extractCorpus, loadFeatures } from '../src/features/batch.js';
import { initBackend } from '../src/models/backend.js';
import { nativeStatus, useNativeKernels } from '../src/models/kernels/index.js';
import { NeuralClassifier } from '../src/models/classifier.js';
import { inputDims } from '../src/models/sequences.js';
import type { Architecture, TrainConfig } from '../src/models/config.js';
import { runPytorchReference } from './pytorch.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')))!;
const dataDir = process.env.VOE_BENCH_DATA ?? resolve(repo, '..', 'shared', 'data', 'ravdess-speech-16k');
const CLIPS = 1152;

/**
 * The same architecture at the same shape in PyTorch (bench/pytorch_reference.py, one thread), run in this
 * benchmark when Debian's python3-torch is installed (`apt-get install python3-torch`); otherwise the reason it
 * was not. Its epochs exclude batch preparation, which tfjs' figure includes.
 */
function pytorchSameArchitecture(arch: Architecture, train: TrainConfig, frames: number, dims: number, samples: number, epochs: number): unknown {
  if (arch === 'rnn' && (train.rnn.cell !== 'gru' || !train.rnn.bidirectional)) return { skipped: 'the PyTorch reference mirrors the bidirectional GRU only' };
  if (arch === 'cnn' && train.cnn.kind !== '1d') return { skipped: 'the PyTorch reference mirrors the 1D CNN only' };
  return runPytorchReference([
    '--model', arch, '--frames', String(frames), '--dims', String(dims), '--samples', String(samples),
    '--batch', String(train.batchSize), '--epochs', String(epochs + 1),
    '--filters', train.cnn.filters.join(','), '--kernel', String(train.cnn.kernelSize),
    '--units', String(train.rnn.units), '--rnn-conv', train.rnn.convFilters.join(','), '--rnn-layers', String(train.rnn.layers),
    '--pooling', train.rnn.pooling, '--dropout', String(arch === 'cnn' ? train.cnn.dropout : train.rnn.dropout),
  ]);
}

/** Measured on this kind of machine with PyTorch 1.13 CPU, one thread, 1152 samples, batch 32 (see the issue tracker). */
const PYTORCH_REFERENCE = {
  note: 'PyTorch 1.13 CPU, one thread, batch 32, 1152 samples, 128 frames × 120 features; architectures of bench/kernels.ts',
  cnn1d_64_128_128: 1.11,
  gru64: 1.31,
  bilstm64: 3.08,
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '4' },
      models: { type: 'string', default: 'cnn,rnn' },
      paths: { type: 'string', default: 'native,wasm' },
    },
  });
  const epochs = Number(values.epochs);
  if (!existsSync(dataDir)) {
    console.log(JSON.stringify({ benchmark: 'train', skipped: `data folder not found: ${dataDir} (set VOE_BENCH_DATA)` }));
    return;
  }
  const cfg = experimentConfig({ data: dataDir, out: join(tmpdir(), 'voe-bench-train') });
  const cacheRoot = join(tmpdir(), 'voe-bench-cache');
  const scan = await scanCorpus(dataDir);
  const utterances = scan.utterances.slice(0, CLIPS);
  await extractCorpus(utterances.map((u) => u.path), { config: cfg.features, cacheRoot });
  const features = await Promise.all(utterances.map((u) => loadFeatures(u.path, cfg.features, cacheRoot)));
  const labels = utterances.map((u) => u.emotion);
  const backend = await initBackend();
  console.error(`backend: ${backend.details}`);

  const paths = values.paths.split(',') as ('native' | 'wasm')[];
  const models: Record<string, unknown> = {};
  for (const arch of values.models.split(',') as Architecture[]) {
    const train = trainConfigFor(cfg, arch);
    const byPath: Record<string, unknown> = {};
    const perEpoch: Record<string, number> = {};
    const cpuPerEpoch: Record<string, number> = {};
    for (const path of paths) {
      if (useNativeKernels(path === 'native') !== (path === 'native')) {
        byPath[path] = { skipped: nativeStatus().detail };
        continue;
      }
      const clf = new NeuralClassifier(train);
      const seconds: number[] = [];
      const cpuSeconds: number[] = [];
      let cpu0 = process.cpuUsage();
      await clf.fit(features, labels, {
        epochs: epochs + 1,
        onEpoch: (log) => {
          seconds.push(log.seconds);
          const cpu = process.cpuUsage(cpu0);
          cpuSeconds.push((cpu.user + cpu.system) / 1e6);
          cpu0 = process.cpuUsage();
          console.error(`${arch} ${path} epoch ${log.epoch}: ${log.seconds.toFixed(2)} s`);
        },
      });
      const finalLoss = clf.training?.history.at(-1)?.loss;
      clf.dispose();
      const median = (xs: number[]) => xs.slice(1).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      perEpoch[path] = median(seconds);
      cpuPerEpoch[path] = median(cpuSeconds);
      byPath[path] = {
        firstEpochSeconds: +seconds[0].toFixed(3),
        secondsPerEpoch: +perEpoch[path].toFixed(3),
        cpuSecondsPerEpoch: +cpuPerEpoch[path].toFixed(3),
        epochSeconds: seconds.map((s) => +s.toFixed(3)),
        finalLoss,
      };
    }
    useNativeKernels(true);
    const pytorch = pytorchSameArchitecture(arch, train, train.cropFrames, inputDims(train.input, features[0]), features.length, epochs) as { secondsPerEpoch?: number; cpuSecondsPerEpoch?: number };
    const ratios: Record<string, number> = {};
    const cpuRatios: Record<string, number> = {};
    for (const [path, s] of Object.entries(perEpoch)) {
      if (pytorch.secondsPerEpoch) ratios[path] = +(s / pytorch.secondsPerEpoch).toFixed(2);
      if (pytorch.cpuSecondsPerEpoch) cpuRatios[path] = +(cpuPerEpoch[path] / pytorch.cpuSecondsPerEpoch).toFixed(2);
    }
    models[arch] = {
      architecture: arch === 'cnn' ? train.cnn : train.rnn,
      input: train.input,
      cropFrames: train.cropFrames,
      batchSize: train.batchSize,
      stepsPerEpoch: Math.ceil(features.length / train.batchSize),
      ...byPath,
      pytorchSameArchitecture: pytorch,
      ...(Object.keys(ratios).length ? { timesPytorch: ratios } : {}),
      ...(Object.keys(cpuRatios).length ? { cpuTimesPytorch: cpuRatios } : {}),
    };
  }
  console.log(
    JSON.stringify(
      {
        benchmark: 'train',
        clips: features.length,
        backend: backend.details,
        machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg().map((l) => +l.toFixed(2)) },
        models,
        pytorchReferenceArchitectures: PYTORCH_REFERENCE,
      },
      null,
      2,
    ),
  );
}

await main();
