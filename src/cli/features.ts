import type { Command } from 'commander';
import { resolve } from 'node:path';
import { featureConfig, type FeatureConfig } from '../config.js';
import { scanCorpora, toCorpusName } from '../corpus/index.js';
import { extractCorpus } from '../features/batch.js';
import { VoeError } from '../errors.js';
import { createProgress } from './progress.js';
import { collectFolders, DEFAULT_CACHE_ROOT, parsePositiveInt } from './options.js';

export function registerFeaturesCommand(program: Command): void {
  program
    .command('features')
    .description('extract and cache the default feature set for every clip of a corpus, in parallel')
    .requiredOption('--data <dir>', 'folder of WAV files (RAVDESS, TESS, CREMA-D, SAVEE, EMO-DB or folder-per-label); repeat it for a corpus spread over several folders', collectFolders)
    .option('--corpus <name>', 'corpus naming convention (default: detected from the file names)')
    .option('--cache <dir>', 'feature cache folder', DEFAULT_CACHE_ROOT)
    .option('--workers <n>', 'worker threads (default: one per core; 0 = in this thread)')
    .option('--config <json>', 'feature config overrides as JSON, e.g. \'{"n_mels":40}\'')
    .option('--json', 'print one JSON summary object on stdout')
    .option('--allow-failures', 'exit 0 even when some files failed (by default any failed file makes the exit status 2)')
    .action(async (opts: FeaturesOptions) => {
      const summary = await runFeatures(opts);
      process.exitCode = summary.interrupted ? 130 : summary.failed.length > 0 && !opts.allowFailures ? 2 : 0;
    });
}

interface FeaturesOptions {
  data: string[];
  corpus?: string;
  cache: string;
  workers?: string;
  config?: string;
  json?: boolean;
  allowFailures?: boolean;
}

async function runFeatures(opts: FeaturesOptions) {
  const config = parseConfigOverrides(opts.config);
  const scan = await scanCorpora(opts.data, { corpus: opts.corpus === undefined ? undefined : toCorpusName(opts.corpus) });
  const paths = scan.utterances.map((u) => u.path);
  const progress = createProgress('features', paths.length);
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  let summary;
  try {
    summary = await extractCorpus(paths, {
      config,
      cacheRoot: resolve(opts.cache),
      workers: opts.workers === undefined ? undefined : parsePositiveInt(opts.workers, '--workers', true),
      signal: controller.signal,
      onProgress: (p) => {
        const speed = p.elapsedSeconds > 0 ? p.audioSeconds / p.elapsedSeconds : 0;
        progress.update(p.done, {
          unit: 'files',
          detail: `${speed.toFixed(0)}× real time, ${p.cached} cached, ${p.failed} failed`,
        });
      },
    });
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
  }
  const failed = [...scan.skipped.map((s) => ({ path: s.path, reason: `skipped by the corpus scan: ${s.reason}` })), ...summary.failed];
  if (opts.json) {
    const { outcomes: _outcomes, ...rest } = summary;
    process.stdout.write(
      `${JSON.stringify({ corpus: scan.corpus, ...rest, failed, xRealTime: summary.audioSeconds / summary.wallSeconds, config })}\n`,
    );
  } else {
    const lines = [
      `${summary.files} files (${scan.corpus}): ${summary.extracted} extracted, ${summary.cached} from cache, ${failed.length} failed or skipped`,
      `${(summary.audioSeconds / 60).toFixed(1)} min of audio in ${summary.wallSeconds.toFixed(2)} s wall ` +
        `(${(summary.audioSeconds / summary.wallSeconds).toFixed(0)}× real time, ${summary.workers} workers)`,
      `cache: ${summary.cacheDir}`,
    ];
    if (summary.interrupted) lines.push('interrupted: what was computed is cached; run the same command again to resume');
    for (const w of summary.warnings) lines.push(`warning: ${w}`);
    for (const group of summary.duplicates) lines.push(`warning: identical audio in ${group.join(' and ')}`);
    for (const f of failed) lines.push(`failed: ${f.path}: ${f.reason}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return summary;
}

function parseConfigOverrides(json: string | undefined): FeatureConfig {
  if (!json) return featureConfig();
  let overrides: unknown;
  try {
    overrides = JSON.parse(json);
  } catch (e) {
    throw new VoeError('INVALID_ARGUMENT', `--config is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new VoeError('INVALID_ARGUMENT', '--config must be a JSON object of FeatureConfig fields');
  }
  const base = featureConfig();
  for (const key of Object.keys(overrides)) {
    if (!(key in base)) {
      throw new VoeError('INVALID_ARGUMENT', `--config: unknown field "${key}"; known: ${Object.keys(base).join(', ')}`);
    }
  }
  return featureConfig(overrides as Partial<FeatureConfig>);
}
