/**
 * Facts the report's prose is written from, derived from the results only: rankings, oriented comparisons,
 * per-class standings, confusions. Pure functions; no wording here.
 */
import type { Comparison, ExperimentResults, ModelResults } from '../../scoring/results.js';
import { isNumber } from './format.js';

/** Thresholds the conclusions use, in one place (all fractions, not percent). */
export interface ReportOptions {
  /** Significance level for every test. */
  alpha: number;
  /** A class below this pooled recall with the best model is named in the recommendations. */
  lowRecall: number;
  /** A fold UA standard deviation at or above this is called large. */
  largeFoldStd: number;
  /** How many off-diagonal confusion cells to list. */
  topConfusions: number;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { alpha: 0.05, lowRecall: 0.4, largeFoldStd: 0.05, topConfusions: 5 };

export function modelList(results: ExperimentResults): ModelResults[] {
  return Object.values(results.models ?? {});
}

/** Models by mean UA, best first; models without a UA last, in their given order. */
export function rankByUa(models: ModelResults[]): ModelResults[] {
  return models
    .map((m, i) => ({ m, i }))
    .sort((x, y) => {
      const a = x.m.ua.mean;
      const b = y.m.ua.mean;
      if (isNumber(a) && isNumber(b) && a !== b) return b - a;
      if (isNumber(a) !== isNumber(b)) return isNumber(a) ? -1 : 1;
      return x.i - y.i;
    })
    .map((x) => x.m);
}

/** Whether a model combines others: its `role`, else its name ('ensemble', 'stack…', 'average', 'vote'). */
export function isEnsemble(m: ModelResults): boolean {
  if (m.role) return m.role === 'ensemble';
  return /ensemble|stack|average|voting|vote/i.test(m.name);
}

/** A comparison seen from model `x`'s side: `a` is x, differences are x − y. */
export interface OrientedComparison {
  x: string;
  y: string;
  /** Clips only x got right, only y got right. */
  xOnly: number;
  yOnly: number;
  mcnemarStatistic: number;
  mcnemarP: number;
  exact: boolean;
  /** Mean over folds of UA(x) − UA(y). */
  meanDifference: number;
  t: number;
  df: number;
  tP: number;
  wilcoxonP: number;
}

export function orient(c: Comparison, x: string): OrientedComparison {
  const flip = c.a !== x;
  return {
    x: flip ? c.b : c.a,
    y: flip ? c.a : c.b,
    xOnly: flip ? c.mcnemar.bOnlyCorrect : c.mcnemar.aOnlyCorrect,
    yOnly: flip ? c.mcnemar.aOnlyCorrect : c.mcnemar.bOnlyCorrect,
    mcnemarStatistic: c.mcnemar.statistic,
    mcnemarP: c.mcnemar.pValue,
    exact: c.mcnemar.exact,
    meanDifference: flip ? -c.folds.meanDifference : c.folds.meanDifference,
    t: flip ? -c.folds.tStatistic : c.folds.tStatistic,
    df: c.folds.df,
    tP: c.folds.pValue,
    wilcoxonP: c.folds.wilcoxonPValue,
  };
}

/** The recorded comparison of x with y, from x's side, or null. */
export function findComparison(results: ExperimentResults, x: string, y: string): OrientedComparison | null {
  const c = (results.comparisons ?? []).find((c) => (c.a === x && c.b === y) || (c.a === y && c.b === x));
  return c ? orient(c, x) : null;
}

export interface Verdict {
  mcnemar: boolean;
  tTest: boolean;
  wilcoxon: boolean;
  /** Significant by both McNemar's test and the fold t-test, the report's criterion. */
  both: boolean;
}

export function verdict(c: OrientedComparison, alpha: number): Verdict {
  const sig = (p: number) => isNumber(p) && p < alpha;
  const mcnemar = sig(c.mcnemarP);
  const tTest = sig(c.tP);
  return { mcnemar, tTest, wilcoxon: sig(c.wilcoxonP), both: mcnemar && tTest };
}

/** Number of outer folds: the protocol's, else the most any model reports. */
export function foldCount(results: ExperimentResults): number {
  const fromProtocol = results.protocol?.folds?.length ?? 0;
  return fromProtocol > 0 ? fromProtocol : Math.max(0, ...modelList(results).map((m) => m.folds.length));
}

/** The smallest two-sided p the exact Wilcoxon signed-rank test can reach on n pairs: 2^(1−n). */
export function wilcoxonFloor(n: number): number {
  return n >= 1 ? Math.min(1, 2 ** (1 - n)) : 1;
}

/**
 * Chance-level UA: 1 / (emotions with test clips). UA averages recall over the emotions present, and a classifier
 * that ignores its input (a constant or random guess) has a mean recall of exactly that.
 */
export function chanceUa(results: ExperimentResults): number {
  const models = modelList(results);
  const present = results.classes.filter((_, i) => models.length === 0 || classSupport(models, i) > 0).length;
  return present > 0 ? 1 / present : NaN;
}

/** Pooled F1 of class i, NaN when the class has no test clips (F1 is undefined there, not 0). */
export function classF1(m: ModelResults, i: number): number {
  const r = m.pooled.perClass[i];
  return r && r.support > 0 ? r.f1 : NaN;
}

export function classRecall(m: ModelResults, i: number): number {
  const r = m.pooled.perClass[i];
  return r && r.support > 0 ? r.recall : NaN;
}

/** Test clips of class i (from the first model that has them; every model sees the same clips). */
export function classSupport(models: ModelResults[], i: number): number {
  for (const m of models) {
    const r = m.pooled.perClass[i];
    if (r) return r.support;
  }
  return 0;
}

export interface ClassStanding {
  index: number;
  name: string;
  value: number;
}

/** Classes with test clips sorted by `value` (NaN dropped), highest first. */
export function sortClasses(results: ExperimentResults, value: (i: number) => number): ClassStanding[] {
  return results.classes
    .map((name, index) => ({ index, name, value: value(index) }))
    .filter((c) => isNumber(c.value))
    .sort((a, b) => b.value - a.value || a.index - b.index);
}

export interface Confusion {
  truth: string;
  predicted: string;
  count: number;
  /** Share of the true class. */
  share: number;
}

/** The largest off-diagonal cells of a model's pooled confusion matrix, largest first (ties in class order). */
export function topConfusions(results: ExperimentResults, m: ModelResults, n: number): Confusion[] {
  const out: Confusion[] = [];
  const conf = m.pooled.confusion;
  results.classes.forEach((t, i) => {
    const row = conf[i] ?? [];
    const support = row.reduce((s, x) => s + x, 0);
    results.classes.forEach((p, j) => {
      if (i !== j && (row[j] ?? 0) > 0) out.push({ truth: t, predicted: p, count: row[j], share: row[j] / support });
    });
  });
  return out.sort((a, b) => b.count - a.count || b.share - a.share).slice(0, n);
}

/** The class a true class is most often mistaken for, or null if it never is. */
export function mostConfusedWith(results: ExperimentResults, m: ModelResults, i: number): Confusion | null {
  const row = m.pooled.confusion[i] ?? [];
  const support = row.reduce((s, x) => s + x, 0);
  let best = -1;
  row.forEach((x, j) => {
    if (j !== i && x > 0 && (best < 0 || x > row[best])) best = j;
  });
  return best < 0 ? null : { truth: results.classes[i], predicted: results.classes[best], count: row[best], share: row[best] / support };
}

export function median(values: number[]): number {
  const v = values.filter(isNumber).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Per model, on how many folds it has the highest UA, and how many of those it shares with another model. */
export function foldWins(models: ModelResults[], nFolds: number): Map<string, { wins: number; tied: number }> {
  const wins = new Map(models.map((m) => [m.name, { wins: 0, tied: 0 }]));
  for (let k = 0; k < nFolds; k++) {
    const scores = models.map((m) => m.folds[k]?.ua).filter(isNumber);
    if (scores.length < 2) continue;
    const top = Math.max(...scores);
    const winners = models.filter((m) => m.folds[k]?.ua === top);
    for (const m of winners) {
      const w = wins.get(m.name);
      if (!w) continue;
      w.wins++;
      if (winners.length > 1) w.tied++;
    }
  }
  return wins;
}

/** Speaker ids without their shared corpus prefix: ['ravdess:01', 'ravdess:02'] → '01, 02'. */
export function speakerList(speakers: string[]): string {
  if (speakers.length === 0) return 'all speakers (leaky split)';
  const prefix = /^[^:]+:/.exec(speakers[0])?.[0];
  const same = prefix !== undefined && speakers.every((s) => s.startsWith(prefix));
  return speakers.map((s) => (same ? s.slice(prefix.length) : s)).join(', ');
}

/** What is known about a public corpus, for the limitations: facts about the recordings, not about the results. */
export interface CorpusFacts {
  title: string;
  speech: string;
  language: string;
}

/** Keyed by the corpus id `scanCorpus` reports. Sources: each corpus' own publication (see src/corpus/README.md). */
export const CORPUS_FACTS: Record<string, CorpusFacts> = {
  ravdess: {
    title: 'RAVDESS',
    speech: 'acted: professional actors posing each emotion on two fixed, lexically neutral sentences',
    language: 'North American English only',
  },
  tess: { title: 'TESS', speech: 'acted: two actresses saying carrier phrases with one target word each', language: 'Canadian English only' },
  'crema-d': { title: 'CREMA-D', speech: 'acted: actors reading twelve fixed sentences', language: 'American English only' },
  savee: { title: 'SAVEE', speech: 'acted: four male speakers reading phonetically balanced sentences', language: 'British English only' },
  emodb: { title: 'EMO-DB', speech: 'acted: ten actors saying ten fixed sentences', language: 'German only' },
};

export function corpusFacts(name: string): CorpusFacts | null {
  return CORPUS_FACTS[name.toLowerCase()] ?? null;
}

/** The vocal material the results describe: 'speech', 'song', or 'speech and song' (RAVDESS names it per clip). */
export function material(results: Pick<ExperimentResults, 'corpus'>): 'speech' | 'song' | 'speech and song' {
  const ch = results.corpus.channels ?? {};
  if ((ch.song ?? 0) > 0) return (ch.speech ?? 0) > 0 ? 'speech and song' : 'song';
  return 'speech';
}

/** The corpus as it is usually written ('RAVDESS' for 'ravdess'), else its name as recorded. */
export function corpusTitle(name: string): string {
  return corpusFacts(name)?.title ?? name;
}
