/**
 * The predictor in the browser (`voe export-web`): the site it writes, the same predictor loaded over HTTP, and in
 * Debian's headless Chromium, from a plain static server with no API, the browser's probabilities against the
 * Node predictor's and the live microphone path. The browser part skips, saying why, without Chromium
 * (.ci/run installs it) or the shared data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWav } from '../../src/audio/wav.js';
import { bundledModelDir } from '../../src/predict/bundled.js';
import { fetchModelSource } from '../../src/predict/model-source.js';
import { EmotionPredictor, type Prediction } from '../../src/predict/predictor.js';
import type { AddressInfo } from 'node:net';
import { createEmotionServer } from '../../src/serve/server.js';
import { webSiteFiles } from '../../src/serve/web-site.js';
import { Rng } from '../../src/util/random.js';
import { runVoe } from '../helpers/cli.js';
import { wav } from '../helpers/wav-writer.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { startStaticServer } from '../helpers/static-server.js';

const CHROMIUM = process.env.VOE_CHROMIUM ?? '/usr/bin/chromium';
/** Parity clips: four actors and emotions at 16 kHz, and one 48 kHz clip (resampled in the page, as in Node). */
const PARITY_CLIPS = [
  'data/ravdess-speech-16k/Actor_01/03-01-05-02-01-01-01.wav',
  'data/ravdess-speech-16k/Actor_08/03-01-04-01-02-02-08.wav',
  'data/ravdess-speech-16k/Actor_15/03-01-03-02-01-01-15.wav',
  'data/ravdess-speech-16k/Actor_22/03-01-06-01-02-01-22.wav',
  'data/ravdess-speech-48k-cut/03-01-05-02-01-01-01.wav',
];
// Chromium's fake capture device plays 44.1/48 kHz WAV files only (a 16 kHz one comes out as silence).
const MIC_CLIP = 'data/ravdess-speech-48k-cut/03-01-05-02-01-01-01.wav';
const PARITY_TOLERANCE = 1e-4;

function exportSite(): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'voe-web-'));
  const dir = join(parent, 'site');
  const r = runVoe(['export-web', '--out', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), dir);
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

function maxDifference(a: Prediction, b: Prediction): number {
  const pairs: [Record<string, number>, Record<string, number>][] = [[a.probabilities, b.probabilities]];
  for (const name of Object.keys(a.base ?? {})) pairs.push([a.base![name], b.base![name]]);
  let worst = 0;
  for (const [x, y] of pairs) {
    assert.deepEqual(Object.keys(y).sort(), Object.keys(x).sort());
    for (const k of Object.keys(x)) worst = Math.max(worst, Math.abs(x[k] - y[k]));
  }
  return worst;
}

