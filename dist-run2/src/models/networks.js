/**
 * The two architectures, as tfjs-layers models that output logits (softmax is applied at prediction time, so the
 * loss can use the numerically stable softmax cross-entropy on logits). Initialisers are seeded: the same seed
 * builds the same weights.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { gru, lstm } from './fused-rnn.js';
import { seededDropout } from './seeded-dropout.js';
import { statsPooling } from './stats-pooling.js';
function seeded(seed, k) {
    return tfl.initializers.glorotUniform({ seed: seed * 1000 + k });
}
/**
 * `cfg.kind` '1d': Conv1D blocks over time (feature dimensions as channels) + BatchNorm + ReLU (+ max-pool by 2),
 * global average pool, dense. '2d': the T × F map as an image, Conv2D 3 × 3 blocks + BatchNorm + ReLU (+ 2 × 2
 * max-pool), global average pool, dense: convolution along frequency makes the filters shift-tolerant in pitch and
 * formant position, which differ between speakers.
 */
export function buildCnn(shape, cfg, seed) {
    if (cfg.kind === '2d')
        return buildCnn2d(shape, cfg, seed);
    const input = tfl.input({ shape: [shape.frames, shape.dims] });
    let h = input;
    cfg.filters.forEach((filters, i) => {
        h = tfl.layers.conv1d({ filters, kernelSize: cfg.kernelSize, padding: 'same', useBias: false, kernelInitializer: seeded(seed, i) }).apply(h);
        h = tfl.layers.batchNormalization().apply(h);
        h = tfl.layers.activation({ activation: 'relu' }).apply(h);
        if (cfg.pool && i < cfg.filters.length - 1)
            h = tfl.layers.maxPooling1d({ poolSize: 2 }).apply(h);
    });
    h = poolOverTime(h, cfg.pooling ?? 'mean', seed);
    if (cfg.dropout > 0)
        h = seededDropout({ rate: cfg.dropout, seed: seed * 1000 + 98 }).apply(h);
    const logits = tfl.layers.dense({ units: shape.classes, kernelInitializer: seeded(seed, 99) }).apply(h);
    return tfl.model({ inputs: input, outputs: logits });
}
/** [N, T, C] frame vectors → one [N, C] (or [N, 2C] for 'stats') vector per sequence. */
function poolOverTime(h, pooling, seed) {
    if (pooling === 'mean')
        return tfl.layers.globalAveragePooling1d().apply(h);
    if (pooling === 'stats')
        return statsPooling().apply(h);
    if (pooling === 'attention') {
        // score each frame, softmax over time (tfjs' softmax takes the last axis only, hence [N,1,T]), then the
        // weighted sum of the states: [N,1,T] · [N,T,H] → [N,1,H]
        const score = tfl.layers.dense({ units: 1, useBias: false, kernelInitializer: seeded(seed, 97) }).apply(h);
        const weights = tfl.layers.softmax({ axis: -1 }).apply(tfl.layers.permute({ dims: [2, 1] }).apply(score));
        const pooled = tfl.layers.dot({ axes: [2, 1] }).apply([weights, h]);
        return tfl.layers.flatten().apply(pooled);
    }
    return h; // 'last': the recurrent layer already returned its final state
}
function buildCnn2d(shape, cfg, seed) {
    const model = tfl.sequential();
    model.add(tfl.layers.reshape({ inputShape: [shape.frames, shape.dims], targetShape: [shape.frames, shape.dims, 1] }));
    cfg.filters.forEach((filters, i) => {
        model.add(tfl.layers.conv2d({ filters, kernelSize: cfg.kernelSize, padding: 'same', useBias: false, kernelInitializer: seeded(seed, i) }));
        model.add(tfl.layers.batchNormalization());
        model.add(tfl.layers.activation({ activation: 'relu' }));
        if (cfg.pool && i < cfg.filters.length - 1)
            model.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
    });
    model.add(tfl.layers.globalAveragePooling2d({}));
    if (cfg.dropout > 0)
        model.add(seededDropout({ rate: cfg.dropout, seed: seed * 1000 + 98 }));
    model.add(tfl.layers.dense({ units: shape.classes, kernelInitializer: seeded(seed, 99) }));
    return model;
}
/** A (bidirectional) GRU or LSTM over the frames, its last state into a dense layer. */
export function buildRnn(shape, cfg, seed) {
    return withoutOrthogonalWarning(() => buildRnnLayers(shape, cfg, seed));
}
/**
 * tfjs warns "Slowness may result" for every orthogonal initialisation of a matrix over 2000 elements; at 64 × 192
 * the QR takes a few milliseconds, so the warning is only noise in every training's output.
 */
function withoutOrthogonalWarning(build) {
    const warn = console.warn;
    console.warn = (...args) => {
        if (!String(args[0]).startsWith('Orthogonal initializer is being called'))
            warn(...args);
    };
    try {
        return build();
    }
    finally {
        console.warn = warn;
    }
}
function buildRnnLayers(shape, cfg, seed) {
    const pooling = cfg.pooling ?? 'last';
    const cellArgs = {
        units: cfg.units,
        recurrentActivation: 'sigmoid',
        kernelInitializer: seeded(seed, 0),
        recurrentInitializer: tfl.initializers.orthogonal({ seed: seed * 1000 + 1 }),
        returnSequences: pooling !== 'last',
    };
    const input = tfl.input({ shape: [shape.frames, shape.dims] });
    let h = input;
    (cfg.convFilters ?? []).forEach((filters, i) => {
        h = tfl.layers.conv1d({ filters, kernelSize: 5, padding: 'same', useBias: false, kernelInitializer: seeded(seed, 50 + i) }).apply(h);
        h = tfl.layers.batchNormalization().apply(h);
        h = tfl.layers.activation({ activation: 'relu' }).apply(h);
    });
    const layers = cfg.layers ?? 1;
    for (let l = 0; l < layers; l++) {
        // Every layer but the last hands its whole sequence on; the last one as the pooling needs it.
        const args = { ...cellArgs, returnSequences: l < layers - 1 || cellArgs.returnSequences };
        if (l > 0) {
            args.kernelInitializer = seeded(seed, 10 + l);
            args.recurrentInitializer = tfl.initializers.orthogonal({ seed: seed * 1000 + 10 + l });
        }
        const rnn = cfg.cell === 'gru' ? gru(args) : lstm(args);
        const layer = cfg.bidirectional ? tfl.layers.bidirectional({ layer: rnn, mergeMode: 'concat' }) : rnn;
        h = layer.apply(h);
    }
    h = poolOverTime(h, pooling, seed);
    if (cfg.dropout > 0)
        h = seededDropout({ rate: cfg.dropout, seed: seed * 1000 + 98 }).apply(h);
    const logits = tfl.layers.dense({ units: shape.classes, kernelInitializer: seeded(seed, 99) }).apply(h);
    return tfl.model({ inputs: input, outputs: logits });
}
//# sourceMappingURL=networks.js.map