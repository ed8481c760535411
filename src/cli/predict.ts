import type { Command } from 'commander';
import { resolve } from 'node:path';
import { isVoeError } from '../errors.js';
import { bundledModelDir } from '../evaluation/bundled.js';
import { EmotionPredictor } from '../evaluation/predictor.js';

/** `voe predict`: the emotion of each given WAV file, from a results folder's final models or one saved network. */
export function registerPredictCommand(program: Command): void {
  program
    .command('predict')
    .description('predict the emotion of WAV files with the final models of a `voe experiment` results folder (or one saved model folder)')
    .argument('<files...>', 'WAV files')
    .option('--model <dir>', 'results folder of `voe experiment` (uses its stacking ensemble), or a model folder such as <results>/models/final-cnn (default: the bundled RAVDESS model)')
    .option('--ensemble <name>', 'stacking variant: ensemble | ensemble+functionals (default: the one with the higher cross-validated UA)')
    .option('--json', 'print one JSON object per file')
    .action(async (files: string[], opts: { model?: string; ensemble?: string; json?: boolean }) => {
      const predictor = await EmotionPredictor.load(opts.model === undefined ? bundledModelDir() : resolve(opts.model), opts.ensemble);
      let failed = 0;
      for (const file of files) {
        try {
          const p = await predictor.predictFile(resolve(file));
          if (opts.json) {
            process.stdout.write(`${JSON.stringify({ path: file, model: predictor.name, ...p })}\n`);
          } else {
            const top = Object.entries(p.probabilities).sort((a, b) => b[1] - a[1]).slice(0, 3);
            process.stdout.write(`${file}: ${p.emotion} (${top.map(([c, v]) => `${c} ${(100 * v).toFixed(0)} %`).join(', ')})\n`);
          }
        } catch (e) {
          if (!isVoeError(e)) throw e;
          failed++;
          if (opts.json) process.stdout.write(`${JSON.stringify({ path: file, error: e.message, code: e.code })}\n`);
          else process.stderr.write(`voe: error [${e.code}]: ${e.message.startsWith(file) || e.path ? e.message : `${file}: ${e.message}`}\n`);
        }
      }
      predictor.dispose();
      process.exitCode = failed ? 2 : 0;
    });
}
