import type { Command } from 'commander';
/** `voe predict`: the emotion of each given WAV file, from a results folder's final models or one saved network. */
export declare function registerPredictCommand(program: Command): void;
