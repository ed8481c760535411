/**
 * The prose of a run's method section and model descriptions, written from its config and split: what the report
 * prints verbatim under "Method", and the one-line description of each base network.
 */
import type { Architecture, TrainConfig } from '../../models/config.js';
import type { Split } from '../../scoring/folds.js';
import { type ExperimentConfig } from '../experiment-config.js';
/** One line per base network: what it is. */
export declare const DESCRIPTIONS: Record<Architecture, (c: TrainConfig) => string>;
/** The split's label, and the speaker normalisation when there is one: it changes what the numbers mean. */
export declare function protocolLabel(split: Pick<Split, 'label'>, cfg: Pick<ExperimentConfig, 'speakerNorm'>): string;
/** The method section: split, normalisation, each network's training, the nested design and the stacking step's own lines. */
export declare function methodLines(cfg: ExperimentConfig, split: Split, stackingMethod: string[] | null): string[];
