/**
 * The audio front end: WAV decoding and probing, resampling, loudness normalisation and silence trimming.
 * The feature pipeline decodes and resamples a clip's bytes itself (src/features/extract.ts); `loadAudio` offers
 * the same steps to library callers as one call.
 */
export { decodeWav, encodeWav, type AudioInfo, type DecodedAudio, type SampleFormat } from './wav.js';
export { probeAudio, readAudioFile } from './read.js';
export { releaseResamplers, resample } from './resample.js';
export { loadAudio, type LoadedAudio, type LoadOptions } from './load.js';
export { normalizeActiveLevel, normalizePeak, normalizeRms, SILENT_PEAK, type ActiveLevelResult } from './normalize.js';
export { trim, type TrimOptions, type TrimResult } from './trim.js';
