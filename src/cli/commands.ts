import type { Command } from 'commander';
import { registerCorpusCommand } from './corpus.js';
import { registerCrossCorpusCommand } from './cross-corpus.js';
import { registerEvaluateCommands } from './evaluate.js';
import { registerExportWebCommand } from './export-web.js';
import { registerFeaturesCommand } from './features.js';
import { registerPredictCommand } from './predict.js';
import { registerServeCommand } from './serve.js';

/** Every `voe` sub-command, registered in the order `voe --help` lists them (one module each under src/cli/). */
export function registerCommands(program: Command): void {
  registerCorpusCommand(program);
  registerFeaturesCommand(program);
  registerEvaluateCommands(program);
  registerPredictCommand(program);
  registerCrossCorpusCommand(program);
  registerServeCommand(program);
  registerExportWebCommand(program);
}
