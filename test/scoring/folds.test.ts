import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
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
