/**
 * Disk faults (issue 20, cases 2 and 4), simulated with an injectable file layer (util/files.ts) rather than a real
 * full disk: in this thread with setFsLayer, in worker threads and child processes with VOE_FS_FAULTS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureConfig } from '../../src/config.js';
import { isVoeError } from '../../src/errors.js';
import { extractCorpus, processFile } from '../../src/features/batch.js';
import { FeatureCache } from '../../src/features/cache.js';
import { experimentConfig } from '../../src/evaluation/experiment-config.js';
import { prepareCorpus } from '../../src/evaluation/prepared-corpus.js';
import { writeReport } from '../../src/evaluation/report.js';
import { faultyFs, setFsLayer, writeFileAtomic } from '../../src/util/files.js';
import { runVoe } from '../helpers/cli.js';
import { resultsFixture } from '../helpers/results-fixture.js';
import { tempDir, wav } from '../helpers/wav-writer.js';

const hasCode = (code: string) => (e: unknown) => isVoeError(e) && e.code === code;

function tone(seconds: number, f0: number): Int16Array {
  const n = Math.round(seconds * 16000);
  return Int16Array.from({ length: n }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * f0 * i) / 16000)));
}

/** A RAVDESS-named corpus of two actors, four emotions each (0.5-s tones). */
function corpus(root: string): string[] {
  const paths: string[] = [];
  for (const actor of ['01', '02']) {
    const dir = join(root, `Actor_${actor}`);
    mkdirSync(dir, { recursive: true });
    for (const [k, f0] of [150, 200, 250, 300].entries()) {
      const path = join(dir, `03-01-0${k + 2}-01-01-01-${actor}.wav`);
      writeFileSync(path, wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone(0.5, f0 + Number(actor)) }));
      paths.push(path);
    }
  }
  return paths;
}

test('ENOSPC during an atomic write: DISK_FULL, the old file intact, no temporary file left', () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    const path = join(dir, 'metrics.json');
    writeFileSync(path, 'old');
    assert.throws(() => writeFileAtomic(path, 'new and longer', faultyFs([{ op: 'write', code: 'ENOSPC' }])), (e: unknown) => hasCode('DISK_FULL')(e) && /no space left/.test((e as Error).message));
    assert.equal(readFileSync(path, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['metrics.json']);
  } finally {
    cleanup();
  }
});

test('a cache write failure is a warning: the file counts as done and its features are used', async () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  const restore = setFsLayer(faultyFs([{ op: 'write', code: 'ENOSPC', match: join(dir, 'cache') }]));
  try {
    const [path] = corpus(join(dir, 'data'));
    const cache = new FeatureCache(join(dir, 'cache'), 'h');
    const outcome = await processFile(path, featureConfig(), cache);
    assert.equal(outcome.ok, true, outcome.reason);
    assert.equal(outcome.frames, 51);
    assert.match(outcome.warnings?.join('\n') ?? '', /cache not written, features used anyway \(DISK_FULL/);
    // Nothing half-written was left in the cache.
    const entries = existsSync(cache.dir) ? readdirSync(cache.dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp') || String(f).endsWith('.voef')) : [];
    assert.deepEqual(entries, []);
  } finally {
    restore();
    cleanup();
  }
});

test('an environmental read failure (EIO) stops the experiment with a coded error instead of dropping the clip', async () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  const paths = corpus(join(dir, 'data'));
  // Through the environment, so that the feature workers (other threads) see the fault too.
  process.env.VOE_FS_FAULTS = JSON.stringify([{ op: 'read', code: 'EIO', match: 'Actor_02' }]);
  try {
    const cfg = experimentConfig({ data: join(dir, 'data'), out: join(dir, 'out'), cacheRoot: join(dir, 'cache'), models: ['cnn'] });
    await assert.rejects(prepareCorpus(cfg, {}), (e: unknown) => hasCode('IO_ERROR')(e) && /stopped: .*Actor_02.*and 3 more files/.test((e as Error).message));
    // The clips that could be read were computed and cached for the rerun.
    const summary = await extractCorpus(paths.filter((p) => p.includes('Actor_01')), { config: featureConfig(), cacheRoot: join(dir, 'cache'), workers: 0 });
    assert.equal(summary.cached, 4);
  } finally {
    delete process.env.VOE_FS_FAULTS;
    cleanup();
  }
});

test('a full disk under the report: DISK_FULL, and no truncated report.html', async () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  const restore = setFsLayer(faultyFs([{ op: 'write', code: 'ENOSPC', match: 'report.html' }]));
  try {
    await assert.rejects(writeReport(dir, resultsFixture()), hasCode('DISK_FULL'));
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('report.html')), []);
  } finally {
    restore();
    cleanup();
  }
});

test('voe features with a full cache disk still extracts every file, warns, and exits 0', () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    corpus(join(dir, 'data'));
    const r = runVoe(['features', '--data', join(dir, 'data'), '--cache', join(dir, 'cache'), '--json', '--workers', '2'], {
      env: { VOE_FS_FAULTS: JSON.stringify([{ op: 'write', code: 'ENOSPC', match: join(dir, 'cache') }]) },
    });
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.failed.length, 0);
    assert.equal(s.extracted, 8);
    assert.equal(s.warnings.length, 8);
    assert.match(s.warnings[0], /DISK_FULL/);
  } finally {
    cleanup();
  }
});
