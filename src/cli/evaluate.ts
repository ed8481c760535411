/**
 * `voe train`, `voe compare` and `voe experiment`: three views of one runner (src/evaluation/experiment.ts) that
 * differ in which models run and whether the stacking ensemble is built. Thin: parse options, show progress, print
 * the results table.
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { toCorpusName } from '../corpus/index.js';
import { VoeError } from '../errors.js';
import { experimentConfig, type ExperimentConfig } from '../evaluation/experiment-config.js';
import { runExperiment } from '../evaluation/experiment.js';
import type { SplitProtocol } from '../evaluation/folds.js';
import { formatPercent } from '../evaluation/metrics.js';
import type { ExperimentResults } from '../evaluation/results.js';
import { writeReport } from '../evaluation/report.js';
import { DEFAULT_TRAIN_CONFIG, type Architecture, type TrainConfig } from '../models/config.js';
import { DEFAULT_CACHE_ROOT, parsePositiveInt } from './options.js';
import { createProgress, type ProgressReporter } from './progress.js';

interface EvaluateOptions {
  data: string;
  corpus?: string;
  out?: string;
  cache: string;
  folds: string;
  protocol: string;
  model?: string;
  epochs?: string;
  rnnLayers?: string;
  rnnConv?: string;
  cnnPooling?: string;
  labelSmoothing?: string;
  speeds?: string;
  noise?: string;
  speakerNorm: string;
  seed: string;
  workers?: string;
  final?: boolean;
  stackingInputs?: string;
  stackFunctionalsSvm?: boolean;
  report?: boolean;
  json?: boolean;
  quiet?: boolean;
}

const PROTOCOLS: Record<string, SplitProtocol> = {
  'speaker-folds': 'speaker-folds',
  loso: 'leave-one-speaker-out',
  'leave-one-speaker-out': 'leave-one-speaker-out',
  'random-leaky': 'random-leaky',
};

function addCommonOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--data <dir>', 'folder of WAV files (RAVDESS, TESS, CREMA-D, SAVEE, EMO-DB or folder-per-label)')
    .option('--corpus <name>', 'corpus naming convention (default: detected from the file names)')
    .option('--out <dir>', 'results folder (default: results/<command>-<corpus>); rerun with the same folder to resume')
    .option('--cache <dir>', 'feature cache folder', DEFAULT_CACHE_ROOT)
    .option('--folds <n>', 'outer folds of whole speakers', '6')
    .option(
      '--protocol <name>',
      'speaker-folds (default) | loso (leave one speaker out) | random-leaky (speaker-DEPENDENT random split of the original study, labelled leaky)',
      'speaker-folds',
    )
    .option('--epochs <n>', 'epochs per training (an upper bound when validation speakers stop it early)')
    .option('--rnn-layers <n>', 'stacked recurrent layers of the RNN (default 1; 2 scored 2.5 UA points more on RAVDESS at twice the time)')
    .option('--rnn-conv <filters>', 'Conv1D front-end of the RNN (a CRNN), filters per block (default 64; none = a plain BiGRU, 4.2 UA points lower on RAVDESS at 0.6× the time)')
    .option('--cnn-pooling <mode>', 'how the CNN pools over time: mean (default) | stats (mean and standard deviation) | attention')
    .option('--label-smoothing <eps>', 'label smoothing of both networks\' training targets, 0 (default, off) to 0.5')
    .option('--speeds <factors>', 'speed perturbation of the training clips, e.g. 0.9,1.1 (none = off; default: the config\'s)')
    .option('--noise <copies>', 'noisy copies of each training clip, white noise at 10–30 dB SNR (default 0, none)')
    .option(
      '--speaker-norm <mode>',
      'per-speaker normalisation of every input: none (default) | mean | zscore (also turns gain augmentation off); uses each test speaker\'s unlabelled clips, and the results say so',
      'none',
    )
    .option('--seed <n>', 'seed of every random choice', '1')
    .option('--workers <n>', 'training worker threads (default: one per core)')
    .option('--json', 'print the metrics as one JSON object on stdout')
    .option('--quiet', 'no progress output');
}

export function registerEvaluateCommands(program: Command): void {
  addCommonOptions(
    program
      .command('train')
      .description('cross-validate one model speaker-independently; fold models and metrics land in the results folder')
      .requiredOption('--model <name>', 'cnn | rnn'),
  )
    .option('--final', 'also train the model on every clip and save it (models/final-<model>)')
    .action(async (opts: EvaluateOptions) => {
      const model = parseModel(opts.model!);
      await evaluate('train', opts, { design: 'folds', models: [model], final: !!opts.final, functionalsBaseline: false });
    });

  addCommonOptions(
    program.command('compare').description('the CNN and the RNN on identical speaker-independent folds, with paired significance tests'),
  )
    .option('--final', 'also train both models on every clip and save them')
    .action(async (opts: EvaluateOptions) => {
      await evaluate('compare', opts, { design: 'folds', models: ['cnn', 'rnn'], final: !!opts.final, functionalsBaseline: false });
    });

  addCommonOptions(
    program
      .command('experiment')
      .description(
        'the main job: CNN and RNN by nested speaker-independent cross-validation, an SVM stacked on their out-of-fold probabilities, baselines, significance tests, final models and a report',
      ),
  )
    .option('--stacking-inputs <what>', 'the SVM\'s inputs: probs (default) | probs+functionals | both (one ensemble each)', 'probs')
    .option('--stack-functionals-svm', 'also build ensemble+svm-functionals: the SVM stacked on the functionals SVM\'s out-of-fold probabilities too, as a third base model')
    .action(async (opts: EvaluateOptions) => {
      const inputs = opts.stackingInputs;
      if (inputs !== 'probs' && inputs !== 'probs+functionals' && inputs !== 'both') {
        throw new VoeError('INVALID_ARGUMENT', `--stacking-inputs must be probs, probs+functionals or both, got "${inputs}"`);
      }
      await evaluate('experiment', opts, { design: 'nested', models: ['cnn', 'rnn'], final: true, functionalsBaseline: true, stacking: { inputs, functionalsSvmBase: !!opts.stackFunctionalsSvm } });
    });
}

/** The RNN architecture flags as a training-config override; none given, no override. */
function rnnOverrides(opts: EvaluateOptions): Partial<TrainConfig> {
  if (opts.rnnLayers === undefined && opts.rnnConv === undefined) return {};
  const rnn = { ...DEFAULT_TRAIN_CONFIG.rnn };
  if (opts.rnnLayers !== undefined) rnn.layers = parsePositiveInt(opts.rnnLayers, '--rnn-layers');
  if (opts.rnnConv !== undefined) {
    rnn.convFilters = opts.rnnConv.trim() === 'none' ? [] : opts.rnnConv.split(',').map((f) => parsePositiveInt(f.trim(), '--rnn-conv'));
  }
  return { rnn };
}

