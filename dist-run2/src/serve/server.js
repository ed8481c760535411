/**
 * The HTTP face of a predictor (`voe serve`): a web page that listens to the microphone, and a JSON API.
 *
 *   GET  /                  the page (web/index.html) and its scripts
 *   GET  /api/model         which model decides, its classes and cross-validated scores (PredictorSummary)
 *   POST /api/predict       body: one WAV file (any rate, mono or not, PCM or float) → Prediction as JSON
 *
 * A bad upload (not a WAV, truncated, silent, too short) is answered 400 with `{ error: { code, message } }`; the
 * server keeps running. Built on node:http: three routes need no framework.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { isVoeError } from '../errors.js';
import { packagePath } from '../util/package-root.js';
/** The page's files, served as they are. */
const STATIC = {
    '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
    '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
    '/wav.js': { file: 'wav.js', type: 'text/javascript; charset=utf-8' },
    '/recorder-worklet.js': { file: 'recorder-worklet.js', type: 'text/javascript; charset=utf-8' },
};
/** The web/ folder at the package root. */
export function webDir() {
    const dir = packagePath('web');
    if (dir && existsSync(join(dir, 'index.html')))
        return dir;
    throw new Error('the web/ folder of the package is missing (no web/index.html at the package root)');
}
class HttpError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (declared > limit) {
            reject(new HttpError(413, 'TOO_LARGE', `upload of ${declared} bytes exceeds the limit of ${limit}`));
            req.resume();
            return;
        }
        let parts = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (parts && size > limit) {
                // Answered at once; node:http discards (or closes on) the rest of the body after the response.
                parts = null;
                reject(new HttpError(413, 'TOO_LARGE', `upload exceeds the limit of ${limit} bytes`));
            }
            parts?.push(chunk);
        });
        req.on('end', () => {
            if (parts)
                resolve(new Uint8Array(Buffer.concat(parts)));
        });
        req.on('error', reject);
    });
}
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
}
export function createEmotionServer(predictor, options = {}) {
    predictor.assertPredictsSingleClips('the server predicts one recording at a time: serve a model trained without --speaker-norm');
    const limit = options.maxUploadBytes ?? 32 * 1024 * 1024;
    const dir = webDir();
    const files = new Map(Object.entries(STATIC).map(([route, s]) => [route, { body: readFileSync(join(dir, s.file)), type: s.type }]));
    // One prediction at a time: tfjs and the feature code run on this thread anyway, and a queue keeps the answers
    // in the order the requests came.
    let queue = Promise.resolve();
    const serial = (work) => {
        const next = queue.then(work, work);
        queue = next.catch(() => undefined);
        return next;
    };
    const handle = async (req, res) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path === '/api/predict' && req.method !== 'POST')
            throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'POST a WAV file to /api/predict');
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
            if (bytes.length === 0)
                throw new HttpError(400, 'NO_SAMPLES', 'empty upload: send one WAV file as the request body');
            const prediction = await serial(() => predictor.predictWavBytes(bytes));
            sendJson(res, 200, { model: predictor.name, ...prediction });
            return 200;
        }
        throw new HttpError(404, 'NOT_FOUND', `no such route: ${req.method} ${path}`);
    };
    return createServer((req, res) => {
        const started = performance.now();
        handle(req, res).then((status) => options.log?.(`${req.method} ${req.url} ${status} ${(performance.now() - started).toFixed(0)} ms`), (e) => {
            const status = e instanceof HttpError ? e.status : isVoeError(e) ? 400 : 500;
            const code = e instanceof HttpError || isVoeError(e) ? e.code : 'INTERNAL';
            // A bug's details go to the log, not to the client.
            const message = status === 500 ? 'internal error (see the server log)' : e.message;
            if (!res.headersSent)
                sendJson(res, status, { error: { code, message } });
            else
                res.destroy();
            options.log?.(`${req.method} ${req.url} ${status} ${code}${status === 500 ? `: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` : ''}`);
        });
    });
}
//# sourceMappingURL=server.js.map