/**
 * `npm run bench:web`: the predictor in headless Chromium (Debian's), loading a site `voe export-web` wrote from a
 * static server on 127.0.0.1, printed as one JSON object:
 *
 * - per backend (wasm, cpu, and WebGL, which headless Chromium without a GPU emulates in software): model load time
 *   (`EmotionPredictor.load`: backend start, wasm compile, model download and parse), page-ready time, and the time
 *   of one 3 s window, whole (`predict` at 48 kHz, the microphone's usual rate, and at 16 kHz) and split into its
 *   steps (resample 48 → 16 kHz, features, networks + SVM), as medians of `VOE_BENCH_REPS` (default 15) runs after
 *   two warm-up runs; and the largest difference from the Node predictor's probabilities over five clips;
 * - the bundle: the entry module's size and that of the chunks it loads on first use (raw and gzip), the bytes each
 *   package contributes, and the wasm files beside it.
 *
 * Skips (printing a JSON object saying why) without Chromium or the shared data. VOE_BENCH_WEB_BACKENDS picks the
 * backends (comma-separated; default wasm,cpu,webgl).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundledModelDir } from '../src/predict/bundled.js';
import { EmotionPredictor, type Prediction } from '../src/predict/predictor.js';
import { browserBundleDir, webSiteFiles, writeWebSite } from '../src/serve/web-site.js';
import { startStaticServer } from '../test/helpers/static-server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')))!;
const dataDir = process.env.VOE_BENCH_DATA ?? resolve(repo, '..', 'shared', 'data');
const CHROMIUM = process.env.VOE_CHROMIUM ?? '/usr/bin/chromium';
const REPS = Number(process.env.VOE_BENCH_REPS ?? 15);
const BACKENDS = (process.env.VOE_BENCH_WEB_BACKENDS ?? 'wasm,cpu,webgl').split(',');
/** A 3.5 s clip: its first 3 s are the window. */
const WINDOW_CLIP = 'ravdess-speech-16k/Actor_01/03-01-05-02-01-01-01.wav';
const PARITY_CLIPS = [
  WINDOW_CLIP,
  'ravdess-speech-16k/Actor_08/03-01-04-01-02-02-08.wav',
  'ravdess-speech-16k/Actor_15/03-01-03-02-01-01-15.wav',
  'ravdess-speech-16k/Actor_22/03-01-06-01-02-01-22.wav',
  'ravdess-speech-48k-cut/03-01-05-02-01-01-01.wav',
];

const round = (x: number, d = 1) => Number(x.toFixed(d));

function maxDifference(a: Prediction, b: Prediction): number {
  const pairs: [Record<string, number>, Record<string, number>][] = [[a.probabilities, b.probabilities]];
  for (const name of Object.keys(a.base ?? {})) pairs.push([a.base![name], b.base![name]]);
  return Math.max(...pairs.flatMap(([x, y]) => Object.keys(x).map((k) => Math.abs(x[k] - y[k]))));
}

/** Runs in the page (as a string: this project compiles without the DOM's types). */
const TIMING = (reps: number) => `(async () => {
  const m = await import('./voe-browser.js');
  const p = window.voePage.predictor;
  const bytes = new Uint8Array(await (await fetch('clips/${WINDOW_CLIP}')).arrayBuffer());
  const d = m.decodeWav(bytes);
  const w16 = d.samples.slice(0, 3 * d.sampleRate);
  const w48 = await m.resample(w16, d.sampleRate, 48000);
  const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const runs = { predict48k: [], predict16k: [], resample48to16: [], features: [], networksAndSvm: [] };
  for (let i = 0; i < 2 + ${reps}; i++) {
    const r = {
      predict48k: await time(() => p.predict(w48, 48000)),
      predict16k: await time(() => p.predict(w16, d.sampleRate)),
      resample48to16: await time(() => m.resample(w48, 48000, 16000)),
    };
    let fs;
    r.features = await time(async () => { fs = await m.featuresFromSamples(w16, d.sampleRate, p.featureConfig); });
    r.networksAndSvm = await time(() => p.predictFeatures(fs));
    if (i >= 2) for (const k of Object.keys(runs)) runs[k].push(r[k]);
  }
  return JSON.stringify(Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, { medianMs: median(xs), minMs: Math.min(...xs), maxMs: Math.max(...xs) }])));
})()`;

