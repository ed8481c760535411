/**
 * Copies a `voe experiment` results folder's final models into the package's bundled model folder
 * (models/ravdess-speech/ by default), as a results folder in miniature: models/final-{cnn,rnn,<ensemble>} and
 * metrics.json, with the run's absolute paths reduced to folder names (they describe one machine, not the model).
 *
 *   node dist/tools/bundle-model.js <results folder> [--to models/ravdess-speech] [--ensemble ensemble]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ResultsFolder } from '../src/predict/results-folder.js';
const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { to: { type: 'string', default: join('models', 'ravdess-speech') }, ensemble: { type: 'string', default: 'ensemble' } },
});
const from = positionals[0];
if (!from)
    throw new Error('usage: bundle-model <results folder> [--to <dir>] [--ensemble <name>]');
const source = new ResultsFolder(from);
const models = ['cnn', 'rnn', values.ensemble];
for (const m of models)
    if (!source.hasFinalModel(m))
        throw new Error(`${from} has no ${source.finalModelDir(m)}: not a finished \`voe experiment\` folder`);
const target = new ResultsFolder(values.to);
const to = target.root;
for (const m of models) {
    rmSync(target.finalModelDir(m), { recursive: true, force: true });
    mkdirSync(target.modelsDir, { recursive: true });
    cpSync(source.finalModelDir(m), target.finalModelDir(m), { recursive: true });
}
const metrics = source.readMetrics();
if (!metrics)
    throw new Error(`${from} has no metrics.json: not a finished \`voe experiment\` folder`);
const name = (p) => basename(p);
metrics.corpus.root = name(metrics.corpus.root);
const config = metrics.config;
metrics.config = { ...config, data: typeof config.data === 'string' ? name(config.data) : config.data.map(name), out: name(config.out), cacheRoot: name(config.cacheRoot) };
writeFileSync(target.metricsPath, `${JSON.stringify(metrics, null, 1)}\n`);
const left = JSON.stringify(metrics).match(/"\/[^"]*"/g);
if (left)
    throw new Error(`absolute paths left in metrics.json: ${left.slice(0, 3).join(', ')}`);
console.log(`bundled ${models.join(', ')} and metrics.json into ${to}`);
//# sourceMappingURL=bundle-model.js.map