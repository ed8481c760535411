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

export type SplitProtocol = 'speaker-folds' | 'leave-one-speaker-out' | 'random-leaky';

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
 * `nFolds` folds of contiguous speakers in natural order, sizes differing by at most one. On RAVDESS (actors
 * 01 … 24) with 6 folds, fold k (1-based) holds actors 4k−3 … 4k: two male (odd) and two female (even).
 */
export function speakerFolds(items: readonly SplitItem[], nFolds = 6): Split {
  const speakers = sortedSpeakers(items);
  if (nFolds < 2) throw new VoeError('INVALID_ARGUMENT', `need at least 2 folds, got ${nFolds}`);
  if (speakers.length < nFolds) {
    throw new VoeError('INVALID_ARGUMENT', `${speakers.length} speakers cannot fill ${nFolds} speaker-independent folds`);
  }
  const groups: string[][] = [];
  let at = 0;
  for (let k = 0; k < nFolds; k++) {
    const size = Math.floor(speakers.length / nFolds) + (k < speakers.length % nFolds ? 1 : 0);
    groups.push(speakers.slice(at, at + size));
    at += size;
  }
  return {
    protocol: 'speaker-folds',
    leaky: false,
    label: `speaker-independent, ${nFolds} folds of whole speakers`,
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