const PREDICT_CLIP = (clip: string) => `(async () => {
  const bytes = new Uint8Array(await (await fetch('clips/${clip}')).arrayBuffer());
  const { samples, sampleRate } = window.voePage.decodeWav(bytes);
  return JSON.stringify(await window.voePage.predictor.predict(samples, sampleRate));
})()`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(JSON.stringify({ benchmark: 'web', skipped: `no Chromium at ${CHROMIUM} (apt-get install chromium, or set VOE_CHROMIUM)` }));
    return;
  }
  if (!PARITY_CLIPS.every((c) => existsSync(join(dataDir, c)))) {
    console.log(JSON.stringify({ benchmark: 'web', skipped: `shared clips not found under ${dataDir}` }));
    return;
  }
  const { chromium } = await import('playwright-core');
  const parent = mkdtempSync(join(tmpdir(), 'voe-bench-web-'));
  const site = join(parent, 'site');
  writeWebSite(webSiteFiles(bundledModelDir()), site);
  const server = await startStaticServer({ '/': site, '/clips/': dataDir });
  const node = await EmotionPredictor.load(bundledModelDir());
  const inNode = await Promise.all(PARITY_CLIPS.map((c) => node.predictFile(join(dataDir, c))));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const loadBefore = loadavg()[0];
  const backends: Record<string, unknown> = {};
  try {
    for (const backend of BACKENDS) {
      // A fresh context each time: nothing cached from the previous backend's visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}?backend=${backend}`);
      await page.waitForFunction('window.voePage', null, { timeout: 120_000 });
      const ready = JSON.parse((await page.evaluate('JSON.stringify({ error: window.voePage.error, loadMs: window.voePage.loadMs, readyMs: window.voePage.readyMs, backend: window.voePage.backend })')) as string) as {
        error?: string; loadMs: number; readyMs: number; backend: { name: string; details: string };
      };
      if (ready.error) {
        backends[backend] = { error: ready.error };
        await context.close();
        continue;
      }
      const reps = backend === 'wasm' ? REPS : Math.min(REPS, 5);
      const timing = JSON.parse((await page.evaluate(TIMING(reps))) as string) as Record<string, { medianMs: number; minMs: number; maxMs: number }>;
      let parity = 0;
      for (let i = 0; i < PARITY_CLIPS.length; i++) {
        parity = Math.max(parity, maxDifference(inNode[i], JSON.parse((await page.evaluate(PREDICT_CLIP(PARITY_CLIPS[i]))) as string) as Prediction));
      }
      backends[backend] = {
        details: ready.backend.details,
        modelLoadMs: round(ready.loadMs),
        pageReadyMs: round(ready.readyMs),
        reps,
        window3s: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, { medianMs: round(v.medianMs), minMs: round(v.minMs), maxMs: round(v.maxMs) }])),
        parityMaxAbsDiff: Number(parity.toPrecision(3)),
      };
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    node.dispose();
    rmSync(parent, { recursive: true, force: true });
  }

  const bundleDir = browserBundleDir();
  const report = JSON.parse(readFileSync(join(bundleDir, 'bundle-report.json'), 'utf8')) as {
    bytes: number; files: { file: string; bytes: number; entry: boolean; largestInput: string }[];
    byPackage: { name: string; bytes: number; share: number }[]; wasm: { file: string; bytes: number }[];
  };
  const gz = (f: string) => gzipSync(readFileSync(join(bundleDir, f)), { level: 9 }).length;
  const kib = (b: number) => round(b / 1024);
  console.log(JSON.stringify({
    benchmark: 'web',
    chromium: await (async () => { const b = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }); const v = b.version(); await b.close(); return v; })(),
    cpu: cpus()[0]?.model,
    loadAverageBefore: round(loadBefore, 2),
    backends,
    bundle: {
      entry: { file: 'voe-browser.js', kib: kib(readFileSync(join(bundleDir, 'voe-browser.js')).length), gzipKib: kib(gz('voe-browser.js')) },
      chunks: report.files.filter((f) => !f.entry && f.bytes > 10_000).map((f) => ({ file: f.file, kib: kib(f.bytes), gzipKib: kib(gz(f.file)), largestInput: f.largestInput })),
      allJsKib: kib(report.bytes),
      byPackageKib: report.byPackage.slice(0, 10).map((p) => ({ name: p.name, kib: kib(p.bytes), share: p.share })),
      wasm: report.wasm.map((w) => ({ file: w.file, kib: kib(w.bytes), gzipKib: kib(gz(w.file)) })),
      siteFiles: webSiteFiles(bundledModelDir()).size,
    },
  }, null, 1));
}

await main();
