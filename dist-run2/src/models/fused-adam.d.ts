/**
 * Adam as tfjs' `tf.train.adam` computes it, one kernel per variable where the backend has one (the native addon's
 * `VoeAdamUpdate`, `./kernels/native.ts`) instead of the 14 element-wise kernels tfjs runs per variable and step.
 * The kernel does the same float32 operations in the same order, so the weights are the same bits (tested in
 * test/models/native.test.ts). Where the kernel is not registered (wasm alone, cpu) it is tfjs' own Adam.
 */
import * as tf from '@tensorflow/tfjs-core';
type NamedGrads = Parameters<tf.AdamOptimizer['applyGradients']>[0];
export declare class FusedAdamOptimizer extends tf.AdamOptimizer {
    /** Whether the last `applyGradients` ran the fused kernel. */
    lastStepFused: boolean;
    applyGradients(variableGradients: NamedGrads): void;
}
/** `tf.train.adam(learningRate)`, fused where the backend has the kernel. */
export declare function adam(learningRate: number): FusedAdamOptimizer;
export {};
