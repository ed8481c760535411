/**
 * `voe train`, `voe compare` and `voe experiment`: three views of one runner (src/evaluation/experiment.ts) that
 * differ in which models run and whether the stacking ensemble is built. Thin: parse options, show progress, print
 * the results table.
 */
import type { Command } from 'commander';
import { type ExperimentConfig, type ExperimentConfigInput } from '../evaluation/experiment-config.js';
import type { ExperimentResults } from '../scoring/results.js';
interface EvaluateOptions {
    config?: string;
    data?: string[];
    corpus?: string;
    out?: string;
    cache?: string;
    folds?: string;
    protocol?: string;
    model?: string;
    epochs?: string;
    rnnLayers?: string;
    rnnConv?: string;
    cnnPooling?: string;
    labelSmoothing?: string;
    speeds?: string;
    noise?: string;
    speakerNorm?: string;
    seed?: string;
    workers?: string;
    final?: boolean;
    stackingInputs?: string;
    stackFunctionalsSvm?: boolean;
    report?: boolean;
    json?: boolean;
    quiet?: boolean;
}
export declare function registerEvaluateCommands(program: Command): void;
/** The run's config: defaults, then the --config file, then the command's shape, then the flags; checked before any work. */
export declare function configFromOptions(command: string, opts: EvaluateOptions, shape: ExperimentConfigInput): ExperimentConfig;
export declare function resultsTable(r: ExperimentResults): string;
export {};
