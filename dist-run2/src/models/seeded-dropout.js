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
const MARK = Symbol.for('voe.seededDropout');
function stockDropout() {
    const entry = tf.serialization.SerializationMap.getMap().classNameMap.Dropout;
    if (!entry)
        throw new Error("voe seeded-dropout: tfjs-layers registered no 'Dropout' class");
    let cls = entry[0];
    while (cls[MARK])
        cls = Object.getPrototypeOf(cls);
    return cls;
}
const StockDropout = stockDropout();
export class SeededDropout extends StockDropout {
    static className = 'Dropout';
    static [MARK] = true;
    baseSeed;
    calls = 0;
    constructor(args) {
        super(args);
        this.baseSeed = args.seed;
    }
    call(inputs, kwargs) {
        if (this.baseSeed !== undefined)
            this.seed = this.baseSeed + this.calls++;
        return super.call(inputs, kwargs);
    }
    getConfig() {
        return { ...super.getConfig(), seed: this.baseSeed ?? null };
    }
}
tf.serialization.registerClass(SeededDropout);
/** A dropout layer whose mask changes every step and is reproducible from `seed`. */
export function seededDropout(args) {
    return new SeededDropout(args);
}
//# sourceMappingURL=seeded-dropout.js.map