/**
 * The shape of an experiment's results, as written to `metrics.json` and read by the report. One type shared by
 * the experiment runner (which fills it from measured predictions) and the report (which only reads it), so the
 * report can be rendered again from a saved results folder.
 */
import type { MeanStd, Metrics } from './metrics.js';
import type { Comparison } from './significance.js';
export type { Comparison } from './significance.js';
/** One model's scores on one outer fold's test speakers. */
export interface FoldScore extends Metrics {
    fold: number;
    testSpeakers: string[];
}
export interface ModelResults {
    /** Short id: 'cnn', 'rnn', 'ensemble', 'average', 'svm-functionals', … */
    name: string;
    /** One line for tables: what the model is. */
    description: string;
    /**
     * Optional: 'ensemble' for a model that combines others (stacking, averaging), 'base' for one trained on features.
     * The report's recommendations compare the best ensemble with the best base model; when absent, the report
     * guesses from the name ('ensemble', 'stack', 'average', 'vote' → ensemble).
     */
    role?: 'base' | 'ensemble';
    /** Per outer fold, in fold order. */
    folds: FoldScore[];
    /** Mean ± sample std over folds. */
    wa: MeanStd;
    ua: MeanStd;
    macroF1: MeanStd;
    /** Every test prediction of every fold pooled into one confusion matrix. */
    pooled: Metrics;
}
/** One epoch of one base-model training run (for the training-curve plots). */
export interface CurvePoint {
    epoch: number;
    loss: number;
    valUa: number | null;
}
export interface TrainingCurve {
    /** 'cnn' | 'rnn' */
    model: string;
    /** Which training run: e.g. 'outer 1 / inner 2', 'final'. */
    run: string;
    points: CurvePoint[];
    bestEpoch: number;
}
/** One model's scores on the clips of one vocal channel (speech or song), over the classes that channel has. */
export interface ChannelScore {
    /** Test clips of this channel, pooled over folds. */
    n: number;
    classes: string[];
    /** Over the folds that hold clips of this channel. */
    wa: MeanStd;
    ua: MeanStd;
    macroF1: MeanStd;
    pooled: {
        wa: number;
        ua: number;
        macroF1: number;
    };
}
export interface ExperimentResults {
    /** Format tag so a reader can refuse what it does not understand. */
    kind: 'voe-experiment-results';
    version: 1;
    corpus: {
        name: string;
        root: string;
        utterances: number;
        speakers: number;
        emotions: Record<string, number>;
        skipped: number;
        /** Clips per vocal channel ('speech', 'song') where the corpus names it (RAVDESS); absent elsewhere. */
        channels?: Record<string, number>;
    };
    /** Split description: label is printed with every number (e.g. "speaker-independent, 6 folds of whole speakers"). */
    protocol: {
        name: string;
        label: string;
        leaky: boolean;
        folds: {
            index: number;
            testSpeakers: string[];
        }[];
    };
    classes: string[];
    seed: number;
    /** Results per model id; the report orders them as given. */
    models: Record<string, ModelResults>;
    comparisons: Comparison[];
    /** With more than one vocal channel: each model scored on each channel's clips alone (model → channel → score). */
    channels?: Record<string, Record<string, ChannelScore>>;
    curves: TrainingCurve[];
    /** How each number was made, printed verbatim in the report's method section. */
    method: string[];
    machine: {
        cores: number;
        cpu: string;
        node: string;
        backend: string;
    };
    wallSeconds: number;
    startedAt: string;
    /** The full experiment config, as saved in config.json. */
    config: unknown;
}
