/**
 * Every setting of an evaluation run, in one object: printed at the start, saved as `config.json` beside the
 * results, hashed into each training job so that a resumed run reuses only what the same settings produced, and
 * accepted back as input (`voe experiment --config <results>/config.json`, or `experimentConfig(json)` in the
 * library), so a saved run can be reproduced.
 *
 * `experimentConfig` is the one entry point: it lays the given fields over the defaults and validates the result,
 * field by field, with an error naming the field (`cnn.epochs must be a whole number ≥ 1, got -3`). The CLI's
 * flags are turned into such fields and pass through the same checks.
 */
import { featureConfig } from '../config.js';
import { CORPUS_NAMES } from '../corpus/types.js';
import { VoeError } from '../errors.js';
import { DEFAULT_TRAIN_CONFIG } from '../models/config.js';
const { architecture: _a, seed: _s, speakerNorm: _n, cnn: CNN_ARCH, rnn: RNN_ARCH, ...TRAINING } = DEFAULT_TRAIN_CONFIG;
/**
 * The defaults of `voe experiment`; `voe compare` and `voe train` override `design`, `models` and the extras.
 * The RNN trains 45 epochs instead of 60, to keep `voe experiment` within 20 minutes on 2 cores: measured on the
 * six speaker folds (seed 1, one network per fold), the CRNN scored 60.9 ± 3.6 % UA at 45 epochs against
 * 61.7 ± 2.7 % at 60 (README, "Choosing the models").
 */
function defaults() {
    return structuredClone({
        cacheRoot: '.voe-cache',
        features: featureConfig(),
        protocol: 'speaker-folds',
        folds: 6,
        design: 'nested',
        models: ['cnn', 'rnn'],
        cnn: { ...TRAINING, ...CNN_ARCH },
        rnn: { ...TRAINING, ...RNN_ARCH, epochs: 45 },
        stacking: { inputs: 'probs', testInputs: 'per-model', baseInput: 'probabilities', functionalsSvmBase: false },
        svm: { C: [1, 10, 100], gammaScale: [0.1, 0.3, 1], innerFolds: 3, classWeight: 'balanced' },
        speakerNorm: 'none',
        functionalsBaseline: true,
        final: true,
        seed: 1,
    });
}
/** The run's config: `input` over the defaults, validated (see `parseExperimentConfig`). */
export function experimentConfig(input) {
    return parseExperimentConfig(input);
}
/**
 * The run's config from input of unknown shape (a whole saved `config.json`, or a few fields) over the defaults,
 * then `over` on top (e.g. command-line flags over a file), validated: unknown fields, wrong types and out-of-range
 * values are refused with a VoeError('INVALID_CONFIG') naming the field. `source` names where the input came
 * from, for those messages.
 */
