/**
 * The fused GRU and LSTM against tfjs-layers' own layers with the same weights (outputs, and gradients with respect
 * to the input and every weight), on the cpu and wasm backends; their kernels on wasm against cpu; the number of
 * kernel calls; a small model that must learn; saving and loading, as plain tfjs layers too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { FusedGRU, FusedLSTM, fusedRnnOptions, gru, lstm } from '../../src/models/fused-rnn.js';
import { loadLayersModel, saveLayersModel } from '../../src/models/io.js';
import { GRU_SEQUENCE, GRU_SEQUENCE_GRAD, LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD, registerWasmTrainingKernels, unregisterWasmTrainingKernels, } from '../../src/models/kernels/index.js';
import { buildRnn } from '../../src/models/networks.js';
import { tempDir } from '../helpers/wav-writer.js';
import { assertSameOnBothBackends, randomData, seeded, useWasm } from './kernel-helpers.js';
const t = (shape, seed, scale = 1) => tf.tensor(randomData(shape, seed).map((v) => v * scale), shape);
const FUSED_CLASS = { gru: FusedGRU, lstm: FusedLSTM };
const STOCK_LAYER = { gru: tfl.layers.gru, lstm: tfl.layers.lstm };
const FUSED_LAYER = { gru, lstm };
before(useWasm);
after(() => tf.disposeVariables());
/** Asserts |actual - expected| <= rtol · max|expected| elementwise (the kernels tests' tolerance rule). */
function assertClose(actual, expected, what, rtol = 1e-4) {
    assert.equal(actual.length, expected.length, `${what}: length`);
    let scale = 1e-3;
    for (const v of expected)
        scale = Math.max(scale, Math.abs(v));
    for (let i = 0; i < expected.length; i++) {
        const d = Math.abs(actual[i] - expected[i]);
        if (!(d <= rtol * scale)) {
            assert.fail(`${what}[${i}]: fused ${actual[i]} vs stock ${expected[i]} (|diff| ${d.toExponential(2)}, ` +
                `scale ${scale.toExponential(2)})`);
        }
    }
}
const F = 5;
const H = 6;
const describeCase = (c) => `${c.cell.toUpperCase()}, N ${c.N}, T ${c.T}, returnSequences ${c.returnSequences}, goBackwards ` +
    `${c.goBackwards}${c.bidirectional ? ', bidirectional' : ''}, ${c.recurrentActivation ?? 'default (hardSigmoid)'}` +
    `${c.useBias === false ? ', no bias' : ''}${c.inputScale ? `, inputs ×${c.inputScale}` : ''}`;
/**
 * Builds the layer, gives it seeded weights, and returns its output and the gradients of L = Σ y ⊙ P (P a fixed
 * random tensor, so every output element counts) with respect to x and every weight. `stock` uses tfjs-layers' own
 * class; a bidirectional stock layer holds our class with the fast path switched off (tfjs' own `call`).
 * `stepReference`: for T = 1, compute through the stock cell's one step instead (see the T = 1 test).
 */
