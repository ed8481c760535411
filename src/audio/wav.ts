/**
 * WAV (RIFF/WAVE) decoding: our own walk of the RIFF structure, then sample decoding straight from the bytes.
 *
 * Why not hand the file to `wavefile`? It was evaluated: it re-parses the whole chunk tree (including the contents
 * of `LIST` chunks, which encoders fill inconsistently), cannot be told which data range our checks validated (so
 * the streaming-size rules below could not be applied), returns raw integers (8-bit unsigned still needs its own
 * scaling), and is ~15× slower on a RAVDESS file. The decoding itself is a handful of `DataView` reads whose values
 * the tests check exactly, and the tests also use `wavefile` as an independent oracle on the real corpus files.
 *
 * Rules, deliberately chosen (each raises an `AudioError` naming the file when it fails):
 * - Chunks are walked from byte 12 to the end of the file; the RIFF size field is not trusted (writers often get
 *   it wrong), except in the data-size-0 rule below. Odd-sized chunks are followed by a pad byte; a writer that
 *   forgot the pad byte is tolerated when the unpadded position holds a plausible chunk id and the padded one not.
 *   Walking stops as soon as `fmt ` and `data` are both known, so damaged chunks after the data do not matter.
 * - Data chunk sizes from streaming writers (which cannot seek back to patch the header):
 *   - 0xFFFFFFFF means "unknown": the data runs to the end of the file (ffmpeg writing to a pipe does this).
 *   - 0 means "unknown" only when the RIFF size is also a placeholder (0 or 0xFFFFFFFF); the data then runs to
 *     the end of the file. Otherwise 0 is taken literally: zero samples, `NO_SAMPLES`.
 *   - Any other size larger than what the file holds is a truncated file: `TRUNCATED_DATA`, stating both sizes.
 * - A trailing partial frame (fewer bytes than one block) at the end of the data is ignored.
 * - Sample scaling is the conventional one: 8-bit (x − 128)/128, 16-bit x/2^15, 24-bit x/2^23, 32-bit x/2^31;
 *   float samples are kept as they are (not clipped), but NaN or ±Inf raise `NON_FINITE_SAMPLES`.
 * - Several channels are mixed to mono by averaging (in double precision, rounded once to float32).
 * - Not supported, with a message naming them: compressed codecs (A-law, µ-law, ADPCM, MPEG, …), big-endian RIFX,
 *   RF64/BW64 (> 4 GB), PCM containers other than 1–4 bytes, float other than 32/64-bit.
 */
import { AudioError } from '../errors.js';

/** The sample encoding of a decoded file, named by its container: 'pcm8' is unsigned 8-bit, the others signed. */
export type SampleFormat = 'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64';

/** A decoded file: mono float32 samples plus what the header said. */
export interface DecodedAudio {
  /** Mono samples (channels averaged), nominally in [-1, 1]; float files may exceed it. */
  samples: Float32Array;
  /** Sample rate in Hz, as stored in the file. */
  sampleRate: number;
  /** Channel count of the file (the samples are already mixed to mono). */
  channels: number;
  format: SampleFormat;
  durationSeconds: number;
}

/** What a header alone tells: enough to sum durations without reading the samples. */
export interface AudioInfo {
  sampleRate: number;
  channels: number;
  /** Sample frames (samples per channel). */
  frames: number;
  durationSeconds: number;
  format: SampleFormat;
}

/** Where the samples are and how they are encoded; the result of walking the RIFF chunks. */
export interface WavLayout extends AudioInfo {
  /** The format tag that was decoded: 1 (PCM) or 3 (IEEE float), after resolving WAVE_FORMAT_EXTENSIBLE. */
  formatTag: 1 | 3;
  /** Bytes per sample of one channel (1–4 for PCM, 4 or 8 for float). */
  bytesPerSample: number;
  /** Bytes per frame (all channels). */
  blockAlign: number;
  /** Byte offset of the first sample in the file. */
  dataOffset: number;
  /** Bytes of sample data used: frames × blockAlign. */
  dataBytes: number;
  /** How the data size was obtained: from the data chunk header, or up to the end of the file (streaming writer). */
  dataSize: 'declared' | 'to-end-of-file';
}

