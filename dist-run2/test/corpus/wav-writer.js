/** Tiny tone WAVs for corpus tests (real headers for the summary to read), built with the shared test writer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ascii, chunk, wav } from '../helpers/wav-writer.js';
export function wavBytes({ sampleRate = 16000, channels = 1, frames, listChunk = false }) {
    const samples = new Int16Array(frames * channels);
    for (let i = 0; i < frames; i++) {
        const v = Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
        for (let c = 0; c < channels; c++)
            samples[i * channels + c] = v;
    }
    const beforeData = listChunk ? [chunk('LIST', ascii('INFOabcdef'))] : [];
    return wav({ format: 'pcm16', channels, sampleRate, samples, beforeData });
}
/** Write a tiny WAV (creating folders as needed). */
export function writeWav(path, spec) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, wavBytes(spec));
}
/** Write empty files (enough for name parsing), creating folders as needed. */
export function touch(root, relativePaths) {
    for (const rel of relativePaths) {
        const path = `${root}/${rel}`;
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, '');
    }
}
//# sourceMappingURL=wav-writer.js.map