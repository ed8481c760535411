/**
 * The native oneDNN kernels (src/models/kernels/native.ts, native/voe_native.cc) against the cpu backend, at the
 * shapes the shipped models use and at odd ones, forward and gradients; the fallback that VOE_NATIVE=0 forces; and
 * two short training runs on the native path that must agree to the last bit.
 *
 * Where the addon is not built (no libdnnl-dev), the native tests skip saying so, except under
 * VOE_REQUIRE_NATIVE=1 (set by .ci/run, which installs oneDNN), where that is a failure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../../src/models/backend.js';
import { trainConfig } from '../../src/models/config.js';
import { nativeAddon, nativeStatus, useNativeKernels, wasmTrainingKernelConfigs, } from '../../src/models/kernels/index.js';
import { FusedAdamOptimizer } from '../../src/models/fused-adam.js';
import { buildCnn } from '../../src/models/networks.js';
import { predictProbabilities, trainNetwork } from '../../src/models/train.js';
import { assertSameOnBothBackends, randomData, runOn, useWasm } from './kernel-helpers.js';
const t = (shape, seed) => tf.tensor(randomData(shape, seed), shape);
const available = nativeStatus().active;
const required = process.env.VOE_REQUIRE_NATIVE === '1';
const skip = available ? false : `native kernels not available here: ${nativeStatus().detail}`;
before(useWasm);
test('the native kernels are available where they are required (VOE_REQUIRE_NATIVE=1)', { skip: !required }, () => {
    assert.ok(available, nativeStatus().detail);
});
// Conv1D runs as a Conv2D of height 1 with filter [1, k, Cin, Cout]: the shipped CNN (batch 32, 64 frames, 64
// log-mel bands + 3 prosody dims, filters 64/128/128 of width 5, pooled by 2 between), the CRNN's front-end, then
// odd sizes and the 2-D geometries of kernels.test.ts.
const CASES = [
    { what: 'CNN layer 1', x: [32, 1, 64, 67], filter: [1, 5, 67, 64], strides: 1, pad: 'same' },
    { what: 'CNN layer 2', x: [32, 1, 32, 64], filter: [1, 5, 64, 128], strides: 1, pad: 'same' },
    { what: 'CNN layer 3', x: [32, 1, 16, 128], filter: [1, 5, 128, 128], strides: 1, pad: 'same' },
    { what: 'odd: batch 3, 17 frames, 5 → 7 channels', x: [3, 1, 17, 5], filter: [1, 5, 5, 7], strides: 1, pad: 'same' },
    { what: 'odd: batch 1, width 3 filter on 2 frames', x: [1, 1, 2, 9], filter: [1, 3, 9, 11], strides: 1, pad: 'same' },
    { what: 'odd: stride 2 on 21 frames', x: [4, 1, 21, 6], filter: [1, 5, 6, 8], strides: 2, pad: 'same' },
    { what: 'odd: stride 3, valid, even filter', x: [4, 1, 21, 6], filter: [1, 4, 6, 3], strides: 3, pad: 'valid' },
    { what: '2-D same', x: [2, 5, 7, 3], filter: [3, 2, 3, 4], strides: 1, pad: 'same' },
    { what: '2-D valid', x: [2, 5, 7, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'valid' },
    { what: '2-D stride 2', x: [3, 9, 8, 2], filter: [3, 3, 2, 5], strides: 2, pad: 'same' },
    { what: '2-D strides [2, 1]', x: [2, 6, 9, 4], filter: [3, 2, 4, 3], strides: [2, 1], pad: 'same' },
    { what: '2-D numeric padding', x: [2, 6, 6, 3], filter: [3, 3, 3, 2], strides: 1, pad: 1 },
    { what: '1×1', x: [2, 4, 4, 6], filter: [1, 1, 6, 7], strides: 1, pad: 'valid' },
];
const label = (c) => `${c.what}: x ${c.x} filter ${c.filter} strides ${c.strides} pad ${c.pad}`;
function convOutShape(c) {
    return tf.tidy(() => tf.conv2d(tf.zeros(c.x), tf.zeros(c.filter), c.strides, c.pad, 'NHWC', c.dilations ?? 1).shape);
}
describe('native kernels against the cpu backend', { skip }, () => {
    test('the wasm backend runs the native kernel for each convolution', () => {
        const registered = wasmTrainingKernelConfigs();
        for (const name of ['Conv2D', 'Conv2DBackpropFilter', 'Conv2DBackpropInput']) {
            const config = registered.find((k) => k.kernelName === name);
            assert.equal(tf.getKernel(name, 'wasm')?.kernelFunc, config.kernelFunc, `${name} is not the registered one`);
            assert.match(config.kernelFunc.name, /^nativeConv2D/, `${name}: ${config.kernelFunc.name}`);
        }
        assert.match(nativeStatus().detail, /^native kernels \(oneDNN \d+\.\d+/);
    });
    for (const c of CASES) {
        test(`Conv2D, ${label(c)}`, async () => {
            await assertSameOnBothBackends(label(c), () => tf.engine().runKernel('Conv2D', { x: t(c.x, 11), filter: t(c.filter, 12) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', dilations: 1 }));
        });
        // tfjs-cpu's filter gradient takes ~0.5 s per image at the CNN's shapes: batch 2 here, batch 32 below.
        const small = c.x[0] === 32 ? { ...c, x: [2, ...c.x.slice(1)] } : c;
        test(`Conv2DBackpropFilter, ${label(small)}`, async () => {
            await assertSameOnBothBackends(label(small), () => tf.engine().runKernel('Conv2DBackpropFilter', { x: t(small.x, 1), dy: t(convOutShape(small), 2) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', filterShape: c.filter }));
        });
        test(`Conv2DBackpropInput, ${label(c)}`, async () => {
            await assertSameOnBothBackends(label(c), () => tf.engine().runKernel('Conv2DBackpropInput', { dy: t(convOutShape(c), 5), filter: t(c.filter, 6) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', inputShape: c.x }));
        });
    }
    test('Conv2DBackpropFilter at the CNN\'s batch of 32, against the wasm kernel (itself checked against cpu)', async () => {
        for (const c of CASES.filter((k) => k.x[0] === 32)) {
            const run = () => runOn('wasm', () => tf.engine().runKernel('Conv2DBackpropFilter', { x: t(c.x, 1), dy: t(convOutShape(c), 2) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', filterShape: c.filter }));
            const [native] = await run();
            useNativeKernels(false);
            let wasm;
            try {
                [wasm] = await run();
            }
            finally {
                useNativeKernels(true);
            }
            const [a, b] = [Array.from(native.values), Array.from(wasm.values)];
            const scale = b.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
            const worst = a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
            assert.ok(worst <= 1e-4 * scale, `${label(c)}: largest difference ${worst} against scale ${scale}`);
        }
    });
    test('Conv2D with dilation', async () => {
        await assertSameOnBothBackends('dilated', () => tf.engine().runKernel('Conv2D', { x: t([5, 1, 30, 4], 13), filter: t([1, 3, 4, 6], 14) }, { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: [1, 2] }));
    });
    test('an empty batch gives an empty result (oneDNN rejects zero sizes; the wasm kernel takes it)', async () => {
        const [y] = await runOn('wasm', () => tf.conv2d(tf.zeros([0, 1, 8, 3]), t([1, 3, 3, 4], 15), 1, 'same'));
        assert.deepEqual(y.shape, [0, 1, 8, 4]);
    });
    test('gradients of a Conv1D + BatchNorm + relu + max-pool stack, for the input and every weight', async () => {
        await assertSameOnBothBackends('conv1d stack gradients', () => {
            const f = (x, w1, w2) => {
                let h = tf.conv1d(x, w1, 1, 'same');
                const { mean, variance } = tf.moments(h, [0, 1]);
                h = tf.relu(tf.batchNorm(h, mean, variance, tf.zeros([12]), tf.ones([12]), 1e-3));
                h = tf.reshape(tf.maxPool(tf.reshape(h, [6, 1, 24, 12]), [1, 2], [1, 2], 'valid'), [6, 12, 12]);
                h = tf.conv1d(h, w2, 2, 'same');
                return tf.sum(tf.mul(h, h));
            };
            return tf.grads(f)([t([6, 24, 10], 21), t([5, 10, 12], 22), t([3, 12, 9], 23)]);
        }, 2e-4);
    });
    test('reads the heap anew after the wasm memory grows (the old buffer is detached)', async () => {
        await assertSameOnBothBackends('after growth', () => {
            const before = tf.conv2d(t([2, 1, 9, 3], 31), t([1, 3, 3, 5], 32), 1, 'same');
            // 256 MB more than anything before: the wasm memory has to grow for it.
            const big = tf.fill([64, 1024, 1024], 1);
            const afterGrowth = tf.conv2d(t([2, 1, 9, 3], 33), t([1, 3, 3, 5], 34), 1, 'same');
            big.dispose();
            return [before, afterGrowth];
        });
    });
    test('FusedBatchNorm per channel: the CNN\'s shape, odd sizes, without offset or scale; other broadcasts stock', async () => {
        await assertSameOnBothBackends('batchNorm', () => [
            tf.batchNorm(t([32, 1, 64, 64], 51), t([64], 52), tf.abs(t([64], 53)), t([64], 54), t([64], 55), 1e-3),
            tf.batchNorm(t([3, 17, 7], 56), t([7], 57), tf.abs(t([7], 58)), undefined, undefined, 1e-3),
            tf.batchNorm(t([5, 3], 59), t([3], 60), tf.abs(t([3], 61)), t([3], 62), undefined, 1e-5),
            tf.batchNorm(t([4, 6, 5], 63), t([6, 1], 64), tf.abs(t([6, 1], 65)), t([6, 1], 66), t([6, 1], 67), 1e-3),
            tf.batchNorm(t([5, 5], 68), t([5, 1], 69), tf.abs(t([5, 1], 70)), t([5, 1], 71), t([5, 1], 72), 1e-3),
        ]);
    });
    test('FusedBatchNorm\'s gradient for x, mean, variance, scale and offset in one kernel; other shapes tfjs\' own', async () => {
        // (tfjs cannot record a batchNorm without scale for the backward pass: it saves the missing input.)
        const grads = (xs, stats, seed) => {
            const f = (x, mean, variance, offset, scale) => tf.sum(tf.mul(tf.batchNorm(x, mean, tf.abs(variance), offset, scale, 1e-3), t(xs, seed + 9)));
            return tf.grads(f)([t(xs, seed), t(stats, seed + 1), t(stats, seed + 2), t(stats, seed + 3), t(stats, seed + 4)]);
        };
        await assertSameOnBothBackends('batchNorm gradients', () => [
            ...grads([32, 64, 64], [64], 90),
            ...grads([3, 5, 7], [7], 100),
            ...grads([2, 1, 9, 3], [3], 110),
            ...grads([2, 3, 4, 5], [5], 120),
            ...grads([3, 4], [3, 4], 130), // statistics per element: tfjs' own gradient
        ], 2e-4);
    });
    test('Adam fused into one kernel per variable gives the same bits as tfjs\' Adam', async () => {
        const stepAll = (opt) => {
            const vars = [tf.variable(t([5, 67, 64], 71)), tf.variable(t([64], 72)), tf.variable(t([3, 7], 73))];
            for (let step = 0; step < 4; step++) {
                opt.applyGradients(vars.map((v, i) => ({ name: v.name, tensor: tf.mul(t(v.shape, 80 + 10 * step + i), 0.1 * (step + 1)) })));
            }
            const out = vars.map((v) => v.dataSync().slice());
            tf.dispose(vars);
            return out;
        };
        await tf.setBackend('wasm');
        const fused = new FusedAdamOptimizer(3e-3, 0.9, 0.999);
        const withKernel = stepAll(fused);
        assert.equal(fused.lastStepFused, true);
        const stock = tf.train.adam(3e-3);
        const reference = stepAll(stock);
        fused.dispose();
        stock.dispose();
        withKernel.forEach((w, i) => assert.deepEqual(w, reference[i], `variable ${i}`));
        assert.ok(reference[0].some((x, j) => x !== randomData([5, 67, 64], 71)[j]), 'the weights moved');
    });
    test('bad arguments to the addon are coded errors, not crashes', () => {
        const addon = nativeAddon();
        const small = new ArrayBuffer(16);
        const geometry = Int32Array.of(1, 1, 8, 2, 1, 3, 2, 1, 1, 1, 1, 0, 1, 0, 1, 1, 8);
        assert.throws(() => addon.conv(0, small, geometry, 0, 0, 0), (e) => e.code === 'VOE_NATIVE_ARGS' && /outside the heap/.test(e.message));
        assert.throws(() => addon.conv(0, small, Int32Array.of(1, 2, 3), 0, 0, 0), /17 geometry parameters/);
        assert.throws(() => addon.conv(0, new Float32Array(4), geometry, 0, 0, 0), /must be an ArrayBuffer/);
    });
});
/** Two classes told apart by a tone in one band, as in train.test.ts. */
function clips(n, frames, dims) {
    const data = randomData([n, frames, dims], 41);
    const seqs = [];
    const regions = [];
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        labels[i] = i % 2;
        const d = data.slice(i * frames * dims, (i + 1) * frames * dims);
        for (let f = 0; f < frames; f++)
            d[f * dims + labels[i]] += 2;
        seqs.push({ frames, dims, data: d });
        regions.push({ start: 0, end: frames });
    }
    return { seqs, regions, labels };
}
test('a short training run on the native path gives the same losses and probabilities twice', { skip }, async () => {
    await initBackend({ prefer: 'wasm' });
    const cfg = trainConfig({
        cropFrames: 24, testHopFrames: 8, batchSize: 8, learningRate: 3e-3,
        cnn: { kind: '1d', filters: [16, 24], kernelSize: 5, pool: true, dropout: 0.3 },
        patience: 100,
    });
    const train = clips(24, 30, 11);
    const run = async () => {
        const model = buildCnn({ frames: 24, dims: 11, classes: 2 }, cfg.cnn, 5);
        const r = await trainNetwork(model, train, null, 2, cfg, undefined, 2);
        const probs = predictProbabilities(model, train, 2, cfg);
        model.dispose();
        return { losses: r.history.map((h) => h.loss), probs: [...probs] };
    };
    const a = await run();
    const b = await run();
    assert.deepEqual(a, b);
    assert.ok(a.losses.every(Number.isFinite));
    assert.match(nativeStatus().detail, /^native kernels \(oneDNN/);
});
test('the native and wasm paths train to the same losses within float rounding', { skip }, async () => {
    await initBackend({ prefer: 'wasm' });
    const train = clips(16, 20, 7);
    const cfg = trainConfig({ cropFrames: 20, batchSize: 8, cnn: { kind: '1d', filters: [8, 8], kernelSize: 3, pool: true, dropout: 0 } });
    const run = async () => {
        const model = buildCnn({ frames: 20, dims: 7, classes: 2 }, cfg.cnn, 9);
        const r = await trainNetwork(model, train, null, 2, cfg, undefined, 2);
        model.dispose();
        return r.history.map((h) => h.loss);
    };
    const native = await run();
    assert.equal(useNativeKernels(false), false);
    let wasm;
    try {
        wasm = await run();
    }
    finally {
        assert.equal(useNativeKernels(true), true);
    }
    native.forEach((l, i) => assert.ok(Math.abs(l - wasm[i]) < 1e-4 * Math.max(1, Math.abs(l)), `epoch ${i + 1}: ${l} vs ${wasm[i]}`));
});
describe('VOE_NATIVE=0', () => {
    const backendModule = pathToFileURL(fileURLToPath(new URL('../../src/models/backend.js', import.meta.url))).href;
    const kernelsModule = pathToFileURL(fileURLToPath(new URL('../../src/models/kernels/index.js', import.meta.url))).href;
    test('forces the wasm kernels, and the backend line says so', () => {
        const script = `
      import * as tf from '@tensorflow/tfjs-core';
      const { initBackend } = await import(${JSON.stringify(backendModule)});
      const { wasmTrainingKernelConfigs } = await import(${JSON.stringify(kernelsModule)});
      const info = await initBackend({ prefer: 'wasm' });
      const conv = tf.getKernel('Conv2DBackpropFilter', 'wasm');
      const x = tf.ones([2, 1, 6, 3]); const dy = tf.ones([2, 1, 6, 4]);
      const dw = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [1, 3, 3, 4] });
      console.log(JSON.stringify({
        details: info.details,
        ours: conv.kernelFunc === wasmTrainingKernelConfigs().find((k) => k.kernelName === 'Conv2DBackpropFilter').kernelFunc,
        kernel: conv.kernelFunc.name,
        sum: dw.sum().dataSync()[0],
      }));`;
        const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
            encoding: 'utf8', env: { ...process.env, VOE_NATIVE: '0' }, cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        });
        assert.equal(child.status, 0, child.stderr);
        const out = JSON.parse(child.stdout.trim().split('\n').pop());
        assert.match(out.details, /^wasm, native kernels off: VOE_NATIVE=0 \(/);
        assert.equal(out.ours, true);
        assert.equal(out.kernel, 'conv2DBackpropFilter', 'the wasm kernel (conv.ts), not the native one');
        // Every dW entry sums 2 images × (6 frames, less the one padded tap at an edge for the outer taps).
        assert.equal(out.sum, 2 * 3 * 4 * (6 + 5 + 5));
    });
});
//# sourceMappingURL=native.test.js.map