export function parseExperimentConfig(input, source = 'config', over = {}) {
    if (!isObject(input))
        throw new VoeError('INVALID_CONFIG', `${source} must be a JSON object of ExperimentConfig fields, got ${describe(input)}`);
    const base = defaults();
    // Under 'zscore' the gain augmentation defaults to off (see speakerNorm); a given gainDb is kept and checked.
    if ((over.speakerNorm ?? input.speakerNorm) === 'zscore')
        for (const net of [base.cnn, base.rnn])
            net.augment.gainDb = 0;
    const layered = mergeOver(mergeOver(base, input, '', OPTIONAL_TOP), over, '', OPTIONAL_TOP);
    return validate(layered, source);
}
/** The TrainConfig one network of the run trains with: its settings, the run's speaker normalisation and seed. */
export function trainConfigFor(cfg, architecture) {
    const settings = cfg[architecture];
    const arch = (keys) => Object.fromEntries(keys.map((k) => [k, settings[k]]));
    const training = Object.fromEntries(Object.entries(settings).filter(([k]) => k in TRAINING));
    return {
        ...structuredClone(training),
        architecture,
        speakerNorm: cfg.speakerNorm,
        cnn: architecture === 'cnn' ? arch(CNN_KEYS) : structuredClone(CNN_ARCH),
        rnn: architecture === 'rnn' ? arch(RNN_KEYS) : structuredClone(RNN_ARCH),
        seed: cfg.seed,
    };
}
const CNN_KEYS = Object.keys(CNN_ARCH);
const RNN_KEYS = Object.keys(RNN_ARCH);
// ---- validation -------------------------------------------------------------------------------------------------
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describe(v) {
    if (v === undefined)
        return 'nothing';
    if (typeof v === 'number')
        return String(v);
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
/** `over` laid over `base`: objects field by field, everything else replaced; a field `base` lacks is refused. */
function mergeOver(base, over, path, optional = new Set()) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const field = `${path}${key}`;
        if (!(key in base) && !optional.has(key)) {
            throw new VoeError('INVALID_CONFIG', `unknown field ${field}; known: ${[...new Set([...Object.keys(base), ...optional])].join(', ')}`);
        }
        if (value === undefined)
            continue;
        out[key] = isObject(base[key]) && isObject(value) ? mergeOver(base[key], value, `${field}.`) : value;
    }
    return out;
}
/** Top-level fields without a default (`data` and `out` are checked as required below). */
const OPTIONAL_TOP = new Set(['data', 'out', 'corpus', 'workers']);
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(field, wanted, got) {
        throw new VoeError('INVALID_CONFIG', `${this.source === 'config' ? '' : `${this.source}: `}${field} must be ${wanted}, got ${describe(got)}`);
    }
    int(field, v, min, max = Infinity) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
            this.fail(field, `a whole number ${max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`}`, v);
        }
        return v;
    }
    num(field, v, min, max, { openMin = false, openMax = false } = {}) {
        const ok = typeof v === 'number' && Number.isFinite(v) && (openMin ? v > min : v >= min) && (openMax ? v < max : v <= max);
        if (!ok)
            this.fail(field, `a number ${openMin ? '>' : '≥'} ${min}${max === Infinity ? '' : ` and ${openMax ? '<' : '≤'} ${max}`}`, v);
        return v;
    }
    bool(field, v) {
        if (typeof v !== 'boolean')
            this.fail(field, 'true or false', v);
        return v;
    }
    str(field, v) {
        if (typeof v !== 'string' || v.trim() === '')
            this.fail(field, 'a non-empty string', v);
        return v;
    }
    oneOf(field, v, values) {
        if (typeof v !== 'string' || !values.includes(v))
            this.fail(field, `one of ${values.join(', ')}`, v);
        return v;
    }
    list(field, v, { min = 1 } = {}) {
        if (!Array.isArray(v) || v.length < min)
            this.fail(field, min > 0 ? 'a non-empty list' : 'a list', v);
        return v;
    }
}
function validate(cfg, source) {
    const c = new Checker(source);
    if (Array.isArray(cfg.data))
        c.list('data', cfg.data).forEach((d, i) => c.str(`data[${i}]`, d));
    else
        c.str('data', cfg.data);
    c.str('out', cfg.out);
    c.str('cacheRoot', cfg.cacheRoot);
    if (cfg.corpus !== undefined)
        c.oneOf('corpus', cfg.corpus, CORPUS_NAMES);
    validateFeatures(c, cfg.features);
    c.oneOf('protocol', cfg.protocol, ['speaker-folds', 'leave-one-speaker-out', 'random-leaky']);
    c.int('folds', cfg.folds, 2);
    c.oneOf('design', cfg.design, ['folds', 'nested']);
    const models = c.list('models', cfg.models);
    models.forEach((m, i) => c.oneOf(`models[${i}]`, m, ['cnn', 'rnn']));
    if (new Set(models).size !== models.length)
        c.fail('models', 'a list without repeats', models);
    c.oneOf('speakerNorm', cfg.speakerNorm, ['none', 'mean', 'zscore']);
    validateTraining(c, 'cnn', cfg.cnn, cfg.speakerNorm);
    validateTraining(c, 'rnn', cfg.rnn, cfg.speakerNorm);
    c.oneOf('cnn.kind', cfg.cnn.kind, ['1d', '2d']);
    c.list('cnn.filters', cfg.cnn.filters).forEach((f, i) => c.int(`cnn.filters[${i}]`, f, 1));
    c.int('cnn.kernelSize', cfg.cnn.kernelSize, 1);
    c.bool('cnn.pool', cfg.cnn.pool);
    if (cfg.cnn.pooling !== undefined)
        c.oneOf('cnn.pooling', cfg.cnn.pooling, ['mean', 'attention', 'stats']);
    c.num('cnn.dropout', cfg.cnn.dropout, 0, 1, { openMax: true });
    c.oneOf('rnn.cell', cfg.rnn.cell, ['gru', 'lstm']);
    c.int('rnn.units', cfg.rnn.units, 1);
    c.int('rnn.layers', cfg.rnn.layers, 1);
    c.list('rnn.convFilters', cfg.rnn.convFilters, { min: 0 }).forEach((f, i) => c.int(`rnn.convFilters[${i}]`, f, 1));
    c.bool('rnn.bidirectional', cfg.rnn.bidirectional);
    c.oneOf('rnn.pooling', cfg.rnn.pooling, ['last', 'mean', 'attention']);
    c.num('rnn.dropout', cfg.rnn.dropout, 0, 1, { openMax: true });
    c.oneOf('stacking.inputs', cfg.stacking.inputs, ['probs', 'probs+functionals', 'both']);
    c.oneOf('stacking.testInputs', cfg.stacking.testInputs, ['per-model', 'mean']);
    c.oneOf('stacking.baseInput', cfg.stacking.baseInput, ['probabilities', 'log-probabilities']);
    c.bool('stacking.functionalsSvmBase', cfg.stacking.functionalsSvmBase);
    c.list('svm.C', cfg.svm.C).forEach((v, i) => c.num(`svm.C[${i}]`, v, 0, Infinity, { openMin: true }));
    c.list('svm.gammaScale', cfg.svm.gammaScale).forEach((v, i) => c.num(`svm.gammaScale[${i}]`, v, 0, Infinity, { openMin: true }));
    c.int('svm.innerFolds', cfg.svm.innerFolds, 2);
    c.oneOf('svm.classWeight', cfg.svm.classWeight, ['balanced', 'none']);
    c.bool('functionalsBaseline', cfg.functionalsBaseline);
    c.bool('final', cfg.final);
    c.int('seed', cfg.seed, 0, 2 ** 32 - 1);
    if (cfg.workers !== undefined)
        c.int('workers', cfg.workers, 1);
    return cfg;
}
function validateTraining(c, net, t, speakerNorm) {
    c.oneOf(`${net}.input`, t.input, ['logmel', 'mfcc-deltas', 'logmel-pitch']);
    c.int(`${net}.frameStride`, t.frameStride, 1);
    c.int(`${net}.cropFrames`, t.cropFrames, 1);
    c.int(`${net}.testHopFrames`, t.testHopFrames, 1);
    c.num(`${net}.activeTopDb`, t.activeTopDb, 0, Infinity, { openMin: true });
    c.oneOf(`${net}.utteranceNorm`, t.utteranceNorm, ['none', 'mean']);
    c.int(`${net}.epochs`, t.epochs, 1);
    c.int(`${net}.batchSize`, t.batchSize, 1);
    c.num(`${net}.learningRate`, t.learningRate, 0, 10, { openMin: true });
    c.oneOf(`${net}.lrSchedule`, t.lrSchedule, ['constant', 'cosine']);
    c.int(`${net}.patience`, t.patience, 1);
    c.int(`${net}.validationSpeakers`, t.validationSpeakers, 0);
    c.bool(`${net}.classWeights`, t.classWeights);
    c.num(`${net}.labelSmoothing`, t.labelSmoothing, 0, 0.5);
    const a = t.augment;
    c.int(`${net}.augment.freqShift`, a.freqShift, 0);
    c.num(`${net}.augment.gainDb`, a.gainDb, 0, 60);
    if (speakerNorm === 'zscore' && a.gainDb > 0)
        c.fail(`${net}.augment.gainDb`, '0 with speakerNorm "zscore" (a dB step means nothing in z-scored bands)', a.gainDb);
    for (const k of ['freqMasks', 'freqMaskWidth', 'timeMasks', 'timeMaskWidth', 'noiseCopies'])
        c.int(`${net}.augment.${k}`, a[k], 0);
    c.num(`${net}.augment.mixupAlpha`, a.mixupAlpha, 0, Infinity);
    const speeds = c.list(`${net}.augment.speeds`, a.speeds, { min: 0 });
    speeds.forEach((s, i) => {
        c.num(`${net}.augment.speeds[${i}]`, s, 0.5, 2);
        if (s === 1)
            c.fail(`${net}.augment.speeds[${i}]`, 'a factor other than 1 (the clip itself is always used)', s);
    });
    const snr = c.list(`${net}.augment.noiseSnrDb`, a.noiseSnrDb);
    if (snr.length !== 2)
        c.fail(`${net}.augment.noiseSnrDb`, 'a pair [low, high] in dB', snr);
    c.num(`${net}.augment.noiseSnrDb[0]`, snr[0], -20, 100);
    c.num(`${net}.augment.noiseSnrDb[1]`, snr[1], snr[0], 100);
}
function validateFeatures(c, f) {
    c.int('features.sr', f.sr, 1000, 384000);
    c.int('features.n_fft', f.n_fft, 16);
    c.int('features.hop_length', f.hop_length, 1);
    c.int('features.win_length', f.win_length, 1, f.n_fft);
    c.bool('features.center', f.center);
    c.int('features.n_mels', f.n_mels, 1);
    c.num('features.fmin', f.fmin, 0, f.sr / 2);
    if (f.fmax !== null)
        c.num('features.fmax', f.fmax, f.fmin, f.sr / 2, { openMin: true });
    c.bool('features.htk', f.htk);
    if (f.norm !== null)
        c.oneOf('features.norm', f.norm, ['slaney']);
    c.num('features.ref', f.ref, 0, Infinity, { openMin: true });
    c.num('features.amin', f.amin, 0, Infinity, { openMin: true });
    if (f.top_db !== null)
        c.num('features.top_db', f.top_db, 0, Infinity);
    c.int('features.n_mfcc', f.n_mfcc, 1, f.n_mels);
    c.int('features.delta_width', f.delta_width, 3);
    if (f.delta_width % 2 === 0)
        c.fail('features.delta_width', 'odd', f.delta_width);
    c.num('features.f0_min', f.f0_min, 1, f.sr / 2, { openMin: true });
    c.num('features.f0_max', f.f0_max, f.f0_min, f.sr / 2, { openMin: true });
    c.int('features.pitch_frame_length', f.pitch_frame_length, 16);
    c.num('features.trough_threshold', f.trough_threshold, 0, 1, { openMin: true });
    if (f.level_dbfs !== null && f.level_dbfs !== undefined)
        c.num('features.level_dbfs', f.level_dbfs, -80, 0);
}
/** Milliseconds between feature frames, derived from the feature config (10 ms at 160 samples and 16 kHz). */
export function hopMs(features) {
    return (1000 * features.hop_length) / features.sr;
}
//# sourceMappingURL=experiment-config.js.map