import type { CorpusName } from '../corpus/types.js';
import type { EmotionPredictor, PredictorSummary } from '../predict/predictor.js';
export interface CrossCorpusOptions {
    /** Corpus label → model label ('none' leaves the class out of scoring; it still gets a prediction distribution). */
    map?: Record<string, string>;
    corpus?: CorpusName;
    /** Called after each clip. */
    onProgress?: (done: number, total: number) => void;
}
export interface CrossCorpusResults {
    kind: 'voe-cross-corpus-results';
    version: 1;
    model: PredictorSummary & {
        source: string;
    };
    corpus: {
        name: string;
        root: string;
        clips: number;
        skipped: number;
        failed: {
            path: string;
            reason: string;
        }[];
    };
    /** Every mapping that was applied (identity for labels the model shares as they are). */
    map: Record<string, string>;
    /** The model's classes that also occur in the mapped corpus: what is scored. */
    sharedClasses: string[];
    /** The model's classes, the confusion matrix's columns. */
    modelClasses: string[];
    scored: {
        n: number;
        wa: number;
        ua: number;
        macroF1: number;
        /** UA of a classifier guessing uniformly among the shared classes: 1 / sharedClasses. */
        chanceUa: number;
        /** Rows: sharedClasses; columns: modelClasses. */
        confusion: number[][];
        perClass: {
            emotion: string;
            recall: number;
            precision: number;
            f1: number;
            support: number;
        }[];
    };
    /** Classes the model lacks (or mapped to 'none'): corpus label → predicted label → clips. */
    unscored: Record<string, Record<string, number>>;
    /** Clips that got the low-voiced-speech warning, per corpus label (after mapping). */
    warned: Record<string, number>;
}
/** Parses `--map a=b,c=none` into a mapping; refuses malformed pairs. */
export declare function parseClassMap(text: string): Record<string, string>;
export declare function evaluateOnCorpus(predictor: EmotionPredictor, data: string, source: string, options?: CrossCorpusOptions): Promise<CrossCorpusResults>;
