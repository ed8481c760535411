import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emoboxFolds,
  assertSpeakerDisjoint,
  leaveOneSpeakerOut,
  randomLeakySplit,
  speakerFolds,
  validationSpeakers,
  type SplitItem,
} from '../../src/scoring/folds.js';

/** RAVDESS-shaped items: 24 actors × 60 clips, odd actors male. */
function ravdessLike(): SplitItem[] {
  const items: SplitItem[] = [];
  const emotions = ['neutral', 'calm', 'happy', 'sad', 'angry', 'fearful', 'disgust', 'surprised'];
  for (let a = 1; a <= 24; a++) {
    for (let c = 0; c < 60; c++) {
      items.push({ speaker: `ravdess:${String(a).padStart(2, '0')}`, emotion: emotions[c % 8], gender: a % 2 ? 'male' : 'female' });
    }
  }
  return items;
}

test('6 speaker folds on RAVDESS: fold k holds actors 4k−3 … 4k, two male and two female', () => {
  const items = ravdessLike();
  const split = speakerFolds(items, 6);
  assert.equal(split.folds.length, 6);
  split.folds.forEach((f, k) => {
    const expected = [1, 2, 3, 4].map((j) => `ravdess:${String(4 * k + j).padStart(2, '0')}`);
    assert.deepEqual(f.testSpeakers, expected);
    assert.equal(f.test.length, 240);
    assert.equal(f.train.length, 1200);
    const genders = f.testSpeakers.map((s) => (Number(s.slice(-2)) % 2 ? 'm' : 'f')).sort();
    assert.deepEqual(genders, ['f', 'f', 'm', 'm']);
  });
  assertSpeakerDisjoint(items, split);
  // Every clip is tested exactly once.
  const tested = split.folds.flatMap((f) => f.test).sort((a, b) => a - b);
  assert.deepEqual(tested, items.map((_, i) => i));
});

test('folds never share a speaker, for uneven speaker counts and leave-one-out too', () => {
  const items: SplitItem[] = [];
  for (let s = 1; s <= 7; s++) for (let c = 0; c < 5; c++) items.push({ speaker: `x:${s}`, emotion: c % 2 ? 'a' : 'b' });
  const split = speakerFolds(items, 3);
  assert.deepEqual(split.folds.map((f) => f.testSpeakers.length), [3, 2, 2]);
  assertSpeakerDisjoint(items, split);
  const loso = leaveOneSpeakerOut(items);
  assert.equal(loso.folds.length, 7);
  assertSpeakerDisjoint(items, loso);
});

test('the disjointness check catches a leaky split', () => {
  const items = ravdessLike();
  const leaky = randomLeakySplit(items, 5, 42);
  assert.equal(leaky.leaky, true);
  assert.match(leaky.label, /speaker-dependent \(leaky\)/);
  assert.throws(() => assertSpeakerDisjoint(items, { ...leaky, leaky: false }), /both train and test/);
});

test('the leaky split is stratified and reproducible from its seed', () => {
  const items = ravdessLike();
  const a = randomLeakySplit(items, 5, 7);
  const b = randomLeakySplit(items, 5, 7);
  const c = randomLeakySplit(items, 5, 8);
  assert.deepEqual(a.folds.map((f) => f.test), b.folds.map((f) => f.test));
  assert.notDeepEqual(a.folds.map((f) => f.test), c.folds.map((f) => f.test));
  const neutralTotal = items.filter((u) => u.emotion === 'neutral').length;
  for (const f of a.folds) {
    const neutral = f.test.filter((i) => items[i].emotion === 'neutral').length;
    assert.ok(Math.abs(neutral - neutralTotal / 5) <= 1, `neutral in test fold: ${neutral} of ${neutralTotal}`);
  }
});

test('validation speakers come from the training speakers only, one of each gender first', () => {
  const items = ravdessLike();
  const fold = speakerFolds(items, 6).folds[2];
  const v = validationSpeakers(items, fold.train, 2, 1);
  assert.equal(v.length, 2);
  for (const s of v) assert.ok(fold.trainSpeakers.includes(s) && !fold.testSpeakers.includes(s));
  const genders = v.map((s) => (Number(s.slice(-2)) % 2 ? 'm' : 'f')).sort();
  assert.deepEqual(genders, ['f', 'm']);
  assert.deepEqual(validationSpeakers(items, fold.train, 2, 1), v, 'same seed, same choice');
});

