/**
 * Tile by block copies on the heap. Stock wasm computes a source index per output element (25 ms to tile a [1,1,128]
 * vector to [32,128,128], as the BatchNorm gradient does for every normalised layer); here each input row is copied
 * once and every repetition is a doubling `copyWithin` of an already-filled block.
 */
import { Tile, util, } from '@tensorflow/tfjs-core';
import { ptr } from './context.js';
import { callStock } from './stock.js';
/** Fills [start + filled, start + total) by repeating [start, start + filled) (byte offsets). */
function repeatBlock(heap, start, filled, total) {
    while (filled < total) {
        const n = Math.min(filled, total - filled);
        heap.copyWithin(start + filled, start, start + n);
        filled += n;
    }
}
function tile(args) {
    const backend = args.backend;
    const { x } = args.inputs;
    const { reps } = args.attrs;
    if (x.dtype === 'string' || x.shape.length === 0)
        return callStock(Tile, args);
    const rank = x.shape.length;
    const outShape = x.shape.map((d, i) => d * reps[i]);
    const out = backend.makeOutput(outShape, x.dtype);
    if (util.sizeFromShape(outShape) === 0)
        return out;
    const bytes = util.bytesPerElement(x.dtype);
    const inStrides = [...util.computeStrides(x.shape), 1].map((s) => s * bytes);
    const outStrides = [...util.computeStrides(outShape), 1].map((s) => s * bytes);
    const heap = backend.wasm.HEAPU8; // after makeOutput, which may have grown the heap
    const src = ptr(backend, x);
    const dst = ptr(backend, out);
    // Output block of dimension d at `o` from input block at `i`: the x.shape[d] sub-blocks, then reps[d] - 1 copies.
    const fill = (d, o, i) => {
        if (d === rank - 1) {
            heap.copyWithin(o, i, i + x.shape[d] * bytes);
        }
        else {
            for (let k = 0; k < x.shape[d]; k++)
                fill(d + 1, o + k * outStrides[d], i + k * inStrides[d]);
        }
        const block = x.shape[d] * outStrides[d];
        repeatBlock(heap, o, block, block * reps[d]);
    };
    fill(0, dst, src);
    return out;
}
export const tileConfig = {
    kernelName: Tile,
    backendName: 'wasm',
    kernelFunc: tile,
};
//# sourceMappingURL=tile.js.map