/** The CNN architecture flags as a training-config override; none given, no override. */
function cnnOverrides(opts: EvaluateOptions): Partial<TrainConfig> {
  if (opts.cnnPooling === undefined) return {};
  const pooling = opts.cnnPooling;
  if (pooling !== 'mean' && pooling !== 'stats' && pooling !== 'attention') {
    throw new VoeError('INVALID_ARGUMENT', `--cnn-pooling must be mean, stats or attention, got "${pooling}"`);
  }
  return { cnn: { ...DEFAULT_TRAIN_CONFIG.cnn, pooling } };
}

function parseSpeeds(list: string): number[] {
  if (list.trim() === 'none') return [];
  const speeds = list.split(',').map((f) => Number(f.trim()));
  for (const s of speeds) {
    if (!(Number.isFinite(s) && s >= 0.5 && s <= 2) || s === 1) {
      throw new VoeError('INVALID_ARGUMENT', `--speeds takes factors between 0.5 and 2 other than 1 (the clip itself is always used), or none; got "${list}"`);
    }
  }
  return [...new Set(speeds)].sort((a, b) => a - b);
}

function parseModel(name: string): Architecture {
  if (name === 'cnn' || name === 'rnn') return name;
  throw new VoeError('INVALID_ARGUMENT', `--model must be cnn or rnn, got "${name}"`);
}

