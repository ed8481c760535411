/**
 * The live page in a real browser: Debian's headless Chromium, whose fake microphone plays a RAVDESS clip, against
 * `createEmotionServer` with the bundled model. Skips, saying why, without Chromium (.ci/run installs it) or the
 * shared data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { bundledModelDir } from '../../src/predict/bundled.js';
import { EmotionPredictor } from '../../src/predict/predictor.js';
import { createEmotionServer } from '../../src/serve/server.js';
import { needShared, sharedPath } from '../helpers/shared.js';

const CHROMIUM = process.env.VOE_CHROMIUM ?? '/usr/bin/chromium';
// Chromium's fake capture device plays 44.1/48 kHz WAV files only (a 16 kHz one comes out as silence).
const CLIP = 'data/ravdess-speech-48k-cut/03-01-05-02-01-01-01.wav';

function skipReason(): string | false {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium, or set VOE_CHROMIUM)`;
  return needShared(CLIP);
}

test('the page classifies the microphone live and an uploaded file, with no errors in the page', { skip: skipReason(), timeout: 120_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const predictor = await EmotionPredictor.load(bundledModelDir());
  const requests: string[] = [];
  const server = createEmotionServer(predictor, { log: (l) => requests.push(l) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const clip = sharedPath(CLIP);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${clip}`, '--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    // Page functions are strings: this project compiles without the DOM's types.
    await page.waitForFunction("document.getElementById('model').textContent.includes('cross-validated')");
    const shown = (await page.textContent('#model'))!;
    assert.match(shown, /model: [\w+-]+; cross-validated on 1440 clips .* unweighted accuracy \d+\.\d ± \d+\.\d %/);
    assert.ok(shown.startsWith(`model: ${predictor.name};`), shown);

    await page.click('#mic');
    // The first window is sent once 3 s have been heard.
    await page.waitForFunction("document.getElementById('history').children.length >= 2", null, { timeout: 30_000 });
    const verdict = (await page.textContent('#verdict'))!;
    assert.ok(predictor.classes.includes(verdict), `verdict "${verdict}"`);
    const bars = (await page.evaluate("[...document.querySelectorAll('.bar')].map((r) => [r.children[0].textContent, Number.parseFloat(r.children[2].textContent)])")) as [string, number][];
    assert.deepEqual(bars.map(([c]) => c), predictor.classes);
    const total = bars.reduce((s, [, p]) => s + p, 0);
    assert.ok(Math.abs(total - 100) <= 5, `bars add up to ${total} % (each rounded)`);
    // The clip has silent stretches (and loops), so the meter is polled until it shows sound.
    await page.waitForFunction("document.getElementById('level').value > -60", null, { timeout: 10_000 });
    await page.click('#mic');
    assert.equal(await page.textContent('#mic'), 'Start microphone');

    await page.setInputFiles('#file', clip);
    await page.waitForFunction("document.getElementById('status').textContent.endsWith(': done')", null, { timeout: 30_000 });
    assert.ok(predictor.classes.includes((await page.textContent('#verdict'))!));
    assert.deepEqual(errors, []);
    assert.ok(requests.filter((r) => r.startsWith('POST /api/predict 200')).length >= 3, requests.join('\n'));
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
    predictor.dispose();
  }
});
