/**
 * Reading WAV files from disk: whole-file decoding, and header-only probing for corpus scans.
 */
import { open, readFile } from 'node:fs/promises';
import { AudioError } from '../errors.js';
import { decodeWav, parseWavLayout, type AudioInfo, type DecodedAudio } from './wav.js';

/** Bytes read at once when probing: covers the RIFF header, `fmt ` and a typical `LIST` chunk in one read. */
const PROBE_HEAD_BYTES = 4096;

/** Turn a file-system error into an AudioError naming the file; anything unexpected is rethrown as it is. */
function ioError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new AudioError('FILE_NOT_FOUND', 'no such file', { path, cause: e });
  if (code === 'EACCES' || code === 'EPERM') return new AudioError('PERMISSION_DENIED', 'permission denied reading the file', { path, cause: e });
  if (code === 'EISDIR') return new AudioError('IS_A_DIRECTORY', 'is a folder, not an audio file', { path, cause: e });
  if (typeof code === 'string') return new AudioError('READ_FAILED', `cannot read the file (${code}: ${(e as Error).message})`, { path, cause: e });
  return e;
}

/** Read and decode a WAV file to mono float32 (see `decodeWav` for formats and checks). */
export async function readAudioFile(path: string): Promise<DecodedAudio> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw ioError(e, path);
  }
  return decodeWav(bytes, path);
}

/**
 * Sample rate, channels, frames, duration and format of a WAV file, from its header alone: one read of the first
 * 4 KB, then positioned reads of chunk headers if the `data` chunk lies further in. The samples are not read, so
 * NaN/Inf in float files are not detected here (`readAudioFile` does that); every structural check of
 * `decodeWav` (truncation, codec, missing chunks) applies, so a file that probes fine decodes too, barring
 * non-finite floats.
 */
export async function probeAudio(path: string): Promise<AudioInfo> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw ioError(e, path);
  }
  try {
    let fileSize: number;
    let head: Uint8Array;
    try {
      fileSize = (await handle.stat()).size;
      head = new Uint8Array(Math.min(PROBE_HEAD_BYTES, fileSize));
      if (head.length > 0) await handle.read(head, 0, head.length, 0);
    } catch (e) {
      throw ioError(e, path);
    }
    const parser = parseWavLayout(fileSize, path);
    let step = parser.next();
    while (!step.done) {
      const { offset, length } = step.value;
      const end = Math.min(offset + length, fileSize);
      let bytes: Uint8Array;
      if (end <= head.length) {
        bytes = head.subarray(offset, end);
      } else {
        bytes = new Uint8Array(Math.max(0, end - offset));
        try {
          if (bytes.length > 0) await handle.read(bytes, 0, bytes.length, offset);
        } catch (e) {
          throw ioError(e, path);
        }
      }
      step = parser.next(bytes);
    }
    const { sampleRate, channels, frames, durationSeconds, format } = step.value;
    return { sampleRate, channels, frames, durationSeconds, format };
  } finally {
    await handle.close();
  }
}
