/**
 * Our kernels work on tfjs-backend-wasm's private members (its Emscripten heap, its tensor table; see
 * `context.ts`), which no semver range protects. package.json pins the exact version they were tested with, and
 * this module checks, before any kernel runs, that the installed package is that version and still has those
 * members, so a different install stops with a clear error instead of corrupting tensors or crashing in a kernel.
 */
import { version_wasm } from '@tensorflow/tfjs-backend-wasm';
import { VoeError } from '../../errors.js';
import { isWasmMemory } from '../../wasm/api.js';
/** The tfjs-backend-wasm version our kernels were tested with; package.json pins exactly this one. */
export const TESTED_TFJS_WASM_VERSION = '4.22.0';
const FIX = 'install the tested one (npm install --save-exact ' +
    `@tensorflow/tfjs-backend-wasm@${TESTED_TFJS_WASM_VERSION}, with tfjs-core, tfjs-backend-cpu and tfjs-layers of ` +
    'the same version), or run on the cpu backend';
/** Throws BACKEND_INCOMPATIBLE unless `found` (default: the installed package's version) is the tested version. */
export function checkWasmBackendVersion(found = version_wasm) {
    if (found !== TESTED_TFJS_WASM_VERSION) {
        throw new VoeError('BACKEND_INCOMPATIBLE', `@tensorflow/tfjs-backend-wasm ${found} is installed, but voe's wasm training kernels use private members of ` +
            `that package and were tested with ${TESTED_TFJS_WASM_VERSION} only: ${FIX}`);
    }
}
/** Each private member the kernels use: its path from the backend object and the test it must pass. */
const MEMBERS = [
    ['dataIdMap.get', (v) => typeof v === 'function'],
    ['makeOutput', (v) => typeof v === 'function'],
    ['disposeData', (v) => typeof v === 'function'],
    ['incRef', (v) => typeof v === 'function'],
    ['wasm.HEAPU8', (v) => v instanceof Uint8Array],
    ['wasm.HEAPF32', (v) => v instanceof Float32Array],
    ['wasm._malloc', (v) => typeof v === 'function'],
    ['wasm._free', (v) => typeof v === 'function'],
    ['wasm.asm.memory', isWasmMemory],
];
function member(obj, path) {
    let v = obj;
    for (const key of path.split('.')) {
        if ((typeof v !== 'object' && typeof v !== 'function') || v === null)
            return undefined;
        v = v[key];
    }
    return v;
}
/**
 * Checks the installed version (as `checkWasmBackendVersion`) and that `backend` has every member in `MEMBERS`;
 * returns it typed for the kernels. Throws BACKEND_INCOMPATIBLE naming the versions and the missing members.
 */
export function checkWasmBackend(backend, found = version_wasm) {
    checkWasmBackendVersion(found);
    const missing = MEMBERS.filter(([path, ok]) => !ok(member(backend, path))).map(([path]) => path);
    if (missing.length > 0) {
        throw new VoeError('BACKEND_INCOMPATIBLE', `the wasm backend (@tensorflow/tfjs-backend-wasm ${found}) lacks ${missing.join(', ')}, which voe's wasm ` +
            `training kernels use (tested with ${TESTED_TFJS_WASM_VERSION}): ${FIX}`);
    }
    return backend;
}
//# sourceMappingURL=backend-check.js.map