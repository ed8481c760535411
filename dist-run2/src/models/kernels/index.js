/**
 * Fast training kernels for tfjs-backend-wasm (see README.md beside this file for what each does and why).
 *
 * `registerWasmTrainingKernels()` must run before the wasm backend initialises (`initBackend` does this), so that
 * the stock kernels it replaces still get their setup; it may also run later, since our kernels set themselves up
 * on first use. `unregisterWasmTrainingKernels()` puts the stock kernels back (benchmarks compare the two).
 */
import { getKernel, registerKernel, unregisterKernel } from '@tensorflow/tfjs-core';
// The stock kernels must be registered before we look them up to wrap them.
import '@tensorflow/tfjs-backend-wasm';
import { checkWasmBackendVersion } from './backend-check.js';
import { concatConfig } from './concat.js';
import { conv2DBackpropFilterConfig, conv2DBackpropInputConfig, conv2DConfig } from './conv.js';
import { registerGradients, restoreGradients } from './gradients.js';
import { castConfig, identityConfig } from './identity.js';
import { addConfig, multiplyConfig, realDivConfig, subConfig } from './elementwise.js';
import { batchMatMulConfig, fusedMatMulConfig } from './matmul.js';
import { maxPoolGradConfig } from './pool.js';
import { recurrentCpuKernelConfigs, recurrentWasmKernelConfigs } from './recurrent.js';
import { nativeKernelConfigs, registerNativeGradients, restoreNativeGradients } from './native.js';
import { meanConfig, sumConfig } from './reduce.js';
import { sliceConfig, splitVConfig, stridedSliceConfig, unpackConfig } from './slice.js';
import { reverseConfig } from './reverse.js';
import { rememberStockKernel } from './stock.js';
import { tileConfig } from './tile.js';
const OURS = [
    conv2DConfig,
    conv2DBackpropFilterConfig,
    conv2DBackpropInputConfig,
    batchMatMulConfig,
    fusedMatMulConfig,
    addConfig,
    subConfig,
    multiplyConfig,
    realDivConfig,
    sliceConfig,
    unpackConfig,
    splitVConfig,
    stridedSliceConfig,
    concatConfig,
    reverseConfig,
    tileConfig,
    maxPoolGradConfig,
    sumConfig,
    meanConfig,
    identityConfig,
    castConfig,
    ...recurrentWasmKernelConfigs,
];
/**
 * What runs: our wasm kernels, with the native oneDNN ones (`native.ts`) in place of those they cover when the
 * addon is built and not turned off.
 */
function active() {
    const native = new Map((nativeOn ? nativeKernelConfigs() : []).map((k) => [k.kernelName, k]));
    const ours = new Set(OURS.map((k) => k.kernelName));
    return [...OURS.map((k) => native.get(k.kernelName) ?? k), ...[...native.values()].filter((k) => !ours.has(k.kernelName))];
}
let nativeOn = true;
/**
 * Switches between the native kernels and our wasm ones at run time (benchmarks compare the two in one process;
 * `VOE_NATIVE=0` is the way to turn the native path off for a whole run). Returns whether the native kernels now
 * run: false when asked to, or when the addon is not available.
 */
export function useNativeKernels(on) {
    const wasRegistered = replaced.size > 0;
    if (wasRegistered)
        unregisterWasmTrainingKernels();
    nativeOn = on;
    if (wasRegistered)
        registerWasmTrainingKernels();
    return on && nativeKernelConfigs().length > 0;
}
/** The stock wasm kernels we replaced, to restore them. */
const replaced = new Map();
export { checkWasmBackend, checkWasmBackendVersion, TESTED_TFJS_WASM_VERSION } from './backend-check.js';
export { convLimits } from './conv.js';
export { ADAM_UPDATE, nativeAddon, nativeStatus, } from './native.js';
export { simdUsesFma } from './simd.js';
export { GRU_SEQUENCE, GRU_SEQUENCE_GRAD, LSTM_SEQUENCE, LSTM_SEQUENCE_GRAD, } from './recurrent.js';
/** Our kernel configs, as registered (tests check that the wasm backend runs these). */
export function wasmTrainingKernelConfigs() {
    return active();
}
export function wasmTrainingKernelNames() {
    return OURS.map((k) => k.kernelName);
}
/** Throws BACKEND_INCOMPATIBLE (before registering anything) unless tfjs-backend-wasm is the tested version. */
export function registerWasmTrainingKernels() {
    if (replaced.size > 0)
        return;
    checkWasmBackendVersion();
    for (const ours of active()) {
        const original = getKernel(ours.kernelName, 'wasm');
        replaced.set(ours.kernelName, original);
        if (original) {
            rememberStockKernel(original);
            unregisterKernel(ours.kernelName, 'wasm');
        }
        // The stock kernel's setup (its cwrap of the C++ function) still has to run: some of ours call it.
        const setupFunc = original?.setupFunc;
        registerKernel({ ...ours, ...(setupFunc ? { setupFunc } : {}) });
    }
    registerGradients();
    if (nativeOn && nativeKernelConfigs().length > 0)
        registerNativeGradients();
}
/**
 * The fused recurrent kernels for tfjs-backend-cpu (plain JavaScript), so that `../fused-rnn.ts` runs the same ops
 * on cpu; registered once, never replaced (the cpu backend has no kernels of these names).
 */
export function registerRecurrentCpuKernels() {
    for (const config of recurrentCpuKernelConfigs) {
        if (!getKernel(config.kernelName, config.backendName))
            registerKernel(config);
    }
}
export function unregisterWasmTrainingKernels() {
    for (const [name, original] of replaced) {
        unregisterKernel(name, 'wasm');
        if (original)
            registerKernel(original);
    }
    replaced.clear();
    restoreGradients();
    restoreNativeGradients();
}
//# sourceMappingURL=index.js.map