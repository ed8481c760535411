/**
 * Sum and Mean over *leading* axes (what bias and BatchNorm gradients and moments do: reduce [N, L, C] over N and L)
 * as a sum of rows. Stock wasm first transposes the reduced axes to the end (a full copy), then reduces. Other axis
 * sets, and non-float32 tensors, go to the stock kernels.
 */
import { backend_util, Mean, Sum, util, } from '@tensorflow/tfjs-core';
import { contextOf, ptr } from './context.js';
import { callStock } from './stock.js';
function reduceLeading(kernel, args) {
    const backend = args.backend;
    const { x } = args.inputs;
    const { axis, keepDims } = args.attrs;
    const rank = x.shape.length;
    const axes = util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
    const leading = axes.length > 0 && axes.length < rank && axes.every((a, i) => a === i);
    if (x.dtype !== 'float32' || !leading)
        return callStock(kernel, args);
    const rows = util.sizeFromShape(x.shape.slice(0, axes.length));
    const cols = util.sizeFromShape(x.shape.slice(axes.length));
    const outShape = keepDims ? backend_util.expandShapeToKeepDim(x.shape.slice(axes.length), axes)
        : x.shape.slice(axes.length);
    const out = backend.makeOutput(outShape, 'float32');
    if (cols === 0)
        return out;
    const dst = ptr(backend, out);
    contextOf(backend).simd.sum_rows(ptr(backend, x), rows, cols, dst);
    if (kernel === Mean) {
        const heap = backend.wasm.HEAPF32;
        for (let i = dst / 4, end = dst / 4 + cols; i < end; i++)
            heap[i] /= rows;
    }
    return out;
}
export const sumConfig = {
    kernelName: Sum,
    backendName: 'wasm',
    kernelFunc: ((args) => reduceLeading(Sum, args)),
};
export const meanConfig = {
    kernelName: Mean,
    backendName: 'wasm',
    kernelFunc: ((args) => reduceLeading(Mean, args)),
};
//# sourceMappingURL=reduce.js.map