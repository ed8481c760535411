import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isVoeError } from '../errors.js';
import { fileError, isEnvironmental } from '../util/files.js';
import { packagePath } from '../util/package-root.js';
import { registerCommands } from './commands.js';

/** The package version, from the package.json at the package root. */
function packageVersion(): string {
  const path = packagePath('package.json');
  if (!path) return 'unknown';
  return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? 'unknown';
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('voe')
    .description('voice-of-emotions: speech emotion recognition, evaluated speaker-independently')
    .version(packageVersion())
    .showHelpAfterError();
  registerCommands(program);
  return program;
}

/**
 * Runs `voe` with the given argv and returns the exit status. A VoeError (a user's mistake: bad file, missing
 * folder, bad option) is printed as one line with its code and status 2; anything else is a bug and propagates.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    // A full disk, a permission or an I/O error that reached here uncoded is still the machine's, not a bug.
    const coded = isVoeError(e) ? e : fileError(e, '', 'using');
    if (isVoeError(coded) && (isVoeError(e) || isEnvironmental(coded))) {
      process.stderr.write(`voe: error [${coded.code}]: ${coded.message}\n`);
      return 2;
    }
    throw e;
  }
}
