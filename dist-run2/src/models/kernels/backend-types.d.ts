/**
 * The members of tfjs-backend-wasm's `BackendWasm` that our kernels use, declared here because the backend's own
 * `.d.ts` leans on Emscripten types we do not install. `backend-check.ts` checks them at run time; `context.ts`
 * builds on them. (Their own file, so that the check and the context do not import each other.)
 */
import type { DataId, DataType, TensorInfo } from '@tensorflow/tfjs-core';
import type { WasmMemory } from '../../wasm/api.js';
export interface WasmModule {
    HEAPF32: Float32Array;
    HEAPU8: Uint8Array;
    _malloc(bytes: number): number;
    _free(ptr: number): void;
    /** Emscripten's exports; `memory` is the heap every tensor lives in. */
    asm: {
        memory: WasmMemory;
    };
}
export interface WasmTensorData {
    id: number;
    memoryOffset: number;
    shape: number[];
    dtype: DataType;
    refCount: number;
}
/** The members of `BackendWasm` (tfjs-backend-wasm/dist/backend_wasm.d.ts) that our kernels use. */
export interface WasmBackend {
    wasm: WasmModule;
    dataIdMap: {
        get(dataId: DataId): WasmTensorData | undefined;
    };
    makeOutput(shape: number[], dtype: DataType, memoryOffset?: number): TensorInfo;
    disposeData(dataId: DataId, force?: boolean): boolean;
    incRef(dataId: DataId): void;
}
