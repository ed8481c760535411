/**
 * Slice and the kernels built on it (Unpack, SplitV, StridedSlice), copying only the slice.
 *
 * The stock wasm Slice starts with `backend.readSync(x.dataId)`, which copies the *whole* input out of the heap on
 * every call; Unpack and SplitV call it once per output. An RNN over T steps unstacks its [T, N, F] input into T
 * slices, so stock wasm copies the full sequence T times per forward pass (205 ms of a 610 ms GRU step). Here the
 * slice is read through the heap in place: each contiguous run is one `copyWithin` on the backend's own memory.
 */
import { slice_util, Slice, SplitV, StridedSlice, Unpack, backend_util, util, } from '@tensorflow/tfjs-core';
import { ptr } from './context.js';
import { callStock } from './stock.js';
/** Copies x[begin : begin + size] into a new tensor. `begin` and `size` are already resolved (no -1). */
export function sliceOnHeap(backend, x, begin, size) {
    const out = backend.makeOutput([...size], x.dtype);
    const total = util.sizeFromShape(size);
    if (total === 0)
        return out;
    const bytes = util.bytesPerElement(x.dtype);
    const rank = x.shape.length;
    // Innermost contiguous run: trailing dimensions taken whole merge into one run with the first partial one.
    let d0 = rank - 1;
    while (d0 > 0 && size[d0] === x.shape[d0])
        d0--;
    const strides = util.computeStrides(x.shape);
    const elemStride = (d) => (d === rank - 1 ? 1 : strides[d]);
    const run = size[d0] * elemStride(d0);
    const heap = backend.wasm.HEAPU8; // read after makeOutput: allocating may have grown (and replaced) the heap
    const src0 = ptr(backend, x);
    let dst = ptr(backend, out);
    const runs = total / run;
    const idx = new Array(d0).fill(0);
    for (let r = 0; r < runs; r++) {
        let off = begin[d0] * elemStride(d0);
        for (let d = 0; d < d0; d++)
            off += (begin[d] + idx[d]) * elemStride(d);
        const src = src0 + off * bytes;
        heap.copyWithin(dst, src, src + run * bytes);
        dst += run * bytes;
        for (let d = d0 - 1; d >= 0; d--) {
            if (++idx[d] < size[d])
                break;
            idx[d] = 0;
        }
    }
    return out;
}
function slice(args) {
    const backend = args.backend;
    const { x } = args.inputs;
    const { begin, size } = args.attrs;
    if (x.dtype === 'string')
        return callStock(Slice, args);
    const [b, s] = slice_util.parseSliceParams(x, begin, size);
    slice_util.assertParamsValid(x, b, s);
    return sliceOnHeap(backend, x, b, s);
}
function unpack(args) {
    const backend = args.backend;
    const { value } = args.inputs;
    if (value.dtype === 'string')
        return callStock(Unpack, args);
    let { axis } = args.attrs;
    if (axis < 0)
        axis += value.shape.length;
    const outShape = value.shape.filter((_, i) => i !== axis);
    const begin = new Array(value.shape.length).fill(0);
    const size = value.shape.slice();
    size[axis] = 1;
    const outs = [];
    for (let i = 0; i < value.shape[axis]; i++) {
        begin[axis] = i;
        const { dataId, dtype } = sliceOnHeap(backend, value, begin, size);
        outs.push({ dataId, dtype, shape: outShape });
    }
    return outs;
}
function splitV(args) {
    const backend = args.backend;
    const { x } = args.inputs;
    if (x.dtype === 'string')
        return callStock(SplitV, args);
    const { numOrSizeSplits, axis } = args.attrs;
    const $axis = util.parseAxisParam(axis, x.shape)[0];
    const sizes = backend_util.prepareSplitSize(x, numOrSizeSplits, $axis);
    const begin = new Array(x.shape.length).fill(0);
    return sizes.map((s) => {
        const size = x.shape.slice();
        size[$axis] = s;
        const part = sliceOnHeap(backend, x, begin, size);
        begin[$axis] += s;
        return part;
    });
}
/** The stock StridedSlice, minus its whole-input copy in the contiguous cases (which it hands to Slice). */
function stridedSlice(args) {
    const backend = args.backend;
    const { x } = args.inputs;
    const a = args.attrs;
    if (x.dtype === 'string')
        return callStock(StridedSlice, args);
    const info = slice_util.sliceInfo(x.shape, a.begin, a.end, a.strides, a.beginMask, a.endMask, a.ellipsisMask, a.newAxisMask, a.shrinkAxisMask);
    if (info.isIdentity) {
        backend.incRef(x.dataId);
        return { dataId: x.dataId, shape: info.finalShape, dtype: x.dtype };
    }
    if (info.sliceDim0 || info.isSimpleSlice) {
        const size = slice_util.computeOutShape(info.begin, info.end, info.strides).map((d) => Math.max(0, d));
        const { dataId, dtype } = sliceOnHeap(backend, x, info.begin, size);
        return { dataId, dtype, shape: info.finalShape };
    }
    return callStock(StridedSlice, args);
}
const config = (kernelName, kernelFunc) => ({
    kernelName, backendName: 'wasm', kernelFunc: kernelFunc,
});
export const sliceConfig = config(Slice, slice);
export const unpackConfig = config(Unpack, unpack);
export const splitVConfig = config(SplitV, splitV);
export const stridedSliceConfig = config(StridedSlice, stridedSlice);
//# sourceMappingURL=slice.js.map