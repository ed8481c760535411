/**
 * Identity, and Cast to the dtype a tensor already has, without copying: the output shares the input's heap buffer
 * (reference-counted), as tfjs-cpu does and as the wasm backend's own Reshape does. Tensors are immutable, so
 * sharing is safe.
 *
 * Why it matters: to keep what a gradient will need, tfjs' engine clones every saved input and output of every op
 * recorded on the tape (`saveTensorsForBackwardMode` → `clone` → Identity), and stock wasm copies each one. In a
 * training step of the Conv1D model that is ~120 copies of activations (~9 ms); in a GRU step ~4,600 calls.
 */
import { Cast, Identity, } from '@tensorflow/tfjs-core';
import { callStock } from './stock.js';
function share(backend, x) {
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}
function identity(args) {
    const { x } = args.inputs;
    if (x.dtype === 'string')
        return callStock(Identity, args);
    return share(args.backend, x);
}
function cast(args) {
    const { x } = args.inputs;
    const { dtype } = args.attrs;
    if (x.dtype !== dtype || x.dtype === 'string')
        return callStock(Cast, args);
    return share(args.backend, x);
}
export const identityConfig = {
    kernelName: Identity,
    backendName: 'wasm',
    kernelFunc: identity,
};
export const castConfig = {
    kernelName: Cast,
    backendName: 'wasm',
    kernelFunc: cast,
};
//# sourceMappingURL=identity.js.map