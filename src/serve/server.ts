/**
 * The HTTP face of a predictor (`voe serve`): a web page that listens to the microphone, and a JSON API.
 *
 *   GET  /                  the page (web/index.html) and its scripts
 *   GET  /api/model         which model decides, its classes and cross-validated scores (PredictorSummary)
 *   POST /api/predict       body: one WAV file (any rate, mono or not, PCM or float) → Prediction as JSON
 *   GET  /local/            with `options.site`: the page of `voe export-web`, which predicts in the browser and
 *                           sends nothing here (web-site.ts)
 *
 * A bad upload (not a WAV, truncated, silent, too short) is answered 400 with `{ error: { code, message } }`; the
 * server keeps running. Built on node:http: three routes need no framework.
 *
 * Under abuse: an upload whose header declares more than `maxSeconds` of audio is refused (413 TOO_LONG) before it
 * is decoded, so a small file declaring a very low rate cannot expand to an hour of samples; with a `pool`
 * (pool.ts; `voe serve` always uses one) predictions run in worker threads behind a bounded queue (503 with
 * Retry-After when full) and a per-request time limit; a client that hangs up is logged as such, not as an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { wavLayoutOfBytes } from '../audio/wav.js';
import { isVoeError } from '../errors.js';
import { PoolError, type InferencePool } from './pool.js';
import type { EmotionPredictor } from '../predict/predictor.js';
import { packagePath } from '../util/package-root.js';
import { contentType, type SiteFiles } from './web-site.js';

export interface ServerOptions {
  /** Largest accepted upload in bytes (default 32 MiB: about 3 minutes of 48 kHz stereo float). */
  maxUploadBytes?: number;
  /** Called with one line per request (method, path, status, milliseconds); default: nothing. */
  log?: (line: string) => void;
  /** Longest audio accepted, in seconds, as declared by the WAV header (default 60). */
  maxSeconds?: number;
  /** Worker threads to predict in (default: none, predictions run on this thread one at a time). */
  pool?: InferencePool;
  /** The static site of `voe export-web` (`webSiteFiles`), served under /local/. */
  site?: SiteFiles;
}

/** The default of `maxSeconds`: a minute is far more than one utterance, and decodes in well under a second. */
export const DEFAULT_MAX_SECONDS = 60;

/** The client closed the connection before its answer. */
class ClientAbort extends Error {}

