import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { registerEvaluateCommands } from '../../src/cli/evaluate.js';

/** Run `voe <args>` in this process with the training commands only. */
async function voe(...args: string[]): Promise<void> {
  const program = new Command().name('voe').exitOverride();
  registerEvaluateCommands(program);
  await program.parseAsync(args, { from: 'user' });
}

test('voe experiment refuses an unknown CNN pooling or an out-of-range label smoothing before touching the data', async () => {
  const data = 'no-such-folder';
  await assert.rejects(voe('experiment', '--data', data, '--cnn-pooling', 'max', '--quiet'), /--cnn-pooling must be mean, stats or attention, got "max"/);
  for (const eps of ['0.7', '-0.1', 'abc', '']) {
    await assert.rejects(voe('experiment', '--data', data, '--label-smoothing', eps, '--quiet'), /--label-smoothing takes a number from 0 to 0\.5/);
  }
});
