import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVoe } from '../helpers/cli.js';
import { tempDir, wav } from '../helpers/wav-writer.js';

function tone(seconds: number, f0: number): Int16Array {
  const n = Math.round(seconds * 16000);
  return Int16Array.from({ length: n }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * f0 * i) / 16000)));
}

test('voe features --json extracts a folder, reports a broken file, and is served from the cache the second time', () => {
  const { dir, cleanup } = tempDir('voe-cli-features-');
  try {
    const data = join(dir, 'data', 'Actor_02');
    mkdirSync(data, { recursive: true });
    for (const [k, f0] of [150, 200, 250].entries()) {
      writeFileSync(join(data, `03-01-0${k + 2}-01-01-01-02.wav`), wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone(0.5, f0) }));
    }
    writeFileSync(join(data, '03-01-08-01-01-01-02.wav'), 'RIFF but not really');
    const args = ['features', '--data', join(dir, 'data'), '--cache', join(dir, 'cache'), '--json', '--workers', '2'];
    const first = runVoe(args);
    // A failed file makes the exit status 2; --allow-failures gives the old 0.
    assert.equal(first.status, 2, first.stderr);
    const s1 = JSON.parse(first.stdout);
    assert.equal(s1.files, 4);
    assert.equal(s1.extracted, 3);
    assert.equal(s1.failed.length, 1);
    assert.match(s1.failed[0].path, /03-01-08-01-01-01-02\.wav$/);
    assert.match(s1.failed[0].reason, /RIFF|WAVE|header/i);
    assert.ok(Math.abs(s1.audioSeconds - 1.5) < 1e-6);
    assert.ok(s1.wallSeconds > 0);
    const rerun = runVoe([...args, '--allow-failures']);
    assert.equal(rerun.status, 0, rerun.stderr);
    const second = JSON.parse(rerun.stdout);
    assert.equal(second.cached, 3);
    assert.equal(second.extracted, 0);
  } finally {
    cleanup();
  }
});

test('voe features on a missing folder says so in one line, with no stack trace', () => {
  const { dir, cleanup } = tempDir('voe-cli-features-');
  try {
    const r = runVoe(['features', '--data', join(dir, 'nope'), '--cache', join(dir, 'cache')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^voe: error \[FILE_NOT_FOUND\]/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    cleanup();
  }
});

test('voe features rejects an unknown config field by name', () => {
  const { dir, cleanup } = tempDir('voe-cli-features-');
  try {
    const r = runVoe(['features', '--data', dir, '--config', '{"n_melz":40}']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown field "n_melz"/);
  } finally {
    cleanup();
  }
});