async function run(kind, backend, c, stepReference = false) {
    await tf.setBackend(backend);
    fusedRnnOptions.enabled = kind === 'fused';
    try {
        const args = {
            units: H, returnSequences: c.returnSequences, goBackwards: c.goBackwards, useBias: c.useBias ?? true,
            ...(c.recurrentActivation ? { recurrentActivation: c.recurrentActivation } : {}),
        };
        const inner = (kind === 'stock' ? STOCK_LAYER : FUSED_LAYER)[c.cell](args);
        const layer = c.bidirectional
            ? tfl.layers.bidirectional({ layer: inner, mergeMode: 'concat' }) : inner;
        const x = t([c.N, c.T, F], 1, c.inputScale ?? 1);
        tf.dispose(layer.apply(x)); // builds the weights
        layer.setWeights(layer.getWeights().map((w, i) => t(w.shape, 20 + i, 0.7)));
        const apply = (xx) => {
            if (!stepReference)
                return layer.apply(xx);
            const cell = layer.cell;
            const states = (c.cell === 'gru' ? [0] : [0, 1]).map(() => tf.zeros([c.N, H]));
            const [h] = cell.call([tf.reshape(xx, [c.N, F]), ...states], {});
            return c.returnSequences ? tf.expandDims(h, 1) : h;
        };
        const y = apply(x);
        const probe = t(y.shape, 7);
        const loss = (xx) => tf.sum(tf.mul(apply(xx), probe));
        const vars = layer.trainableWeights.map((w) => w.read());
        const { grads } = tf.variableGrads(() => loss(x), vars);
        const dx = tf.grad(loss)(x);
        const values = [y, dx, ...vars.map((v) => grads[v.name])].map((r) => r.dataSync().slice());
        const grus = c.bidirectional
            ? [layer.forwardLayer, layer
                    .backwardLayer]
            : [layer];
        const fused = grus.every((g) => g instanceof FUSED_CLASS[c.cell] && g.lastCallFused);
        const weightNames = layer.trainableWeights.map((w) => w.originalName);
        tf.dispose([x, y, probe, dx, ...Object.values(grads)]);
        layer.dispose();
        return { values, weightNames, fused };
    }
    finally {
        fusedRnnOptions.enabled = true;
    }
}
function assertSameAsStock(stock, fused, what) {
    assert.ok(fused.fused, `${what}: the fused path did not run`);
    assert.ok(!stock.fused, `${what}: the reference ran the fused path`);
    const names = ['output', 'd/dx', ...stock.weightNames.map((n) => `d/d ${n}`)];
    assert.equal(fused.values.length, stock.values.length, `${what}: number of results`);
    stock.values.forEach((s, i) => assertClose(fused.values[i], s, `${what}: ${names[i]}`));
}
const CASES = [];
for (const cell of ['gru', 'lstm']) {
    for (const N of [1, 3]) {
        for (const returnSequences of [false, true]) {
            for (const goBackwards of [false, true]) {
                CASES.push({ cell, N, T: 7, returnSequences, goBackwards, recurrentActivation: 'sigmoid' });
            }
        }
    }
    // tfjs' default gate activation: hardSigmoid.
    CASES.push({ cell, N: 3, T: 7, returnSequences: true, goBackwards: false });
    CASES.push({ cell, N: 3, T: 7, returnSequences: false, goBackwards: true, recurrentActivation: 'sigmoid',
        useBias: false });
    // Pre-activations up to ~±15: the approximations' clamped range and the hard sigmoid's clipped parts.
    CASES.push({ cell, N: 3, T: 7, returnSequences: true, goBackwards: false, recurrentActivation: 'sigmoid',
        inputScale: 4 });
    CASES.push({ cell, N: 3, T: 7, returnSequences: true, goBackwards: true, recurrentActivation: 'hardSigmoid',
        inputScale: 4 });
    for (const returnSequences of [false, true]) {
        for (const N of [1, 3]) {
            CASES.push({ cell, N, T: 7, returnSequences, goBackwards: false, bidirectional: true,
                recurrentActivation: 'sigmoid' });
        }
    }
}
for (const backend of ['cpu', 'wasm']) {
    describe(`fused GRU and LSTM equal tfjs-layers' own on ${backend}: output and gradients for input and weights`, () => {
        for (const c of CASES) {
            test(describeCase(c), async () => {
                assertSameAsStock(await run('stock', backend, c), await run('fused', backend, c), describeCase(c));
            });
        }
        test('T = 1 (forward against the stock layer; gradients against its cell, see comment)', async () => {
            // tfjs-core 4.22 cannot backpropagate through a one-step tfjs-layers RNN: it unstacks the time axis into a
            // single tensor, and Unpack's gradient then calls stack() on that tensor instead of an array ("Argument tensors
            // passed to stack must be a `Tensor[]`"). The reference gradients therefore come from the stock cell's own
            // step, which is what the layer runs for T = 1 (checked here against the stock layer's forward pass).
            for (const [cell, returnSequences, N] of [['gru', false, 1], ['gru', true, 3], ['lstm', false, 3],
                ['lstm', true, 1]]) {
                const c = { cell, N, T: 1, returnSequences, goBackwards: returnSequences, recurrentActivation: 'sigmoid' };
                const stepReference = await run('stock', backend, c, true);
                await tf.setBackend(backend);
                const layer = STOCK_LAYER[cell]({ units: H, returnSequences, goBackwards: c.goBackwards,
                    recurrentActivation: 'sigmoid' });
                const x = t([N, 1, F], 1);
                tf.dispose(layer.apply(x));
                layer.setWeights(layer.getWeights().map((w, i) => t(w.shape, 20 + i, 0.7)));
                const y = layer.apply(x);
                assertClose(stepReference.values[0], y.dataSync(), `${describeCase(c)}: the cell step`);
                tf.dispose([x, y]);
                layer.dispose();
                assertSameAsStock(stepReference, await run('fused', backend, c), describeCase(c));
            }
        });
    });
}
describe('the fused kernels on wasm equal the cpu ones', () => {
    for (const cell of ['gru', 'lstm']) {
        for (const H of [5, 8]) {
            for (const [returnSequences, goBackwards, recurrentActivation] of [
                [false, false, 'sigmoid'], [true, false, 'sigmoid'], [false, true, 'hardSigmoid'], [true, true, 'sigmoid'],
            ]) {
                const attrs = { returnSequences, goBackwards, recurrentActivation };
                const name = `${cell.toUpperCase()}, H ${H} (${H % 4 ? 'SIMD lanes and a scalar tail' : 'SIMD lanes only'}), ` +
                    JSON.stringify(attrs);
                test(name, async () => {
                    const [N, T, G] = [3, 5, cell === 'gru' ? 3 : 4];
                    const [forward, backward] = cell === 'gru' ? [GRU_SEQUENCE, GRU_SEQUENCE_GRAD]
                        : [LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD];
                    await assertSameOnBothBackends(name, () => {
                        const inputs = { xp: t([N, T, G * H], 31), recurrentKernel: t([H, G * H], 32, 0.5),
                            bias: t([G * H], 33), h0: t([N, H], 34), ...(cell === 'lstm' ? { c0: t([N, H], 36) } : {}) };
                        const [out, ...saved] = tf.engine().runKernel(forward, inputs, attrs);
                        const names = cell === 'gru' ? ['states', 'work'] : ['states', 'cells', 'work'];
                        const grads = tf.engine().runKernel(backward, { dy: t(out.shape, 35),
                            recurrentKernel: inputs.recurrentKernel, ...Object.fromEntries(names.map((n, i) => [n, saved[i]])) }, attrs);
                        return [out, ...saved, ...grads];
                    });
                });
            }
        }
    }
});
describe('when the fused path does not apply, the layer runs tfjs-layers\' own math', () => {
    test('without our wasm kernels, with active dropout, with a mask, and with relu as activation', async () => {
        await tf.setBackend('wasm');
        const x = t([2, 4, F], 41);
        const outputs = (layer, kwargs = {}) => {
            tf.dispose(layer.apply(x, kwargs));
            return layer.lastCallFused;
        };
        assert.equal(outputs(gru({ units: H })), true);
        unregisterWasmTrainingKernels();
        try {
            assert.equal(outputs(gru({ units: H })), false, 'the wasm kernels are unregistered');
        }
        finally {
            registerWasmTrainingKernels();
        }
        const dropout = gru({ units: H, dropout: 0.5 });
        assert.equal(outputs(dropout, { training: true }), false, 'dropout while training');
        assert.equal(outputs(dropout), true, 'dropout does not apply outside training');
        const lstmDropout = lstm({ units: H, recurrentDropout: 0.3 });
        assert.equal(outputs(lstmDropout, { training: true }), false, 'LSTM recurrent dropout while training');
        assert.equal(outputs(lstmDropout), true, 'LSTM outside training');
        assert.equal(outputs(gru({ units: H }), { mask: tf.ones([2, 4]) }), false, 'a mask');
        assert.equal(outputs(gru({ units: H, activation: 'relu' })), false, 'relu activation');
        tf.dispose(x);
    });
});
for (const cell of ['gru', 'lstm']) {
    test(`a ${cell.toUpperCase()} forward + backward pass is the same handful of kernel calls for 4 or 32 steps`, async () => {
        await tf.setBackend('wasm');
        const kernelsFor = async (T) => {
            const layer = FUSED_LAYER[cell]({ units: H, recurrentActivation: 'sigmoid' });
            const x = t([3, T, F], 51);
            tf.dispose(layer.apply(x));
            const vars = layer.trainableWeights.map((w) => w.read());
            const profile = await tf.profile(() => {
                const { value, grads } = tf.variableGrads(() => tf.sum(layer.apply(x)), vars);
                tf.dispose([value, ...Object.values(grads)]);
            });
            assert.ok(layer.lastCallFused);
            tf.dispose(x);
            layer.dispose();
            return profile.kernels.map((k) => k.name);
        };
        const short = await kernelsFor(4);
        const long = await kernelsFor(32);
        assert.deepEqual(long, short);
        const [forward, backward] = cell === 'gru' ? [GRU_SEQUENCE, GRU_SEQUENCE_GRAD]
            : [LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD];
        assert.ok(short.includes(forward) && short.includes(backward), short.join(', '));
        assert.ok(short.length <= 25, `${short.length} kernel calls: ${short.join(', ')}`);
    });
}
describe('training and persistence', () => {
    test('a small fused-GRU model learns a sequence task on wasm', async () => {
        await tf.setBackend('wasm');
        // Class 1: channel 0 rises over the sequence; class 0: it falls. Noise on every channel.
        const next = seeded(61);
        const [n, T, F] = [64, 12, 3];
        const xs = [];
        const labels = [];
        for (let i = 0; i < n; i++) {
            const cls = i % 2;
            labels.push(cls);
            for (let s = 0; s < T; s++) {
                const trend = ((s / (T - 1)) * 2 - 1) * (cls ? 1 : -1);
                for (let f = 0; f < F; f++)
                    xs.push(next() * 0.5 + (f === 0 ? trend : 0));
            }
        }
        const x = tf.tensor3d(xs, [n, T, F]);
        const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 2);
        const model = tfl.sequential();
        const layer = gru({ inputShape: [T, F], units: 8, recurrentActivation: 'sigmoid',
            kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }),
            recurrentInitializer: tfl.initializers.glorotUniform({ seed: 2 }) });
        model.add(layer);
        model.add(tfl.layers.dense({ units: 2, activation: 'softmax',
            kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }));
        model.compile({ optimizer: tf.train.adam(0.03), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
        const history = [];
        for (let i = 0; i < 40; i++)
            history.push(await model.trainOnBatch(x, y));
        assert.ok(layer.lastCallFused);
        const [firstLoss] = history[0];
        const [lastLoss, lastAccuracy] = history[history.length - 1];
        assert.ok(lastLoss < firstLoss * 0.3, `loss ${firstLoss.toFixed(3)} → ${lastLoss.toFixed(3)}`);
        assert.ok(lastAccuracy >= 0.95, `training accuracy ${lastAccuracy}`);
        tf.dispose([x, y]);
        model.layers.forEach((l) => l.dispose());
    });
    for (const [cell, bidirectional] of [['gru', false], ['gru', true], ['lstm', true]]) {
        const className = cell.toUpperCase();
        test(`a ${bidirectional ? 'bidirectional ' : ''}fused-${className} model saves as a plain ${className} and loads ` +
            'with identical predictions, with our class and with tfjs\' own', async () => {
            await tf.setBackend('wasm');
            const [T, F] = [9, 4];
            const model = tfl.sequential();
            const layer = FUSED_LAYER[cell]({ units: 5, recurrentActivation: 'sigmoid',
                ...(bidirectional ? {} : { inputShape: [T, F] }) });
            model.add(bidirectional
                ? tfl.layers.bidirectional({ layer: layer, inputShape: [T, F] }) : layer);
            model.add(tfl.layers.dense({ units: 3 }));
            model.setWeights(model.getWeights().map((w, i) => t(w.shape, 70 + i, 0.8)));
            const x = t([4, T, F], 79);
            const expected = model.predict(x).dataSync().slice();
            const rnnOf = (m) => {
                const l = m.layers[0];
                return bidirectional ? [l.forwardLayer, l.backwardLayer] : [l];
            };
            const { dir, cleanup } = tempDir('voe-fused-rnn-');
            try {
                await saveLayersModel(model, dir);
                const saved = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
                const layers = saved.modelTopology.config.layers;
                if (bidirectional)
                    assert.equal(layers[0].class_name, 'Bidirectional');
                assert.equal((bidirectional ? layers[0].config.layer : layers[0]).class_name, className);
                const weightNames = saved.weightsManifest[0].weights.map((w) => w.name.split('/').pop());
                assert.deepEqual(weightNames.slice(0, 3), ['kernel', 'recurrent_kernel', 'bias']);
                const loaded = await loadLayersModel(dir);
                assert.ok(rnnOf(loaded).every((l) => l instanceof FUSED_CLASS[cell]), 'loads as our class here');
                const again = loaded.predict(x);
                assert.deepEqual([...again.dataSync()], [...expected]);
                assert.ok(rnnOf(loaded).every((l) => l.lastCallFused));
                // What a browser with plain tfjs does: the same files with tfjs-layers' own class registered.
                const register = (cls) => tf.serialization.registerClass(cls);
                register(Object.getPrototypeOf(FUSED_CLASS[cell]));
                let plain;
                try {
                    plain = await loadLayersModel(dir);
                }
                finally {
                    register(FUSED_CLASS[cell]);
                }
                assert.ok(rnnOf(plain).every((l) => !(l instanceof FUSED_CLASS[cell])), `loads as tfjs' ${className}`);
                const plainOut = plain.predict(x);
                assertClose(plainOut.dataSync(), expected, `plain tfjs ${className}`);
                tf.dispose([again, plainOut]);
                loaded.layers.forEach((l) => l.dispose());
                plain.layers.forEach((l) => l.dispose());
            }
            finally {
                cleanup();
                tf.dispose(x);
                model.layers.forEach((l) => l.dispose());
            }
        });
    }
    test('buildRnn builds its GRUs and LSTMs fused, one-directional and bidirectional', async () => {
        await tf.setBackend('wasm');
        for (const cell of ['gru', 'lstm']) {
            for (const [bidirectional, pooling] of [[false, 'last'], [true, 'last'], [true, 'attention']]) {
                const model = buildRnn({ frames: 6, dims: 3, classes: 2 }, { cell, units: 4, bidirectional, pooling, dropout: 0 }, 1);
                const x = t([2, 6, 3], 81);
                tf.dispose(model.predict(x));
                // layers[0] is the functional model's input layer
                const rnn = model.layers[1];
                const layers = bidirectional ? [rnn.forwardLayer, rnn.backwardLayer] : [rnn];
                assert.ok(layers.every((l) => l instanceof FUSED_CLASS[cell] && l.lastCallFused), `${cell} bidirectional ${bidirectional}, ${pooling} pooling`);
                tf.dispose(x);
                model.layers.forEach((l) => l.dispose());
            }
        }
    });
});
//# sourceMappingURL=fused-rnn.test.js.map