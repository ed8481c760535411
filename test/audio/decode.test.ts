import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import wavefile from 'wavefile';
import { AudioError, type VoeErrorCode } from '../../src/errors.js';
import { decodeWav, probeAudio, readAudioFile, type SampleFormat } from '../../src/audio/index.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { ascii, chunk, encodeSamples, fmtChunk, riff, tempDir, wav, writeFile, type StoredFormat } from '../helpers/wav-writer.js';

const tmp = tempDir();
after(tmp.cleanup);
let fileNo = 0;
const save = (bytes: Uint8Array, name = `f${fileNo++}.wav`) => writeFile(tmp.dir, name, bytes);

/** Stored test values per format (extremes, zero, ±1 LSB, something ordinary) and their conventional scaling. */
const CASES: Record<StoredFormat, { values: number[]; scale: (v: number) => number }> = {
  pcm8: { values: [0, 1, 127, 128, 129, 255, 200], scale: (v) => (v - 128) / 128 },
  pcm16: { values: [-32768, -1, 0, 1, 32767, 12345, -20000], scale: (v) => v / 32768 },
  pcm24: { values: [-8388608, -1, 0, 1, 8388607, -1234567, 7654321], scale: (v) => v / 2 ** 23 },
  pcm32: { values: [-2147483648, -1, 0, 1, 2147483647, 123456789, -987654321], scale: (v) => v / 2 ** 31 },
  float32: { values: [-1, 0, 0.5, 1.5, -0.25, 1e-30, Math.fround(0.1)], scale: (v) => v },
  float64: { values: [-1, 0, 0.1, -0.7, 1 / 3, 2.5, 1e-300], scale: (v) => v },
};

/** Expected mono value of one frame: the mean of the scaled channels, in double, rounded once to float32. */
function expectedMono(format: StoredFormat, frame: number[]): number {
  const { scale } = CASES[format];
  let sum = 0;
  for (const v of frame) sum += scale(v);
  return Math.fround(frame.length === 1 ? sum : sum / frame.length);
}

function assertDecoded(got: Float32Array, format: StoredFormat, interleaved: number[], channels: number): void {
  assert.equal(got.length, interleaved.length / channels);
  for (let f = 0; f < got.length; f++) {
    const frame = interleaved.slice(f * channels, (f + 1) * channels);
    assert.equal(got[f], expectedMono(format, frame), `frame ${f} of ${format} × ${channels}`);
  }
}

async function checkFile(bytes: Uint8Array, format: StoredFormat, interleaved: number[], channels: number, sampleRate: number) {
  const path = save(bytes);
  for (const decoded of [decodeWav(bytes, path), await readAudioFile(path)]) {
    assert.equal(decoded.format, format as SampleFormat);
    assert.equal(decoded.channels, channels);
    assert.equal(decoded.sampleRate, sampleRate);
    assert.equal(decoded.durationSeconds, interleaved.length / channels / sampleRate);
    assertDecoded(decoded.samples, format, interleaved, channels);
  }
  const info = await probeAudio(path);
  assert.deepEqual(info, { sampleRate, channels, frames: interleaved.length / channels, durationSeconds: interleaved.length / channels / sampleRate, format });
}

