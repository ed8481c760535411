/**
 * Exit codes and error codes (issue 20, cases 5 and 6): a failed file fails `voe features`, each file-system
 * problem has its own code, arguments are checked before any work, and a folder linked into itself counts once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanCorpus } from '../../src/corpus/index.js';
import { runVoe } from '../helpers/cli.js';
import { tempDir, wav } from '../helpers/wav-writer.js';

function tone(seconds: number, f0: number): Int16Array {
  const n = Math.round(seconds * 16000);
  return Int16Array.from({ length: n }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * f0 * i) / 16000)));
}

/** Two RAVDESS actors of four 0.5-s clips each; returns the data folder. */
function corpus(dir: string): string {
  const data = join(dir, 'data');
  for (const actor of ['01', '02']) {
    mkdirSync(join(data, `Actor_${actor}`), { recursive: true });
    for (const [k, f0] of [150, 200, 250, 300].entries()) {
      writeFileSync(join(data, `Actor_${actor}`, `03-01-0${k + 2}-01-01-01-${actor}.wav`), wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone(0.5, f0) }));
    }
  }
  return data;
}

test('voe features exits 2 when a file failed, and 0 with --allow-failures', () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    const data = corpus(dir);
    writeFileSync(join(data, 'Actor_01', '03-01-08-01-01-01-01.wav'), 'RIFF but not really');
    const args = ['features', '--data', data, '--cache', join(dir, 'cache'), '--workers', '0'];
    const strict = runVoe(args);
    assert.equal(strict.status, 2, strict.stderr);
    assert.match(strict.stdout, /failed: .*03-01-08-01-01-01-01\.wav/);
    assert.equal(runVoe([...args, '--allow-failures']).status, 0);
  } finally {
    cleanup();
  }
});

test('voe predict: a folder is IS_A_DIRECTORY, an unreadable file PERMISSION_DENIED; the other files are still predicted', () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    const data = corpus(dir);
    const good = join(data, 'Actor_01', '03-01-02-01-01-01-01.wav');
    const locked = join(data, 'Actor_02', '03-01-02-01-01-01-02.wav');
    // As root, chmod would not stop the read: the fault is injected in the file layer instead.
    const r = runVoe(['predict', '--json', join(data, 'Actor_01'), locked, good], {
      env: { VOE_FS_FAULTS: JSON.stringify([{ op: 'read', code: 'EACCES', match: 'Actor_02' }]) },
    });
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; code?: string; emotion?: string });
    assert.equal(lines.length, 3);
    assert.equal(lines[0].code, 'IS_A_DIRECTORY');
    assert.equal(lines[1].code, 'PERMISSION_DENIED');
    assert.equal(typeof lines[2].emotion, 'string');
  } finally {
    cleanup();
  }
});

test('an unknown --ensemble is INVALID_ARGUMENT, naming the valid ones', () => {
  const r = runVoe(['predict', '--ensemble', 'ensembel', 'x.wav']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^voe: error \[INVALID_ARGUMENT\]: .*no model "ensembel" in this results folder; choose one of: ensemble, cnn, rnn, average/);
});

test('voe experiment --folds 1 is refused before any feature is extracted', () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    const data = corpus(dir);
    const cache = join(dir, 'cache');
    const r = runVoe(['experiment', '--data', data, '--cache', cache, '--out', join(dir, 'out'), '--folds', '1', '--quiet']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\[INVALID_CONFIG\]: --folds: folds must be a whole number ≥ 2, got 1/);
    assert.equal(existsSync(cache), false, 'features were extracted before the check');
  } finally {
    cleanup();
  }
});

test('a folder linked into the corpus beside itself counts its clips once', async () => {
  const { dir, cleanup } = tempDir('voe-faults-');
  try {
    const data = corpus(dir);
    symlinkSync(join(data, 'Actor_01'), join(data, 'Actor_01_again'), 'dir');
    symlinkSync(join(data, 'Actor_02', '03-01-02-01-01-01-02.wav'), join(data, 'Actor_02', 'link-to-clip.wav'));
    const scan = await scanCorpus(data);
    assert.equal(scan.utterances.length, 8);
    assert.ok(scan.utterances.every((u) => !u.path.includes('Actor_01_again')));
    const r = runVoe(['corpus', data, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"utterances":8\b/);
  } finally {
    cleanup();
  }
});
