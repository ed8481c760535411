/**
 * The server under abuse (issue 20, case 3), on 127.0.0.1 with bounded loops: a small upload declaring a very low
 * rate, a full queue, a request past its time limit, a client hanging up, and a long prediction that must not hold
 * up other clients.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { bundledModelDir } from '../../src/predict/bundled.js';
import { EmotionPredictor } from '../../src/predict/predictor.js';
import { InferencePool } from '../../src/serve/pool.js';
import { createEmotionServer, type ServerOptions } from '../../src/serve/server.js';
import { chunk, encodeSamples, fmtChunk, riff, wav } from '../helpers/wav-writer.js';

/** A voiced clip of `seconds` at 16 kHz, 16-bit. */
function voiced(seconds: number): Uint8Array {
  const n = Math.round(seconds * 16000);
  const samples = new Int16Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / 16000;
    phase += (2 * Math.PI * (120 + 50 * (t % 2))) / 16000;
    samples[i] = Math.round(6000 * (0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t)) * (Math.sin(phase) + 0.5 * Math.sin(2 * phase)));
  }
  return wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples });
}

/** 100 KB of 8-bit samples declaring 63 Hz: 26 minutes of audio once decoded. */
function hostile(): Uint8Array {
  const data = new Uint8Array(100_000);
  for (let i = 0; i < data.length; i++) data[i] = 128 + Math.round(60 * Math.sin(i / 3));
  return riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 63, bitsPerSample: 8 }), chunk('data', encodeSamples('pcm8', data))]);
}

let predictor: EmotionPredictor;
const servers: Server[] = [];
const pools: InferencePool[] = [];

before(async () => {
  predictor = await EmotionPredictor.load(bundledModelDir());
});

after(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise<void>((done) => s.close(() => done()));
  }
  for (const p of pools) await p.close();
  predictor.dispose();
});

async function serve(options: ServerOptions): Promise<string> {
  const server = createEmotionServer(predictor, options);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function pool(options: { workers?: number; maxQueue?: number; timeoutMs?: number; log?: (l: string) => void }): Promise<InferencePool> {
  const p = await InferencePool.start({ dir: bundledModelDir(), ...options });
  pools.push(p);
  return p;
}

/** POST a body with a client-side limit (so a server that stalls fails the test instead of hanging it). */
async function post(base: string, body: Uint8Array, limitMs = 20_000): Promise<Response> {
  return fetch(`${base}/api/predict`, { method: 'POST', body, signal: AbortSignal.timeout(limitMs) });
}

test('a 100 KB upload declaring 63 Hz is refused from its header (413 TOO_LONG) at once, and the cap is configurable', async () => {
  const base = await serve({});
  const r = await post(base, hostile(), 5_000);
  assert.equal(r.status, 413);
  const body = (await r.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'TOO_LONG');
  assert.match(body.error.message, /1587\.\d s of audio \(at 63 Hz\).*at most 60 s/);
  const strict = await serve({ maxSeconds: 2 });
  assert.equal((await post(strict, voiced(3))).status, 413);
  assert.equal((await post(strict, voiced(1.5))).status, 200);
});

test('with a pool, a long prediction does not hold up other clients: GET / is answered before it', async () => {
  const base = await serve({ pool: await pool({ workers: 1 }) });
  const order: string[] = [];
  const long = post(base, voiced(55)).then((r) => {
    order.push(`predict ${r.status}`);
  });
  await new Promise((r) => setTimeout(r, 100));
  const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(20_000) });
  order.push(`page ${page.status}`);
  await long;
  assert.deepEqual(order, ['page 200', 'predict 200']);
});

test('a full queue is answered 503 with Retry-After, at once; the requests already accepted are answered', async () => {
  const base = await serve({ pool: await pool({ workers: 1, maxQueue: 1 }) });
  // One runs, one waits, the rest are refused.
  const answers = await Promise.all(Array.from({ length: 5 }, () => post(base, voiced(20))));
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, 200, 503, 503, 503]);
  const refused = answers.find((r) => r.status === 503)!;
  assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'BUSY');
});

test('a request past its time limit is answered 503 TIMEOUT and its worker is replaced; the pool keeps answering', async () => {
  const lines: string[] = [];
  const p = await pool({ workers: 1, timeoutMs: 500, log: (l) => lines.push(l) });
  const base = await serve({ pool: p, maxSeconds: 3600, maxUploadBytes: 64 * 2 ** 20 });
  // 10 minutes of audio: about 2 s of work on an idle machine of this kind (features alone run ~560× real time on
  // one thread), four times the limit; a 3 s limit was not always exceeded there.
  const r = await post(base, voiced(600), 60_000);
  assert.equal(r.status, 503);
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'TIMEOUT');
  assert.ok(lines.some((l) => /worker replaced: its request ran past 500 ms/.test(l)), lines.join('\n'));
  // The replacement answers once it has loaded the model.
  await p.whenReady();
  assert.equal((await post(base, voiced(0.5))).status, 200);
});

test('a client that hangs up mid-upload is logged as an abort, not as a 500 with a stack', async () => {
  const lines: string[] = [];
  const base = await serve({ log: (l) => lines.push(l) });
  const body = voiced(3);
  await new Promise<void>((done) => {
    const req = request(`${base}/api/predict`, { method: 'POST', headers: { 'content-length': body.length } });
    req.on('error', () => done());
    req.write(body.subarray(0, 1000));
    setTimeout(() => req.destroy(), 100);
  });
  for (let i = 0; i < 40 && lines.length === 0; i++) await new Promise((done) => setTimeout(done, 25));
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /^POST \/api\/predict client aborted after \d+ ms$/);
});
