/**
 * The two gradients of Conv2D (and so of Conv1D, which tfjs-layers runs as a Conv2D of height 1), as im2col + GEMM:
 *
 * - filter gradient: dW[KH·KW·Cin, Cout] = cols(x)ᵀ · dy[N·OH·OW, Cout]. Stock wasm has no such kernel at all.
 * - input gradient:  dx = col2im(dy · Wᵀ), with dy·Wᵀ of shape [N·OH·OW, KH·KW·Cin]. Stock wasm runs a plain
 *   scalar loop.
 *
 * `cols(x)` is the im2col matrix (one row per output pixel, the KH·KW·Cin inputs it sees), built on the heap in
 * chunks of images so that it stays within `convLimits.colsBudget` floats whatever the batch. Every stride, dilation and
 * padding that `computeConv2DInfo` describes is handled by the one im2col/col2im geometry; only channels-last data
 * is supported, as by the wasm backend's forward Conv2D.
 */
import { backend_util, Conv2D, Conv2DBackpropFilter, Conv2DBackpropInput, } from '@tensorflow/tfjs-core';
import { contextOf, gemm, ptr } from './context.js';
import { callStock } from './stock.js';
/**
 * Largest im2col buffer, in floats (default 4M = 16 MB): bigger batches are processed a few images at a time.
 * Tests lower it to exercise the chunking on small inputs.
 */
export const convLimits = { colsBudget: 1 << 22 };
function convInfoOf(xShape, filterShape, attrs, kernel) {
    const dataFormat = backend_util.convertConv2DDataFormat(attrs.dataFormat);
    if (dataFormat !== 'channelsLast') {
        throw new Error(`voe wasm ${kernel}: only channels-last (NHWC) data is supported, got '${attrs.dataFormat}'`);
    }
    return backend_util.computeConv2DInfo(xShape, filterShape, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, dataFormat);
}
/** The geometry arguments of the im2col/col2im kernels, after the pointer and image count. */
function geometry(info) {
    return [
        info.inHeight, info.inWidth, info.inChannels, info.filterHeight, info.filterWidth,
        info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth,
        info.padInfo.top, info.padInfo.left, info.outHeight, info.outWidth,
    ];
}
function imagesPerChunk(info) {
    const colsPerImage = info.outHeight * info.outWidth * info.filterHeight * info.filterWidth * info.inChannels;
    return Math.max(1, Math.min(info.batchSize, Math.floor(convLimits.colsBudget / Math.max(1, colsPerImage))));
}
/** What each of the three kernels sets up: its output, the shared column buffer, and the batch in chunks. */
function convPlan(backend, info, outShape) {
    const ctx = contextOf(backend);
    const taps = info.filterHeight * info.filterWidth * info.inChannels;
    const pixels = info.outHeight * info.outWidth;
    const chunk = imagesPerChunk(info);
    const chunks = [];
    for (let n0 = 0; n0 < info.batchSize; n0 += chunk)
        chunks.push({ n0, nb: Math.min(chunk, info.batchSize - n0) });
    return {
        ctx,
        out: backend.makeOutput(outShape, 'float32'),
        taps,
        pixels,
        cols: ctx.scratch.get('cols', chunk * pixels * taps),
        imageFloats: info.inHeight * info.inWidth * info.inChannels,
        chunks,
    };
}
function conv2DBackpropFilter(args) {
    const backend = args.backend;
    const { x, dy } = args.inputs;
    const attrs = args.attrs;
    const info = convInfoOf(x.shape, attrs.filterShape, attrs, Conv2DBackpropFilter);
    const { ctx, out, taps, pixels, cols, imageFloats, chunks } = convPlan(backend, info, [...attrs.filterShape]);
    const xPtr = ptr(backend, x);
    const dyPtr = ptr(backend, dy);
    const dwPtr = ptr(backend, out);
    for (const { n0, nb } of chunks) {
        ctx.simd.im2col(xPtr + 4 * n0 * imageFloats, nb, ...geometry(info), cols);
        // dW[tap, co] (+)= Σ_row cols[row, tap] · dy[row, co]: A = colsᵀ (rs 1, cs taps), B = dy.
        gemm(ctx, taps, info.outChannels, nb * pixels, { ptr: cols, rs: 1, cs: taps }, { ptr: dyPtr + 4 * n0 * pixels * info.outChannels, rs: info.outChannels, cs: 1 }, dwPtr, info.outChannels, n0 > 0);
    }
    return out;
}
/**
 * The forward convolution as the same im2col + GEMM: y[N·OH·OW, Cout] = cols(x) · W[KH·KW·Cin, Cout]. Stock wasm
 * hands it to XNNPACK; with fused multiply-add in our GEMM, this trains the shipped CNN 14–18 % faster (README.md).
 * Channels-first data goes to the stock kernel.
 */
function conv2D(args) {
    const attrs = args.attrs;
    if (backend_util.convertConv2DDataFormat(attrs.dataFormat) !== 'channelsLast')
        return callStock(Conv2D, args);
    const backend = args.backend;
    const { x, filter } = args.inputs;
    const info = backend_util.computeConv2DInfo(x.shape, filter.shape, attrs.strides, attrs.dilations, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
    const { ctx, out, taps, pixels, cols, imageFloats, chunks } = convPlan(backend, info, [...info.outShape]);
    const xPtr = ptr(backend, x);
    const wPtr = ptr(backend, filter);
    const yPtr = ptr(backend, out);
    for (const { n0, nb } of chunks) {
        ctx.simd.im2col(xPtr + 4 * n0 * imageFloats, nb, ...geometry(info), cols);
        // y[row, co] = Σ_tap cols[row, tap] · W[tap, co].
        gemm(ctx, nb * pixels, info.outChannels, taps, { ptr: cols, rs: taps, cs: 1 }, { ptr: wPtr, rs: info.outChannels, cs: 1 }, yPtr + 4 * n0 * pixels * info.outChannels, info.outChannels);
    }
    return out;
}
function conv2DBackpropInput(args) {
    const backend = args.backend;
    const { dy, filter } = args.inputs;
    const attrs = args.attrs;
    const info = convInfoOf([...attrs.inputShape], filter.shape, attrs, Conv2DBackpropInput);
    const { ctx, out, taps, pixels, cols, imageFloats, chunks } = convPlan(backend, info, [...info.inShape]);
    const dyPtr = ptr(backend, dy);
    const wPtr = ptr(backend, filter);
    const dxPtr = ptr(backend, out);
    for (const { n0, nb } of chunks) {
        // cols[row, tap] = Σ_co dy[row, co] · W[tap, co]: B = Wᵀ (rs 1, cs Cout).
        gemm(ctx, nb * pixels, taps, info.outChannels, { ptr: dyPtr + 4 * n0 * pixels * info.outChannels, rs: info.outChannels, cs: 1 }, { ptr: wPtr, rs: 1, cs: info.outChannels }, cols, taps);
        ctx.simd.col2im(cols, nb, ...geometry(info), dxPtr + 4 * n0 * imageFloats);
    }
    return out;
}
export const conv2DConfig = {
    kernelName: Conv2D,
    backendName: 'wasm',
    kernelFunc: conv2D,
};
export const conv2DBackpropFilterConfig = {
    kernelName: Conv2DBackpropFilter,
    backendName: 'wasm',
    kernelFunc: conv2DBackpropFilter,
};
export const conv2DBackpropInputConfig = {
    kernelName: Conv2DBackpropInput,
    backendName: 'wasm',
    kernelFunc: conv2DBackpropInput,
};
//# sourceMappingURL=conv.js.map