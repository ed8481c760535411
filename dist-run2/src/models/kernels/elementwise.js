/**
 * Add, Sub, Multiply, RealDiv on float32 for the shapes training produces: equal shapes, a scalar, or a row (bias,
 * BatchNorm scale) broadcast along leading axes. Stock wasm passes both shapes to C++ through Emscripten's `ccall`
 * on every call (an allocation and copy of each shape array), which costs ~10 µs: a GRU step makes ~4,000 such
 * calls on [32, 64] tensors, where the arithmetic itself takes well under a microsecond. Other broadcasts and other
 * dtypes go to the stock kernels.
 */
import { Add, backend_util, Multiply, RealDiv, Sub, util, } from '@tensorflow/tfjs-core';
import { contextOf, ptr } from './context.js';
import { callStock } from './stock.js';
/** True when `shape`, broadcast to `out`, is `out`'s trailing dimensions repeated (leading 1s or missing dims). */
export function isRowOf(shape, out) {
    const offset = out.length - shape.length;
    let leading = true;
    for (let i = 0; i < shape.length; i++) {
        if (leading && shape[i] === 1 && out[offset + i] !== 1)
            continue;
        leading = false;
        if (shape[i] !== out[offset + i])
            return false;
    }
    return true;
}
function binary(kernelName, fn) {
    return (args) => {
        const backend = args.backend;
        const { a, b } = args.inputs;
        if (a.dtype !== 'float32' || b.dtype !== 'float32')
            return callStock(kernelName, args);
        const outShape = backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
        const an = util.sizeFromShape(a.shape);
        const bn = util.sizeFromShape(b.shape);
        const okA = an === 1 || isRowOf(a.shape, outShape);
        const okB = bn === 1 || isRowOf(b.shape, outShape);
        if (!okA || !okB)
            return callStock(kernelName, args);
        const out = backend.makeOutput(outShape, 'float32');
        const n = util.sizeFromShape(outShape);
        if (n === 0)
            return out;
        const simd = contextOf(backend).simd;
        simd[fn](ptr(backend, a), an, ptr(backend, b), bn, ptr(backend, out), n);
        return out;
    };
}
const config = (kernelName, fn) => ({
    kernelName, backendName: 'wasm', kernelFunc: binary(kernelName, fn),
});
export const addConfig = config(Add, 'binop_add');
export const subConfig = config(Sub, 'binop_sub');
export const multiplyConfig = config(Multiply, 'binop_mul');
export const realDivConfig = config(RealDiv, 'binop_div');
//# sourceMappingURL=elementwise.js.map