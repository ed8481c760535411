/**
 * `npm run bench:ceiling`: how fast the shipped CNN could train on this CPU at best, on each stack. Nearly all of a
 * Conv1D network's training arithmetic is matrix products (each convolution and both its gradients are one GEMM
 * over im2col rows), so the floating-point operations of one epoch, divided by the best GEMM throughput a stack
 * reaches at those very shapes, bound its epoch time from below. Measured in the same run for:
 * - tfjs wasm: XNNPACK's matMul (the stock kernel, batch 1 without transposes) and our packed SIMD GEMM
 *   (src/models/kernels/, the one training uses), both single-threaded, 128-bit SIMD with fused multiply-add;
 * - PyTorch (Debian's python3-torch, one thread): its whole epoch of the same CNN (bench/pytorch_reference.py,
 *   whose convolutions run on oneDNN with AVX-512), where it is installed, as the effective rate of those FLOPs.
 * - native (src/models/kernels/native.ts, where the addon is built): the same convolutions as oneDNN runs them for
 *   training (Conv2D, Conv2DBackpropFilter, Conv2DBackpropInput kernels on the wasm heap), one thread.
 * A wasm floor above PyTorch's whole epoch means no kernel work in wasm can reach it on this CPU; the native floor
 * says how much of PyTorch's epoch the convolutions alone take on oneDNN, leaving the rest for everything else.
 * Prints one JSON object.
 *
 *   node dist/bench/gemm-ceiling.js [--repeats 20]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { DEFAULT_FEATURE_CONFIG } from '../src/config.js';
import { DEFAULT_TRAIN_CONFIG } from '../src/models/config.js';
import { initBackend } from '../src/models/backend.js';
import {
  nativeStatus, registerWasmTrainingKernels, unregisterWasmTrainingKernels,
} from '../src/models/kernels/index.js';
import { runPytorchReference } from './pytorch.js';

/** The shipped input ('logmel-pitch'): the log-mel bands, then log f0, periodicity and log RMS. */
const INPUT_DIMS = DEFAULT_FEATURE_CONFIG.n_mels + 3;
/** The sample count of the PyTorch reference timings. */
const SAMPLES = 1152;

interface Gemm {
  name: string;
  m: number;
  k: number;
  n: number;
  /** The convolution this GEMM is: its block's shapes, and which of the three kernels. */
  conv: { kind: 'forward' | 'filter' | 'input'; frames: number; channels: number; filters: number };
}

/**
 * The GEMMs of one training step of the shipped CNN (batch 32, 64 frames, 67 inputs; Conv1D 64/128/128, kernel 5,
 * pooled by 2 after each block but the last): per block the forward product, the filter gradient and (except for
 * the first block, whose input needs none) the input gradient, each M × K × N with M = batch × frames.
 */
function cnnStepGemms(): Gemm[] {
  const { batchSize, cropFrames, cnn } = DEFAULT_TRAIN_CONFIG;
  const gemms: Gemm[] = [];
  let frames = cropFrames;
  let channels = INPUT_DIMS;
  cnn.filters.forEach((filters, i) => {
    const m = batchSize * frames;
    const k = channels * cnn.kernelSize;
    const conv = { frames, channels, filters };
    gemms.push({ name: `block ${i + 1} forward`, m, k, n: filters, conv: { kind: 'forward', ...conv } });
    gemms.push({ name: `block ${i + 1} filter gradient`, m: k, k: m, n: filters, conv: { kind: 'filter', ...conv } });
    if (i > 0) {
      gemms.push({ name: `block ${i + 1} input gradient`, m, k: filters * cnn.kernelSize, n: channels, conv: { kind: 'input', ...conv } });
    }
    channels = filters;
    if (cnn.pool && i < cnn.filters.length - 1) frames /= 2;
  });
  return gemms;
}

const flops = (g: Gemm): number => 2 * g.m * g.k * g.n;

function timeTfMatMul(g: Gemm, repeats: number): number {
  const a = tf.randomNormal([g.m, g.k], 0, 1, 'float32', 1);
  const b = tf.randomNormal([g.k, g.n], 0, 1, 'float32', 2);
  for (let i = 0; i < 3; i++) tf.matMul(a, b).dispose();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const c = tf.matMul(a, b);
    c.dataSync();
    times.push(performance.now() - t0);
    c.dispose();
  }
  a.dispose();
  b.dispose();
  times.sort((x, y) => x - y);
  return times[0] / 1000;
}

