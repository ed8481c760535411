/**
 * Every kernel we register for the wasm backend, against the cpu backend's result on the same random inputs, then
 * gradients of small conv1d / conv2d / GRU graphs end to end, then a tiny Conv1D model that must learn.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { convLimits, registerWasmTrainingKernels, simdUsesFma, unregisterWasmTrainingKernels, wasmTrainingKernelConfigs, } from '../../src/models/kernels/index.js';
import { assertSameOnBothBackends, randomData, runOn, seeded, useWasm } from './kernel-helpers.js';
const t = (shape, seed) => tf.tensor(randomData(shape, seed), shape);
// These are the wasm kernels' tests: keep the native convolutions (tested in native.test.ts) out of their way. Read
// when the backend starts (in `before`), after this line.
process.env.VOE_NATIVE = '0';
before(useWasm);
describe('registration', () => {
    test('the wasm backend runs our kernel for every kernel we register', () => {
        for (const ours of wasmTrainingKernelConfigs()) {
            const active = tf.getKernel(ours.kernelName, 'wasm');
            assert.equal(active?.kernelFunc, ours.kernelFunc, `${ours.kernelName} is not ours`);
        }
    });
});
const CONV_CASES = [
    { x: [2, 5, 7, 3], filter: [3, 2, 3, 4], strides: 1, pad: 'same' },
    { x: [2, 5, 7, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'valid' },
    { x: [3, 9, 8, 2], filter: [3, 3, 2, 5], strides: 2, pad: 'same' },
    { x: [3, 9, 8, 2], filter: [2, 3, 2, 5], strides: 2, pad: 'valid' },
    { x: [2, 6, 9, 4], filter: [3, 2, 4, 3], strides: [2, 1], pad: 'same' },
    { x: [2, 6, 6, 3], filter: [3, 3, 3, 2], strides: 1, pad: 1 },
    { x: [2, 4, 4, 6], filter: [1, 1, 6, 7], strides: 1, pad: 'valid' },
    // Conv1D as tfjs-layers runs it: height 1, filter [1, k, Cin, Cout].
    { x: [4, 1, 20, 6], filter: [1, 5, 6, 8], strides: 1, pad: 'same' },
    { x: [4, 1, 21, 6], filter: [1, 5, 6, 8], strides: 2, pad: 'same' },
    { x: [4, 1, 21, 6], filter: [1, 4, 6, 3], strides: 3, pad: 'valid' },
];
const label = (c) => `x ${c.x} filter ${c.filter} strides ${c.strides} pad ${c.pad}`;
function convOutShape(c) {
    return tf.tidy(() => tf.conv2d(tf.zeros(c.x), tf.zeros(c.filter), c.strides, c.pad)
        .shape);
}
describe('Conv2D (forward, on our GEMM)', () => {
    for (const c of CONV_CASES) {
        test(label(c), async () => {
            await assertSameOnBothBackends(label(c), () => tf.engine().runKernel('Conv2D', { x: t(c.x, 11), filter: t(c.filter, 12) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', dilations: 1 }));
        });
    }
    test('dilated, and in chunks when the im2col buffer would exceed its budget', async () => {
        const c = { x: [5, 1, 30, 4], filter: [1, 3, 4, 6], strides: 1, pad: 'same' };
        const saved = convLimits.colsBudget;
        convLimits.colsBudget = 2 * 30 * 3 * 4;
        try {
            await assertSameOnBothBackends('chunked, dilation 2', () => tf.engine().runKernel('Conv2D', { x: t(c.x, 13), filter: t(c.filter, 14) }, { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: [1, 2] }));
        }
        finally {
            convLimits.colsBudget = saved;
        }
    });
});
describe('Conv2DBackpropFilter (missing from stock wasm)', () => {
    for (const c of CONV_CASES) {
        test(label(c), async () => {
            const dyShape = convOutShape(c);
            await assertSameOnBothBackends(label(c), () => tf.engine().runKernel('Conv2DBackpropFilter', { x: t(c.x, 1), dy: t(dyShape, 2) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', filterShape: c.filter }));
        });
    }
    test('processes a batch in chunks when the im2col buffer would exceed its budget', async () => {
        const c = { x: [5, 1, 30, 4], filter: [1, 3, 4, 6], strides: 1, pad: 'same' };
        const saved = convLimits.colsBudget;
        convLimits.colsBudget = 2 * 30 * 3 * 4; // two images per chunk: chunks of 2, 2, 1
        try {
            await assertSameOnBothBackends('chunked', () => tf.engine().runKernel('Conv2DBackpropFilter', { x: t(c.x, 3), dy: t(convOutShape(c), 4) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', filterShape: c.filter }));
        }
        finally {
            convLimits.colsBudget = saved;
        }
    });
});
describe('Conv2DBackpropInput', () => {
    for (const c of CONV_CASES) {
        test(label(c), async () => {
            const dyShape = convOutShape(c);
            await assertSameOnBothBackends(label(c), () => tf.engine().runKernel('Conv2DBackpropInput', { dy: t(dyShape, 5), filter: t(c.filter, 6) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', inputShape: c.x }));
        });
    }
    test('processes a batch in chunks when the column buffer would exceed its budget', async () => {
        const c = { x: [5, 1, 30, 4], filter: [1, 3, 4, 6], strides: 2, pad: 'same' };
        const saved = convLimits.colsBudget;
        convLimits.colsBudget = 2 * 15 * 3 * 4;
        try {
            await assertSameOnBothBackends('chunked', () => tf.engine().runKernel('Conv2DBackpropInput', { dy: t(convOutShape(c), 7), filter: t(c.filter, 8) }, { strides: c.strides, pad: c.pad, dataFormat: 'NHWC', inputShape: c.x }));
        }
        finally {
            convLimits.colsBudget = saved;
        }
    });
});
describe('BatchMatMul', () => {
    const shapes = [
        { a: [5, 7], b: [7, 9], what: '2D, sizes off the 4×8 tile' },
        { a: [3, 13, 6], b: [3, 6, 17], what: 'batch 3' },
        { a: [1, 4, 8], b: [4, 8, 16], what: 'batch of A broadcast' },
        { a: [2, 3, 9, 5], b: [2, 3, 5, 2], what: 'rank 4' },
        { a: [600, 300], b: [300, 20], what: 'K past one depth block, M past one row block' },
        { a: [32, 64], b: [64, 192], what: 'GRU-sized' },
    ];
    for (const s of shapes) {
        for (const transposeA of [false, true]) {
            for (const transposeB of [false, true]) {
                const name = `${s.what}: a ${s.a} b ${s.b} transposeA ${transposeA} transposeB ${transposeB}`;
                test(name, async () => {
                    // Build the operands already transposed where asked, so the product has the same shape in all four cases.
                    const swap = (shape, tr) => tr ? [...shape.slice(0, -2), shape[shape.length - 1], shape[shape.length - 2]] : shape;
                    await assertSameOnBothBackends(name, () => tf.matMul(t(swap(s.a, transposeA), 11), t(swap(s.b, transposeB), 12), transposeA, transposeB));
                });
            }
        }
    }
    test('an operand used twice in a row with new values gives new results (no stale packed copy)', async () => {
        await assertSameOnBothBackends('reuse', () => {
            const a = t([8, 8], 13);
            const b = t([8, 8], 14);
            const first = tf.matMul(a, b, false, true);
            const second = tf.matMul(tf.add(a, 1), b, false, true);
            return [first, second];
        });
    });
});
describe('_FusedMatMul (dense layers)', () => {
    for (const activation of ['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu']) {
        for (const [transposeA, transposeB] of [[false, false], [true, false], [false, true], [true, true]]) {
            const name = `activation ${activation}, transposeA ${transposeA}, transposeB ${transposeB}`;
            test(name, async () => {
                await assertSameOnBothBackends(name, () => [
                    tf.fused.matMul({ a: t(transposeA ? [7, 5] : [5, 7], 15), b: t(transposeB ? [9, 7] : [7, 9], 16),
                        transposeA, transposeB, bias: t([9], 17), activation }),
                    tf.fused.matMul({ a: t(transposeA ? [3, 7, 5] : [3, 5, 7], 18), b: t(transposeB ? [9, 7] : [7, 9], 19),
                        transposeA, transposeB, activation }),
                    tf.fused.matMul({ a: t([4, 6], 20), b: t([6, 3], 21), transposeA: false, transposeB: false,
                        bias: t([1], 22), activation, leakyreluAlpha: 0.3 }),
                ]);
            });
        }
    }
});
test('_FusedMatMul with prelu and a bias broadcast over rows', async () => {
    await assertSameOnBothBackends('prelu', () => tf.fused.matMul({ a: t([2, 4, 6], 23), b: t([6, 3], 24),
        bias: t([4, 1], 25), activation: 'prelu', preluActivationWeights: t([3], 26) }));
});
describe('Add, Sub, Multiply, RealDiv', () => {
    test('equal shapes, scalars on either side, rows broadcast either side; others by the stock kernels', async () => {
        const ops = [tf.add, tf.sub, tf.mul, tf.div];
        await assertSameOnBothBackends('binary', () => ops.flatMap((op) => [
            op(t([4, 6], 101), t([4, 6], 102)),
            op(t([4, 6], 101), t([1], 103)), op(tf.scalar(0.7), t([4, 6], 102)), op(t([5], 104), tf.scalar(-1.3)),
            op(t([3, 4, 6], 105), t([6], 106)), op(t([1, 6], 107), t([3, 4, 6], 108)), op(t([4, 1, 7], 109), t([7], 110)),
            op(t([4, 6], 111), t([4, 1], 112)), op(t([4, 1], 113), t([1, 6], 114)),
            op(t([2, 3], 115), t([2, 3], 116)), op(t([1, 1], 117), t([1, 1], 118)), op(t([0, 3], 119), t([3], 120)),
            op(tf.tensor1d([7, 9, -4], 'int32'), tf.tensor1d([2, 3, 3], 'int32')),
        ]), 1e-6);
    });
});
describe('Slice, Unpack, SplitV, StridedSlice (no whole-input copies)', () => {
    test('Slice of ranks 1 to 5, with -1 sizes', async () => {
        await assertSameOnBothBackends('slices', () => [
            tf.slice(t([10], 21), [3], [4]),
            tf.slice(t([6, 7], 22), [1, 2], [3, -1]),
            tf.slice(t([6, 7], 22), [2, 0], [2, 7]),
            tf.slice(t([4, 5, 6], 23), [1, 0, 2], [2, 5, 3]),
            tf.slice(t([4, 5, 6], 23), [0, 3, 0], [-1, 1, -1]),
            tf.slice(t([3, 4, 5, 6], 24), [1, 1, 1, 1], [2, 2, 3, 4]),
            tf.slice(t([2, 3, 4, 5, 6], 25), [1, 0, 1, 2, 0], [1, 3, 2, 2, 6]),
            tf.slice(t([4, 5], 26), [2, 1], [0, 3]),
        ]);
    });
    test('Slice of int32 and bool tensors', async () => {
        await assertSameOnBothBackends('int32/bool', () => [
            tf.slice(tf.reshape(tf.range(0, 60, 1, 'int32'), [3, 4, 5]), [1, 1, 1], [2, 2, 3]),
            tf.slice(tf.greater(t([3, 4, 5], 27), 0), [0, 1, 2], [3, 2, 2]),
        ]);
    });
    test('Unpack along each axis, as an RNN unstacks its time steps', async () => {
        await assertSameOnBothBackends('unstack', () => [
            ...tf.unstack(t([4, 3, 5], 31), 0),
            ...tf.unstack(t([4, 3, 5], 31), 1),
            ...tf.unstack(t([4, 3, 5], 31), 2),
        ]);
    });
    test('SplitV into equal and unequal parts', async () => {
        await assertSameOnBothBackends('split', () => [
            ...tf.split(t([4, 12], 32), 3, 1),
            ...tf.split(t([4, 12], 32), [2, 7, 3], 1),
            ...tf.split(t([6, 2, 3], 33), [1, 5], 0),
        ]);
    });
    test('StridedSlice: contiguous, shrinking and stepped', async () => {
        await assertSameOnBothBackends('stridedSlice', () => [
            tf.stridedSlice(t([5, 6, 7], 34), [1, 0, 0], [3, 6, 7], [1, 1, 1]),
            tf.stridedSlice(t([5, 6, 7], 34), [1, 2, 0], [2, 5, 7], [1, 1, 1], 0, 0, 0, 0, 1),
            tf.stridedSlice(t([5, 6, 7], 34), [0, 1, 0], [5, 6, 7], [2, 2, 3]),
            tf.stridedSlice(t([5, 6, 7], 34), [0, 0, 0], [5, 6, 7], [1, 1, 1]),
        ]);
    });
});
describe('Concat', () => {
    test('along each axis, with empty inputs, for float32, int32 and bool', async () => {
        await assertSameOnBothBackends('concat', () => [
            tf.concat([t([2, 3], 35), t([4, 3], 36)], 0),
            tf.concat([t([2, 3], 35), t([2, 5], 37), t([2, 1], 38)], 1),
            tf.concat([t([2, 3, 4], 39), t([2, 2, 4], 40)], 1),
            tf.concat([t([2, 3, 4], 39), t([2, 3, 1], 47)], -1),
            tf.concat([t([2, 0], 48), t([2, 3], 49)], 1),
            tf.concat([tf.tensor1d([1, 2], 'int32'), tf.tensor1d([3], 'int32')]),
            tf.concat([tf.greater(t([2, 2], 50), 0), tf.greater(t([2, 1], 52), 0)], 1),
        ]);
    });
});
describe('Reverse', () => {
    test('along outer axes (block copies) and the innermost axis (stock), float32 and int32', async () => {
        await assertSameOnBothBackends('reverse', () => [
            tf.reverse(t([4, 6, 5], 53), 1), tf.reverse(t([4, 6, 5], 53), [0, 1]), tf.reverse(t([4, 6, 5], 53), 0),
            tf.reverse(t([4, 6, 5], 53), -1), tf.reverse(t([4, 6, 5], 53), [0, 2]), tf.reverse(t([3, 1, 4, 2], 54), [1, 2]),
            tf.reverse(tf.reshape(tf.range(0, 12, 1, 'int32'), [3, 4]), 0),
        ]);
    });
});
describe('Tile', () => {
    test('float32, int32 and bool tensors of ranks 1 to 4', async () => {
        await assertSameOnBothBackends('tile', () => [
            tf.tile(t([5], 41), [3]),
            tf.tile(t([2, 3], 42), [2, 4]),
            tf.tile(t([1, 1, 6], 43), [4, 5, 1]),
            tf.tile(t([2, 1, 3], 44), [1, 3, 2]),
            tf.tile(t([2, 3, 1, 2], 45), [2, 1, 4, 3]),
            tf.tile(tf.tensor1d([1, 2, 3], 'int32'), [4]),
            tf.tile(tf.greater(t([2, 3], 46), 0), [3, 2]),
        ]);
    });
});
describe('Sum and Mean', () => {
    test('over leading axes (our path) and over others (stock path), with and without keepDims', async () => {
        const x = () => t([4, 6, 5], 51);
        await assertSameOnBothBackends('reductions', () => [
            tf.sum(x(), [0, 1]), tf.sum(x(), 0), tf.sum(x(), [0, 1], true), tf.mean(x(), [0, 1]), tf.mean(x(), 0, true),
            tf.sum(x(), 2), tf.sum(x(), [1, 2]), tf.mean(x(), [0, 2]), tf.sum(x()), tf.mean(x()),
            tf.sum(tf.reshape(tf.range(0, 24, 1, 'int32'), [4, 6]), 0),
        ]);
    });
});
describe('Identity and same-dtype Cast share the buffer instead of copying', () => {
    test('values, and disposing either tensor first leaves the other intact and frees the buffer once', async () => {
        await tf.setBackend('wasm');
        const backend = tf.backend();
        const buffersBefore = backend.numDataIds();
        const x = tf.tensor2d([[1, 2], [3, 4]]);
        const y = tf.clone(x);
        const z = tf.cast(x, 'float32');
        x.dispose();
        assert.deepEqual(Array.from(y.dataSync()), [1, 2, 3, 4]);
        y.dispose();
        assert.deepEqual(Array.from(z.dataSync()), [1, 2, 3, 4]);
        assert.equal(backend.numDataIds(), buffersBefore + 1);
        z.dispose();
        assert.equal(backend.numDataIds(), buffersBefore);
    });
    test('Cast to another dtype still converts (stock path)', async () => {
        await assertSameOnBothBackends('cast', () => [
            tf.cast(tf.tensor1d([1.7, -2.2, 3]), 'int32'), tf.cast(tf.tensor1d([1, 0, 3], 'int32'), 'float32'),
            tf.clone(tf.tensor1d([1, 2], 'int32')),
        ]);
    });
});
describe('Sum and Mean gradients (Tile instead of multiplying by ones)', () => {
    test("equal tfjs-core's own gradients, on cpu", async () => {
        const f = () => {
            const x = t([3, 4, 5], 55);
            const w = t([5], 56);
            return [
                tf.grad((a) => tf.sum(tf.mul(tf.sum(a, [0, 1]), w)))(x),
                tf.grad((a) => tf.sum(tf.mul(tf.mean(a, [0, 1], true), w)))(x),
                tf.grad((a) => tf.sum(tf.square(tf.mean(a, 1))))(x),
                tf.grad((a) => tf.sum(tf.mul(tf.sum(a, -1), 2)))(x),
                tf.grad((a) => tf.mean(a))(x),
            ];
        };
        unregisterWasmTrainingKernels();
        let original;
        try {
            original = await runOn('cpu', f);
        }
        finally {
            registerWasmTrainingKernels();
        }
        const ours = await runOn('cpu', f);
        ours.forEach((o, i) => assert.deepEqual(o, original[i], `gradient ${i}`));
    });
});
describe('MaxPoolGrad', () => {
    const cases = [
        { x: [2, 6, 7, 3], size: [2, 2], strides: [2, 2], pad: 'valid' },
        { x: [2, 6, 7, 3], size: [3, 3], strides: [1, 1], pad: 'same' },
        { x: [2, 7, 7, 2], size: [3, 2], strides: [2, 1], pad: 'same' },
        { x: [3, 1, 16, 4], size: [1, 2], strides: [1, 2], pad: 'valid' }, // MaxPooling1D (the SIMD pair pass)
        { x: [2, 3, 9, 8], size: [1, 2], strides: [1, 2], pad: 'valid' }, // pairs along the width, an odd one left over
        { x: [2, 7, 3, 4], size: [2, 1], strides: [2, 1], pad: 'valid' }, // pairs along the height, an odd one left over
        { x: [2, 1, 8, 3], size: [1, 2], strides: [1, 2], pad: 'valid' }, // 3 channels: the scalar pass
    ];
    for (const c of cases) {
        const name = `x ${c.x} pool ${c.size} strides ${c.strides} pad ${c.pad}`;
        test(name, async () => {
            await assertSameOnBothBackends(name, () => tf.grad((x) => tf.mul(tf.maxPool(x, c.size, c.strides, c.pad), 3))(t(c.x, 61)));
        });
    }
    test('ties go to the first maximum of the window, as on cpu', async () => {
        const next = seeded(62);
        const values = Array.from({ length: 2 * 6 * 6 * 2 }, () => Math.floor((next() + 1) * 2));
        await assertSameOnBothBackends('ties', () => tf.grad((x) => tf.maxPool(x, 3, 1, 'same'))(tf.tensor4d(values, [2, 6, 6, 2])));
        const pairs = Array.from({ length: 2 * 1 * 10 * 8 }, () => Math.floor((next() + 1) * 1.5));
        await assertSameOnBothBackends('ties in pairs', () => tf.grad((x) => tf.maxPool(x, [1, 2], [1, 2], 'valid'))(tf.tensor4d(pairs, [2, 1, 10, 8])));
    });
});
describe('gradients of small graphs, cpu vs wasm', () => {
    test('conv1d + bias + relu, strides 1 and 2, same and valid', async () => {
        for (const [stride, pad] of [[1, 'same'], [2, 'same'], [1, 'valid'], [2, 'valid']]) {
            await assertSameOnBothBackends(`conv1d stride ${stride} ${pad}`, () => {
                const f = (x, w, b) => tf.sum(tf.square(tf.relu(tf.add(tf.conv1d(x, w, stride, pad), b))));
                return tf.grads(f)([t([3, 17, 5], 71), t([3, 5, 4], 72), t([4], 73)]);
            });
        }
    });
    test('two stacked conv2d layers, stride 2 then 1', async () => {
        await assertSameOnBothBackends('conv2d stack', () => {
            const f = (x, w1, w2) => {
                const h = tf.relu(tf.conv2d(x, w1, 2, 'same'));
                return tf.sum(tf.mul(tf.conv2d(h, w2, 1, 'valid'), 0.5));
            };
            return tf.grads(f)([t([2, 9, 10, 3], 74), t([3, 3, 3, 4], 75), t([2, 2, 4, 2], 76)]);
        });
    });
    test('a hand-written GRU over 6 steps (unstack, split, matMul with transposes)', async () => {
        const [N, T, F, H] = [3, 6, 5, 4];
        await assertSameOnBothBackends('gru', () => {
            const f = (x, W, U, b) => {
                let h = tf.zeros([N, H]);
                for (const xt of tf.unstack(x, 1)) {
                    const [xz, xr, xh] = tf.split(tf.add(tf.matMul(xt, W), b), 3, 1);
                    const [uz, ur] = tf.split(tf.matMul(h, tf.slice(U, [0, 0], [H, 2 * H])), 2, 1);
                    const z = tf.sigmoid(tf.add(xz, uz));
                    const r = tf.sigmoid(tf.add(xr, ur));
                    const hh = tf.tanh(tf.add(xh, tf.matMul(tf.mul(r, h), tf.slice(U, [0, 2 * H], [H, H]))));
                    h = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), hh));
                }
                return tf.sum(tf.square(h));
            };
            return tf.grads(f)([t([N, T, F], 81), t([F, 3 * H], 82), t([H, 3 * H], 83), t([3 * H], 84)]);
        });
    });
    test('tfjs-layers GRU, bidirectional LSTM and Conv1D+BatchNorm models: tf.variableGrads of every weight', async () => {
        for (const kind of ['gru', 'bilstm', 'cnn']) {
            const weights = [];
            const gradsOn = async (backend) => {
                await tf.setBackend(backend);
                const model = tfl.sequential();
                if (kind === 'gru') {
                    model.add(tfl.layers.gru({ inputShape: [7, 5], units: 4, recurrentInitializer: 'glorotUniform' }));
                }
                else if (kind === 'bilstm') {
                    model.add(tfl.layers.bidirectional({ inputShape: [7, 5],
                        layer: tfl.layers.lstm({ units: 3, recurrentInitializer: 'glorotUniform' }) }));
                }
                else {
                    model.add(tfl.layers.conv1d({ inputShape: [12, 5], filters: 6, kernelSize: 3, padding: 'same' }));
                    model.add(tfl.layers.batchNormalization());
                    model.add(tfl.layers.activation({ activation: 'relu' }));
                    model.add(tfl.layers.globalAveragePooling1d());
                }
                model.add(tfl.layers.dense({ units: 3, activation: 'softmax' }));
                // The same starting weights on both backends.
                if (weights.length === 0) {
                    model.getWeights().forEach((w, i) => weights.push(randomData(w.shape, 90 + i).map((v) => v * 0.5)));
                }
                model.setWeights(model.getWeights().map((w, i) => tf.tensor(weights[i], w.shape)));
                const x = t(kind === 'cnn' ? [4, 12, 5] : [4, 7, 5], 99);
                const y = tf.oneHot(tf.tensor1d([0, 2, 1, 2], 'int32'), 3);
                const { grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true })));
                const names = Object.keys(grads).sort();
                const result = names.map((n) => ({ n, v: grads[n].dataSync().slice(), shape: grads[n].shape }));
                tf.dispose([x, y, ...Object.values(grads)]);
                model.layers.forEach((l) => l.dispose());
                return result;
            };
            const cpu = await gradsOn('cpu');
            const wasm = await gradsOn('wasm');
            assert.equal(wasm.length, cpu.length);
            cpu.forEach((c, i) => {
                const w = wasm[i];
                assert.deepEqual(w.shape, c.shape, `${kind} ${c.n} shape`);
                const scale = Math.max(1e-3, ...c.v.map(Math.abs));
                c.v.forEach((v, j) => assert.ok(Math.abs(w.v[j] - v) <= 1e-4 * scale, `${kind}: gradient of weight ${i} [${j}]: wasm ${w.v[j]} vs cpu ${v}`));
            });
        }
    });
});
describe('training', () => {
    after(() => tf.disposeVariables());
    test('a tiny Conv1D + BatchNorm model trains on wasm: the loss falls', async () => {
        await tf.setBackend('wasm');
        const model = tfl.sequential();
        model.add(tfl.layers.conv1d({ inputShape: [16, 4], filters: 8, kernelSize: 3, padding: 'same',
            kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }));
        model.add(tfl.layers.batchNormalization());
        model.add(tfl.layers.activation({ activation: 'relu' }));
        model.add(tfl.layers.maxPooling1d({ poolSize: 2 }));
        model.add(tfl.layers.conv1d({ filters: 8, kernelSize: 3, strides: 2, padding: 'same',
            kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }));
        model.add(tfl.layers.globalAveragePooling1d());
        model.add(tfl.layers.dense({ units: 2, activation: 'softmax',
            kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }));
        model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
        // Class 1 sequences carry a bump in channel 0; class 0 do not.
        const next = seeded(7);
        const xs = [];
        const labels = [];
        for (let i = 0; i < 32; i++) {
            const cls = i % 2;
            labels.push(cls);
            for (let step = 0; step < 16; step++) {
                for (let ch = 0; ch < 4; ch++)
                    xs.push(next() * 0.5 + (cls && ch === 0 && step > 5 && step < 10 ? 1.5 : 0));
            }
        }
        const x = tf.tensor3d(xs, [32, 16, 4]);
        const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 2);
        const losses = [];
        for (let i = 0; i < 8; i++)
            losses.push(await model.trainOnBatch(x, y));
        assert.ok(losses.every(Number.isFinite), `losses ${losses}`);
        assert.ok(losses[losses.length - 1] < losses[0] * 0.8, `loss did not fall: ${losses.map((l) => l.toFixed(3))}`);
        tf.dispose([x, y]);
    });
});
/** This process's environment minus the test runner's own (which would make the child report to us in binary). */
function childEnv() {
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    return env;
}
describe('both GEMM variants (mul+add, and fused multiply-add where relaxed SIMD is on)', () => {
    const child = process.env.VOE_KERNEL_TEST_VARIANT;
    test('this whole file passes again with the other variant, in a child process', { skip: child ? `this is the ${child} run` : false }, () => {
        // simd.ts turns relaxed SIMD on where V8 has it (Node 20 behind a flag it sets, Node 22+ by default), so this
        // process normally runs FMA and the child mul+add; a runtime without relaxed SIMD runs them the other way round.
        const [variant, args, env] = simdUsesFma()
            ? ['mul+add', [], { VOE_WASM_FMA: '0' }]
            : ['fma', ['--experimental-wasm-relaxed-simd'], {}];
        const run = spawnSync(process.execPath, [...args, '--import', 'tsx', '--test', fileURLToPath(import.meta.url)], { env: { ...childEnv(), ...env, VOE_KERNEL_TEST_VARIANT: variant }, encoding: 'utf8', timeout: 120_000 });
        assert.equal(run.status, 0, `${variant} run failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`);
        assert.match(run.stdout, /# fail 0/);
    });
    test('the child runs the variant it was asked for', { skip: child ? false : 'only in the child run' }, () => {
        assert.equal(simdUsesFma(), child === 'fma');
    });
});
test('cpu and wasm results are plain arrays (helper sanity)', async () => {
    const [out] = await runOn('wasm', () => tf.tensor1d([1, 2, 3]));
    assert.deepEqual([...out.values], [1, 2, 3]);
});
//# sourceMappingURL=kernels.test.js.map