import { trainingPerturbations } from '../../models/config.js';
import { hopMs, trainConfigFor } from '../experiment-config.js';
/** One line per base network: what it is. */
export const DESCRIPTIONS = {
    cnn: (c) => `CNN: Conv1D ${c.cnn.filters.join('/')} (kernel ${c.cnn.kernelSize}) + BN + ReLU, ${{ mean: 'global average', stats: 'statistics (mean + std)', attention: 'attention' }[c.cnn.pooling ?? 'mean']} pooling; ${c.input}`,
    rnn: (c) => `RNN: ${c.rnn.convFilters.length ? `Conv1D ${c.rnn.convFilters.join('/')} (kernel 5) + BN + ReLU front-end, then ` : ''}` +
        `${c.rnn.layers > 1 ? `${c.rnn.layers} layers of ` : ''}${c.rnn.bidirectional ? 'bidirectional ' : ''}${c.rnn.cell.toUpperCase()}-${c.rnn.units}, ${c.rnn.pooling} pooling; ${c.input}`,
};
function augmentationLine(t) {
    const versions = trainingPerturbations(t.augment);
    if (versions.length === 0)
        return '';
    const parts = [
        ...(t.augment.speeds.length ? [`at speed ×${t.augment.speeds.join(' or ×')}`] : []),
        ...(t.augment.noiseCopies ? [`in ${t.augment.noiseCopies} cop${t.augment.noiseCopies === 1 ? 'y' : 'ies'} with white noise at ${t.augment.noiseSnrDb[0]}–${t.augment.noiseSnrDb[1]} dB SNR`] : []),
    ];
    const which = versions.length === 1 ? 'its version' : `one of its ${versions.length} versions`;
    return `; speed/noise augmentation: each crop from the clip itself or, uniformly, ${which} ${parts.join(' or ')}`;
}
function trainingLine(t, frameMs) {
    const stopping = t.validationSpeakers > 0
        ? `up to ${t.epochs} epochs with early stopping (patience ${t.patience}) on ${t.validationSpeakers} validation speakers drawn from the model's training speakers only, best-validation-UA weights restored`
        : `${t.epochs} epochs, no validation speakers (no early stopping: the last weights are kept)`;
    const hop = frameMs * t.frameStride;
    return `${t.architecture.toUpperCase()} training: Adam (lr ${t.learningRate}${t.lrSchedule === 'cosine' ? ', cosine decay to 0' : ''}), batch ${t.batchSize}, ${stopping}; class-weighted cross-entropy; random crops of ${t.cropFrames} frames at a ${hop} ms hop (${((t.cropFrames * hop) / 1000).toFixed(2)} s) with SpecAugment${t.augment.gainDb > 0 ? `, ±${t.augment.gainDb} dB gain` : ''}${augmentationLine(t)}; test clips averaged over crops every ${t.testHopFrames} frames.`;
}
/** The split's label, and the speaker normalisation when there is one: it changes what the numbers mean. */
export function protocolLabel(split, cfg) {
    return cfg.speakerNorm === 'none' ? split.label : `${split.label}, with per-speaker ${cfg.speakerNorm} normalisation (test speakers' unlabelled clips)`;
}
function speakerNormLine(mode) {
    return `Speaker normalisation ('${mode}'): before anything else, every clip is expressed relative to its own speaker's averages over all of that speaker's clips (log-mel and MFCC ${mode === 'zscore' ? 'z-scored' : 'mean-removed'}, f0 and RMS divided by the speaker's geometric mean). No label is used, but for a test speaker the statistics come from that speaker's unlabelled test clips, so prediction needs several clips of a new speaker, not one.`;
}
/** The method section: split, normalisation, each network's training, the nested design and the stacking step's own lines. */
export function methodLines(cfg, split, stackingMethod) {
    const lines = [
        `Split: ${split.label}. Every clip is tested exactly once, by models that never trained on its speaker${split.leaky ? ' (NOT so here: leaky split)' : ''}.`,
        'Input standardisation (per feature dimension) uses each model\'s training clips only.',
        ...(cfg.speakerNorm === 'none' ? [] : [speakerNormLine(cfg.speakerNorm)]),
        ...cfg.models.map((arch) => trainingLine(trainConfigFor(cfg, arch), hopMs(cfg.features))),
    ];
    if (cfg.design === 'nested') {
        lines.push(`Nested cross-validation: for every pair of outer folds one network per architecture is trained on the other ${split.folds.length - 2} folds; for outer fold i, the ${split.folds.length - 1} networks that exclude i give out-of-fold predictions on i's training clips and their mean is the base prediction on i's test clips.`);
    }
    if (stackingMethod)
        lines.push(...stackingMethod);
    lines.push(`Seed ${cfg.seed}; each training job derives its own seed from it, so results do not depend on worker scheduling.`);
    return lines;
}
//# sourceMappingURL=method.js.map