import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { AudioError } from '../../src/errors.js';
import { loadAudio, readAudioFile, releaseResamplers, resample } from '../../src/audio/index.js';
import { resampleInBlocks } from '../../src/audio/resample.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { tempDir, wav, writeFile } from '../helpers/wav-writer.js';

after(releaseResamplers);

function sine(n: number, sr: number, hz: number, amp = 0.5, phase = 0): Float32Array {
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) y[i] = amp * Math.sin(2 * Math.PI * hz * (i / sr) + phase);
  return y;
}

/** Pearson correlation of a and b over their first n samples. */
function correlation(a: Float32Array, b: Float32Array, n: number): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/**
 * Time shift, in output samples, of a resampled sine against the ideal one: the phase of its projection on
 * sin/cos over the middle half (away from the edges), converted to samples.
 */
function sineLag(y: Float32Array, sr: number, hz: number): number {
  let s = 0;
  let c = 0;
  for (let i = Math.floor(y.length / 4); i < Math.floor((3 * y.length) / 4); i++) {
    const w = (2 * Math.PI * hz * i) / sr;
    s += y[i] * Math.sin(w);
    c += y[i] * Math.cos(w);
  }
  // y ≈ A·sin(w·(i − lag)) = A·(sin·cos(w·lag) − cos·sin(w·lag)), so lag = atan2(−c, s) / (2π·hz/sr).
  return Math.atan2(-c, s) / ((2 * Math.PI * hz) / sr);
}

describe('resample: length, alignment and identity', () => {
  const pairs: [number, number][] = [
    [48000, 16000],
    [16000, 48000],
    [44100, 16000],
    [22050, 16000],
    [8000, 16000],
    [16000, 22050],
  ];

  for (const [srIn, srOut] of pairs) {
    test(`${srIn} → ${srOut}: a 440 Hz sine keeps its timing (no group delay) and its amplitude`, async () => {
      const x = sine(Math.round(srIn * 0.5), srIn, 440);
      const y = await resample(x, srIn, srOut);
      assert.equal(y.length, Math.round((x.length * srOut) / srIn));
      assert.ok(Math.abs(sineLag(y, srOut, 440)) < 0.01, `lag ${sineLag(y, srOut, 440)} samples`);
      const ideal = sine(y.length, srOut, 440);
      let maxErr = 0;
      for (let i = 200; i < y.length - 200; i++) maxErr = Math.max(maxErr, Math.abs(y[i] - ideal[i]));
      assert.ok(maxErr < 1e-3, `interior error ${maxErr}`);
    });
  }

  test('the output length is Math.round(n · srOut / srIn) for every n from 1 to 160', async () => {
    for (const [srIn, srOut] of [
      [48000, 16000],
      [44100, 16000],
      [16000, 22050],
    ]) {
      for (let n = 1; n <= 160; n++) {
        const y = await resample(new Float32Array(n).fill(0.25), srIn, srOut);
        assert.equal(y.length, Math.round((n * srOut) / srIn), `${srIn} → ${srOut}, n = ${n}`);
      }
    }
  });

  test('the last samples are not lost: a sine running to the end is reproduced up to the edge', async () => {
    const x = sine(48000, 48000, 200, 0.5, 0.3);
    const y = await resample(x, 48000, 16000);
    const ideal = sine(y.length, 16000, 200, 0.5, 0.3);
    // Within ~1.5 ms of the end the band-limited edge (the signal stops dead) bends the sine; before that it is exact.
    for (let i = y.length - 200; i < y.length - 25; i++) assert.ok(Math.abs(y[i] - ideal[i]) < 2e-3, `sample ${i}: ${y[i]} vs ${ideal[i]}`);
    assert.ok(Math.abs(y[y.length - 1]) > 0.05, 'last sample is signal, not zero padding');
  });

  test('equal rates return a copy, not the same array', async () => {
    const x = sine(100, 16000, 1000);
    const y = await resample(x, 16000, 16000);
    assert.notEqual(y, x);
    assert.deepEqual(y, x);
  });

  test('an empty signal gives an empty signal', async () => {
    assert.equal((await resample(new Float32Array(0), 48000, 16000)).length, 0);
  });

  test('invalid rates raise INVALID_ARGUMENT', async () => {
    const x = new Float32Array(10);
    for (const [a, b] of [
      [0, 16000],
      [16000, -1],
      [44100.5, 16000],
      [256 * 16000 + 1, 16000],
    ]) {
      await assert.rejects(resample(x, a, b), (e: unknown) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT');
    }
  });

  test('rates above the wrapper limit of 192 kHz work when their ratio reduces (352.8 kHz → 16 kHz)', async () => {
    const y = await resample(sine(35280, 352800, 440), 352800, 16000);
    assert.equal(y.length, 1600);
    assert.ok(Math.abs(sineLag(y, 16000, 440)) < 0.01);
  });
});

describe('resample: long signals are processed in exact blocks', () => {
  test('blocks give the same result as one call (48 kHz → 16 kHz and 16 kHz → 44.1 kHz)', async () => {
    const x = new Float32Array(60000);
    for (let i = 0; i < x.length; i++) x[i] = 0.4 * Math.sin(i * 0.031) + 0.3 * Math.sin(i * 0.71) + 0.2 * Math.sin(i * 1.9) * Math.sin(i * 0.0007);
    for (const [srIn, srOut, cap] of [
      [48000, 16000, 9000],
      [16000, 44100, 40000],
    ]) {
      const whole = await resample(x, srIn, srOut);
      const blocks = await resampleInBlocks(x, srIn, srOut, cap);
      assert.equal(blocks.length, whole.length);
      let maxDiff = 0;
      for (let i = 0; i < whole.length; i++) maxDiff = Math.max(maxDiff, Math.abs(whole[i] - blocks[i]));
      assert.ok(maxDiff < 1e-6, `${srIn} → ${srOut}: max difference ${maxDiff}`);
    }
  });

  test('a 22 s signal at 48 kHz (beyond the wrapper buffer of 1,008,000 samples) keeps its tail', async () => {
    const x = sine(22 * 48000, 48000, 300);
    const y = await resample(x, 48000, 16000);
    assert.equal(y.length, 22 * 16000);
    const ideal = sine(y.length, 16000, 300);
    let maxErr = 0;
    for (let i = 1000; i < y.length - 100; i++) maxErr = Math.max(maxErr, Math.abs(y[i] - ideal[i]));
    assert.ok(maxErr < 1e-3, `max error ${maxErr}`);
  });
});

describe('loadAudio', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  test('reads, mixes to mono and resamples to 16 kHz by default; sr: null keeps the file rate', async () => {
    const frames = 4410;
    const left = sine(frames, 44100, 500);
    const interleaved: number[] = [];
    for (let i = 0; i < frames; i++) interleaved.push(Math.round(left[i] * 32767), Math.round(left[i] * 32767));
    const path = writeFile(tmp.dir, 'stereo.wav', wav({ format: 'pcm16', channels: 2, sampleRate: 44100, samples: interleaved }));

    const a = await loadAudio(path);
    assert.equal(a.sr, 16000);
    assert.equal(a.y.length, 1600);
    assert.equal(a.sourceSampleRate, 44100);
    assert.equal(a.channels, 2);
    assert.equal(a.format, 'pcm16');
    assert.equal(a.path, path);
    assert.equal(a.durationSeconds, 0.1);

    const b = await loadAudio(path, { sr: null });
    assert.equal(b.sr, 44100);
    assert.equal(b.y.length, frames);
    const c = await loadAudio(path, { sr: 8000 });
    assert.equal(c.y.length, 800);
    await assert.rejects(loadAudio(path, { sr: 0 }), (e: unknown) => e instanceof AudioError && e.code === 'INVALID_ARGUMENT' && e.message.includes(path));
  });
});

