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
import { type KernelConfig } from '@tensorflow/tfjs-core';
/**
 * Largest im2col buffer, in floats (default 4M = 16 MB): bigger batches are processed a few images at a time.
 * Tests lower it to exercise the chunking on small inputs.
 */
export declare const convLimits: {
    colsBudget: number;
};
export declare const conv2DConfig: KernelConfig;
export declare const conv2DBackpropFilterConfig: KernelConfig;
export declare const conv2DBackpropInputConfig: KernelConfig;
