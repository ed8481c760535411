/**
 * Statistics pooling (Snyder et al. 2018, the x-vector's pooling): the mean and the standard deviation of each
 * channel over time, concatenated, [N, T, C] → [N, 2C]. Global average pooling keeps only the mean; how much a
 * channel varies over an utterance (how much its pitch or energy pattern moves) is information about arousal that
 * the mean discards. tfjs-layers has no such layer, hence this one; importing the module registers it, so saved
 * models that use it load.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
/** Added to the variance before the square root: keeps the gradient finite for a channel constant over time. */
const VARIANCE_FLOOR = 1e-5;
export class StatsPooling extends tfl.layers.Layer {
    static className = 'VoeStatsPooling';
    computeOutputShape(inputShape) {
        const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape);
        if (shape.length !== 3)
            throw new Error(`StatsPooling expects [batch, time, channels], got [${shape.join(', ')}]`);
        const channels = shape[2];
        return [shape[0], channels === null ? null : 2 * channels];
    }
    call(inputs) {
        return tf.tidy(() => {
            const x = Array.isArray(inputs) ? inputs[0] : inputs;
            const { mean, variance } = tf.moments(x, 1);
            return tf.concat([mean, tf.sqrt(tf.add(variance, VARIANCE_FLOOR))], 1);
        });
    }
    getClassName() {
        return StatsPooling.className;
    }
}
tf.serialization.registerClass(StatsPooling);
export function statsPooling() {
    return new StatsPooling({});
}
//# sourceMappingURL=stats-pooling.js.map