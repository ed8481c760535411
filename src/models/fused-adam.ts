/**
 * Adam as tfjs' `tf.train.adam` computes it, one kernel per variable where the backend has one (the native addon's
 * `VoeAdamUpdate`, `./kernels/native.ts`) instead of the 14 element-wise kernels tfjs runs per variable and step.
 * The kernel does the same float32 operations in the same order, so the weights are the same bits (tested in
 * test/models/native.test.ts). Where the kernel is not registered (wasm alone, cpu) it is tfjs' own Adam.
 */
import * as tf from '@tensorflow/tfjs-core';

import { ADAM_UPDATE, type AdamUpdateAttrs } from './kernels/index.js';

type NamedGrads = Parameters<tf.AdamOptimizer['applyGradients']>[0];

interface AdamInternals {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: { originalName: string; variable: tf.Variable }[];
  accumulatedSecondMoment: { originalName: string; variable: tf.Variable }[];
}

export class FusedAdamOptimizer extends tf.AdamOptimizer {
  /** Whether the last `applyGradients` ran the fused kernel. */
  lastStepFused = false;

  override applyGradients(variableGradients: NamedGrads): void {
    if (!tf.getKernel(ADAM_UPDATE, tf.getBackend())) {
      this.lastStepFused = false;
      super.applyGradients(variableGradients);
      return;
    }
    this.lastStepFused = true;
    // tfjs' AdamOptimizer.applyGradients (tfjs-core 4.22, optimizers/adam_optimizer.ts), with the per-variable
    // arithmetic in one kernel.
    const self = this as unknown as AdamInternals;
    const varNames = Array.isArray(variableGradients) ? variableGradients.map((v) => v.name) : Object.keys(variableGradients);
    const attrs: AdamUpdateAttrs = {
      beta1: self.beta1, beta2: self.beta2, epsilon: self.epsilon, learningRate: self.learningRate,
    };
    tf.tidy(() => {
      const oneMinusAccBeta1 = tf.sub(1, self.accBeta1);
      const oneMinusAccBeta2 = tf.sub(1, self.accBeta2);
      varNames.forEach((name, i) => {
        const value = tf.engine().registeredVariables[name];
        self.accumulatedFirstMoment[i] ??= { originalName: `${name}/m`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        self.accumulatedSecondMoment[i] ??= { originalName: `${name}/v`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
        if (gradient == null) return;
        const firstMoment = self.accumulatedFirstMoment[i].variable;
        const secondMoment = self.accumulatedSecondMoment[i].variable;
        const [newValue, newFirstMoment, newSecondMoment] = tf.engine().runKernel(ADAM_UPDATE,
          { w: value, m: firstMoment, v: secondMoment, g: gradient, oneMinusAccBeta1, oneMinusAccBeta2 },
          attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
        firstMoment.assign(newFirstMoment);
        secondMoment.assign(newSecondMoment);
        value.assign(newValue);
      });
      self.accBeta1.assign(tf.mul(self.accBeta1, self.beta1));
      self.accBeta2.assign(tf.mul(self.accBeta2, self.beta2));
    });
    this.incrementIterations();
  }
}

/** `tf.train.adam(learningRate)`, fused where the backend has the kernel. */
export function adam(learningRate: number): FusedAdamOptimizer {
  return new FusedAdamOptimizer(learningRate, 0.9, 0.999);
}
