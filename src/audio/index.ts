/**
 * The audio front end: WAV decoding and probing, resampling, loudness normalisation and silence trimming.
 * Everything downstream gets its audio through `loadAudio`.
 */
export { decodeWav, type AudioInfo, type DecodedAudio, type SampleFormat } from './wav.js';
export { probeAudio, readAudioFile } from './read.js';
export { releaseResamplers, resample } from './resample.js';
export { loadAudio, type LoadedAudio, type LoadOptions } from './load.js';
export { normalizePeak, normalizeRms, SILENT_PEAK } from './normalize.js';
export { trim, type TrimOptions, type TrimResult } from './trim.js';
