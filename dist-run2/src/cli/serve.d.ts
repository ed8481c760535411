import type { Command } from 'commander';
/** `voe serve`: the live microphone page and the prediction API, over a results folder's models or the bundled one. */
export declare function registerServeCommand(program: Command): void;
