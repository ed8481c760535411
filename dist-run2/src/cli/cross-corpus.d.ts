/**
 * `voe evaluate`: a trained model (a results folder, a model folder, or the bundled model) scored on another
 * labelled corpus. Thin: parse options, run src/evaluation/cross-corpus.ts, print and write its report.
 */
import type { Command } from 'commander';
export declare function registerCrossCorpusCommand(program: Command): void;
