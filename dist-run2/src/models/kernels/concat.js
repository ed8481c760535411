/**
 * Concat by `copyWithin` on the heap. Stock wasm builds two typed-array views per input per outer row (garbage the
 * collector then has to reclaim: a GRU step concatenates gradients 384 times); this copies the same runs without
 * allocating.
 */
import { backend_util, Concat, util, } from '@tensorflow/tfjs-core';
import { ptr } from './context.js';
import { callStock } from './stock.js';
function concat(args) {
    const backend = args.backend;
    const inputs = Object.values(args.inputs);
    const { axis } = args.attrs;
    if (inputs.length === 0 || inputs[0].dtype === 'string')
        return callStock(Concat, args);
    const $axis = util.parseAxisParam(axis, inputs[0].shape)[0];
    backend_util.assertParamsConsistent(inputs.map((t) => t.shape), $axis);
    const outShape = backend_util.computeOutShape(inputs.map((t) => t.shape), $axis);
    const parts = inputs.filter((t) => util.sizeFromShape(t.shape) > 0);
    const out = backend.makeOutput(outShape, inputs[0].dtype);
    if (parts.length === 0)
        return out;
    const bytes = util.bytesPerElement(inputs[0].dtype);
    const rows = util.sizeFromShape(outShape.slice(0, $axis));
    const runs = parts.map((t) => util.sizeFromShape(t.shape.slice($axis)) * bytes);
    const srcs = parts.map((t) => ptr(backend, t));
    const heap = backend.wasm.HEAPU8; // after makeOutput, which may have grown the heap
    let dst = ptr(backend, out);
    for (let r = 0; r < rows; r++) {
        for (let i = 0; i < parts.length; i++) {
            const src = srcs[i] + r * runs[i];
            heap.copyWithin(dst, src, src + runs[i]);
            dst += runs[i];
        }
    }
    return out;
}
export const concatConfig = {
    kernelName: Concat,
    backendName: 'wasm',
    kernelFunc: concat,
};
//# sourceMappingURL=concat.js.map