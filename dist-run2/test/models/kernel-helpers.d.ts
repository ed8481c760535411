import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
/** Deterministic uniform numbers in [-1, 1) (mulberry32), so every run tests the same inputs. */
export declare function seeded(seed: number): () => number;
export declare function randomData(shape: number[], seed: number): Float32Array;
export declare function useWasm(): Promise<void>;
export interface Output {
    shape: number[];
    dtype: tf.DataType;
    values: Float32Array | Int32Array | Uint8Array;
}
/** Runs `f` on `backend` and returns its outputs as plain arrays (tensors are created inside `f`). */
export declare function runOn(backend: 'cpu' | 'wasm', f: () => tf.Tensor | tf.Tensor[]): Promise<Output[]>;
/**
 * Asserts that `f` gives the same on wasm as on cpu: same shapes and dtypes, values within `rtol` of the
 * reference's largest magnitude (float sums in a different order differ in the last bits; a wrong index does not).
 */
export declare function assertSameOnBothBackends(what: string, f: () => tf.Tensor | tf.Tensor[], rtol?: number): Promise<void>;
