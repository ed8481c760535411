import type { WasmBackend } from './backend-types.js';
/** The tfjs-backend-wasm version our kernels were tested with; package.json pins exactly this one. */
export declare const TESTED_TFJS_WASM_VERSION = "4.22.0";
/** Throws BACKEND_INCOMPATIBLE unless `found` (default: the installed package's version) is the tested version. */
export declare function checkWasmBackendVersion(found?: string): void;
/**
 * Checks the installed version (as `checkWasmBackendVersion`) and that `backend` has every member in `MEMBERS`;
 * returns it typed for the kernels. Throws BACKEND_INCOMPATIBLE naming the versions and the missing members.
 */
export declare function checkWasmBackend(backend: unknown, found?: string): WasmBackend;
