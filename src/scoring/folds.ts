/**
 * Splits of a corpus into train/test folds, as index sets (like sklearn's splitters). The default holds whole
 * speakers out: no speaker's clips are on both sides, so a model is scored on voices it never heard.
 */
import { Rng } from '../util/random.js';
import { VoeError } from '../errors.js';

export interface SplitItem {
  speaker: string;
  emotion: string;
  gender?: string;
}

export interface Fold {
  index: number;
  /** Speakers whose clips are tested (empty for the leaky random split, where every speaker is on both sides). */
  testSpeakers: string[];
  trainSpeakers: string[];
  train: number[];
  test: number[];
}

export type SplitProtocol = 'speaker-folds' | 'leave-one-speaker-out' | 'random-leaky' | 'emobox';

export interface Split {
  protocol: SplitProtocol;
  /** True only for the random split: speakers (and their recording sessions) sit in train and test alike. */
  leaky: boolean;
  /** Human label printed with every result of this split. */
  label: string;
  folds: Fold[];
}

/** Speaker ids in natural order ('ravdess:2' before 'ravdess:10'). */
export function sortedSpeakers(items: readonly SplitItem[]): string[] {
  return [...new Set(items.map((u) => u.speaker))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * `nFolds` folds of whole speakers, balanced by gender and by clip count, deterministic.
 *
 * First candidate: contiguous speakers in natural order, sizes differing by at most one. On RAVDESS speech (actors
 * 01 … 24, 60 clips each) with 6 folds, fold k (1-based) holds actors 4k−3 … 4k: two male (odd) and two female
 * (even), 240 clips. That split is kept unless the balanced assignment below is strictly better on (1) the spread of
 * each gender's speaker count across folds, (2) the spread of fold sizes in speakers, (3) the spread of clip counts,
 * compared in that order. It is better when the speakers do not divide evenly or an actor is missing: RAVDESS song
 * has no actor 18, and its contiguous fold 5 would hold three men and one woman.
 *
 * The balanced assignment: speakers by clip count (most first, then natural order), each to the fold with the fewest
 * speakers of its gender (where it is known), then the fewest clips, then the fewest speakers, then the lowest index; folds are then
 * numbered by their first speaker in natural order.
 */
export function speakerFolds(items: readonly SplitItem[], nFolds = 6): Split {
  const speakers = sortedSpeakers(items);
  if (nFolds < 2) throw new VoeError('INVALID_ARGUMENT', `need at least 2 folds, got ${nFolds}`);
  if (speakers.length < nFolds) {
    throw new VoeError('INVALID_ARGUMENT', `${speakers.length} speakers cannot fill ${nFolds} speaker-independent folds`);
  }
  const contiguous: string[][] = [];
  let at = 0;
  for (let k = 0; k < nFolds; k++) {
    const size = Math.floor(speakers.length / nFolds) + (k < speakers.length % nFolds ? 1 : 0);
    contiguous.push(speakers.slice(at, at + size));
    at += size;
  }
  const clips = new Map<string, number>();
  const gender = new Map<string, string>();
  for (const u of items) {
    clips.set(u.speaker, (clips.get(u.speaker) ?? 0) + 1);
    if (!gender.has(u.speaker)) gender.set(u.speaker, u.gender ?? 'unknown');
  }
  const balanced = balancedGroups(speakers, nFolds, clips, gender);
  const a = imbalance(contiguous, clips, gender);
  const b = imbalance(balanced, clips, gender);
  const better = b.findIndex((v, i) => v !== a[i]);
  const groups = better >= 0 && b[better] < a[better] ? balanced : contiguous;
  return {
    protocol: 'speaker-folds',
    leaky: false,
    label: `speaker-independent, ${nFolds} folds of whole speakers`,
    folds: groups.map((g, k) => foldHoldingOut(items, speakers, g, k)),
  };
}

function balancedGroups(speakers: string[], nFolds: number, clips: Map<string, number>, gender: Map<string, string>): string[][] {
  const order = [...speakers].sort((x, y) => clips.get(y)! - clips.get(x)! || speakers.indexOf(x) - speakers.indexOf(y));
  const groups: string[][] = Array.from({ length: nFolds }, () => []);
  const clipSum = new Array<number>(nFolds).fill(0);
  const ofGender = (k: number, g: string) => groups[k].filter((s) => gender.get(s) === g).length;
  for (const s of order) {
    const g = gender.get(s)!;
    let best = 0;
    for (let k = 1; k < nFolds; k++) {
      const byGender = g === 'unknown' ? 0 : ofGender(k, g) - ofGender(best, g);
      const d = byGender || clipSum[k] - clipSum[best] || groups[k].length - groups[best].length;
      if (d < 0) best = k;
    }
    groups[best].push(s);
    clipSum[best] += clips.get(s)!;
  }
  const rank = new Map(speakers.map((s, i) => [s, i]));
  for (const grp of groups) grp.sort((x, y) => rank.get(x)! - rank.get(y)!);
  return groups.sort((x, y) => rank.get(x[0])! - rank.get(y[0])!);
}

/** [Σ over genders of the spread of its speaker count across folds, spread of clip counts]: lower is better. */
function imbalance(groups: string[][], clips: Map<string, number>, gender: Map<string, string>): number[] {
  const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
  const genders = [...new Set(gender.values())].filter((x) => x !== 'unknown');
  const g = genders.reduce((sum, x) => sum + spread(groups.map((grp) => grp.filter((s) => gender.get(s) === x).length)), 0);
  return [g, spread(groups.map((grp) => grp.reduce((n, s) => n + clips.get(s)!, 0)))];
}

/**
 * The six RAVDESS folds of the EmoBox benchmark (Ma et al. 2024, "EmoBox: Multilingual Multi-corpus Speech Emotion
 * Recognition Toolkit and Benchmark"), so that our numbers can sit beside its leaderboard: fold k tests the four
 * actors below and trains on the other twenty.
 */
export const EMOBOX_RAVDESS_FOLDS: readonly (readonly string[])[] = [
  ['01', '11', '20', '21'],
  ['04', '10', '12', '14'],
  ['08', '09', '19', '23'],
  ['03', '05', '07', '24'],
  ['02', '15', '16', '18'],
  ['06', '13', '17', '22'],
];

/** The EmoBox RAVDESS folds over `items`, whose speakers must be RAVDESS actors ('ravdess:01' … 'ravdess:24'). */
export function emoboxFolds(items: readonly SplitItem[]): Split {
  const speakers = sortedSpeakers(items);
  const unknown = speakers.filter((s) => !/^ravdess:\d\d$/.test(s));
  if (unknown.length) {
    throw new VoeError('INVALID_ARGUMENT', `the emobox protocol is RAVDESS's: speakers ${unknown.slice(0, 3).join(', ')} are not RAVDESS actors`);
  }
  const groups = EMOBOX_RAVDESS_FOLDS.map((actors) => actors.map((a) => `ravdess:${a}`).filter((s) => speakers.includes(s)));
  const empty = groups.findIndex((g) => g.length === 0);
  if (empty >= 0) throw new VoeError('INVALID_ARGUMENT', `EmoBox fold ${empty + 1} (actors ${EMOBOX_RAVDESS_FOLDS[empty].join(', ')}) has no clips here`);
  return {
    protocol: 'emobox',
    leaky: false,
    label: 'speaker-independent, the 6 EmoBox RAVDESS folds',
    folds: groups.map((g, k) => foldHoldingOut(items, speakers, g, k)),
  };
}

/** One fold per speaker. */
export function leaveOneSpeakerOut(items: readonly SplitItem[]): Split {
  const speakers = sortedSpeakers(items);
  if (speakers.length < 2) throw new VoeError('INVALID_ARGUMENT', 'leave-one-speaker-out needs at least 2 speakers');
  return {
    protocol: 'leave-one-speaker-out',
    leaky: false,
    label: `speaker-independent, leave-one-speaker-out (${speakers.length} folds)`,
    folds: speakers.map((s, k) => foldHoldingOut(items, speakers, [s], k)),
  };
}

/**
 * The reference study's protocol, kept only to show how much it flatters: clips shuffled into `nFolds` folds
 * stratified by emotion, ignoring speakers. Every result of it is labelled "speaker-dependent (leaky)".
 */
export function randomLeakySplit(items: readonly SplitItem[], nFolds: number, seed: number): Split {
  const rng = new Rng(seed);
  const byEmotion = new Map<string, number[]>();
  items.forEach((u, i) => {
    const list = byEmotion.get(u.emotion) ?? [];
    list.push(i);
    byEmotion.set(u.emotion, list);
  });
  const foldOf = new Int32Array(items.length);
  let offset = 0;
  for (const emotion of [...byEmotion.keys()].sort()) {
    const idx = rng.shuffle(byEmotion.get(emotion)!);
    idx.forEach((i, r) => (foldOf[i] = (r + offset) % nFolds));
    offset += idx.length;
  }
  const speakers = sortedSpeakers(items);
  const folds: Fold[] = [];
  for (let k = 0; k < nFolds; k++) {
    const train: number[] = [];
    const test: number[] = [];
    foldOf.forEach((f, i) => (f === k ? test : train).push(i));
    folds.push({ index: k, testSpeakers: [], trainSpeakers: speakers, train, test });
  }
  return { protocol: 'random-leaky', leaky: true, label: `speaker-dependent (leaky), ${nFolds} random folds, seed ${seed}`, folds };
}

function foldHoldingOut(items: readonly SplitItem[], speakers: string[], held: string[], index: number): Fold {
  const heldSet = new Set(held);
  const train: number[] = [];
  const test: number[] = [];
  items.forEach((u, i) => (heldSet.has(u.speaker) ? test : train).push(i));
  return { index, testSpeakers: [...held], trainSpeakers: speakers.filter((s) => !heldSet.has(s)), train, test };
}

/**
 * Speakers to hold out of a training set for validation (early stopping), chosen only among the training
 * speakers: `n` of them, alternating genders where genders are known, picked by a seeded shuffle.
 */
export function validationSpeakers(items: readonly SplitItem[], trainIdx: readonly number[], n: number, seed: number): string[] {
  const genderOf = new Map<string, string>();
  for (const i of trainIdx) genderOf.set(items[i].speaker, items[i].gender ?? 'unknown');
  const rng = new Rng(seed);
  const pools = new Map<string, string[]>();
  for (const s of [...genderOf.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const g = genderOf.get(s)!;
    pools.set(g, [...(pools.get(g) ?? []), s]);
  }
  for (const pool of pools.values()) rng.shuffle(pool);
  const order = [...pools.keys()].sort();
  const chosen: string[] = [];
  for (let round = 0; chosen.length < n && chosen.length < genderOf.size - 1; round++) {
    for (const g of order) {
      const pool = pools.get(g)!;
      if (round < pool.length && chosen.length < n && chosen.length < genderOf.size - 1) chosen.push(pool[round]);
    }
  }
  return chosen;
}

/** Throws if any fold has a speaker on both sides (for non-leaky splits): the property everything rests on. */
export function assertSpeakerDisjoint(items: readonly SplitItem[], split: Split): void {
  if (split.leaky) return;
  for (const f of split.folds) {
    const trainSpeakers = new Set(f.train.map((i) => items[i].speaker));
    for (const i of f.test) {
      if (trainSpeakers.has(items[i].speaker)) {
        throw new Error(`fold ${f.index + 1}: speaker ${items[i].speaker} is in both train and test`);
      }
    }
  }
}