/** RAVDESS-song-shaped items: actors 01 … 24 without 18, 44 clips each, odd actors male. */
function songLike(): SplitItem[] {
  const items: SplitItem[] = [];
  for (let a = 1; a <= 24; a++) {
    if (a === 18) continue;
    for (let c = 0; c < 44; c++) items.push({ speaker: `ravdess:${String(a).padStart(2, '0')}`, emotion: `e${c % 6}`, gender: a % 2 ? 'male' : 'female' });
  }
  return items;
}

test('an actor missing (RAVDESS song, no actor 18): 6 folds balanced by gender and clip count, deterministic', () => {
  const items = songLike();
  const split = speakerFolds(items, 6);
  assertSpeakerDisjoint(items, split);
  const sizes = split.folds.map((f) => f.testSpeakers.length).sort();
  assert.deepEqual(sizes, [3, 4, 4, 4, 4, 4]);
  const males = split.folds.map((f) => f.testSpeakers.filter((s) => Number(s.slice(-2)) % 2 === 1).length);
  const females = split.folds.map((f, k) => f.testSpeakers.length - males[k]);
  assert.deepEqual([...males].sort(), [2, 2, 2, 2, 2, 2], `men per fold ${males}`);
  assert.deepEqual([...females].sort(), [1, 2, 2, 2, 2, 2], `women per fold ${females}`);
  const clips = split.folds.map((f) => f.test.length).sort();
  assert.deepEqual(clips, [132, 176, 176, 176, 176, 176]);
  // Every speaker tested exactly once; folds numbered by their first speaker.
  assert.deepEqual(split.folds.flatMap((f) => f.testSpeakers).sort(), [...new Set(items.map((u) => u.speaker))].sort());
  assert.equal(split.folds[0].testSpeakers[0], 'ravdess:01');
  assert.deepEqual(speakerFolds(items, 6), split, 'same input, same folds');
  // The contiguous split it replaces would have held actors 17, 19, 20, 21 (three men) in fold 5.
  assert.ok(!split.folds.some((f) => f.testSpeakers.join() === 'ravdess:17,ravdess:19,ravdess:20,ravdess:21'));
});

test('uneven clip counts: folds balanced by clips where contiguous speakers are not', () => {
  const items: SplitItem[] = [];
  [100, 10, 10, 10, 10, 10, 10, 50].forEach((n, s) => {
    for (let c = 0; c < n; c++) items.push({ speaker: `x:${s + 1}`, emotion: 'a' });
  });
  const split = speakerFolds(items, 2);
  assertSpeakerDisjoint(items, split);
  // Contiguous halves would hold 130 and 80 clips.
  assert.deepEqual(split.folds.map((f) => f.test.length), [110, 100]);
  assert.deepEqual(split.folds[0].testSpeakers, ['x:1', 'x:7']);
});

test('gender balance comes before clip balance', () => {
  const items: SplitItem[] = [];
  [100, 10, 10, 10, 10, 10, 10, 50].forEach((n, s) => {
    for (let c = 0; c < n; c++) items.push({ speaker: `x:${s + 1}`, emotion: 'a', gender: s % 2 ? 'female' : 'male' });
  });
  // Two men and two women per fold leave no better split than the contiguous one (130 against 80 clips).
  const split = speakerFolds(items, 2);
  assert.deepEqual(split.folds.map((f) => f.testSpeakers), [['x:1', 'x:2', 'x:3', 'x:4'], ['x:5', 'x:6', 'x:7', 'x:8']]);
});

test('the emobox protocol holds out exactly the EmoBox RAVDESS actors, fold by fold', () => {
  const items = Array.from({ length: 24 * 3 }, (_, i) => ({ speaker: `ravdess:${String(Math.floor(i / 3) + 1).padStart(2, '0')}`, emotion: ['a', 'b', 'c'][i % 3] }));
  const split = emoboxFolds(items);
  const expected = [
    ['01', '11', '20', '21'],
    ['04', '10', '12', '14'],
    ['08', '09', '19', '23'],
    ['03', '05', '07', '24'],
    ['02', '15', '16', '18'],
    ['06', '13', '17', '22'],
  ];
  assert.equal(split.folds.length, 6);
  split.folds.forEach((f, k) => {
    assert.deepEqual([...f.testSpeakers].sort(), expected[k].map((a) => `ravdess:${a}`));
    assert.equal(f.test.length, 12);
    assert.equal(f.train.length, 60);
    for (const i of f.test) assert.ok(!f.trainSpeakers.includes(items[i].speaker));
  });
  assert.throws(() => emoboxFolds([{ speaker: 'tess:OAF', emotion: 'a' }]), /not RAVDESS actors/);
});
