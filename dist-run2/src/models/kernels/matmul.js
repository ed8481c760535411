/**
 * BatchMatMul on our packed SIMD GEMM. The stock wasm kernel uses XNNPACK only for one batch without transposes and
 * falls to a scalar loop otherwise, which is every matmul in a backward pass (dA = dC·Bᵀ, dB = Aᵀ·dC). Here a
 * transpose is only a different stride while packing, and each batch is one GEMM call.
 */
import { _FusedMatMul, Add, BatchMatMul, broadcast_util, Elu, getKernel, LeakyRelu, Prelu, Relu6, Sigmoid, util, } from '@tensorflow/tfjs-core';
import { contextOf, gemm, ptr } from './context.js';
import { isRowOf } from './elementwise.js';
function batchMatMul(args) {
    const backend = args.backend;
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs;
    if (a.dtype !== 'float32' || b.dtype !== 'float32') {
        throw new Error(`voe wasm BatchMatMul: only float32 is supported, got ${a.dtype} and ${b.dtype}`);
    }
    const aRank = a.shape.length;
    const bRank = b.shape.length;
    const M = transposeA ? a.shape[aRank - 1] : a.shape[aRank - 2];
    const K = transposeA ? a.shape[aRank - 2] : a.shape[aRank - 1];
    const kB = transposeB ? b.shape[bRank - 1] : b.shape[bRank - 2];
    const N = transposeB ? b.shape[bRank - 2] : b.shape[bRank - 1];
    util.assert(K === kB, () => `Error in matMul: inner shapes (${K}) and (${kB}) of Tensors with shapes ` +
        `${a.shape} and ${b.shape} and transposeA=${transposeA} and transposeB=${transposeB} must match.`);
    const outerA = a.shape.slice(0, -2);
    const outerB = b.shape.slice(0, -2);
    const outer = broadcast_util.assertAndGetBroadcastShape(outerA, outerB);
    const out = backend.makeOutput([...outer, M, N], 'float32');
    const batches = util.sizeFromShape(outer);
    if (batches === 0 || M === 0 || N === 0)
        return out;
    const ctx = contextOf(backend);
    const aPtr = ptr(backend, a);
    const bPtr = ptr(backend, b);
    const cPtr = ptr(backend, out);
    // Element strides of one matrix: row index i, column index j of the (possibly transposed) operand.
    const aStrides = transposeA ? { rs: 1, cs: M } : { rs: K, cs: 1 };
    const bStrides = transposeB ? { rs: 1, cs: K } : { rs: N, cs: 1 };
    const aIndex = broadcastIndexer(outer, outerA);
    const bIndex = broadcastIndexer(outer, outerB);
    for (let i = 0; i < batches; i++) {
        gemm(ctx, M, N, K, { ptr: aPtr + 4 * aIndex(i) * M * K, ...aStrides }, { ptr: bPtr + 4 * bIndex(i) * K * N, ...bStrides }, cPtr + 4 * i * M * N, N);
    }
    return out;
}
/**
 * Maps a flat batch index of the broadcast outer shape to the flat batch index of an operand with outer shape
 * `shape` (numpy broadcasting: dimensions of size 1, or missing on the left, repeat).
 */
function broadcastIndexer(outer, shape) {
    const size = util.sizeFromShape(shape);
    if (size === util.sizeFromShape(outer))
        return (i) => i;
    if (size === 1)
        return () => 0;
    const offset = outer.length - shape.length;
    const strides = util.computeStrides(shape);
    return (i) => {
        let flat = 0;
        for (let d = outer.length - 1; d >= 0; d--) {
            const coord = i % outer[d];
            i = Math.floor(i / outer[d]);
            const sd = d - offset;
            if (sd >= 0 && shape[sd] !== 1)
                flat += coord * (sd < shape.length - 1 ? strides[sd] : 1);
        }
        return flat;
    };
}
/** Kernels that apply a fused activation after matmul + bias (relu is done in place by our module). */
const ACTIVATION_KERNELS = {
    relu6: Relu6, elu: Elu, sigmoid: Sigmoid, leakyrelu: LeakyRelu, prelu: Prelu,
};
/**
 * Dense layers' matmul + bias + activation, on our GEMM. Stock wasm hands it to XNNPACK, which caches a packed
 * operator per right-hand tensor id (tfjs-layers' GRU splits its recurrent kernel on every time step, so each call
 * packs a new one), and it gives wrong results for a size-1 bias and for transposed operands with a bias (found by
 * these kernels' tests against tfjs-cpu). Activations other than relu run the backend's own unary kernels.
 */
function fusedMatMul(args) {
    const backend = args.backend;
    const { a, b, bias, preluActivationWeights } = args.inputs;
    const { transposeA, transposeB, activation, leakyreluAlpha } = args.attrs;
    let out = batchMatMul({ inputs: { a, b }, backend, attrs: { transposeA, transposeB } });
    const n = util.sizeFromShape(out.shape);
    const simd = contextOf(backend).simd;
    if (bias != null && n > 0) {
        const bn = util.sizeFromShape(bias.shape);
        if (bias.dtype === 'float32' && (bn === 1 || isRowOf(bias.shape, out.shape))) {
            simd.binop_add(ptr(backend, out), n, ptr(backend, bias), bn, ptr(backend, out), n);
        }
        else {
            out = replace(backend, out, runKernel(Add, { a: out, b: bias }, backend));
        }
    }
    if (activation === 'relu') {
        if (n > 0)
            simd.relu(ptr(backend, out), n);
    }
    else if (activation != null && activation !== 'linear') {
        const kernel = ACTIVATION_KERNELS[activation];
        if (!kernel)
            throw new Error(`voe wasm _FusedMatMul: unknown activation '${activation}'`);
        const inputs = activation === 'prelu' ? { x: out, alpha: preluActivationWeights } : { x: out };
        out = replace(backend, out, runKernel(kernel, inputs, backend, { alpha: leakyreluAlpha }));
    }
    return out;
}
function runKernel(name, inputs, backend, attrs = {}) {
    const kernel = getKernel(name, 'wasm');
    if (!kernel)
        throw new Error(`voe wasm _FusedMatMul: no wasm kernel '${name}'`);
    return kernel.kernelFunc({ inputs, backend: backend, attrs });
}
/** Frees an intermediate result once its successor exists. */
function replace(backend, old, next) {
    backend.disposeData(old.dataId);
    return next;
}
export const fusedMatMulConfig = {
    kernelName: _FusedMatMul,
    backendName: 'wasm',
    kernelFunc: fusedMatMul,
};
export const batchMatMulConfig = {
    kernelName: BatchMatMul,
    backendName: 'wasm',
    kernelFunc: batchMatMul,
};
//# sourceMappingURL=matmul.js.map