describe('resample: real 48 kHz RAVDESS clips match their 16 kHz twins', () => {
  const cut = 'data/ravdess-speech-48k-cut';
  const full = 'data/ravdess-speech-16k';
  const skip = needShared(cut) || needShared(full);

  test('each of the 24 clips, resampled 48 → 16 kHz, correlates ≥ 0.999 with the first 2.389 s of its twin, at lag 0', { skip }, async () => {
    const names = readdirSync(sharedPath(cut)).filter((f) => f.endsWith('.wav')).sort();
    assert.equal(names.length, 24);
    const compared = Math.floor(2.389 * 16000);
    for (const name of names) {
      const actor = name.slice(-6, -4);
      const twinPath = join(sharedPath(full), `Actor_${actor}`, name);
      assert.ok(existsSync(twinPath), `missing twin ${twinPath}`);
      const loaded = await loadAudio(join(sharedPath(cut), name));
      assert.equal(loaded.sourceSampleRate, 48000);
      const twin = (await readAudioFile(twinPath)).samples;
      assert.ok(loaded.y.length >= compared);
      const r = correlation(loaded.y, twin, compared);
      assert.ok(r >= 0.999, `${name}: correlation ${r.toFixed(5)}`);
      // No time shift: lag 0 beats ±1 sample.
      assert.ok(r > correlation(loaded.y.subarray(1), twin, compared) && r > correlation(loaded.y, twin.subarray(1), compared), `${name}: shifted`);
    }
  });
});
