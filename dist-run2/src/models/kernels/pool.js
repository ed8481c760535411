/**
 * MaxPoolGrad in our wasm module: one pass over the windows, each dy value added to the first maximum of its window
 * (tfjs-cpu's rule). Stock wasm takes ~11 ms for a [32,1,128,128] input with a 1×2 pool; the scalar pass ~1 ms,
 * and the SIMD pass for pools of 2 along one axis (MaxPooling1D) a fraction of that. The SIMD pass sends a pair's
 * gradient to its first element unless the second is greater, which differs from the scalar rule only for NaN.
 */
import { backend_util, MaxPoolGrad, } from '@tensorflow/tfjs-core';
import { contextOf, ptr } from './context.js';
/**
 * The layout of a pool of 2 with stride 2 along one axis, none along the other, no padding (MaxPooling1D, whose
 * tfjs-layers input is [N, 1, T, C], or a 2 × 1 pool), as rows of pairs of blocks for the SIMD kernel; null for
 * any other pool, or a block that is not a multiple of 4 floats.
 */
function pairLayout(info) {
    const { batchSize: N, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = info;
    if (info.dilationHeight !== 1 || info.dilationWidth !== 1 || info.padInfo.top !== 0 || info.padInfo.left !== 0)
        return null;
    const unit = (k, s) => k === 1 && s === 1;
    const pair = (k, s) => k === 2 && s === 2;
    if (unit(info.filterHeight, info.strideHeight) && pair(info.filterWidth, info.strideWidth) && OH === H && OW === Math.floor(W / 2) && C % 4 === 0) {
        return { rows: N * H, pairs: OW, block: C, rowStride: W * C };
    }
    if (pair(info.filterHeight, info.strideHeight) && unit(info.filterWidth, info.strideWidth) && OW === W && OH === Math.floor(H / 2) && (W * C) % 4 === 0) {
        return { rows: N, pairs: OH, block: W * C, rowStride: H * W * C };
    }
    return null;
}
function maxPoolGrad(args) {
    const backend = args.backend;
    const { dy, input } = args.inputs;
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
    const info = backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
    const ctx = contextOf(backend);
    const dx = backend.makeOutput([...input.shape], 'float32');
    const pairs = pairLayout(info);
    if (pairs) {
        ctx.simd.maxpool_grad_pairs(ptr(backend, input), ptr(backend, dy), ptr(backend, dx), pairs.rows, pairs.pairs, pairs.block, pairs.rowStride);
        return dx;
    }
    ctx.simd.maxpool_grad(ptr(backend, input), ptr(backend, dy), ptr(backend, dx), info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.outHeight, info.outWidth, info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth, info.padInfo.top, info.padInfo.left);
    return dx;
}
export const maxPoolGradConfig = {
    kernelName: MaxPoolGrad,
    backendName: 'wasm',
    kernelFunc: maxPoolGrad,
};
//# sourceMappingURL=pool.js.map