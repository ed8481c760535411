/**
 * Training-step time on the wasm backend, stock kernels vs ours (`src/models/kernels/`), for the models the project
 * trains, plus where the time goes with ours. Recurrent models run a third time with the fused GRU/LSTM layers
 * (`src/models/fused-rnn.ts`) on our kernels; the first two runs use tfjs-layers' own layer math. All runs of a
 * model start from the same seeded weights and train on the same batch, so their losses agree (up to float
 * rounding) when the computations do. Prints JSON on stdout (progress on stderr).
 *
 *   npx tsx bench/kernels.ts [--steps 4] [--models cnn,gru,bigru,bilstm]
 *
 * Shapes: batch 32 of 128 frames × 120 features, 8 classes (the PyTorch reference timings are for 1152 samples,
 * i.e. 36 steps an epoch, on one CPU thread).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { initBackend } from '../src/models/backend.js';
import { fusedRnnOptions, gru, lstm } from '../src/models/fused-rnn.js';
import { registerWasmTrainingKernels, simdUsesFma, unregisterWasmTrainingKernels, } from '../src/models/kernels/index.js';
const BATCH = 32;
const FRAMES = 128;
const FEATURES = 120;
const CLASSES = 8;
const STEPS_PER_EPOCH = 1152 / BATCH;
/** Seeded initialisers, so every run of a model starts from the same weights. */
const init = (k) => tfl.initializers.glorotUniform({ seed: k });
const cellInit = (k) => ({
    kernelInitializer: init(k), recurrentInitializer: tfl.initializers.orthogonal({ seed: k + 1 }),
});
const MODELS = {
    cnn: {
        name: 'cnn1d',
        description: 'conv1d 64/128/128 (kernel 5, same) each + BatchNorm + relu, global average pool, dense 8',
        pytorchSecondsPerEpoch: 1.11,
        build() {
            const m = tfl.sequential();
            [64, 128, 128].forEach((filters, i) => {
                m.add(tfl.layers.conv1d({
                    ...(i === 0 ? { inputShape: [FRAMES, FEATURES] } : {}), filters, kernelSize: 5, padding: 'same',
                    kernelInitializer: init(i),
                }));
                m.add(tfl.layers.batchNormalization());
                m.add(tfl.layers.activation({ activation: 'relu' }));
            });
            m.add(tfl.layers.globalAveragePooling1d());
            m.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax', kernelInitializer: init(99) }));
            return m;
        },
    },
    gru: {
        name: 'gru64',
        description: 'GRU 64 (sigmoid gates, as PyTorch) over 128 frames, dense 8',
        pytorchSecondsPerEpoch: 1.31,
        recurrent: true,
        build() {
            const m = tfl.sequential();
            m.add(gru({ inputShape: [FRAMES, FEATURES], units: 64, recurrentActivation: 'sigmoid', ...cellInit(1) }));
            m.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax', kernelInitializer: init(99) }));
            return m;
        },
    },
    bigru: {
        name: 'bigru64',
        description: 'bidirectional GRU 64 (sigmoid gates) over 128 frames, dense 8',
        pytorchSecondsPerEpoch: null,
        recurrent: true,
        build() {
            const m = tfl.sequential();
            m.add(tfl.layers.bidirectional({
                inputShape: [FRAMES, FEATURES],
                layer: gru({ units: 64, recurrentActivation: 'sigmoid', ...cellInit(1) }),
            }));
            m.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax', kernelInitializer: init(99) }));
            return m;
        },
    },
    bilstm: {
        name: 'bilstm64',
        description: 'bidirectional LSTM 64 (sigmoid gates) over 128 frames, dense 8',
        pytorchSecondsPerEpoch: 3.08,
        recurrent: true,
        build() {
            const m = tfl.sequential();
            m.add(tfl.layers.bidirectional({
                inputShape: [FRAMES, FEATURES],
                layer: lstm({ units: 64, recurrentActivation: 'sigmoid', ...cellInit(1) }),
            }));
            m.add(tfl.layers.dense({ units: CLASSES, activation: 'softmax', kernelInitializer: init(99) }));
            return m;
        },
    },
};
/** Wraps every wasm kernel with a timer (re-registering it), to see where a step's time goes. */
class KernelTimer {
    stats = new Map();
    originals = [];
    install() {
        this.originals = tf.getKernelsForBackend('wasm');
        for (const config of this.originals) {
            const run = config.kernelFunc;
            tf.unregisterKernel(config.kernelName, 'wasm');
            tf.registerKernel({
                ...config,
                kernelFunc: (args) => {
                    const t0 = performance.now();
                    const out = run(args);
                    const s = this.stats.get(config.kernelName) ?? { ms: 0, calls: 0 };
                    s.ms += performance.now() - t0;
                    s.calls++;
                    this.stats.set(config.kernelName, s);
                    return out;
                },
            });
        }
    }
    uninstall() {
        for (const config of this.originals) {
            tf.unregisterKernel(config.kernelName, 'wasm');
            tf.registerKernel(config);
        }
    }
}
function batch() {
    return tf.tidy(() => ({
        x: tf.randomNormal([BATCH, FRAMES, FEATURES], 0, 1, 'float32', 1),
        y: tf.oneHot(tf.randomUniform([BATCH], 0, CLASSES, 'int32', 2), CLASSES),
    }));
}
/**
 * Median, minimum and mean ms per `trainOnBatch` over `steps` steps after one warm-up step (`afterWarmUp` runs then).
 * The minimum is the step least disturbed by other processes on the shared cores.
 */
