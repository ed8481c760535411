/**
 * `npm run bench:serve`: `voe serve` under load, printed as one JSON object. Starts the server as a child process
 * on 127.0.0.1 (port 0: any free one) with the bundled model, and measures, from this process:
 *
 * - `concurrent`: N (default 200) POST /api/predict of a 3-s voiced WAV, all sent at once: latency p50/p95/max of
 *   every answer, the count of each status, the wall time, and the server's peak RSS meanwhile;
 * - `hostile`: one hostile upload (100 KB of 8-bit samples declaring 63 Hz: 26 min of audio once decoded) and,
 *   while it is in flight, 20 GET / and 20 predictions of the 3-s clip: their latencies, the hostile request's status
 *   and latency, and the peak RSS.
 *
 * RSS is the server process' VmRSS, sampled every 25 ms from /proc (Linux; null elsewhere), and its VmHWM at the end.
 * Every request has a client-side limit (--request-timeout, default 180 s) and the whole run one (--deadline,
 * default 600 s), after which the server is killed: the benchmark always stops by itself.
 *
 * Options: --voe <main.js> runs another build's CLI (e.g. the base commit's, for a before/after comparison; only
 * `serve --port 0 --quiet` is passed, which every version understands), --concurrency <n>, --out <file.json>.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')))!;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const voe = resolve(arg('voe', join(repo, 'dist', 'src', 'cli', 'main.js')));
const concurrency = Number(arg('concurrency', '200'));
const requestTimeoutMs = 1000 * Number(arg('request-timeout', '180'));
const deadlineMs = 1000 * Number(arg('deadline', '600'));
const out = arg('out', '');

/** A mono 16-bit WAV of `samples` (values in [−1, 1]) at `sr`. */
function wav16(samples: Float32Array, sr: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767), 2 * i);
  return Buffer.concat([header(1, sr, 16, data.length), data]);
}

function header(channels: number, sr: number, bits: number, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  const block = channels * (bits / 8);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sr, 24);
  h.writeUInt32LE(sr * block, 28);
  h.writeUInt16LE(block, 32);
  h.writeUInt16LE(bits, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** A voiced, vowel-like clip: a gliding harmonic tone with syllable-rate bursts (as the server tests use). */
function voiced(sr: number, seconds: number): Float32Array {
  const y = new Float32Array(Math.round(seconds * sr));
  let phase = 0;
  for (let i = 0; i < y.length; i++) {
    const t = i / sr;
    phase += (2 * Math.PI * (120 + 50 * t)) / sr;
    const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t);
    y[i] = 0.2 * envelope * (Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase));
  }
  return y;
}

/** 100 KB of noisy 8-bit samples declaring 63 Hz: small on the wire, 26 min of audio once decoded. */
function hostileWav(): Buffer {
  const data = Buffer.alloc(100_000);
  let s = 12345;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = 128 + Math.round(60 * Math.sin(i / 3)) + ((s >>> 24) % 16) - 8;
  }
  return Buffer.concat([header(1, 63, 8, data.length), data]);
}

interface Answer {
  status: number;
  ms: number;
  retryAfter?: string;
}

function call(base: string, method: 'GET' | 'POST', path: string, body?: Buffer): Promise<Answer> {
  const started = performance.now();
  return new Promise((done) => {
    const req = request(
      new URL(path, base),
      { method, headers: body ? { 'content-type': 'audio/wav', 'content-length': body.length } : {}, timeout: requestTimeoutMs },
      (res) => {
        res.resume();
        res.on('end', () => done({ status: res.statusCode ?? 0, ms: performance.now() - started, retryAfter: res.headers['retry-after'] as string | undefined }));
      },
    );
    // Status 0: no answer (connection error or the client-side time limit).
    req.on('timeout', () => req.destroy(new Error('client time limit')));
    req.on('error', () => done({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Peak VmRSS of `pid` while `work` runs. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRssMb: number | null }> {
  let peak: number | null = rssMb(pid, 'VmRSS');
  const timer = setInterval(() => {
    const v = rssMb(pid, 'VmRSS');
    if (v !== null && (peak === null || v > peak)) peak = v;
  }, 25);
  try {
    const result = await work();
    return { result, peakRssMb: peak };
  } finally {
    clearInterval(timer);
  }
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

function latency(answers: Answer[]) {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const ok = answers.filter((a) => a.status === 200).map((a) => a.ms).sort((a, b) => a - b);
  return {
    requests: answers.length,
    statuses,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    maxMs: percentile(ms, 100),
    ok200: { p50Ms: percentile(ok, 50), p95Ms: percentile(ok, 95) },
    retryAfter: [...new Set(answers.map((a) => a.retryAfter).filter((r) => r !== undefined))],
  };
}

function startServer(): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [voe, 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\//m.exec(stdout);
      if (m) done({ child, base: m[1] });
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => fail(new Error(`voe serve exited (${code}) before listening: ${stderr}`)));
  });
}

async function main(): Promise<void> {
  const { child, base } = await startServer();
  const deadline = setTimeout(() => {
    child.kill('SIGKILL');
    console.error('bench:serve: deadline reached, server killed');
    process.exit(1);
  }, deadlineMs);
  const pid = child.pid!;
  try {
    const clip = wav16(voiced(16000, 3), 16000);
    // Warm-up: each worker (or the one thread) compiles its kernels and model on first use.
    for (let i = 0; i < 4; i++) await call(base, 'POST', '/api/predict', clip);
    const idleRssMb = rssMb(pid, 'VmRSS');

    const t0 = performance.now();
    const concurrent = await withPeakRss(pid, () => Promise.all(Array.from({ length: concurrency }, () => call(base, 'POST', '/api/predict', clip))));
    const concurrentWallMs = Math.round(performance.now() - t0);

    const hostile = await withPeakRss(pid, async () => {
      const attack = call(base, 'POST', '/api/predict', hostileWav());
      await new Promise((r) => setTimeout(r, 200));
      const gets: Promise<Answer>[] = [];
      const posts: Promise<Answer>[] = [];
      for (let i = 0; i < 20; i++) {
        gets.push(call(base, 'GET', '/'));
        posts.push(call(base, 'POST', '/api/predict', clip));
        await new Promise((r) => setTimeout(r, 50));
      }
      return { attack: await attack, gets: await Promise.all(gets), posts: await Promise.all(posts) };
    });

    const result = {
      benchmark: 'serve',
      voe,
      host: '127.0.0.1',
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      node: process.version,
      clip: { seconds: 3, bytes: clip.length },
      idleRssMb,
      concurrent: { ...latency(concurrent.result), wallMs: concurrentWallMs, peakRssMb: concurrent.peakRssMb },
      hostile: {
        upload: { bytes: 100_044, declaredHz: 63, bits: 8, status: hostile.result.attack.status, ms: Math.round(hostile.result.attack.ms) },
        getIndex: latency(hostile.result.gets),
        predict: latency(hostile.result.posts),
        peakRssMb: hostile.peakRssMb,
      },
      serverPeakRssMb: rssMb(pid, 'VmHWM'),
    };
    const text = JSON.stringify(result, null, 1);
    if (out) writeFileSync(out, `${text}\n`);
    console.log(text);
  } finally {
    clearTimeout(deadline);
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