async function evaluate(
  command: string,
  opts: EvaluateOptions,
  shape: Pick<ExperimentConfig, 'design' | 'models' | 'final' | 'functionalsBaseline'> & { stacking?: Pick<ExperimentConfig['stacking'], 'inputs' | 'functionalsSvmBase'> },
) {
  const protocol = PROTOCOLS[opts.protocol];
  if (!protocol) throw new VoeError('INVALID_ARGUMENT', `--protocol must be one of ${Object.keys(PROTOCOLS).join(', ')}, got "${opts.protocol}"`);
  const corpus = opts.corpus === undefined ? undefined : toCorpusName(opts.corpus);
  const epochs = opts.epochs === undefined ? undefined : parsePositiveInt(opts.epochs, '--epochs');
  const trainOverrides: Partial<TrainConfig> = epochs === undefined ? {} : { epochs };
  if (opts.labelSmoothing !== undefined) {
    const eps = Number(opts.labelSmoothing);
    if (!(opts.labelSmoothing.trim() !== '' && Number.isFinite(eps) && eps >= 0 && eps <= 0.5)) {
      throw new VoeError('INVALID_ARGUMENT', `--label-smoothing takes a number from 0 to 0.5, got "${opts.labelSmoothing}"`);
    }
    trainOverrides.labelSmoothing = eps;
  }
  if (opts.speeds !== undefined || opts.noise !== undefined) {
    trainOverrides.augment = {
      ...DEFAULT_TRAIN_CONFIG.augment,
      ...(opts.speeds === undefined ? {} : { speeds: parseSpeeds(opts.speeds) }),
      ...(opts.noise === undefined ? {} : { noiseCopies: parsePositiveInt(opts.noise, '--noise', true) }),
    };
  }
  const seed = parsePositiveInt(opts.seed, '--seed', true);
  const speakerNorm = opts.speakerNorm;
  if (speakerNorm !== 'none' && speakerNorm !== 'mean' && speakerNorm !== 'zscore') {
    throw new VoeError('INVALID_ARGUMENT', `--speaker-norm must be none, mean or zscore, got "${speakerNorm}"`);
  }
  const dataName = resolve(opts.data).split(/[\\/]/).filter(Boolean).pop() ?? 'data';
  const cfg = experimentConfig({
    ...shape,
    data: resolve(opts.data),
    corpus,
    out: resolve(opts.out ?? join('results', `${command}-${dataName}${speakerNorm === 'none' ? '' : `-spk${speakerNorm}`}${protocol === 'random-leaky' ? '-LEAKY' : ''}`)),
    cacheRoot: resolve(opts.cache),
    folds: parsePositiveInt(opts.folds, '--folds'),
    protocol,
    seed,
    speakerNorm,
    workers: opts.workers === undefined ? undefined : parsePositiveInt(opts.workers, '--workers'),
    cnn: { ...trainOverrides, ...cnnOverrides(opts) } as TrainConfig,
    rnn: { ...trainOverrides, ...rnnOverrides(opts) } as TrainConfig,
  });

  // Before any work (feature extraction takes minutes): the splitter would refuse it only after.
  if (cfg.protocol !== 'leave-one-speaker-out' && cfg.folds < 2) throw new VoeError('INVALID_ARGUMENT', `--folds must be at least 2, got ${cfg.folds}`);
  const quiet = !!opts.quiet;
  const say = (line: string) => {
    if (!quiet) process.stderr.write(`${line}\n`);
  };
  say(`voe ${command}: results in ${cfg.out}`);
  const controller = new AbortController();
  const onSigint = (): void => {
    say('interrupted: finished trainings are saved; run the same command again to resume');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  let features: ProgressReporter | null = null;
  let featureVersion = '';
  let jobs: ProgressReporter | null = null;
  let phase = '';
  let outcome;
  try {
    outcome = await runExperiment(cfg, {
      log: say,
      signal: controller.signal,
      onFeatures: (p) => {
        if (quiet) return;
        if (p.perturbation !== featureVersion) {
          features?.stop();
          features = null;
          featureVersion = p.perturbation;
        }
        features ??= createProgress(p.perturbation === '' ? 'features' : `features (${p.perturbation})`, p.total);
        const speed = p.elapsedSeconds > 0 ? p.audioSeconds / p.elapsedSeconds : 0;
        features.update(p.done, { unit: 'files', detail: `${speed.toFixed(0)}× real time, ${p.cached} cached, ${p.failed} failed` });
      },
      onJobs: (name, p) => {
        if (quiet) return;
        if (name !== phase) {
          features?.stop();
          jobs?.stop();
          phase = name;
          jobs = createProgress(name, p.jobsTotal, { lineIntervalSeconds: 15 });
        }
        const e = p.epoch;
        const detail =
          p.kind === 'epoch' && e
            ? `${p.id} epoch ${e.epoch}: loss ${e.loss.toFixed(3)}${e.valUa === null ? '' : `, val UA ${(100 * e.valUa).toFixed(1)} %`}`
            : `${p.id} ${p.kind}`;
        const eta = p.etaSeconds === null ? '' : `, ETA ≈ ${formatDuration(p.etaSeconds)}`;
        jobs!.update(p.jobsDone, { unit: 'trainings', detail: `${detail}${eta}`, ...(p.etaSeconds === null ? {} : { etaSeconds: p.etaSeconds }) });
      },
    });
  } finally {
    (features as ProgressReporter | null)?.stop();
    (jobs as ProgressReporter | null)?.stop();
    process.off('SIGINT', onSigint);
  }
  if (outcome.interrupted || !outcome.results) {
    process.exitCode = 130;
    return;
  }
  const results = outcome.results;
  await writeReport(cfg.out, results);
  if (opts.json) process.stdout.write(`${JSON.stringify(summaryJson(results))}\n`);
  else process.stdout.write(resultsTable(results));
  process.exitCode = 0;
}

function formatDuration(seconds: number): string {
  return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds)} s`;
}

function summaryJson(r: ExperimentResults) {
  const models: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(r.models)) {
    models[name] = { wa: m.wa, ua: m.ua, macroF1: m.macroF1, pooledUa: m.pooled.ua, description: m.description };
  }
  return { protocol: r.protocol.label, leaky: r.protocol.leaky, classes: r.classes, seed: r.seed, models, comparisons: r.comparisons, wallSeconds: r.wallSeconds, backend: r.machine.backend };
}

export function resultsTable(r: ExperimentResults): string {
  const rows = Object.values(r.models).map((m) => [m.name, formatPercent(m.wa), formatPercent(m.ua), formatPercent(m.macroF1)]);
  const header = ['model', 'WA %', 'UA %', 'macro-F1 %'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) => row.map((v, i) => v.padEnd(widths[i])).join('  ');
  const lines = [
    `${r.protocol.label}${r.protocol.leaky ? '  ** speaker-dependent (leaky): not a measure of generalisation to new speakers **' : ''}`,
    `mean ± std over ${r.protocol.folds.length} folds, seed ${r.seed}, ${r.corpus.utterances} clips, wall ${r.wallSeconds.toFixed(0)} s`,
    `backend: ${r.machine.backend}`,
    fmt(header),
    ...rows.map(fmt),
  ];
  for (const c of r.comparisons) {
    lines.push(`${c.a} vs ${c.b}: McNemar p = ${c.mcnemar.pValue.toPrecision(3)}, fold t-test p = ${c.folds.pValue.toPrecision(3)}`);
  }
  return `${lines.join('\n')}\n`;
}
