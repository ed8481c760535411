/**
 * Prediction on new audio with the models a run saved: either one network folder (`models/final-cnn`, any folder
 * holding a `voe-model.json`), or a whole results folder, whose stacking ensemble (`models/final-ensemble*`) is
 * fed by the final CNN and RNN exactly as in training: their class probabilities (and, for the variant that uses
 * them, the utterance-level functionals) into the SVM.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FUNCTIONALS_BASE, placeInto, StackingEnsemble, SvmClassifier, svmFunctionals } from '../ensemble/index.js';
import { VoeError } from '../errors.js';
import { featuresFromWavBytes } from '../features/extract.js';
import { initBackend } from '../models/backend.js';
import { NeuralClassifier } from '../models/classifier.js';
import { normaliseBySpeaker } from '../models/speaker-norm.js';
import { ResultsFolder } from './results-folder.js';
import { clipWarnings } from './warnings.js';
function asRecord(classes, p, row = 0) {
    return Object.fromEntries(classes.map((c, k) => [c, p[row * classes.length + k]]));
}
function argmax(r) {
    return Object.entries(r).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
export class EmotionPredictor {
    name;
    classes;
    featureConfig;
    networks;
    ensemble;
    functionalsSvm;
    /** Filled by `load` from the folder's metrics.json when there is one. */
    crossValidated;
    constructor(
    /** What decides: 'cnn', 'rnn', 'ensemble', 'ensemble+functionals' or 'ensemble+svm-functionals'. */
    name, classes, featureConfig, networks, ensemble, 
    /** The functionals SVM, when the ensemble stacks its probabilities too. */
    functionalsSvm = null) {
        this.name = name;
        this.classes = classes;
        this.featureConfig = featureConfig;
        this.networks = networks;
        this.ensemble = ensemble;
        this.functionalsSvm = functionalsSvm;
    }
    /**
     * A results folder (uses its stacking ensemble: `name`, or the variant with the higher cross-validated UA in its
     * metrics.json) or a single saved network folder.
     */
    static async load(dir, name) {
        if (!existsSync(dir))
            throw new VoeError('FILE_NOT_FOUND', 'no such model or results folder', { path: dir });
        await initBackend();
        if (existsSync(join(dir, 'voe-model.json'))) {
            const net = await NeuralClassifier.load(dir);
            if (!net.featureConfig)
                throw new VoeError('INVALID_ARGUMENT', 'the saved model records no feature config', { path: dir });
            return new EmotionPredictor(net.config.architecture, net.classes, net.featureConfig, [net], null);
        }
        const folder = new ResultsFolder(dir);
        const variant = name ?? bestStackingVariant(folder);
        const ensembleDir = folder.finalModelDir(variant);
        if (!existsSync(ensembleDir)) {
            throw new VoeError('FILE_NOT_FOUND', `no models/final-${variant} here: not a results folder of \`voe experiment\`, nor a model folder`, { path: dir });
        }
        const ensemble = await StackingEnsemble.load(ensembleDir);
        const networks = await Promise.all(ensemble.models.filter((m) => m !== FUNCTIONALS_BASE).map((m) => NeuralClassifier.load(folder.finalModelDir(m))));
        const functionalsSvm = ensemble.models.includes(FUNCTIONALS_BASE) ? await SvmClassifier.load(folder.finalModelDir(FUNCTIONALS_BASE)) : null;
        const fc = networks[0]?.featureConfig;
        if (!fc)
            throw new VoeError('INVALID_ARGUMENT', 'the saved networks record no feature config', { path: dir });
        const predictor = new EmotionPredictor(variant, ensemble.classes, fc, networks, ensemble, functionalsSvm);
        const metrics = folder.readMetrics();
        const scored = metrics?.models[variant];
        if (metrics && scored) {
            predictor.crossValidated = {
                protocol: metrics.protocol.label,
                utterances: metrics.corpus.utterances,
                ua: { mean: scored.ua.mean, std: scored.ua.std },
                wa: { mean: scored.wa.mean, std: scored.wa.std },
                macroF1: { mean: scored.macroF1.mean, std: scored.macroF1.std },
            };
        }
        return predictor;
    }
    summary() {
        return { model: this.name, classes: this.classes, ...(this.crossValidated ? { crossValidated: this.crossValidated } : {}) };
    }
    /**
     * 'none', or how the networks were trained to see each speaker (TrainConfig.speakerNorm): then a prediction needs
     * several clips of the speaker at once (`predictSpeaker`).
     */
    get speakerNorm() {
        return this.networks[0].config.speakerNorm;
    }
    /**
     * Throws, saying why, when the models cannot judge one recording alone (they were trained with speaker
     * normalisation); `context` says who is asking, e.g. "the server predicts one recording at a time".
     */
    assertPredictsSingleClips(context = 'one clip at a time') {
        if (this.speakerNorm === 'none')
            return;
        throw new VoeError('INVALID_ARGUMENT', `${context}: this model was trained with per-speaker ${this.speakerNorm} normalisation, which needs several clips of one speaker at once (voe predict --same-speaker, or predictSpeaker in the library)`);
    }
    /** The emotion of one clip's features; models trained with speaker normalisation refuse (see `predictSpeaker`). */
    predictFeatures(fs) {
        this.assertPredictsSingleClips();
        return this.predictPrepared(fs);
    }
    /**
     * The emotion of each of several clips by one speaker. With a speaker-normalised model they are normalised by
     * their joint statistics first, as each speaker was in training (the more clips, and the more varied their
     * emotions, the closer those statistics come to the ones training saw); otherwise each clip is predicted alone.
     */
    predictSpeaker(clips) {
        if (clips.length === 0)
            throw new VoeError('INVALID_ARGUMENT', 'no clips to predict');
        const { speakerNorm } = this;
        const normalised = normaliseBySpeaker(clips, clips.map(() => 'speaker'), speakerNorm, this.networks[0].config.activeTopDb);
        return normalised.map((fs) => this.predictPrepared(fs));
    }
    predictPrepared(fs) {
        return { ...this.decide(fs), warnings: clipWarnings(fs) };
    }
    decide(fs) {
        const bases = this.networks.map((n) => ({ name: n.config.architecture, classes: n.classes, probs: n.predictProba([fs]) }));
        if (!this.ensemble)
            return { emotion: argmax(asRecord(bases[0].classes, bases[0].probs)), probabilities: asRecord(bases[0].classes, bases[0].probs) };
        if (this.functionalsSvm)
            bases.push({ name: FUNCTIONALS_BASE, classes: this.ensemble.classes, probs: inClassOrder(this.functionalsSvm, [svmFunctionals(fs)], this.ensemble.classes) });
        const base = bases.map((b) => ({ model: b.name, classes: b.classes, probs: b.probs, trainedOnSpeakers: [[]] }));
        const extra = this.ensemble.extraFeatures > 0 ? [svmFunctionals(fs)] : undefined;
        const p = this.ensemble.predictProba(base, { extra });
        const probabilities = asRecord(this.ensemble.classes, p);
        return {
            emotion: argmax(probabilities),
            probabilities,
            base: Object.fromEntries(bases.map((b) => [b.name, asRecord(b.classes, b.probs)])),
        };
    }
    /** The emotion of a WAV file held in memory (any rate, channels and PCM/float format `decodeWav` reads). */
    async predictWavBytes(bytes, name = 'upload') {
        return this.predictFeatures(await featuresFromWavBytes(bytes, this.featureConfig, name));
    }
    async predictFile(path) {
        return this.predictFeatures(await this.featuresOfFile(path));
    }
    /** The features this predictor's models read, of one WAV file. */
    async featuresOfFile(path) {
        const bytes = await readFile(path).catch((e) => {
            throw new VoeError('FILE_NOT_FOUND', `cannot read: ${e instanceof Error ? e.message : String(e)}`, { path });
        });
        return featuresFromWavBytes(bytes, this.featureConfig, path);
    }
    dispose() {
        for (const n of this.networks)
            n.dispose();
        this.ensemble?.dispose();
        this.functionalsSvm?.dispose();
    }
}
/** The stacking variant with the higher mean UA in the folder's metrics.json ('ensemble' if none is recorded). */
function bestStackingVariant(folder) {
    const r = folder.readMetrics();
    if (!r)
        return 'ensemble';
    const candidates = ['ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`].filter((n) => r.models[n] && folder.hasFinalModel(n));
    if (candidates.length === 0)
        return 'ensemble';
    return candidates.reduce((a, b) => (r.models[b].ua.mean > r.models[a].ua.mean ? b : a));
}
/** The SVM's probabilities for `rows` with columns in `classes` order (a class it never saw gets 0). */
function inClassOrder(svm, rows, classes) {
    const out = new Float32Array(rows.length * classes.length);
    placeInto(out, svm.predictProba(rows), rows.map((_, i) => i), svm.classes, classes);
    return out;
}
//# sourceMappingURL=predictor.js.map