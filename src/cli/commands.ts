import type { Command } from 'commander';

/** Every `voe` sub-command, registered in the order `voe --help` lists them. */
export function registerCommands(_program: Command): void {
  // Sub-commands register here (one module each under src/cli/).
}