test('voe export-web writes a self-contained site: page, bundle, wasm, model, data licence, offline cache list', () => {
  const { dir, cleanup } = exportSite();
  try {
    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { files: string[]; model: string; version: string };
    for (const f of ['index.html', 'app.js', 'recorder-worklet.js', 'wav.js', 'voe-browser.js', 'tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'libsvm.wasm',
      'LICENSE-MODEL.md', 'model/metrics.json', 'model/models/final-ensemble/voe-stacking.json', 'model/models/final-cnn/weights.bin', 'model/models/final-rnn/model.json']) {
      assert.ok(site.files.includes(f), `site.json lists ${f}`);
      assert.ok(existsSync(join(dir, f)), `${f} is written`);
    }
    // The service worker caches exactly the listed files (plus the folder itself and site.json).
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const f of site.files) assert.ok(sw.includes(`"./${f}"`), `sw.js caches ${f}`);
    assert.match(sw, new RegExp(`voe-${site.version}`));
    assert.match(readFileSync(join(dir, 'LICENSE-MODEL.md'), 'utf8'), /CC BY-NC-SA 4\.0/);
    // All references of the page are relative, so the site works below any path of any static host.
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /(src|href)="\//);
    // The corpus' local path is not published.
    assert.equal((JSON.parse(readFileSync(join(dir, 'model', 'metrics.json'), 'utf8')) as { corpus: { root: string } }).corpus.root, 'ravdess-speech-16k');

    // Exporting again over an earlier export replaces it; a folder with other files is refused, untouched.
    assert.equal(runVoe(['export-web', '--out', dir]).status, 0);
    const other = join(dir, '..', 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    const refused = runVoe(['export-web', '--out', other]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /INVALID_ARGUMENT.*not empty/);
    assert.equal(readFileSync(join(other, 'notes.txt'), 'utf8'), 'mine');
    const missing = runVoe(['export-web', '--out', join(dir, '..', 'x'), '--model', join(dir, '..', 'no-such-model')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /FILE_NOT_FOUND/);
    const unknown = runVoe(['export-web', '--out', join(dir, '..', 'y'), '--ensemble', 'no-such-model']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /INVALID_ARGUMENT.*choose one of: .*ensemble/);
    assert.ok(!existsSync(join(dir, '..', 'y')), 'nothing written for a refused export');
  } finally {
    cleanup();
  }
});

test('the predictor loaded over HTTP (fetchModelSource) predicts exactly as the one loaded from the folder', { skip: needShared(PARITY_CLIPS[0]) }, async () => {
  const { dir, cleanup } = exportSite();
  const server = await startStaticServer({ '/': dir });
  const fromFolder = await EmotionPredictor.load(bundledModelDir());
  const overHttp = await EmotionPredictor.load(fetchModelSource(`${server.url}model/`));
  try {
    assert.equal(overHttp.name, fromFolder.name);
    assert.deepEqual(overHttp.summary(), fromFolder.summary());
    const clip = sharedPath(PARITY_CLIPS[0]);
    assert.deepEqual(await overHttp.predictFile(clip), await fromFolder.predictFile(clip));
    // Without a file list, absent optional files are asked for with HEAD (the root's voe-model.json is one).
    assert.ok(server.requests.includes('HEAD /model/voe-model.json 404'), server.requests.join('\n'));
    await assert.rejects(EmotionPredictor.load(fetchModelSource(`${server.url}nothing-here/`)), { code: 'FILE_NOT_FOUND' });
  } finally {
    fromFolder.dispose();
    overHttp.dispose();
    await server.close();
    cleanup();
  }
});

test('predict(samples, sampleRate), the browser\'s entry, equals predictFile on the same WAV at 16 and 48 kHz; bad input is refused', { skip: needShared(PARITY_CLIPS[4]) }, async () => {
  const predictor = await EmotionPredictor.load(bundledModelDir());
  try {
    for (const clip of [PARITY_CLIPS[0], PARITY_CLIPS[4]]) {
      const { samples, sampleRate } = decodeWav(readFileSync(sharedPath(clip)));
      assert.deepEqual(await predictor.predict(samples, sampleRate), await predictor.predictFile(sharedPath(clip)), clip);
    }
    const y = new Float32Array(16000);
    await assert.rejects(predictor.predict(y, 0), { code: 'INVALID_ARGUMENT' });
    await assert.rejects(predictor.predict(y, 44100.5), { code: 'INVALID_ARGUMENT' });
    await assert.rejects(predictor.predict(Array.from(y) as unknown as Float32Array, 16000), { code: 'INVALID_ARGUMENT' });
    // Silence is refused as a silent WAV is.
    await assert.rejects(predictor.predict(y, 16000), { code: 'SILENT_AUDIO' });
  } finally {
    predictor.dispose();
  }
});

test('voe serve keeps its API and serves the in-browser page at /local/', async () => {
  const predictor = await EmotionPredictor.load(bundledModelDir());
  const site = webSiteFiles(bundledModelDir());
  const server = createEmotionServer(predictor, { site });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await fetch(`${base}/local/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assert.equal(await page.text(), new TextDecoder().decode(site.get('index.html')));
    const wasm = await fetch(`${base}/local/libsvm.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal((await wasm.arrayBuffer()).byteLength, site.get('libsvm.wasm')!.length);
    const weights = await fetch(`${base}/local/model/models/final-cnn/weights.bin`, { method: 'HEAD' });
    assert.equal(weights.status, 200);
    const redirect = await fetch(`${base}/local`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/local/');
    assert.equal((await fetch(`${base}/local/nothing.js`)).status, 404);
    // The server-backed page and the API are unchanged.
    assert.equal((await fetch(`${base}/`)).status, 200);
    assert.equal(((await (await fetch(`${base}/api/model`)).json()) as { model: string }).model, predictor.name);
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    predictor.dispose();
  }
});

function browserSkip(): string | false {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium, or set VOE_CHROMIUM)`;
  for (const clip of [...PARITY_CLIPS, MIC_CLIP]) {
    const why = needShared(clip);
    if (why) return why;
  }
  return false;
}

test('in headless Chromium, from a static server with no API: parity with Node, the live microphone, a dropped file, offline', { skip: browserSkip(), timeout: 240_000 }, async (t) => {
  const { chromium } = await import('playwright-core');
  const { dir, cleanup } = exportSite();
  const server = await startStaticServer({ '/': dir, '/clips/': sharedPath('data') });
  const node = await EmotionPredictor.load(bundledModelDir());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${sharedPath(MIC_CLIP)}`, '--no-sandbox'],
  });
  try {
    await t.test(`the page's probabilities (wasm backend) match the Node predictor's within ${PARITY_TOLERANCE}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}?backend=wasm`);
      await page.waitForFunction('window.voePage', null, { timeout: 60_000 });
      assert.equal(await page.evaluate('window.voePage.error'), undefined);
      assert.match((await page.textContent('#backend'))!, /^wasm \(/);
      // The page's default model (the report's best), and the stacking ensemble, whose SVM runs in LIBSVM's wasm.
      await page.evaluate(`(async () => {
        const m = await import('./voe-browser.js');
        const site = await (await fetch('site.json')).json();
        const files = site.files.filter((f) => f.startsWith('model/')).map((f) => f.slice(6));
        window.ensemblePredictor = await m.EmotionPredictor.load(m.fetchModelSource(new URL('model/', location.href).href, { files }), 'ensemble');
      })()`);
      const nodeEnsemble = await EmotionPredictor.load(bundledModelDir(), 'ensemble');
      try {
        for (const [which, inNodePredictor] of [['voePage.predictor', node], ['ensemblePredictor', nodeEnsemble]] as const) {
          for (const clip of PARITY_CLIPS) {
            // Page functions are strings: this project compiles without the DOM's types.
            const inBrowser = JSON.parse(
              (await page.evaluate(`(async () => {
                const bytes = new Uint8Array(await (await fetch('clips/${clip.replace(/^data\//, '')}')).arrayBuffer());
                const { samples, sampleRate } = window.voePage.decodeWav(bytes);
                return JSON.stringify(await window.${which}.predict(samples, sampleRate));
              })()`)) as string,
            ) as Prediction;
            const inNode = await inNodePredictor.predictFile(sharedPath(clip));
            const diff = maxDifference(inNode, inBrowser);
            assert.ok(diff <= PARITY_TOLERANCE, `${inNodePredictor.name}, ${clip}: the browser differs from Node by ${diff}`);
            assert.equal(inBrowser.emotion, inNode.emotion, clip);
            assert.deepEqual(inBrowser.warnings, inNode.warnings, clip);
          }
        }
      } finally {
        nodeEnsemble.dispose();
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    await t.test('the live path: fake microphone, default backend, no request but for the site\'s files', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const before = server.requests.length;
      await page.goto(server.url);
      await page.waitForFunction("document.getElementById('model').textContent.includes('cross-validated')", null, { timeout: 60_000 });
      assert.match((await page.textContent('#model'))!, new RegExp(`model: ${node.name}; cross-validated on 1440 clips .* unweighted accuracy \\d+\\.\\d ± \\d+\\.\\d %`));
      assert.match((await page.textContent('#about'))!, /trained onravdess: 1440 clips of 24 speakers/);
      assert.match((await page.textContent('.privacy'))!, /never leaves this machine/);
      assert.match((await page.textContent('#backend'))!, /^(webgpu|webgl|wasm|cpu) \(/);

      // Keyboard only: focus the button and press Enter.
      await page.focus('#mic');
      await page.keyboard.press('Enter');
      await page.waitForFunction("document.getElementById('history').children.length >= 2", null, { timeout: 60_000 });
      // Recorded at the browser's own rate (48 kHz here) and resampled by the predictor in the page.
      assert.ok((await page.evaluate('window.voePage.micSampleRate')) as number >= 44100);
      const verdict = (await page.textContent('#verdict'))!;
      assert.ok(node.classes.includes(verdict), `verdict "${verdict}"`);
      const bars = (await page.evaluate("[...document.querySelectorAll('.bar')].map((r) => [r.children[0].textContent, Number.parseFloat(r.children[2].textContent)])")) as [string, number][];
      assert.deepEqual(bars.map(([c]) => c), node.classes);
      const total = bars.reduce((s, [, p]) => s + p, 0);
      assert.ok(Math.abs(total - 100) <= 5, `bars add up to ${total} % (each rounded)`);
      await page.click('#mic');
      assert.equal(await page.textContent('#mic'), 'Start microphone');

      await page.setInputFiles('#file', sharedPath(PARITY_CLIPS[1]));
      await page.waitForFunction("document.getElementById('status').textContent.endsWith(': done')", null, { timeout: 30_000 });
      assert.equal(await page.textContent('#verdict'), (await node.predictFile(sharedPath(PARITY_CLIPS[1]))).emotion);
      assert.equal(await page.locator('#warnings li').count(), 0);
      // White noise: a label, and beside it the predictor's low-voiced-speech warning.
      const rng = new Rng(7);
      const noise = wav({ format: 'float32', channels: 1, sampleRate: 16000, samples: Float32Array.from({ length: 3 * 16000 }, () => 0.5 * (2 * rng.next() - 1)) });
      await page.setInputFiles('#file', { name: 'noise.wav', mimeType: 'audio/wav', buffer: Buffer.from(noise) });
      await page.waitForFunction("document.getElementById('status').textContent === 'noise.wav: done'", null, { timeout: 30_000 });
      assert.match((await page.textContent('#warnings'))!, /LOW_VOICED_SPEECH/);
      assert.deepEqual(errors, []);
      const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { files: string[] };
      const asked = server.requests.slice(before).map((r) => r.split(' ')[1]);
      const strays = asked.filter((p) => p !== '/' && !site.files.includes(p.slice(1)) && p !== '/sw.js' && p !== '/site.json');
      assert.deepEqual(strays, [], 'the page asks for nothing but its own files (no API)');
      // Offline after the first load: the service worker answers from its cache.
      await page.waitForFunction('navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true)', null, { timeout: 30_000 });
      await page.evaluate('navigator.serviceWorker.ready');
      const served = server.requests.length;
      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction("document.getElementById('model').textContent.includes('cross-validated')", null, { timeout: 60_000 });
      await page.setInputFiles('#file', sharedPath(PARITY_CLIPS[2]));
      await page.waitForFunction("document.getElementById('status').textContent.endsWith(': done')", null, { timeout: 30_000 });
      assert.equal(server.requests.length, served, `offline, yet the server saw: ${server.requests.slice(served).join(', ')}`);
      await context.close();
    });
  } finally {
    await browser.close();
    await server.close();
    node.dispose();
    cleanup();
  }
});