/** A request, from the chunk walker to whoever holds the bytes, for `length` bytes at `offset`. */
export interface ByteRequest {
  offset: number;
  length: number;
}

/**
 * The RIFF walker as a generator: it yields the byte ranges it needs and receives them (possibly shorter, at the
 * end of the file), so one parser serves both a whole file in memory (`decodeWav`) and positioned reads of a file
 * on disk (`probeAudio`) without reading the samples.
 */
export type WavLayoutParser = Generator<ByteRequest, WavLayout, Uint8Array>;

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_IEEE_FLOAT = 0x0003;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** The last 14 bytes of every KSDATAFORMAT_SUBTYPE_* GUID built from a WAVE format tag (mmreg.h / ksmedia.h). */
const KSDATAFORMAT_SUFFIX = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

/** Names of the compressed WAVE format tags one meets in practice (mmreg.h), for error messages. */
const CODEC_NAMES: Readonly<Record<number, string>> = {
  0x0000: 'unknown format 0',
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0010: 'OKI ADPCM',
  0x0011: 'IMA ADPCM',
  0x0022: 'TrueSpeech',
  0x0031: 'GSM 6.10',
  0x0040: 'G.721 ADPCM',
  0x0050: 'MPEG audio (layer 1/2)',
  0x0055: 'MPEG layer 3 (MP3)',
  0x0064: 'G.726 ADPCM',
  0x0092: 'Dolby AC-3 (S/PDIF)',
  0x00ff: 'AAC',
  0x0160: 'Windows Media Audio 1',
  0x0161: 'Windows Media Audio 2',
  0x0162: 'Windows Media Audio Pro',
  0x0163: 'Windows Media Audio Lossless',
  0x1600: 'AAC (ADTS)',
  0x1610: 'HE-AAC',
  0x2000: 'Dolby AC-3',
  0x2001: 'DTS',
  0xf1ac: 'FLAC',
};

const CONVERT_HINT = 'convert it to PCM WAV first, e.g. `ffmpeg -i in.wav -c:a pcm_s16le out.wav`';

