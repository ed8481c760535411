#!/usr/bin/env node
/**
 * `voe`: the command line. Thin: parse arguments, call the library, print. A VoeError (a user's mistake: bad file,
 * missing folder, bad option) is printed as one line with its code and exit status 2; anything else is a bug and
 * keeps its stack trace.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { isVoeError } from '../errors.js';
import { registerCommands } from './commands.js';

const require = createRequire(import.meta.url);
const pkg = require('../../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('voe')
    .description('voice-of-emotions: speech emotion recognition, evaluated speaker-independently')
    .version(pkg.version)
    .showHelpAfterError();
  registerCommands(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (isVoeError(e)) {
      process.stderr.write(`voe: error [${e.code}]: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`voe: internal error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
