/** Corpora: file-name parsers, folder scanning and detection, summaries. See README.md beside this file. */
export * from './types.js';
export { LABEL_SYNONYMS, emotionFromLabel, normaliseLabel } from './emotions.js';
export { parseRavdess, dropFullAvTwins, RAVDESS_STATEMENTS } from './ravdess.js';
export { parseTess } from './tess.js';
export { parseCremaD, parseCremaDDemographics, CREMA_D_SENTENCES, CREMA_D_DEMOGRAPHICS_FILE, } from './crema-d.js';
export { parseSavee } from './savee.js';
export { parseEmodb, EMODB_SPEAKERS, EMODB_TEXTS } from './emodb.js';
export { parseFolder } from './folder.js';
export { scanCorpus, isCorpusName, toCorpusName, PARSERS, CORPUS_TITLES, type ScanOptions } from './scan.js';
export { scanCorpora } from './multi.js';
export { summarizeChannels, vocalChannelOf, VOCAL_CHANNELS, type ChannelSummary, type VocalChannel } from './channels.js';
export { summarizeCorpus, type CorpusSummary, type SpeakerSummary, type SummaryOptions } from './summary.js';
