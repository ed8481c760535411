import { type KernelConfig } from '@tensorflow/tfjs-core';
/** FusedBatchNorm's gradient, all five results in one kernel (registered as FusedBatchNorm's gradient below). */
export declare const BATCH_NORM_GRAD = "VoeBatchNormGrad";
/** The fused Adam update (`../fused-adam.ts`): one kernel per variable instead of tfjs' 14. */
export declare const ADAM_UPDATE = "VoeAdamUpdate";
export interface AdamUpdateAttrs {
    beta1: number;
    beta2: number;
    epsilon: number;
    learningRate: number;
}
/** The addon's functions (`native/voe_native.cc`). */
export interface NativeAddon {
    /** kind 0: y = conv(x, W); 1: dx from dy and W; 2: dW from x and dy. Offsets in bytes on `heap`. */
    conv(kind: 0 | 1 | 2, heap: ArrayBuffer, geometry: Int32Array, a: number, b: number, out: number): void;
    /** The oneDNN implementation chosen for a shape, e.g. 'jit:avx2'. */
    convImpl(kind: 0 | 1 | 2, geometry: Int32Array): string;
    /** Adam's update of one variable; offsets [w, m, v, g, 1−β1ᵗ, 1−β2ᵗ, w', m', v'], hyper [β1, 1−β1, β2, 1−β2, ε, −lr]. */
    adam(heap: ArrayBuffer, n: number, offsets: Int32Array, hyper: Float32Array): void;
    /** FusedBatchNorm over [rows, channels]; offsets [x, mean, variance, offset or −1, scale or −1, y]. */
    batchNorm(heap: ArrayBuffer, rows: number, channels: number, offsets: Int32Array, epsilon: number): void;
    /** Its gradient; offsets [dy, x, mean, variance, scale or −1, dx, dmean, dvariance, dscale, doffset]. */
    batchNormGrad(heap: ArrayBuffer, rows: number, channels: number, offsets: Int32Array, epsilon: number): void;
    setThreads(n: number): void;
    threads(): number;
    /** oneDNN's version, e.g. '2.6.3'. */
    version(): string;
}
export interface NativeStatus {
    /** Whether the native kernels are registered (or will be, by `registerWasmTrainingKernels`). */
    active: boolean;
    /** One line: what runs natively, or why nothing does. */
    detail: string;
}
/** The addon, or undefined when the native path is off (see `nativeStatus()` for why). Decided once. */
export declare function nativeAddon(): NativeAddon | undefined;
export declare function nativeStatus(): NativeStatus;
/** Puts our FusedBatchNorm gradient in place (it defers to tfjs' own where the native kernel is absent). */
export declare function registerNativeGradients(): void;
export declare function restoreNativeGradients(): void;
/** The native kernel configs when the native path is on, else none (the wasm kernels then stay). */
export declare function nativeKernelConfigs(): readonly KernelConfig[];
