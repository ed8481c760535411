import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { decodeWav } from '../../src/audio/wav.js';
import { bundledModelDir } from '../../src/predict/bundled.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmotionPredictor, predictableModels } from '../../src/predict/predictor.js';
import { createEmotionServer } from '../../src/serve/server.js';

/** The model the bundled run's report ranks first (highest cross-validated UA) among those it saved: the default. */
function reportsBest(): string {
  const metrics = JSON.parse(readFileSync(join(bundledModelDir(), 'metrics.json'), 'utf8')) as { models: Record<string, { ua: { mean: number } }> };
  const saved = predictableModels(bundledModelDir()).filter((n) => metrics.models[n]);
  return saved.reduce((a, b) => (metrics.models[b].ua.mean > metrics.models[a].ua.mean ? b : a));
}

interface WavModule {
  encodeWavFloat32(samples: Float32Array, sampleRate: number): ArrayBuffer;
  rmsDbfs(samples: Float32Array): number;
  lastSamples(ring: Float32Array, next: number, filled: number, length: number): Float32Array;
}

/** The page's own WAV module (plain browser JavaScript in web/), from test/serve or dist/test/serve. */
async function webWav(): Promise<WavModule> {
  const fromSource = import.meta.url.endsWith('.ts');
  return (await import(new URL(fromSource ? '../../web/wav.js' : '../../../web/wav.js', import.meta.url).href)) as WavModule;
}

