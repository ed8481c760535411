/**
 * Long audio (issue 20, case 1): the kernels' bump allocator once computed its next offset with `& ~15`, which wraps
 * to a negative number past 2 GiB; a clip past ~55 min at 16 kHz then failed with "RangeError: offset is out of
 * bounds", and so did every clip after it in the same thread. These tests build their input in memory and reach the
 * limits directly instead of extracting an hour of audio.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureConfig } from '../../src/config.js';
import { extractFeatures, featuresFromWavBytes, MAX_CLIP_SAMPLES } from '../../src/features/extract.js';
import { MAX_HEAP_BYTES, resetWasmDsp, wasmDsp } from '../../src/features/wasm-dsp.js';
import { isVoeError } from '../../src/errors.js';
import { chunk, encodeSamples, fmtChunk, riff } from '../helpers/wav-writer.js';

const config = featureConfig();

/** A 3-s clip: a tone with a little noise. */
function clip(seconds = 3): Float32Array {
  const y = new Float32Array(seconds * config.sr);
  let s = 7;
  for (let i = 0; i < y.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    y[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / config.sr) + 0.01 * (s / 2 ** 32 - 0.5);
  }
  return y;
}

const tooLong = (e: unknown) => isVoeError(e) && e.code === 'TOO_LONG';

test('an allocation past the 2 GiB heap limit is refused with TOO_LONG, and the kernels still work afterwards', () => {
  resetWasmDsp();
  const dsp = wasmDsp();
  extractFeatures(clip(3), config, 'warm-up.wav');
  // ~1.1 GiB, then as much again: together past 2^31 bytes, where the old allocator wrapped to a negative offset.
  const big = Math.floor((0.55 * MAX_HEAP_BYTES) / 8);
  dsp.alloc(big);
  assert.throws(() => dsp.alloc(big), tooLong);
  // The same thread's next clip, longer than the last (so it needs new heap space), is unharmed.
  const after = extractFeatures(clip(5), config, 'after.wav');
  // The large memory was given back: the next clip runs on a fresh, small kernel set.
  assert.ok(wasmDsp().heapBytes < 256 * 2 ** 20, `heap kept at ${wasmDsp().heapBytes} bytes`);
  const fresh = extractFeatures(clip(5), config, 'fresh.wav');
  assert.deepEqual(after.mfcc.data, fresh.mfcc.data);
  assert.deepEqual(after.f0, fresh.f0);
});

test('a clip longer than MAX_CLIP_SAMPLES is refused with TOO_LONG before any work', () => {
  const y = new Float32Array(MAX_CLIP_SAMPLES + 1);
  const t0 = performance.now();
  assert.throws(() => extractFeatures(y, config, 'long.wav'), (e: unknown) => tooLong(e) && /69\.9 min/.test((e as Error).message));
  // Refused up front: no hour of extraction first (a loose bound, only to tell "refused" from "tried").
  assert.ok(performance.now() - t0 < 2000);
});

test('a small WAV whose header declares hours of audio is refused from its header, before decoding', async () => {
  // 100 KB of 8-bit samples declared at 1 Hz: 100,000 s, 1.6e9 samples at 16 kHz.
  const data = encodeSamples('pcm8', new Uint8Array(100_000).fill(128));
  const bytes = riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 1, bitsPerSample: 8 }), chunk('data', data)]);
  await assert.rejects(featuresFromWavBytes(bytes, config, 'hostile.wav'), tooLong);
});

test('after a failed clip, the next clip in the same thread is featurised normally', async () => {
  resetWasmDsp();
  const good = extractFeatures(clip(), config, 'good.wav');
  // A refusal in the middle of extraction (a silent clip, found so in the kernels' memory).
  assert.throws(() => extractFeatures(new Float32Array(3 * config.sr), config, 'silent.wav'), (e: unknown) => isVoeError(e) && e.code === 'SILENT_AUDIO');
  assert.deepEqual(extractFeatures(clip(), config, 'good-again.wav').logmel.data, good.logmel.data);
});
