import type { Command } from 'commander';
/** Every `voe` sub-command, registered in the order `voe --help` lists them (one module each under src/cli/). */
export declare function registerCommands(program: Command): void;
