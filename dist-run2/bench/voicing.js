/**
 * `npm run bench:voicing`: the measured basis of the low-voiced-speech warning (src/predict/warnings.ts). Voiced
 * fraction and voiced seconds of every clip of the shared RAVDESS speech and song folders, against synthetic
 * non-speech made here (white noise, at full scale too, pink noise, clicks in silence) and one speech clip inside
 * long faint noise; and how many of each the current thresholds warn of. Prints one JSON object.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWav } from '../src/audio/wav.js';
import { featureConfig } from '../src/config.js';
import { extractFeatures, featuresFromWavBytes, levelNormalised } from '../src/features/extract.js';
import { clipWarnings, LOW_VOICED, voicedSpeech } from '../src/predict/warnings.js';
import { Rng } from '../src/util/random.js';
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')));
const shared = resolve(repo, '..', 'shared', 'data');
const config = featureConfig();
const sr = config.sr;
const quantiles = (v) => {
    const s = [...v].sort((a, b) => a - b);
    const q = (p) => +s[Math.floor(p * (s.length - 1))].toFixed(3);
    return { min: q(0), p01: q(0.01), p50: q(0.5), max: q(1) };
};
const corpora = {};
let example = null;
for (const set of ['ravdess-speech-16k', 'ravdess-song-16k']) {
    const root = join(shared, set);
    if (!existsSync(root)) {
        corpora[set] = { skipped: `not found: ${root}` };
        continue;
    }
    const fraction = [];
    const seconds = [];
    let warned = 0;
    for (const actor of readdirSync(root).sort()) {
        for (const f of readdirSync(join(root, actor)).sort()) {
            const bytes = readFileSync(join(root, actor, f));
            example ??= decodeWav(bytes, f).samples;
            const fs = await featuresFromWavBytes(bytes, config, f);
            const v = voicedSpeech(fs);
            fraction.push(v.voicedFraction);
            seconds.push(v.voicedSeconds);
            if (clipWarnings(fs).length)
                warned++;
        }
    }
    corpora[set] = { clips: fraction.length, warned, voicedFraction: quantiles(fraction), voicedSeconds: quantiles(seconds) };
}
const rng = new Rng(1);
const white = (n, a) => Float32Array.from({ length: n }, () => a * (2 * rng.next() - 1));
/** Paul Kellet's economy pink-noise filter over white noise. */
function pink(n) {
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    return Float32Array.from({ length: n }, () => {
        const w = 2 * rng.next() - 1;
        b0 = 0.99765 * b0 + w * 0.099046;
        b1 = 0.963 * b1 + w * 0.2965164;
        b2 = 0.57 * b2 + w * 1.0526913;
        return 0.2 * (b0 + b1 + b2 + w * 0.1848);
    });
}
function clicks(n) {
    const y = white(n, 1e-4);
    for (let i = 0; i < n; i += sr / 4)
        y[i] = 0.9;
    return y;
}
function speechInNoise(totalSeconds) {
    if (!example)
        return null;
    const y = white(totalSeconds * sr, 1e-3);
    y.set(example, 5 * sr);
    return y;
}
const synthetic = {
    'white noise 4 s, -20 dBFS': white(4 * sr, 0.17),
    'white noise 4 s, full scale': white(4 * sr, 1),
    'pink noise 4 s': pink(4 * sr),
    'clicks in silence 4 s': clicks(4 * sr),
    'one RAVDESS clip in 20 s of faint noise': speechInNoise(20),
    'one RAVDESS clip in 60 s of faint noise': speechInNoise(60),
};
const made = {};
for (const [name, y] of Object.entries(synthetic)) {
    if (!y)
        continue;
    const fs = extractFeatures(levelNormalised(y, config), config);
    const v = voicedSpeech(fs);
    made[name] = { voicedFraction: +v.voicedFraction.toFixed(3), voicedSeconds: +v.voicedSeconds.toFixed(2), warned: clipWarnings(fs).length > 0 };
}
console.log(JSON.stringify({ benchmark: 'voicing', thresholds: LOW_VOICED, corpora, synthetic: made }, null, 2));
//# sourceMappingURL=voicing.js.map