#!/usr/bin/env node
/** `voe`: the command line. Thin: parse arguments, call the library, print (see program.ts). */
import { runCli } from './program.js';
runCli(process.argv).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`voe: internal error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=main.js.map