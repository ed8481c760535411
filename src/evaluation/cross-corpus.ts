/**
 * A trained model scored on another labelled corpus (`voe evaluate`): the number users of SER tools ask for first,
 * since a model that scores 66 % on unseen RAVDESS actors meets other rooms, microphones and actors in use.
 *
 * The corpus's labels are first mapped to the model's (`map`: corpus label → model label, or 'none' to leave a
 * class out). Clips whose class the model knows are scored: WA, UA and macro-F1 over those shared classes, with the
 * confusion against every class the model can say (a prediction outside the shared classes is simply wrong). Clips
 * of classes the model lacks are not scored; their predictions are reported as a distribution.
 */
import { resolve } from 'node:path';
import { scanCorpus } from '../corpus/index.js';
import type { CorpusName } from '../corpus/types.js';
import { describeError, VoeError } from '../errors.js';
import type { EmotionPredictor, PredictorSummary } from '../predict/predictor.js';
import { classificationMetrics, type Metrics } from '../scoring/metrics.js';

export interface CrossCorpusOptions {
  /** Corpus label → model label ('none' leaves the class out of scoring; it still gets a prediction distribution). */
  map?: Record<string, string>;
  corpus?: CorpusName;
  /** Called after each clip. */
  onProgress?: (done: number, total: number) => void;
}

export interface CrossCorpusResults {
  kind: 'voe-cross-corpus-results';
  version: 1;
  model: PredictorSummary & { source: string };
  corpus: { name: string; root: string; clips: number; skipped: number; failed: { path: string; reason: string }[] };
  /** Every mapping that was applied (identity for labels the model shares as they are). */
  map: Record<string, string>;
  /** The model's classes that also occur in the mapped corpus: what is scored. */
  sharedClasses: string[];
  /** The model's classes, the confusion matrix's columns. */
  modelClasses: string[];
  scored: {
    n: number;
    wa: number;
    ua: number;
    macroF1: number;
    /** UA of a classifier guessing uniformly among the shared classes: 1 / sharedClasses. */
    chanceUa: number;
    /** Rows: sharedClasses; columns: modelClasses. */
    confusion: number[][];
    perClass: { emotion: string; recall: number; precision: number; f1: number; support: number }[];
  };
  /** Classes the model lacks (or mapped to 'none'): corpus label → predicted label → clips. */
  unscored: Record<string, Record<string, number>>;
  /** Clips that got the low-voiced-speech warning, per corpus label (after mapping). */
  warned: Record<string, number>;
}

/** Parses `--map a=b,c=none` into a mapping; refuses malformed pairs. */
export function parseClassMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(pair);
    if (!m) throw new VoeError('INVALID_ARGUMENT', `--map takes corpus=model pairs separated by commas (e.g. boredom=none,calm=neutral), got "${pair}"`);
    if (m[1] in map) throw new VoeError('INVALID_ARGUMENT', `--map names "${m[1]}" twice`);
    map[m[1]] = m[2];
  }
  return map;
}

export async function evaluateOnCorpus(predictor: EmotionPredictor, data: string, source: string, options: CrossCorpusOptions = {}): Promise<CrossCorpusResults> {
  const map = options.map ?? {};
  const modelClasses = predictor.classes;
  for (const [from, to] of Object.entries(map)) {
    if (to !== 'none' && !modelClasses.includes(to)) {
      throw new VoeError('INVALID_ARGUMENT', `--map ${from}=${to}: the model has no class "${to}"; its classes: ${modelClasses.join(', ')} (or none)`);
    }
  }
  const scan = await scanCorpus(resolve(data), { corpus: options.corpus });
  if (scan.utterances.length === 0) throw new VoeError('NO_UTTERANCES', `no labelled clips: ${scan.skipped.length} files skipped, none parsed`, { path: scan.root });
  const mapped = (emotion: string) => map[emotion] ?? emotion;
  const shared = modelClasses.filter((c) => scan.utterances.some((u) => mapped(u.emotion) === c));
  const truth: number[] = [];
  const pred: number[] = [];
  const unscored: Record<string, Record<string, number>> = {};
  const warned: Record<string, number> = {};
  const failed: { path: string; reason: string }[] = [];
  let done = 0;
  for (const u of scan.utterances) {
    let p;
    try {
      p = await predictor.predictFile(u.path);
    } catch (e) {
      // A bad file is reported and left out; anything else (the model, the machine) stops the run.
      if (!(e instanceof VoeError)) throw e;
      failed.push({ path: u.path, reason: describeError(e) });
      options.onProgress?.(++done, scan.utterances.length);
      continue;
    }
    const label = mapped(u.emotion);
    if (p.warnings.length) warned[label] = (warned[label] ?? 0) + 1;
    if (shared.includes(label)) {
      truth.push(modelClasses.indexOf(label));
      pred.push(modelClasses.indexOf(p.emotion));
    } else {
      const row = (unscored[label === 'none' ? u.emotion : label] ??= {});
      row[p.emotion] = (row[p.emotion] ?? 0) + 1;
    }
    options.onProgress?.(++done, scan.utterances.length);
  }
  if (truth.length === 0) {
    throw new VoeError('NO_UTTERANCES', `no clip of the corpus has a class the model knows (${modelClasses.join(', ')}); map the corpus's labels with --map`, { path: scan.root });
  }
  const m: Metrics = classificationMetrics(truth, pred, modelClasses.length);
  const sharedIdx = shared.map((c) => modelClasses.indexOf(c));
  const perClass = sharedIdx.map((i) => ({ emotion: modelClasses[i], recall: m.perClass[i].recall, precision: m.perClass[i].precision, f1: m.perClass[i].f1, support: m.perClass[i].support }));
  const appliedMap: Record<string, string> = {};
  for (const e of new Set(scan.utterances.map((u) => u.emotion))) appliedMap[e] = mapped(e);
  return {
    kind: 'voe-cross-corpus-results',
    version: 1,
    model: { ...predictor.summary(), source },
    corpus: { name: scan.corpus, root: scan.root, clips: scan.utterances.length, skipped: scan.skipped.length, failed },
    map: appliedMap,
    sharedClasses: shared,
    modelClasses,
    scored: {
      n: truth.length,
      wa: m.wa,
      // UA as sklearn's balanced accuracy: the mean recall over the classes present, here the shared ones.
      ua: m.ua,
      macroF1: perClass.reduce((s, c) => s + c.f1, 0) / perClass.length,
      chanceUa: 1 / shared.length,
      confusion: sharedIdx.map((i) => m.confusion[i]),
      perClass,
    },
    unscored,
    warned,
  };
}
