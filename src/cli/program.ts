import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { isVoeError } from '../errors.js';
import { registerCommands } from './commands.js';

/** The package version, read from the package.json above this module (src/ when run from source, dist/src/ built). */
function packageVersion(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'voice-of-emotions' && pkg.version) return pkg.version;
    } catch {
      // not at this depth; try the next
    }
  }
  return 'unknown';
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
    if (isVoeError(e)) {
      process.stderr.write(`voe: error [${e.code}]: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