describe('decodeWav: every supported format decodes to the conventionally scaled values', () => {
  for (const format of Object.keys(CASES) as StoredFormat[]) {
    test(`${format} mono`, async () => {
      await checkFile(wav({ format, channels: 1, sampleRate: 16000, samples: CASES[format].values }), format, CASES[format].values, 1, 16000);
    });
    test(`${format} stereo is averaged to mono`, async () => {
      const v = CASES[format].values;
      const interleaved = [...v, ...v.slice().reverse()].slice(0, 2 * Math.floor(v.length));
      await checkFile(wav({ format, channels: 2, sampleRate: 44100, samples: interleaved }), format, interleaved, 2, 44100);
    });
    test(`${format} in WAVE_FORMAT_EXTENSIBLE, 3 channels`, async () => {
      const v = CASES[format].values;
      const interleaved = [...v, ...v, ...v].slice(0, 3 * 5);
      await checkFile(wav({ format, channels: 3, sampleRate: 22050, samples: interleaved, extensible: true }), format, interleaved, 3, 22050);
    });
  }

  test('six channels at an unusual rate (7350 Hz)', async () => {
    const interleaved = Array.from({ length: 6 * 50 }, (_, i) => ((i * 7919) % 65536) - 32768);
    await checkFile(wav({ format: 'pcm16', channels: 6, sampleRate: 7350, samples: interleaved }), 'pcm16', interleaved, 6, 7350);
  });

  test('LIST, fact and odd-sized chunks (with their pad byte) before fmt, before data and after data are skipped', async () => {
    const v = CASES.float32.values;
    const bytes = wav({
      format: 'float32',
      channels: 1,
      sampleRate: 8000,
      samples: v,
      beforeFmt: [chunk('JUNK', new Uint8Array(27).fill(0x55))],
      beforeData: [
        chunk('LIST', new Uint8Array([...ascii('INFOISFT'), 5, 0, 0, 0, ...ascii('Lavf'), 0, 0])),
        chunk('fact', encodeSamples('pcm32', [v.length])),
        chunk('odd ', new Uint8Array([1, 2, 3])),
      ],
      afterData: [chunk('LIST', new Uint8Array(13).fill(0xaa))],
    });
    await checkFile(bytes, 'float32', v, 1, 8000);
  });

  test('an odd-sized chunk whose writer forgot the pad byte is still walked correctly', async () => {
    const v = CASES.pcm16.values;
    const bytes = riff([
      fmtChunk({ formatTag: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 }),
      chunk('LIST', new Uint8Array([9, 8, 7, 6, 5]), { pad: false }),
      chunk('data', encodeSamples('pcm16', v)),
    ]);
    await checkFile(bytes, 'pcm16', v, 1, 16000);
  });

  test('a fmt chunk after the data chunk, and a LIST chunk larger than the 4 KB probe read, still decode and probe', async () => {
    const v = CASES.pcm24.values;
    const bytes = riff([
      chunk('LIST', new Uint8Array(10000).fill(0x41)),
      chunk('data', encodeSamples('pcm24', v)),
      fmtChunk({ formatTag: 1, channels: 1, sampleRate: 96000, bitsPerSample: 24 }),
    ]);
    await checkFile(bytes, 'pcm24', v, 1, 96000);
  });

  test('12-bit PCM in a 16-bit container is scaled as 16-bit (samples are left-justified)', async () => {
    const v = [-32768, 16, 32752];
    const bytes = riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 12, blockAlign: 2 }), chunk('data', encodeSamples('pcm16', v))]);
    await checkFile(bytes, 'pcm16', v, 1, 8000);
  });

  test('a trailing partial frame is ignored', async () => {
    const v = [100, -100, 200, -200];
    const bytes = riff([fmtChunk({ formatTag: 1, channels: 2, sampleRate: 8000, bitsPerSample: 16 }), chunk('data', new Uint8Array([...encodeSamples('pcm16', v), 1, 2, 3]))]);
    await checkFile(bytes, 'pcm16', v, 2, 8000);
  });
});

describe('decodeWav: streaming writers (unknown data size)', () => {
  const v = [1000, -1000, 2000, -2000, 3000];
  const fmt = fmtChunk({ formatTag: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 });
  const samples = encodeSamples('pcm16', v);

  test('data size 0xFFFFFFFF: the data runs to the end of the file', async () => {
    await checkFile(riff([fmt, chunk('data', samples, { declaredSize: 0xffffffff })], { riffSize: 0xffffffff }), 'pcm16', v, 1, 16000);
  });

  test('data size 0 with a placeholder RIFF size (0): the data runs to the end of the file', async () => {
    await checkFile(riff([fmt, chunk('data', samples, { declaredSize: 0 })], { riffSize: 0 }), 'pcm16', v, 1, 16000);
  });

  test('data size 0 with a consistent RIFF size is taken literally: NO_SAMPLES', async () => {
    const path = save(riff([fmt, chunk('data', new Uint8Array(0)), chunk('LIST', new Uint8Array(20))]));
    await expectAudioError(path, 'NO_SAMPLES', 'data chunk is empty', '28 bytes follow');
  });
});