/** A voiced, vowel-like 2 s sentence stand-in at `sr`: a gliding 120–220 Hz harmonic tone with syllable-rate bursts. */
function voiced(sr: number, seconds = 2): Float32Array {
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

let predictor: EmotionPredictor;
let server: Server;
let base: string;
const logged: string[] = [];

before(async () => {
  predictor = await EmotionPredictor.load(bundledModelDir());
  server = createEmotionServer(predictor, { maxUploadBytes: 2_000_000, log: (l) => logged.push(l) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  predictor.dispose();
});

test('the page and its scripts are served', async () => {
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  assert.match(await page.text(), /<script type="module" src="\/app.js">/);
  for (const [path, marker] of [['/app.js', /getUserMedia/], ['/wav.js', /encodeWavFloat32/], ['/recorder-worklet.js', /registerProcessor\('voe-recorder'/]] as const) {
    const r = await fetch(`${base}${path}`);
    assert.equal(r.status, 200, path);
    assert.match(r.headers.get('content-type')!, /javascript/);
    assert.match(await r.text(), marker);
  }
});

test('/api/model describes the bundled model with its cross-validated scores', async () => {
  const summary = (await (await fetch(`${base}/api/model`)).json()) as ReturnType<EmotionPredictor['summary']>;
  assert.equal(summary.model, reportsBest());
  assert.deepEqual(summary.classes, ['angry', 'calm', 'disgust', 'fearful', 'happy', 'neutral', 'sad', 'surprised']);
  const cv = summary.crossValidated!;
  assert.equal(cv.utterances, 1440);
  assert.match(cv.protocol, /speaker-independent/);
  assert.ok(cv.ua.mean > 0.125 && cv.ua.mean < 1 && cv.ua.std > 0, `UA ${cv.ua.mean} ± ${cv.ua.std}`);
});

test('a WAV from the page\'s encoder is classified: one probability per emotion, summing to 1, same as in-process', async () => {
  const wav = await webWav();
  const samples = voiced(48000);
  const bytes = wav.encodeWavFloat32(samples, 48000);
  const r = await fetch(`${base}/api/predict`, { method: 'POST', body: bytes, headers: { 'content-type': 'audio/wav' } });
  assert.equal(r.status, 200);
  const answer = (await r.json()) as { model: string; emotion: string; probabilities: Record<string, number>; base: Record<string, unknown> };
  assert.equal(answer.model, reportsBest());
  assert.deepEqual(Object.keys(answer.probabilities).sort(), predictor.classes);
  const total = Object.values(answer.probabilities).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total - 1) < 1e-4, `sum ${total}`);
  assert.equal(answer.emotion, Object.entries(answer.probabilities).sort((a, b) => b[1] - a[1])[0][0]);
  assert.deepEqual(Object.keys(answer.base).sort(), ['cnn', 'rnn']);
  const direct = await predictor.predictWavBytes(new Uint8Array(bytes));
  assert.deepEqual(answer.probabilities, JSON.parse(JSON.stringify(direct.probabilities)));
});

test('bad uploads get a clear 4xx error and the server keeps answering', async () => {
  const wav = await webWav();
  const post = async (body: string | ArrayBuffer | Uint8Array) => {
    const r = await fetch(`${base}/api/predict`, { method: 'POST', body });
    return { status: r.status, body: (await r.json()) as { error: { code: string; message: string } } };
  };
  const garbage = await post('this is not audio');
  assert.equal(garbage.status, 400);
  assert.equal(garbage.body.error.code, 'NOT_RIFF_WAVE');
  const silent = await post(wav.encodeWavFloat32(new Float32Array(32000), 16000));
  assert.equal(silent.status, 400);
  assert.equal(silent.body.error.code, 'SILENT_AUDIO');
  const tiny = await post(wav.encodeWavFloat32(voiced(16000, 0.02), 16000));
  assert.equal(tiny.status, 400);
  assert.equal(tiny.body.error.code, 'TOO_SHORT');
  const empty = await post(new Uint8Array(0));
  assert.equal(empty.status, 400);
  assert.match(empty.body.error.message, /empty upload/);
  const huge = await post(wav.encodeWavFloat32(voiced(48000, 12), 48000));
  assert.equal(huge.status, 413);
  assert.equal(huge.body.error.code, 'TOO_LARGE');
  const wrongMethod = await fetch(`${base}/api/predict`);
  assert.equal(wrongMethod.status, 405);
  const missing = await fetch(`${base}/nope`);
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
  // Still serving after all that.
  const ok = await fetch(`${base}/api/predict`, { method: 'POST', body: wav.encodeWavFloat32(voiced(16000), 16000) });
  assert.equal(ok.status, 200);
  assert.ok(logged.some((l) => / 400 NOT_RIFF_WAVE/.test(l)), logged.join('\n'));
});

test('the page\'s WAV encoder round-trips through the decoder; its ring buffer and level meter are right', async () => {
  const wav = await webWav();
  const samples = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 7) * 0.5);
  const decoded = decodeWav(new Uint8Array(wav.encodeWavFloat32(samples, 22050)));
  assert.equal(decoded.sampleRate, 22050);
  assert.deepEqual([...decoded.samples], [...samples]);
  const ring = Float32Array.from([5, 6, 7, 3, 4]); // written 1 … 7: next write at index 3
  assert.deepEqual([...wav.lastSamples(ring, 3, 7, 5)], [3, 4, 5, 6, 7]);
  assert.deepEqual([...wav.lastSamples(ring, 3, 7, 2)], [6, 7]);
  assert.deepEqual([...wav.lastSamples(new Float32Array([1, 2, 0, 0]), 2, 2, 4)], [1, 2]);
  assert.ok(Math.abs(wav.rmsDbfs(new Float32Array(100).fill(0.5)) - 20 * Math.log10(0.5)) < 1e-9);
  assert.equal(wav.rmsDbfs(new Float32Array(10)), -Infinity);
});

test('`voe serve --port 0` prints its URL, answers, and stops on SIGTERM', async () => {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(`../../src/cli/main.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  const child = spawn(process.execPath, [...(fromSource ? ['--import', 'tsx'] : []), entry, 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/\S+)\n/m.exec(out);
      if (m) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`voe serve exited (${code}) before printing its URL: ${stderr}`)));
  });
  const summary = (await (await fetch(`${url}api/model`)).json()) as { model: string };
  assert.equal(summary.model, reportsBest());
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
});
