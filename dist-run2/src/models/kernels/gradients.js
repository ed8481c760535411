/**
 * Gradients of Sum and Mean that broadcast dy with Tile instead of multiplying it by a tensor of ones.
 *
 * tfjs-core's own (gradients/Sum_grad.ts, Mean_grad.ts) compute `dy * ones(x.shape)`: `ones` fills a Float32Array
 * of x's full size in a JavaScript loop and uploads it, on every step, for every BatchNorm (moments) and
 * global-average-pool layer: ~11 ms of a Conv1D training step. Broadcasting the small dy with Tile (our block-copy
 * kernel on wasm) gives the same numbers: dy·1 = dy, and (dy·1)/n = dy/n exactly.
 *
 * Gradients are registered for every backend at once (tfjs has no per-backend gradients); the values are identical
 * on all of them. `restoreGradients()` puts tfjs' own back.
 */
import { broadcastTo, cast, div, getGradient, Mean, registerGradient, reshape, Sum, util, } from '@tensorflow/tfjs-core';
/** dy reshaped to x's rank with the reduced axes as 1, as float32 (what `dy * ones(float32)` would give). */
function expanded(dy, x, axis) {
    const shape = x.shape.slice();
    for (const a of util.parseAxisParam(axis, x.shape))
        shape[a] = 1;
    return cast(reshape(dy, shape), 'float32');
}
const sumGrad = {
    kernelName: Sum,
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
        const [x] = saved;
        const { axis } = attrs;
        return { x: () => broadcastTo(expanded(dy, x, axis), x.shape) };
    },
};
const meanGrad = {
    kernelName: Mean,
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
        const [x] = saved;
        const { axis } = attrs;
        const axes = util.parseAxisParam(axis, x.shape);
        const reduceSize = axes.reduce((n, a) => n * x.shape[a], 1);
        return { x: () => broadcastTo(div(expanded(dy, x, axis), reduceSize), x.shape) };
    },
};
const originals = new Map();
export function registerGradients() {
    if (originals.size > 0)
        return;
    for (const config of [sumGrad, meanGrad]) {
        originals.set(config.kernelName, getGradient(config.kernelName));
        registerGradient(config);
    }
}
export function restoreGradients() {
    for (const original of originals.values()) {
        if (original)
            registerGradient(original);
    }
    originals.clear();
}
//# sourceMappingURL=gradients.js.map