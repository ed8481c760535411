/**
 * Dropout that is both random and reproducible. tfjs-layers' Dropout passes its `seed` to `tf.dropout` on every
 * call, so a seeded layer draws the *same* mask at every training step (a fixed thinning of the network, not
 * dropout); an unseeded one draws from an unseeded generator, so runs differ. This subclass draws the mask of call
 * n from seed + n: a fresh mask each step, the same sequence in every run with the same seed.
 *
 * It keeps tfjs' class name, 'Dropout', and its config (with the base seed), so saved models load in plain tfjs;
 * importing this module registers it under that name, as fused-rnn.ts does for GRU and LSTM.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
import type * as tfl from '@tensorflow/tfjs-layers';

interface StockDropoutLayer extends tfl.layers.Layer {
  seed?: number;
  call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[];
  getConfig(): tf.serialization.ConfigDict;
}

const MARK = Symbol.for('voe.seededDropout');

function stockDropout(): new (args: { rate: number; seed?: number }) => StockDropoutLayer {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap.Dropout;
  if (!entry) throw new Error("voe seeded-dropout: tfjs-layers registered no 'Dropout' class");
  let cls = entry[0] as unknown as { [MARK]?: boolean };
  while (cls[MARK]) cls = Object.getPrototypeOf(cls) as typeof cls;
  return cls as unknown as new (args: { rate: number; seed?: number }) => StockDropoutLayer;
}

const StockDropout = stockDropout();

export class SeededDropout extends StockDropout {
  static className = 'Dropout';
  static [MARK] = true;
  private readonly baseSeed: number | undefined;
  private calls = 0;

  constructor(args: { rate: number; seed?: number }) {
    super(args);
    this.baseSeed = args.seed;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[] {
    if (this.baseSeed !== undefined) this.seed = this.baseSeed + this.calls++;
    return super.call(inputs, kwargs);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), seed: this.baseSeed ?? null };
  }
}

tf.serialization.registerClass(SeededDropout as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);

/** A dropout layer whose mask changes every step and is reproducible from `seed`. */
export function seededDropout(args: { rate: number; seed: number }): tfl.layers.Layer {
  return new SeededDropout(args);
}
