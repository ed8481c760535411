/**
 * Statistics pooling (Snyder et al. 2018, the x-vector's pooling): the mean and the standard deviation of each
 * channel over time, concatenated, [N, T, C] → [N, 2C]. Global average pooling keeps only the mean; how much a
 * channel varies over an utterance (how much its pitch or energy pattern moves) is information about arousal that
 * the mean discards. tfjs-layers has no such layer, hence this one; importing the module registers it, so saved
 * models that use it load.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
export declare class StatsPooling extends tfl.layers.Layer {
    static className: string;
    computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape;
    call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor;
    getClassName(): string;
}
export declare function statsPooling(): tfl.layers.Layer;