/** The convolution behind a GEMM as the training kernels run it (native where the addon is built): best seconds. */
function timeConvKernel(g: Gemm, repeats: number): number {
  const { batchSize, cnn } = DEFAULT_TRAIN_CONFIG;
  const { kind, frames, channels, filters } = g.conv;
  const x = tf.randomNormal([batchSize, 1, frames, channels], 0, 1, 'float32', 1);
  const w = tf.randomNormal([1, cnn.kernelSize, channels, filters], 0, 1, 'float32', 2);
  const dy = tf.randomNormal([batchSize, 1, frames, filters], 0, 1, 'float32', 3);
  const attrs = { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1 };
  const run = () => (kind === 'forward'
    ? tf.engine().runKernel('Conv2D', { x, filter: w }, attrs)
    : kind === 'filter'
      ? tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...attrs, filterShape: w.shape })
      : tf.engine().runKernel('Conv2DBackpropInput', { dy, filter: w }, { ...attrs, inputShape: x.shape })) as tf.Tensor;
  for (let i = 0; i < 3; i++) run().dispose();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const c = run();
    c.dataSync();
    times.push(performance.now() - t0);
    c.dispose();
  }
  tf.dispose([x, w, dy]);
  return Math.min(...times) / 1000;
}

/** PyTorch's whole training epoch of the same CNN (bench/pytorch_reference.py, one thread), as bench:train runs it. */
function pytorchEpoch() {
  const { cnn, cropFrames, batchSize } = DEFAULT_TRAIN_CONFIG;
  return runPytorchReference([
    '--model', 'cnn', '--frames', String(cropFrames), '--dims', String(INPUT_DIMS), '--samples', String(SAMPLES),
    '--batch', String(batchSize), '--epochs', '5',
    '--filters', cnn.filters.join(','), '--kernel', String(cnn.kernelSize), '--dropout', String(cnn.dropout),
  ]);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { repeats: { type: 'string', default: '20' } } });
  const repeats = Number(values.repeats);
  const backend = await initBackend({ prefer: 'wasm' });
  const gemms = cnnStepGemms();
  const stepsPerEpoch = Math.ceil(SAMPLES / DEFAULT_TRAIN_CONFIG.batchSize);
  const ours = gemms.map((g) => timeTfMatMul(g, repeats));
  unregisterWasmTrainingKernels();
  const xnnpack = gemms.map((g) => timeTfMatMul(g, repeats));
  registerWasmTrainingKernels();
  const native = nativeStatus().active ? gemms.map((g) => timeConvKernel(g, repeats)) : undefined;
  const pytorch = pytorchEpoch();

  const epoch = (seconds: number[]) => +(stepsPerEpoch * gemms.reduce((s, g, i) => s + seconds[i], 0)).toFixed(3);
  const best = gemms.map((_, i) => Math.min(ours[i], xnnpack[i]));
  const epochFlops = stepsPerEpoch * gemms.reduce((s, g) => s + flops(g), 0);
  console.log(
    JSON.stringify(
      {
        benchmark: 'gemm-ceiling',
        backend: backend.details,
        machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg().map((l) => +l.toFixed(2)) },
        note: 'best of repeats per GEMM, one thread; epoch = 1152 clips at batch 32, GEMMs only (a lower bound on a whole epoch)',
        cnnEpochGflop: +(epochFlops / 1e9).toFixed(2),
        gemms: gemms.map((g, i) => ({
          ...g,
          gflopPerSecond: {
            wasmOurs: +(flops(g) / ours[i] / 1e9).toFixed(1),
            wasmXnnpack: +(flops(g) / xnnpack[i] / 1e9).toFixed(1),
            ...(native ? { nativeOneDnnConvolution: +(flops(g) / native[i] / 1e9).toFixed(1) } : {}),
          },
        })),
        cnnEpochGemmSeconds: {
          wasmOurs: epoch(ours),
          wasmXnnpack: epoch(xnnpack),
          wasmBestOfBoth: epoch(best),
          nativeOneDnn: native ? epoch(native) : nativeStatus().detail,
        },
        pytorchWholeEpoch:
          'secondsPerEpoch' in pytorch
            ? {
              ...pytorch,
              effectiveGflopPerSecond: +(epochFlops / 1e9 / pytorch.secondsPerEpoch).toFixed(1),
              wasmGemmFloorOverPytorchEpoch: +(epoch(best) / pytorch.secondsPerEpoch).toFixed(2),
              ...(native ? { nativeConvolutionFloorOverPytorchEpoch: +(epoch(native) / pytorch.secondsPerEpoch).toFixed(2) } : {}),
            }
            : pytorch,
      },
      null,
      2,
    ),
  );
}

await main();
