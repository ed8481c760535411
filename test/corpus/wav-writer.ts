/** Tiny tone WAVs for corpus tests (real headers for the summary to read), built with the shared test writer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ascii, chunk, wav } from '../helpers/wav-writer.js';

export interface TinyWav {
  sampleRate?: number;
  channels?: number;
  /** Frames (samples per channel); the signal is a quiet 440 Hz tone. */
  frames: number;
  /** Add a LIST chunk before `data`, as the shared RAVDESS copies have. */
  listChunk?: boolean;
}

export function wavBytes({ sampleRate = 16000, channels = 1, frames, listChunk = false }: TinyWav): Uint8Array {
  const samples = new Int16Array(frames * channels);
  for (let i = 0; i < frames; i++) {
    const v = Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
    for (let c = 0; c < channels; c++) samples[i * channels + c] = v;
  }
  const beforeData = listChunk ? [chunk('LIST', ascii('INFOabcdef'))] : [];
  return wav({ format: 'pcm16', channels, sampleRate, samples, beforeData });
}

/** Write a tiny WAV (creating folders as needed). */
export function writeWav(path: string, spec: TinyWav): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, wavBytes(spec));
}

/** Write empty files (enough for name parsing), creating folders as needed. */
export function touch(root: string, relativePaths: readonly string[]): void {
  for (const rel of relativePaths) {
    const path = `${root}/${rel}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
  }
}
