/** A minimal 16-bit PCM WAV writer for tests: enough to give the corpus summary real headers to read. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface TinyWav {
  sampleRate?: number;
  channels?: number;
  /** Frames (samples per channel); the signal is a quiet 440 Hz tone. */
  frames: number;
  /** Add a LIST chunk before `data`, as the shared RAVDESS copies have. */
  listChunk?: boolean;
}

export function wavBytes({ sampleRate = 16000, channels = 1, frames, listChunk = false }: TinyWav): Buffer {
  const dataBytes = frames * channels * 2;
  const list = listChunk ? Buffer.from('LIST\x0a\x00\x00\x00INFOabcdef', 'latin1') : Buffer.alloc(0);
  const header = Buffer.alloc(36);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + 24 + list.length + 8 + dataBytes, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  const dataHead = Buffer.alloc(8);
  dataHead.write('data', 0, 'latin1');
  dataHead.writeUInt32LE(dataBytes, 4);
  const data = Buffer.alloc(dataBytes);
  for (let i = 0; i < frames; i++) {
    const v = Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
    for (let c = 0; c < channels; c++) data.writeInt16LE(v, (i * channels + c) * 2);
  }
  return Buffer.concat([header, list, dataHead, data]);
}

/** Write a tiny WAV (creating folders as needed). */
export function writeWav(path: string, wav: TinyWav): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, wavBytes(wav));
}

/** Write empty files (enough for name parsing), creating folders as needed. */
export function touch(root: string, relativePaths: readonly string[]): void {
  for (const rel of relativePaths) {
    const path = `${root}/${rel}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
  }
}
