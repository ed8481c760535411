import { resolve } from 'node:path';
import { VoeError } from '../errors.js';
import { bundledModelDir } from '../predict/bundled.js';
import { EmotionPredictor } from '../predict/predictor.js';
import { createEmotionServer } from '../serve/server.js';
import { parsePositiveInt } from './options.js';
/** `voe serve`: the live microphone page and the prediction API, over a results folder's models or the bundled one. */
export function registerServeCommand(program) {
    program
        .command('serve')
        .description('serve a web page that classifies the microphone live, and a JSON API (POST a WAV to /api/predict)')
        .option('--model <dir>', 'results folder of `voe experiment`, or one model folder (default: the bundled RAVDESS model)')
        .option('--ensemble <name>', 'stacking variant: ensemble | ensemble+functionals (default: the one with the higher cross-validated UA)')
        .option('--port <n>', 'TCP port (0 = any free one)', '8080')
        .option('--host <address>', 'address to listen on (the default, this machine only; browsers allow the microphone on localhost)', '127.0.0.1')
        .option('--quiet', 'no request log')
        .action(async (opts) => {
        const port = parsePositiveInt(opts.port, '--port', true);
        if (port > 65535)
            throw new VoeError('INVALID_ARGUMENT', `--port must be at most 65535, got ${port}`);
        const dir = opts.model === undefined ? bundledModelDir() : resolve(opts.model);
        const predictor = await EmotionPredictor.load(dir, opts.ensemble);
        const log = (line) => {
            if (!opts.quiet)
                process.stderr.write(`${line}\n`);
        };
        const server = createEmotionServer(predictor, { log });
        await new Promise((done, fail) => {
            server.once('error', (e) => fail(new VoeError('INVALID_ARGUMENT', `cannot listen on ${opts.host}:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port 0)' : e.message}`)));
            server.listen(port, opts.host, done);
        });
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        const summary = predictor.summary();
        process.stderr.write(`voe serve: model ${summary.model} from ${dir}\n`);
        // The URL on stdout alone, so a script can read it.
        process.stdout.write(`http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${bound}/\n`);
        await new Promise((done) => {
            const stop = () => {
                server.close(() => done());
                server.closeAllConnections();
            };
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
        });
        predictor.dispose();
    });
}
//# sourceMappingURL=serve.js.map