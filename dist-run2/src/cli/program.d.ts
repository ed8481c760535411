import { Command } from 'commander';
export declare function buildProgram(): Command;
/**
 * Runs `voe` with the given argv and returns the exit status. A VoeError (a user's mistake: bad file, missing
 * folder, bad option) is printed as one line with its code and status 2; anything else is a bug and propagates.
 */
export declare function runCli(argv: string[]): Promise<number>;