function hex4(tag: number): string {
  return `0x${tag.toString(16).toUpperCase().padStart(4, '0')}`;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** A chunk id is four printable ASCII characters (spaces allowed, as in 'fmt '). */
function isChunkId(bytes: Uint8Array, start: number): boolean {
  if (start + 4 > bytes.length) return false;
  for (let i = start; i < start + 4; i++) if (bytes[i] < 0x20 || bytes[i] > 0x7e) return false;
  return true;
}

/** A readable rendering of a chunk id or magic number for messages ("'LIST'", or hex when not printable). */
function showId(bytes: Uint8Array, start: number): string {
  return isChunkId(bytes, start)
    ? `'${ascii(bytes, start, 4)}'`
    : `0x${Array.from(bytes.subarray(start, start + 4), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** What a non-WAV file most likely is, from its first bytes, so the message can say "this is an MP3". */
function sniffNonWav(head: Uint8Array): string | null {
  const s4 = ascii(head, 0, 4);
  if (s4.startsWith('ID3') || (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0)) return 'MP3/MPEG audio';
  if (s4 === 'fLaC') return 'FLAC';
  if (s4 === 'OggS') return 'Ogg (Vorbis/Opus)';
  if (s4 === 'FORM') return 'AIFF';
  if (s4 === '.snd') return 'Sun/NeXT AU';
  if (s4 === '#!AM') return 'AMR';
  if (s4 === 'caff') return 'Core Audio (CAF)';
  if (ascii(head, 4, 4) === 'ftyp') return 'MP4/M4A';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'WebM/Matroska';
  let printable = 0;
  const n = Math.min(head.length, 64);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09) printable++;
  }
  if (n > 0 && printable === n) return 'text';
  return null;
}

interface FmtFields {
  formatTag: 1 | 3;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bytesPerSample: number;
  format: SampleFormat;
}

/** Validate a `fmt ` chunk body (already complete in `body`) and resolve it to a decodable PCM or float layout. */
function parseFmt(body: Uint8Array, declaredSize: number, path: string | undefined): FmtFields {
  const fail = (code: 'MALFORMED_HEADER' | 'UNSUPPORTED_CODEC' | 'UNSUPPORTED_FORMAT', msg: string): never => {
    throw new AudioError(code, msg, { path });
  };
  if (declaredSize < 16) fail('MALFORMED_HEADER', `fmt chunk is ${declaredSize} bytes; a WAV fmt chunk has at least 16`);
  let tag = u16(body, 0);
  const channels = u16(body, 2);
  const sampleRate = u32(body, 4);
  const blockAlign = u16(body, 12);
  const bitsPerSample = u16(body, 14);
  let validBits = bitsPerSample;

  if (tag === WAVE_FORMAT_EXTENSIBLE) {
    // WAVEFORMATEXTENSIBLE: cbSize (2) + validBits (2) + channelMask (4) + 16-byte sub-format GUID = 40 bytes.
    if (declaredSize < 40) fail('MALFORMED_HEADER', `WAVE_FORMAT_EXTENSIBLE fmt chunk is ${declaredSize} bytes; it needs 40`);
    validBits = u16(body, 18) || bitsPerSample; // 0 means "all bits valid" in practice
    const guidTag = u16(body, 24);
    for (let i = 0; i < KSDATAFORMAT_SUFFIX.length; i++) {
      if (body[26 + i] !== KSDATAFORMAT_SUFFIX[i]) {
        const guid = Array.from(body.subarray(24, 40), (b) => b.toString(16).padStart(2, '0')).join('');
        fail('UNSUPPORTED_CODEC', `unsupported WAVE_FORMAT_EXTENSIBLE sub-format GUID ${guid} (not a standard PCM/float one); ${CONVERT_HINT}`);
      }
    }
    tag = guidTag;
  }

  if (tag !== WAVE_FORMAT_PCM && tag !== WAVE_FORMAT_IEEE_FLOAT) {
    const name = CODEC_NAMES[tag] ?? 'unknown codec';
    fail('UNSUPPORTED_CODEC', `unsupported codec ${name} (format tag ${hex4(tag)}); only PCM and IEEE float are decoded: ${CONVERT_HINT}`);
  }
  if (channels === 0) fail('MALFORMED_HEADER', 'fmt chunk says 0 channels');
  if (sampleRate === 0) fail('MALFORMED_HEADER', 'fmt chunk says sample rate 0 Hz');
  if (blockAlign === 0 || blockAlign % channels !== 0) {
    fail('MALFORMED_HEADER', `fmt chunk block align ${blockAlign} is not a positive multiple of the channel count ${channels}`);
  }
  const bytesPerSample = blockAlign / channels;

  if (tag === WAVE_FORMAT_IEEE_FLOAT) {
    if (bitsPerSample !== 32 && bitsPerSample !== 64) {
      fail('UNSUPPORTED_FORMAT', `${bitsPerSample}-bit float samples are not supported (only 32- and 64-bit)`);
    }
    if (bytesPerSample !== bitsPerSample / 8) {
      fail('MALFORMED_HEADER', `block align ${blockAlign} does not match ${channels} channel(s) of ${bitsPerSample}-bit float`);
    }
    return { formatTag: 3, channels, sampleRate, blockAlign, bytesPerSample, format: bitsPerSample === 32 ? 'float32' : 'float64' };
  }

  // PCM: the container is blockAlign/channels bytes; samples narrower than the container (e.g. 20 bits in 3 bytes)
  // are left-justified by the spec, so scaling by the container width is still right.
  if (bytesPerSample < 1 || bytesPerSample > 4) {
    fail('UNSUPPORTED_FORMAT', `PCM samples of ${bytesPerSample * 8} bits (block align ${blockAlign}, ${channels} channel(s)) are not supported (only 8/16/24/32)`);
  }
  if (bitsPerSample === 0 || Math.ceil(bitsPerSample / 8) > bytesPerSample || validBits > bitsPerSample) {
    fail('MALFORMED_HEADER', `fmt chunk says ${bitsPerSample} bits per sample (${validBits} valid) but block align ${blockAlign} gives ${bytesPerSample} byte(s) per sample`);
  }
  const format = (['pcm8', 'pcm16', 'pcm24', 'pcm32'] as const)[bytesPerSample - 1];
  return { formatTag: 1, channels, sampleRate, blockAlign, bytesPerSample, format };
}

/**
 * Walk the RIFF chunks of a file of `fileSize` bytes and return where and how its samples are stored. See the
 * module comment for the rules. Yields byte requests; the driver answers each with the bytes it has.
 */
export function* parseWavLayout(fileSize: number, path?: string): WavLayoutParser {
  const err = (code: ConstructorParameters<typeof AudioError>[0], msg: string) => new AudioError(code, msg, { path });

  if (fileSize === 0) throw err('NOT_RIFF_WAVE', 'not a WAV file: the file is empty (0 bytes)');
  const head = yield { offset: 0, length: 12 };
  const magic = ascii(head, 0, 4);
  if (magic !== 'RIFF') {
    if (magic === 'RIFX') throw err('UNSUPPORTED_FORMAT', `big-endian RIFX WAV files are not supported; ${CONVERT_HINT}`);
    if (magic === 'RF64' || magic === 'BW64') throw err('UNSUPPORTED_FORMAT', `${magic} WAV files (over 4 GB) are not supported; split or convert the file`);
    if (fileSize < 4 && 'RIFF'.startsWith(magic)) throw err('TRUNCATED_HEADER', `file is only ${fileSize} bytes: truncated RIFF header`);
    const kind = sniffNonWav(head.length >= 12 ? (yield { offset: 0, length: 64 }) : head);
    throw err('NOT_RIFF_WAVE', `not a WAV file (starts with ${showId(head, 0)}${kind ? `, looks like ${kind}` : ''}); expected a RIFF/WAVE file`);
  }
  if (fileSize < 12) throw err('TRUNCATED_HEADER', `file is only ${fileSize} bytes: truncated RIFF header (12 bytes needed)`);
  if (ascii(head, 8, 4) !== 'WAVE') throw err('NOT_RIFF_WAVE', `not a WAV file: a RIFF file of form ${showId(head, 8)}, not 'WAVE'`);
  const riffSize = u32(head, 4);
  const riffSizeIsPlaceholder = riffSize === 0 || riffSize === 0xffffffff;

  let fmt: FmtFields | null = null;
  let data: { offset: number; bytes: number; how: WavLayout['dataSize'] } | null = null;
  const seen: string[] = [];
  let pos = 12;
  let previousSize = 0;

  while (fmt === null || data === null) {
    const remaining = fileSize - pos;
    if (remaining < 8) {
      const found = seen.length ? `chunks found: ${seen.join(', ')}` : 'no chunks after the RIFF header';
      if (fmt === null && seen.length === 0) throw err('TRUNCATED_HEADER', `truncated header: the file ends at byte ${fileSize} (${found})`);
      if (remaining > 0) throw err('TRUNCATED_HEADER', `truncated header: the file ends ${remaining} byte(s) into a chunk header at byte ${pos} (${found})`);
      const missing = fmt === null ? "no 'fmt ' chunk" : "no 'data' chunk";
      throw err('MISSING_CHUNK', `${missing} (${found}); the file is damaged or truncated`);
    }
    let hdr = yield { offset: pos, length: 8 };
    if (!isChunkId(hdr, 0)) {
      // A writer that forgot the pad byte after an odd-sized chunk: the next id starts one byte earlier.
      const back = previousSize % 2 === 1 ? yield { offset: pos - 1, length: 8 } : null;
      if (back && isChunkId(back, 0)) {
        pos -= 1;
        hdr = back;
      } else {
        throw err('MALFORMED_HEADER', `corrupt chunk header at byte ${pos} (id ${showId(hdr, 0)}; chunks before it: ${seen.join(', ') || 'none'})`);
      }
    }
    const id = ascii(hdr, 0, 4);
    const size = u32(hdr, 4);
    const bodyStart = pos + 8;
    const bodyAvailable = fileSize - bodyStart;
    seen.push(`'${id}'`);

    if (id === 'data' && data === null) {
      if (size === 0xffffffff || (size === 0 && riffSizeIsPlaceholder && bodyAvailable > 0)) {
        data = { offset: bodyStart, bytes: bodyAvailable, how: 'to-end-of-file' };
      } else if (size > bodyAvailable) {
        throw err('TRUNCATED_DATA', `truncated file: the data chunk declares ${size} bytes but only ${bodyAvailable} are present (re-copy or re-export the file)`);
      } else {
        data = { offset: bodyStart, bytes: size, how: 'declared' };
      }
      if (data.how === 'to-end-of-file') break; // nothing can follow data whose end is unknown
    } else if (id === 'fmt ' && fmt === null) {
      if (size > bodyAvailable) throw err('TRUNCATED_HEADER', `truncated header: the fmt chunk declares ${size} bytes but the file ends after ${bodyAvailable}`);
      // 40 bytes cover WAVE_FORMAT_EXTENSIBLE; anything beyond (cbSize extras) is not needed.
      fmt = parseFmt(yield { offset: bodyStart, length: Math.min(size, 40) }, size, path);
    } else if (size > bodyAvailable && (fmt === null || data === null)) {
      throw err('TRUNCATED_HEADER', `truncated file: chunk '${id}' at byte ${pos} declares ${size} bytes but only ${bodyAvailable} remain, before any ${fmt === null ? "'fmt '" : "'data'"} chunk`);
    }
    previousSize = size;
    pos = bodyStart + size + (size & 1);
  }

  if (fmt === null) {
    // Reached only when a to-end-of-file data chunk came before any fmt chunk.
    throw err('MISSING_CHUNK', `no 'fmt ' chunk before the data chunk (chunks found: ${seen.join(', ')})`);
  }
  const frames = Math.floor(data.bytes / fmt.blockAlign);
  if (frames === 0) {
    const why = data.bytes === 0 ? 'the data chunk is empty' : `the data chunk holds ${data.bytes} bytes, less than one ${fmt.blockAlign}-byte frame`;
    const after = data.bytes === 0 && fileSize > data.offset ? ` (${fileSize - data.offset} bytes follow it; if a streaming recorder wrote this file, re-save it)` : '';
    throw err('NO_SAMPLES', `no audio samples: ${why}${after}`);
  }
  return {
    sampleRate: fmt.sampleRate,
    channels: fmt.channels,
    frames,
    durationSeconds: frames / fmt.sampleRate,
    format: fmt.format,
    formatTag: fmt.formatTag,
    bytesPerSample: fmt.bytesPerSample,
    blockAlign: fmt.blockAlign,
    dataOffset: data.offset,
    dataBytes: frames * fmt.blockAlign,
    dataSize: data.how,
  };
}

/** Run the chunk walker over bytes already in memory. */
export function wavLayoutOfBytes(bytes: Uint8Array, path?: string): WavLayout {
  const parser = parseWavLayout(bytes.length, path);
  let step = parser.next();
  while (!step.done) {
    const { offset, length } = step.value;
    step = parser.next(bytes.subarray(offset, Math.min(offset + length, bytes.length)));
  }
  return step.value;
}

/**
 * Decode a WAV file held in memory to mono float32. `path` is only used in error messages.
 * @throws AudioError for anything that is not a well-formed PCM/float WAV (see the module comment).
 */
export function decodeWav(bytes: Uint8Array, path?: string): DecodedAudio {
  const layout = wavLayoutOfBytes(bytes, path);
  const samples = decodeSamples(bytes, layout, path);
  return {
    samples,
    sampleRate: layout.sampleRate,
    channels: layout.channels,
    format: layout.format,
    durationSeconds: layout.durationSeconds,
  };
}

/** Per-format reader of one sample at a byte offset, already scaled to [-1, 1]. */
function sampleReader(view: DataView, format: SampleFormat): (at: number) => number {
  switch (format) {
    case 'pcm8':
      return (at) => (view.getUint8(at) - 128) / 128;
    case 'pcm16':
      return (at) => view.getInt16(at, true) / 32768;
    case 'pcm24':
      // Little-endian 24-bit two's complement: low 16 bits unsigned + high byte signed.
      return (at) => (view.getUint16(at, true) + view.getInt8(at + 2) * 65536) / 8388608;
    case 'pcm32':
      return (at) => view.getInt32(at, true) / 2147483648;
    case 'float32':
      return (at) => view.getFloat32(at, true);
    case 'float64':
      return (at) => view.getFloat64(at, true);
  }
}

/**
 * 16-bit PCM, the common case, without a per-sample reader call: through an Int16Array over the data when it starts
 * at an even address (a little-endian view, as every platform Node runs on is), else by assembling the bytes.
 * At 48 kHz the generic loop cost ~0.35 ms per second of audio, as much as resampling it to 16 kHz.
 */
function decodePcm16(bytes: Uint8Array, layout: WavLayout): Float32Array {
  const { frames, channels, dataOffset } = layout;
  const out = new Float32Array(frames);
  const n = frames * channels;
  const start = bytes.byteOffset + dataOffset;
  let pcm: Int16Array;
  if (start % 2 === 0) {
    pcm = new Int16Array(bytes.buffer, start, n);
  } else {
    pcm = new Int16Array(n);
    for (let i = 0, at = dataOffset; i < n; i++, at += 2) pcm[i] = (bytes[at] | (bytes[at + 1] << 8)) << 16 >> 16;
  }
  if (channels === 1) {
    for (let f = 0; f < frames; f++) out[f] = pcm[f] / 32768;
  } else {
    for (let f = 0, i = 0; f < frames; f++) {
      let sum = 0;
      for (let c = 0; c < channels; c++, i++) sum += pcm[i] / 32768;
      out[f] = sum / channels;
    }
  }
  return out;
}

function decodeSamples(bytes: Uint8Array, layout: WavLayout, path: string | undefined): Float32Array {
  const { frames, channels, blockAlign, bytesPerSample, dataOffset, format } = layout;
  const view = new DataView(bytes.buffer, bytes.byteOffset + dataOffset, layout.dataBytes);
  const out = format === 'pcm16' ? decodePcm16(bytes, layout) : new Float32Array(frames);
  const read = sampleReader(view, format);
  let sum = 0;
  for (let f = 0, at = 0; format !== 'pcm16' && f < frames; f++, at += blockAlign) {
    sum = 0;
    for (let c = 0, a = at; c < channels; c++, a += bytesPerSample) sum += read(a);
    out[f] = channels === 1 ? sum : sum / channels;
  }
  if (layout.formatTag === 3) {
    // NaN and ±Inf survive the channel average, and a float64 sample beyond float32 range becomes ±Inf in `out`,
    // so checking the output catches every case.
    let bad = 0;
    let first = -1;
    for (let f = 0; f < frames; f++) {
      if (!Number.isFinite(out[f])) {
        if (first < 0) first = f;
        bad++;
      }
    }
    if (bad > 0) {
      throw new AudioError(
        'NON_FINITE_SAMPLES',
        `${bad} frame(s) with NaN or infinite sample values in a ${format} file, the first at frame ${first} (${(first / layout.sampleRate).toFixed(3)} s)`,
        { path },
      );
    }
  }
  return out;
}

/**
 * A mono WAV file of `y` at `sr`: 16-bit PCM (samples clipped to [−1, 1]) or 32-bit float (every level exact, no
 * clipping). The inverse of `decodeWav` for the formats the benchmarks and tools write.
 */
export function encodeWav(y: Float32Array, sr: number, format: 'pcm16' | 'float32' = 'pcm16'): Uint8Array {
  const bytes = format === 'pcm16' ? 2 : 4;
  const out = new Uint8Array(44 + bytes * y.length);
  const v = new DataView(out.buffer);
  const tag = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  tag(0, 'RIFF');
  v.setUint32(4, 36 + bytes * y.length, true);
  tag(8, 'WAVEfmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, format === 'pcm16' ? 1 : 3, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, sr, true);
  v.setUint32(28, bytes * sr, true);
  v.setUint16(32, bytes, true);
  v.setUint16(34, 8 * bytes, true);
  tag(36, 'data');
  v.setUint32(40, bytes * y.length, true);
  if (format === 'float32') new Float32Array(out.buffer, 44, y.length).set(y);
  else for (let i = 0; i < y.length; i++) v.setInt16(44 + 2 * i, Math.round(Math.max(-1, Math.min(1, y[i])) * 32767), true);
  return out;
}
