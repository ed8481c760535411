import type { Command } from 'commander';
import { resolve } from 'node:path';
import { isVoeError } from '../errors.js';
import { bundledModelDir } from '../predict/bundled.js';
import { EmotionPredictor, type Prediction } from '../predict/predictor.js';
import type { FeatureSet } from '../features/feature-set.js';

/** `voe predict`: the emotion of each given WAV file, from a results folder's final models or one saved network. */
export function registerPredictCommand(program: Command): void {
  program
    .command('predict')
    .description('predict the emotion of WAV files with the final models of a `voe experiment` results folder (or one saved model folder)')
    .argument('<files...>', 'WAV files')
    .option('--model <dir>', 'results folder of `voe experiment` (uses its stacking ensemble), or a model folder such as <results>/models/final-cnn (default: the bundled RAVDESS model)')
    .option('--ensemble <name>', 'which model of a results folder decides: ensemble | ensemble+functionals | ensemble+svm-functionals (stacking variants), cnn | rnn | average | svm-functionals (base models); those the folder saved (default: the report\'s best, by cross-validated UA)')
    .option('--same-speaker', 'the files are all one speaker: required by models trained with --speaker-norm, which normalise the speaker by these clips together')
    .option('--json', 'print one JSON object per file')
    .action(async (files: string[], opts: { model?: string; ensemble?: string; sameSpeaker?: boolean; json?: boolean }) => {
      const predictor = await EmotionPredictor.load(opts.model === undefined ? bundledModelDir() : resolve(opts.model), opts.ensemble);
      if (!opts.sameSpeaker) {
        try {
          predictor.assertPredictsSingleClips('without --same-speaker each file is predicted alone');
        } catch (e) {
          predictor.dispose();
          throw e;
        }
      }
      let failed = 0;
      let bugs = 0;
      const report = (file: string, p: Prediction) => {
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ path: file, model: predictor.name, ...p })}\n`);
        } else {
          const top = Object.entries(p.probabilities).sort((a, b) => b[1] - a[1]).slice(0, 3);
          process.stdout.write(`${file}: ${p.emotion} (${top.map(([c, v]) => `${c} ${(100 * v).toFixed(0)} %`).join(', ')})\n`);
          for (const w of p.warnings) process.stdout.write(`  warning [${w.code}]: ${w.message}\n`);
        }
      };
      const fail = (file: string, e: unknown) => {
        if (!isVoeError(e)) {
          // A bug, but this file's: reported with its stack, and the other files are still predicted.
          bugs++;
          process.stderr.write(`voe: internal error (a bug; please report it) on ${file}:\n${e instanceof Error ? e.stack : String(e)}\n`);
          return;
        }
        failed++;
        if (opts.json) process.stdout.write(`${JSON.stringify({ path: file, error: e.message, code: e.code })}\n`);
        else process.stderr.write(`voe: error [${e.code}]: ${e.message.startsWith(file) || e.path ? e.message : `${file}: ${e.message}`}\n`);
      };
      if (opts.sameSpeaker) {
        // Every readable file joins the speaker's statistics; a bad one is reported and left out.
        const good: { file: string; fs: FeatureSet }[] = [];
        for (const file of files) {
          try {
            good.push({ file, fs: await predictor.featuresOfFile(resolve(file)) });
          } catch (e) {
            fail(file, e);
          }
        }
        if (good.length > 0) predictor.predictSpeaker(good.map((g) => g.fs)).forEach((p, i) => report(good[i].file, p));
      } else {
        for (const file of files) {
          try {
            report(file, await predictor.predictFile(resolve(file)));
          } catch (e) {
            fail(file, e);
          }
        }
      }
      predictor.dispose();
      process.exitCode = bugs ? 1 : failed ? 2 : 0;
    });
}
