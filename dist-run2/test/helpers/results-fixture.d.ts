import type { ExperimentResults } from '../../src/scoring/results.js';
export interface FixtureModel {
    name: string;
    /** Probability of a correct prediction for an average clip (scaled per class and speaker). */
    accuracy: number;
    description?: string;
    role?: 'base' | 'ensemble';
    /** Training curves for this model (base models). */
    curves?: boolean;
}
export interface FixtureOptions {
    models?: FixtureModel[];
    /** Label the split as the leaky random split. */
    leaky?: boolean;
    /** Add an emotion ('surprised') that has no clips at all. */
    emptyClass?: boolean;
    /** Drop every training curve. */
    noCurves?: boolean;
    folds?: number;
    speakersPerFold?: number;
    /** Clips per speaker and emotion. */
    clips?: number;
    seed?: number;
}
export declare const FIXTURE_MODELS: FixtureModel[];
export declare function resultsFixture(options?: FixtureOptions): ExperimentResults;
