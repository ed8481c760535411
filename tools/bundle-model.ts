/**
 * Copies a `voe experiment` results folder's final models into the package's bundled model folder
 * (models/ravdess-speech/ by default), as a results folder in miniature: models/final-{cnn,rnn,<ensemble>} and
 * metrics.json, with the run's absolute paths reduced to folder names (they describe one machine, not the model).
 *
 *   node dist/tools/bundle-model.js <results folder> [--to models/ravdess-speech] [--ensemble ensemble]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExperimentConfig } from '../src/evaluation/experiment-config.js';
import type { ExperimentResults } from '../src/evaluation/results.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string', default: join('models', 'ravdess-speech') }, ensemble: { type: 'string', default: 'ensemble' } },
});
const from = positionals[0];
if (!from) throw new Error('usage: bundle-model <results folder> [--to <dir>] [--ensemble <name>]');
const models = ['cnn', 'rnn', values.ensemble].map((m) => `final-${m}`);
for (const m of models) if (!existsSync(join(from, 'models', m))) throw new Error(`${from} has no models/${m}: not a finished \`voe experiment\` folder`);

const to = resolve(values.to);
for (const m of models) {
  rmSync(join(to, 'models', m), { recursive: true, force: true });
  mkdirSync(join(to, 'models'), { recursive: true });
  cpSync(join(from, 'models', m), join(to, 'models', m), { recursive: true });
}
const metrics = JSON.parse(readFileSync(join(from, 'metrics.json'), 'utf8')) as ExperimentResults;
const name = (p: string) => basename(p);
metrics.corpus.root = name(metrics.corpus.root);
const config = metrics.config as ExperimentConfig;
metrics.config = { ...config, data: typeof config.data === 'string' ? name(config.data) : config.data.map(name), out: name(config.out), cacheRoot: name(config.cacheRoot) };
writeFileSync(join(to, 'metrics.json'), `${JSON.stringify(metrics, null, 1)}\n`);
const left = JSON.stringify(metrics).match(/"\/[^"]*"/g);
if (left) throw new Error(`absolute paths left in metrics.json: ${left.slice(0, 3).join(', ')}`);
console.log(`bundled ${models.join(', ')} and metrics.json into ${to}`);
