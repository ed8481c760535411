import type { Command } from 'commander';
import { resolve } from 'node:path';
import { VoeError } from '../errors.js';
import { bundledModelDir } from '../predict/bundled.js';
import { EmotionPredictor } from '../predict/predictor.js';
import { InferencePool } from '../serve/pool.js';
import { createEmotionServer, DEFAULT_MAX_SECONDS } from '../serve/server.js';
import { webSiteFiles, type SiteFiles } from '../serve/web-site.js';
import { parsePositiveInt } from './options.js';

/** `voe serve`: the live microphone page and the prediction API, over a results folder's models or the bundled one. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve a web page that classifies the microphone live, and a JSON API (POST a WAV to /api/predict)')
    .option('--model <dir>', 'results folder of `voe experiment`, or one model folder (default: the bundled RAVDESS model)')
    .option('--ensemble <name>', 'stacking variant: ensemble | ensemble+functionals (default: the one with the higher cross-validated UA)')
    .option('--port <n>', 'TCP port (0 = any free one)', '8080')
    .option('--host <address>', 'address to listen on (the default, this machine only; browsers allow the microphone on localhost)', '127.0.0.1')
    .option('--quiet', 'no request log')
    .option('--max-seconds <s>', 'longest audio accepted per request, as declared by its WAV header', String(DEFAULT_MAX_SECONDS))
    .option('--workers <n>', 'inference worker threads (default: one per core)')
    .option('--max-queue <n>', 'requests that may wait for a worker; more are answered 503 with Retry-After', '128')
    .option('--timeout <s>', 'time limit of one request in seconds, from its arrival', '30')
    .action(async (opts: ServeOptions) => {
      const port = parsePositiveInt(opts.port, '--port', true);
      if (port > 65535) throw new VoeError('INVALID_ARGUMENT', `--port must be at most 65535, got ${port}`);
      const maxSeconds = parsePositiveNumber(opts.maxSeconds, '--max-seconds');
      const timeoutMs = 1000 * parsePositiveNumber(opts.timeout, '--timeout');
      const workers = opts.workers === undefined ? undefined : parsePositiveInt(opts.workers, '--workers');
      const maxQueue = parsePositiveInt(opts.maxQueue, '--max-queue', true);
      const dir = opts.model === undefined ? bundledModelDir() : resolve(opts.model);
      const predictor = await EmotionPredictor.load(dir, opts.ensemble);
      const log = (line: string) => {
        if (!opts.quiet) process.stderr.write(`${line}\n`);
      };
      // The in-browser page too, at /local/; without the browser bundle (a source checkout not yet built) the API
      // and the page at / still run, and the log says why /local/ does not.
      let site: SiteFiles | undefined;
      try {
        site = webSiteFiles(dir, { ensemble: opts.ensemble });
      } catch (e) {
        process.stderr.write(`voe serve: no in-browser page at /local/: ${e instanceof Error ? e.message : String(e)}\n`);
      }
      const pool = await InferencePool.start({ dir, ensemble: opts.ensemble, workers, maxQueue, timeoutMs, log });
      const server = createEmotionServer(predictor, { log, maxSeconds, pool, site });
      await new Promise<void>((done, fail) => {
        server.once('error', (e: NodeJS.ErrnoException) =>
          fail(new VoeError('INVALID_ARGUMENT', `cannot listen on ${opts.host}:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port 0)' : e.message}`)),
        );
        server.listen(port, opts.host, done);
      });
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      const summary = predictor.summary();
      process.stderr.write(`voe serve: model ${summary.model} from ${dir}\n`);
      // The URL on stdout alone, so a script can read it.
      process.stdout.write(`http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${bound}/\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          server.close(() => done());
          server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await pool.close();
      predictor.dispose();
    });
}

interface ServeOptions {
  model?: string;
  ensemble?: string;
  port: string;
  host: string;
  quiet?: boolean;
  maxSeconds: string;
  workers?: string;
  maxQueue: string;
  timeout: string;
}

function parsePositiveNumber(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new VoeError('INVALID_ARGUMENT', `${flag} must be a positive number, got "${text}"`);
  return n;
}