/** Assert that decoding (from bytes and from the file) and probing the file raise AudioError `code`, naming it. */
async function expectAudioError(path: string, code: VoeErrorCode, ...fragments: string[]) {
  const check = (e: unknown) => {
    assert.ok(e instanceof AudioError, `expected an AudioError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.equal(e.path, path);
    assert.ok(e.message.startsWith(`${path}: `), e.message);
    for (const f of fragments) assert.ok(e.message.includes(f), `message "${e.message}" lacks "${f}"`);
    return true;
  };
  await assert.rejects(readAudioFile(path), check);
  if (code !== 'NON_FINITE_SAMPLES') await assert.rejects(probeAudio(path), check);
  else await assert.doesNotReject(probeAudio(path)); // the header is fine; only the samples are bad
}

describe('decodeWav: bad input raises an AudioError naming the file and the problem', () => {
  const fmt16 = fmtChunk({ formatTag: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16 });
  const data16 = chunk('data', encodeSamples('pcm16', [1, 2, 3, 4]));
  const withTag = (formatTag: number, bitsPerSample = 8) => riff([fmtChunk({ formatTag, channels: 1, sampleRate: 8000, bitsPerSample }), chunk('data', new Uint8Array(16))]);

  const cases: [string, Uint8Array, VoeErrorCode, ...string[]][] = [
    ['an empty file', new Uint8Array(0), 'NOT_RIFF_WAVE', 'empty'],
    ['an MP3 with an ID3 tag', new Uint8Array([...ascii('ID3'), 4, 0, 0, 0, 0, 0, 0x21, 0xff, 0xfb, 0x90, 0x64]), 'NOT_RIFF_WAVE', 'MP3'],
    ['a bare MP3 frame', new Uint8Array([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'NOT_RIFF_WAVE', 'MP3'],
    ['a FLAC file', new Uint8Array([...ascii('fLaC'), 0, 0, 0, 34, 0, 0, 0, 0, 0, 0]), 'NOT_RIFF_WAVE', 'FLAC'],
    ['a text file', ascii('label,path\nangry,a.wav\n'), 'NOT_RIFF_WAVE', 'text', "'labe'"],
    ['a RIFF file that is not WAVE', riff([chunk('avih', new Uint8Array(8))], { form: 'AVI ' }), 'NOT_RIFF_WAVE', "'AVI '"],
    ['big-endian RIFX', riff([fmt16, data16], { magic: 'RIFX' }), 'UNSUPPORTED_FORMAT', 'RIFX'],
    ['RF64', riff([fmt16, data16], { magic: 'RF64' }), 'UNSUPPORTED_FORMAT', 'RF64'],
    ['a file cut inside the RIFF header', ascii('RIFF\x10\0'), 'TRUNCATED_HEADER', '6 bytes'],
    ['a file that ends after "RIFF....WAVE"', ascii('RIFF\x04\0\0\0WAVE'), 'TRUNCATED_HEADER'],
    ['a file cut inside the fmt chunk', riff([fmt16, data16]).subarray(0, 30), 'TRUNCATED_HEADER', 'fmt chunk declares 16 bytes', 'after 10'],
    ['a file cut inside a chunk header', riff([fmt16, data16]).subarray(0, 40), 'TRUNCATED_HEADER', '4 byte(s) into a chunk header'],
    ['a LIST chunk running past the end before any data chunk', riff([fmt16, chunk('LIST', new Uint8Array(8), { declaredSize: 5000 })]), 'TRUNCATED_HEADER', "'LIST'", '5000'],
    ['no fmt chunk', riff([chunk('LIST', new Uint8Array(4)), data16]), 'MISSING_CHUNK', "no 'fmt ' chunk", "'LIST', 'data'"],
    ['no data chunk', riff([fmt16, chunk('LIST', new Uint8Array(4))]), 'MISSING_CHUNK', "no 'data' chunk"],
    ['a fmt chunk of 14 bytes', riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16, truncateBodyTo: 14 }), data16]), 'MALFORMED_HEADER', '14 bytes'],
    ['an extensible fmt chunk of 18 bytes', riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16, extensible: { subFormat: 1 }, truncateBodyTo: 18 }), data16]), 'MALFORMED_HEADER', 'EXTENSIBLE', '18 bytes'],
    ['0 channels', riff([fmtChunk({ formatTag: 1, channels: 0, sampleRate: 8000, bitsPerSample: 16, blockAlign: 2 }), data16]), 'MALFORMED_HEADER', '0 channels'],
    ['sample rate 0', riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 0, bitsPerSample: 16 }), data16]), 'MALFORMED_HEADER', 'sample rate 0'],
    ['block align inconsistent with the channels', riff([fmtChunk({ formatTag: 1, channels: 2, sampleRate: 8000, bitsPerSample: 16, blockAlign: 3 }), data16]), 'MALFORMED_HEADER', 'block align 3'],
    ['24 bits per sample in a 2-byte container', riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 24, blockAlign: 2 }), data16]), 'MALFORMED_HEADER', '24 bits'],
    ['a corrupt chunk header', riff([fmt16, new Uint8Array([0, 1, 2, 3, 4, 0, 0, 0]), data16]), 'MALFORMED_HEADER', 'corrupt chunk header at byte 36'],
    ['a data chunk shorter than declared', riff([fmt16, chunk('data', new Uint8Array(600), { declaredSize: 1000 })]), 'TRUNCATED_DATA', 'declares 1000 bytes', 'only 600'],
    ['a data chunk with less than one frame', riff([fmtChunk({ formatTag: 1, channels: 2, sampleRate: 8000, bitsPerSample: 16 }), chunk('data', new Uint8Array(3))]), 'NO_SAMPLES', 'less than one 4-byte frame'],
    ['A-law (6)', withTag(6), 'UNSUPPORTED_CODEC', 'A-law', '0x0006'],
    ['µ-law (7)', withTag(7), 'UNSUPPORTED_CODEC', 'µ-law', '0x0007'],
    ['IMA ADPCM (0x11)', withTag(0x11, 4), 'UNSUPPORTED_CODEC', 'IMA ADPCM', '0x0011'],
    ['MS ADPCM (2)', withTag(2, 4), 'UNSUPPORTED_CODEC', 'Microsoft ADPCM', '0x0002'],
    ['MPEG layer 1/2 (0x50)', withTag(0x50, 0), 'UNSUPPORTED_CODEC', 'MPEG audio', '0x0050'],
    ['MP3 in WAV (0x55)', withTag(0x55, 0), 'UNSUPPORTED_CODEC', 'MP3', '0x0055'],
    ['an unknown format tag', withTag(0x1234), 'UNSUPPORTED_CODEC', 'unknown codec', '0x1234'],
    ['extensible with an A-law sub-format', riff([fmtChunk({ formatTag: 0, channels: 1, sampleRate: 8000, bitsPerSample: 8, extensible: { subFormat: 6 } }), chunk('data', new Uint8Array(8))]), 'UNSUPPORTED_CODEC', 'A-law'],
    ['extensible with a non-standard GUID', riff([fmtChunk({ formatTag: 0, channels: 1, sampleRate: 8000, bitsPerSample: 16, extensible: { subFormat: 1, guidSuffix: Array(14).fill(7) } }), data16]), 'UNSUPPORTED_CODEC', 'GUID'],
    ['16-bit float', riff([fmtChunk({ formatTag: 3, channels: 1, sampleRate: 8000, bitsPerSample: 16 }), data16]), 'UNSUPPORTED_FORMAT', '16-bit float'],
    ['40-bit PCM', riff([fmtChunk({ formatTag: 1, channels: 1, sampleRate: 8000, bitsPerSample: 40 }), chunk('data', new Uint8Array(10))]), 'UNSUPPORTED_FORMAT', '40 bits'],
    ['NaN in a float32 file', wav({ format: 'float32', channels: 1, sampleRate: 8000, samples: [0, 0.5, NaN, 0.1] }), 'NON_FINITE_SAMPLES', 'frame 2', 'float32'],
    ['+Inf in one channel of a stereo float64 file', wav({ format: 'float64', channels: 2, sampleRate: 8000, samples: [0, 0, 0.1, Infinity, 0.2, 0.2] }), 'NON_FINITE_SAMPLES', 'frame 1', 'float64'],
    ['a float64 sample beyond float32 range', wav({ format: 'float64', channels: 1, sampleRate: 8000, samples: [0, 1e300] }), 'NON_FINITE_SAMPLES', 'frame 1'],
  ];
  for (const [what, bytes, code, ...fragments] of cases) {
    test(`${what} → ${code}`, async () => {
      await expectAudioError(save(bytes), code, ...fragments);
    });
  }

  test('decodeWav without a path still raises a clear AudioError', () => {
    assert.throws(() => decodeWav(ascii('hello world, not audio')), (e: unknown) => e instanceof AudioError && e.code === 'NOT_RIFF_WAVE' && e.message.startsWith('not a WAV file'));
  });

  test('a missing file → FILE_NOT_FOUND, a folder → IS_A_DIRECTORY', async () => {
    await expectAudioError(`${tmp.dir}/no-such-file.wav`, 'FILE_NOT_FOUND');
    const folder = `${tmp.dir}/folder.wav`;
    mkdirSync(folder);
    await assert.rejects(readAudioFile(folder), (e: unknown) => e instanceof AudioError && e.code === 'IS_A_DIRECTORY' && e.message.includes(folder));
  });
});

describe('real RAVDESS files', () => {
  const cut = 'data/ravdess-speech-48k-cut';
  const full = 'data/ravdess-speech-16k';

  /** Our decoder against wavefile (an independent parser) on one file: identical int16/32768 values. */
  function checkAgainstWavefile(path: string, sampleRate: number) {
    const bytes = readFileSync(path);
    const ours = decodeWav(bytes, path);
    assert.equal(ours.format, 'pcm16');
    assert.equal(ours.channels, 1);
    assert.equal(ours.sampleRate, sampleRate);
    const theirs = new wavefile.WaveFile(bytes).getSamples(false, Float64Array) as unknown as Float64Array;
    assert.equal(ours.samples.length, theirs.length, path);
    for (let i = 0; i < theirs.length; i++) if (ours.samples[i] !== theirs[i] / 32768) assert.fail(`${path}: sample ${i}`);
  }

  test('the 24 cut 48 kHz clips (with an encoder LIST chunk) decode exactly as wavefile reads them', { skip: needShared(cut) }, () => {
    const names = readdirSync(sharedPath(cut)).filter((f) => f.endsWith('.wav'));
    assert.equal(names.length, 24);
    for (const name of names) checkAgainstWavefile(join(sharedPath(cut), name), 48000);
  });

  test("Actor_01's 60 clips at 16 kHz decode exactly as wavefile reads them", { skip: needShared(`${full}/Actor_01`) }, () => {
    const dir = join(sharedPath(full), 'Actor_01');
    const names = readdirSync(dir).filter((f) => f.endsWith('.wav'));
    assert.equal(names.length, 60);
    for (const name of names) checkAgainstWavefile(join(dir, name), 16000);
  });

  test('probing all 1440 16 kHz clips gives the durations the data README states (2.936 s … 5.272 s)', { skip: needShared(full) }, async () => {
    const durations: number[] = [];
    for (const actor of readdirSync(sharedPath(full)).filter((d) => d.startsWith('Actor_'))) {
      for (const name of readdirSync(join(sharedPath(full), actor))) {
        const info = await probeAudio(join(sharedPath(full), actor, name));
        assert.equal(info.sampleRate, 16000);
        assert.equal(info.format, 'pcm16');
        durations.push(info.durationSeconds);
      }
    }
    assert.equal(durations.length, 1440);
    assert.equal(Math.min(...durations).toFixed(3), '2.936');
    assert.equal(Math.max(...durations).toFixed(3), '5.272');
  });

  test('probeAudio agrees with decoding on a real file', { skip: needShared(cut) }, async () => {
    const path = join(sharedPath(cut), '03-01-05-02-01-01-01.wav');
    const decoded = await readAudioFile(path);
    const info = await probeAudio(path);
    assert.deepEqual(info, { sampleRate: 48000, channels: 1, frames: decoded.samples.length, durationSeconds: decoded.durationSeconds, format: 'pcm16' });
    assert.equal(info.frames, 114688); // 229 376 data bytes / 2
  });
});

test('encodeWav writes what decodeWav reads back: float32 exactly, 16-bit PCM to within two steps', async () => {
  const { encodeWav } = await import('../../src/audio/wav.js');
  const y = Float32Array.from({ length: 1000 }, (_, i) => 1.5 * Math.sin(i / 7));
  const f = decodeWav(encodeWav(y, 48000, 'float32'), 'f.wav');
  assert.equal(f.sampleRate, 48000);
  assert.deepEqual([...f.samples], [...y]);
  const p = decodeWav(encodeWav(y, 16000), 'p.wav');
  assert.equal(p.sampleRate, 16000);
  for (let i = 0; i < y.length; i++) assert.ok(Math.abs(p.samples[i] - Math.max(-1, Math.min(1, y[i]))) <= 2 / 32767, `sample ${i}`);
});