async function timeSteps(model, steps, afterWarmUp = () => { }) {
    const { x, y } = batch();
    const losses = [];
    const times = [];
    try {
        for (let i = 0; i <= steps; i++) {
            const t0 = performance.now();
            losses.push(await model.trainOnBatch(x, y));
            if (i > 0)
                times.push(performance.now() - t0);
            else
                afterWarmUp();
        }
    }
    finally {
        tf.dispose([x, y]);
    }
    const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
    times.sort((a, b) => a - b);
    return {
        msPerStep: round(times[Math.floor(times.length / 2)]), minMs: round(times[0]), meanMs,
        losses: losses.map((l) => round(l, 4)),
    };
}
function round(x, digits = 1) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}
function freshModel(spec) {
    const model = spec.build();
    model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
    return model;
}
const perEpoch = (msPerStep) => round((msPerStep * STEPS_PER_EPOCH) / 1000, 2);
async function benchModel(spec, steps) {
    const log = (msg) => process.stderr.write(`[${spec.name}] ${msg}\n`);
    const result = { model: spec.name, description: spec.description };
    // The first two runs use tfjs-layers' own GRU/LSTM math (our layer classes with the fast path off).
    fusedRnnOptions.enabled = false;
    unregisterWasmTrainingKernels();
    log('stock wasm kernels ...');
    try {
        const model = freshModel(spec);
        const { msPerStep, minMs, losses } = await timeSteps(model, steps);
        result.stock = { msPerStep, minMs, losses, secondsPerEpoch: perEpoch(msPerStep) };
        model.layers.forEach((l) => l.dispose());
    }
    catch (e) {
        result.stock = { error: e instanceof Error ? e.message : String(e) };
    }
    registerWasmTrainingKernels();
    tf.disposeVariables();
    log('our kernels ...');
    let model = freshModel(spec);
    const ours = await timeSteps(model, steps);
    result.ours = {
        msPerStep: ours.msPerStep, minMs: ours.minMs, losses: ours.losses, secondsPerEpoch: perEpoch(ours.msPerStep),
    };
    const stockMs = result.stock.msPerStep;
    if (stockMs)
        result.speedup = round(stockMs / ours.msPerStep, 2);
    let best = ours.msPerStep;
    if (spec.recurrent) {
        model.layers.forEach((l) => l.dispose());
        tf.disposeVariables();
        fusedRnnOptions.enabled = true;
        log('our kernels + fused recurrent layers ...');
        model = freshModel(spec);
        const fused = await timeSteps(model, steps);
        result.fused = {
            msPerStep: fused.msPerStep, minMs: fused.minMs, losses: fused.losses, secondsPerEpoch: perEpoch(fused.msPerStep),
            secondsPerEpochAtMin: perEpoch(fused.minMs),
        };
        result.fusedSpeedupOverOurs = round(ours.msPerStep / fused.msPerStep, 2);
        if (stockMs)
            result.fusedSpeedupOverStock = round(stockMs / fused.msPerStep, 2);
        best = fused.msPerStep;
    }
    result.pytorchSecondsPerEpoch = spec.pytorchSecondsPerEpoch;
    if (spec.pytorchSecondsPerEpoch)
        result.bestVsPytorch = round(perEpoch(best) / spec.pytorchSecondsPerEpoch, 2);
    log(`profiling kernels (${spec.recurrent ? 'fused layers' : 'our kernels'}) ...`);
    const timer = new KernelTimer();
    timer.install();
    const profiled = await timeSteps(model, steps, () => timer.stats.clear());
    timer.uninstall();
    const all = [...timer.stats.entries()].map(([kernel, s]) => ({ kernel, ms: s.ms / steps, calls: s.calls / steps }));
    const kernelMs = all.reduce((s, k) => s + k.ms, 0);
    const calls = all.reduce((s, k) => s + k.calls, 0);
    // Everything not inside a kernel: tfjs' engine (tape, tensor bookkeeping, scopes), garbage collection, optimizer.
    const outside = profiled.meanMs - kernelMs;
    result.profile = {
        meanMsPerStepWithTimers: round(profiled.meanMs),
        kernelMsPerStep: round(kernelMs),
        kernelCallsPerStep: Math.round(calls),
        outsideKernelsMsPerStep: round(outside),
        outsideKernelsUsPerCall: round((outside * 1000) / calls, 2),
        topKernels: all.sort((a, b) => b.ms - a.ms).slice(0, 10).map((k) => ({
            kernel: k.kernel, msPerStep: round(k.ms, 2), callsPerStep: Math.round(k.calls),
            share: round(k.ms / profiled.meanMs, 3),
        })),
    };
    model.layers.forEach((l) => l.dispose());
    tf.disposeVariables();
    return result;
}
async function main() {
    const { values } = parseArgs({
        options: { steps: { type: 'string', default: '4' }, models: { type: 'string', default: 'cnn,gru,bigru,bilstm' } },
    });
    const steps = Number(values.steps);
    const backend = await initBackend({ prefer: 'wasm' });
    const results = [];
    for (const key of values.models.split(',')) {
        const spec = MODELS[key];
        if (!spec)
            throw new Error(`unknown model '${key}' (known: ${Object.keys(MODELS).join(', ')})`);
        results.push(await benchModel(spec, steps));
    }
    const report = {
        benchmark: 'wasm training kernels: ms per training step, stock tfjs-backend-wasm vs ours (and fused RNN layers)',
        backend: backend.details,
        gemmFusedMultiplyAdd: simdUsesFma(),
        machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverage: loadavg() },
        shapes: { batch: BATCH, frames: FRAMES, features: FEATURES, classes: CLASSES, stepsPerEpoch: STEPS_PER_EPOCH },
        timedSteps: steps,
        note: 'msPerStep: median of the timed steps after one warm-up (minMs: the fastest); secondsPerEpoch = ' +
            'msPerStep × 36; stock and ours ' +
            'run tfjs-layers\' own GRU/LSTM math, fused our fused layers (src/models/fused-rnn.ts), all on the same ' +
            'seeded weights and batch; bestVsPytorch: our fastest s/epoch over PyTorch\'s; profile: a separate run ' +
            'with a timer around every kernel (means over the timed steps); loadAverage: other processes share the cores',
        models: results,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
await main();
//# sourceMappingURL=kernels.js.map