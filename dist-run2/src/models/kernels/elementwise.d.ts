/**
 * Add, Sub, Multiply, RealDiv on float32 for the shapes training produces: equal shapes, a scalar, or a row (bias,
 * BatchNorm scale) broadcast along leading axes. Stock wasm passes both shapes to C++ through Emscripten's `ccall`
 * on every call (an allocation and copy of each shape array), which costs ~10 µs: a GRU step makes ~4,000 such
 * calls on [32, 64] tensors, where the arithmetic itself takes well under a microsecond. Other broadcasts and other
 * dtypes go to the stock kernels.
 */
import { type KernelConfig } from '@tensorflow/tfjs-core';
/** True when `shape`, broadcast to `out`, is `out`'s trailing dimensions repeated (leading 1s or missing dims). */
export declare function isRowOf(shape: number[], out: number[]): boolean;
export declare const addConfig: KernelConfig;
export declare const subConfig: KernelConfig;
export declare const multiplyConfig: KernelConfig;
export declare const realDivConfig: KernelConfig;
