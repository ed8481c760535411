export const DEFAULT_TRAIN_CONFIG = Object.freeze({
    architecture: 'cnn',
    input: 'logmel-pitch',
    frameStride: 4,
    cropFrames: 64,
    testHopFrames: 16,
    activeTopDb: 40,
    utteranceNorm: 'none',
    speakerNorm: 'none',
    cnn: { kind: '1d', filters: [64, 128, 128], kernelSize: 5, pool: true, pooling: 'mean', dropout: 0.3 },
    rnn: { cell: 'gru', units: 64, layers: 1, convFilters: [64], bidirectional: true, pooling: 'attention', dropout: 0.3 },
    augment: { freqShift: 0, gainDb: 6, freqMasks: 2, freqMaskWidth: 8, timeMasks: 2, timeMaskWidth: 10, mixupAlpha: 0, speeds: [], noiseCopies: 0, noiseSnrDb: [10, 30] },
    epochs: 60,
    batchSize: 32,
    learningRate: 3e-3,
    lrSchedule: 'cosine',
    patience: 8,
    validationSpeakers: 0,
    classWeights: true,
    labelSmoothing: 0,
    seed: 1,
});
/**
 * The versions of each training clip, besides the clip itself, that `augment` asks for, in a fixed order (speeds,
 * then noisy copies): what `NeuralClassifier.fit` expects in `perturbed`.
 */
export function trainingPerturbations(augment) {
    const noisy = Array.from({ length: augment.noiseCopies ?? 0 }, (_, copy) => ({ noise: { snrDb: augment.noiseSnrDb, copy } }));
    return [...augment.speeds.map((speed) => ({ speed })), ...noisy];
}
export function trainConfig(overrides = {}) {
    const base = structuredClone(DEFAULT_TRAIN_CONFIG);
    return {
        ...base,
        ...overrides,
        cnn: { ...base.cnn, ...overrides.cnn },
        rnn: { ...base.rnn, ...overrides.rnn },
        augment: { ...base.augment, ...overrides.augment },
    };
}
//# sourceMappingURL=config.js.map