import type { Command } from 'commander';
import { resolve } from 'node:path';
import { bundledModelDir } from '../predict/bundled.js';
import { webSiteFiles, writeWebSite } from '../serve/web-site.js';

/** `voe export-web`: the predictor as a static site that runs entirely in the browser (see src/serve/web-site.ts). */
export function registerExportWebCommand(program: Command): void {
  program
    .command('export-web')
    .description('write a static web site that classifies the microphone or a dropped file entirely in the browser (no server; works offline)')
    .requiredOption('--out <dir>', 'folder to write the site into (new, empty, or an earlier export)')
    .option('--model <dir>', 'results folder of `voe experiment`, one model folder, or "bundled" (default: the bundled RAVDESS model)')
    .option('--ensemble <name>', 'the model the page uses: a stacking variant, cnn, rnn, average or svm-functionals (default: the one with the best cross-validated UA)')
    .action((opts: { out: string; model?: string; ensemble?: string }) => {
      const dir = opts.model === undefined || opts.model === 'bundled' ? bundledModelDir() : resolve(opts.model);
      const files = webSiteFiles(dir, { ensemble: opts.ensemble });
      const out = resolve(opts.out);
      writeWebSite(files, out);
      const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
      process.stderr.write(`voe export-web: ${files.size} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, model from ${dir}\n`);
      // The folder alone on stdout, so a script can read it.
      process.stdout.write(`${out}\n`);
    });
}
