import type { ExperimentConfigInput } from '../../src/evaluation/experiment-config.js';
export declare const TINY_DATA = "data/ravdess-speech-16k";
export declare const TINY_CLIPS = 90;
export declare function tinyCorpus(root: string): string;
/** Small networks and SVM grid, three folds: the settings of a CI-sized experiment (flat, as in config.json). */
export declare function tinySettings(root: string): ExperimentConfigInput & {
    data: string;
    out: string;
};