/** The page's files, served as they are. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/wav.js': { file: 'wav.js', type: 'text/javascript; charset=utf-8' },
  '/recorder-worklet.js': { file: 'recorder-worklet.js', type: 'text/javascript; charset=utf-8' },
};

/** The web/ folder at the package root. */
export function webDir(): string {
  const dir = packagePath('web');
  if (dir && existsSync(join(dir, 'index.html'))) return dir;
  throw new Error('the web/ folder of the package is missing (no web/index.html at the package root)');
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
      reject(new HttpError(413, 'TOO_LARGE', `upload of ${declared} bytes exceeds the limit of ${limit}`));
      req.resume();
      return;
    }
    let parts: Buffer[] | null = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (parts && size > limit) {
        // Answered at once; node:http discards (or closes on) the rest of the body after the response.
        parts = null;
        reject(new HttpError(413, 'TOO_LARGE', `upload exceeds the limit of ${limit} bytes`));
      }
      parts?.push(chunk);
    });
    req.on('end', () => {
      if (parts) resolve(new Uint8Array(Buffer.concat(parts)));
    });
    req.on('aborted', () => reject(new ClientAbort('the client closed the connection during the upload')));
    req.on('error', (e) => reject((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? new ClientAbort('the client reset the connection during the upload') : e));
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function createEmotionServer(predictor: EmotionPredictor, options: ServerOptions = {}): Server {
  predictor.assertPredictsSingleClips('the server predicts one recording at a time: serve a model trained without --speaker-norm');
  const limit = options.maxUploadBytes ?? 32 * 1024 * 1024;
  const maxSeconds = options.maxSeconds ?? DEFAULT_MAX_SECONDS;
  if (!(maxSeconds > 0)) throw new RangeError(`maxSeconds must be positive, got ${maxSeconds}`);
  const dir = webDir();
  const files = new Map(Object.entries(STATIC).map(([route, s]) => [route, { body: readFileSync(join(dir, s.file)), type: s.type }]));
  // One prediction at a time: tfjs and the feature code run on this thread anyway, and a queue keeps the answers
  // in the order the requests came.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<number> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/predict' && req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'POST a WAV file to /api/predict');
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/api/model') {
        sendJson(res, 200, predictor.summary());
        return 200;
      }
      // Browsers ask for it unprompted; there is none, and a 404 would show as an error in the page's console.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return 204;
      }
      if (options.site && path === '/local') {
        res.writeHead(301, { location: '/local/' }).end();
        return 301;
      }
      const local = options.site && path.startsWith('/local/') ? options.site.get(path === '/local/' ? 'index.html' : path.slice('/local/'.length)) : undefined;
      if (local) {
        res.writeHead(200, { 'content-type': contentType(path === '/local/' ? 'index.html' : path), 'content-length': local.length });
        res.end(req.method === 'HEAD' ? undefined : local);
        return 200;
      }
      const file = files.get(path);
      if (file) {
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
        res.end(req.method === 'HEAD' ? undefined : file.body);
        return 200;
      }
      throw new HttpError(404, 'NOT_FOUND', `no such page: ${path}`);
    }
    if (req.method === 'POST' && path === '/api/predict') {
      const bytes = await readBody(req, limit);
      if (bytes.length === 0) throw new HttpError(400, 'NO_SAMPLES', 'empty upload: send one WAV file as the request body');
      // The duration from the header alone (an AudioError, 400, if there is no valid header), before any decoding.
      const { durationSeconds, sampleRate } = wavLayoutOfBytes(bytes, 'upload');
      if (durationSeconds > maxSeconds) {
        throw new HttpError(413, 'TOO_LONG', `upload declares ${durationSeconds.toFixed(1)} s of audio (at ${sampleRate} Hz); this server takes at most ${maxSeconds} s`);
      }
      const prediction = options.pool ? await options.pool.predict(bytes, 'upload', signal) : await serial(() => predictor.predictWavBytes(bytes));
      if (signal.aborted) throw new ClientAbort('the client closed the connection before its answer');
      sendJson(res, 200, { model: predictor.name, ...prediction });
      return 200;
    }
    throw new HttpError(404, 'NOT_FOUND', `no such route: ${req.method} ${path}`);
  };

  return createServer((req, res) => {
    const started = performance.now();
    const ms = () => `${(performance.now() - started).toFixed(0)} ms`;
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    handle(req, res, controller.signal).then(
      (status) => options.log?.(`${req.method} ${req.url} ${status} ${ms()}`),
      (e: unknown) => {
        if (e instanceof ClientAbort || controller.signal.aborted || (e instanceof PoolError && e.code === 'ABORTED')) {
          // Not an error of ours: nobody is left to answer.
          options.log?.(`${req.method} ${req.url} client aborted after ${ms()}`);
          res.destroy();
          return;
        }
        const status = e instanceof HttpError || e instanceof PoolError ? e.status : isVoeError(e) ? 400 : 500;
        const code = e instanceof HttpError || e instanceof PoolError || isVoeError(e) ? e.code : 'INTERNAL';
        // A bug's details go to the log, not to the client.
        const message = status === 500 ? 'internal error (see the server log)' : (e as Error).message;
        const headers: Record<string, string> = e instanceof PoolError && e.retryAfter !== undefined ? { 'retry-after': String(e.retryAfter) } : {};
        if (!res.headersSent) sendJson(res, status, { error: { code, message } }, headers);
        else res.destroy();
        options.log?.(`${req.method} ${req.url} ${status} ${code} ${ms()}${status === 500 ? `: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` : ''}`);
      },
    );
  });
}
