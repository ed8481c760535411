import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanCorpus, summarizeCorpus } from '../../src/corpus/index.js';
import { needShared, sharedPath } from '../helpers/shared.js';
const DATA = 'data/ravdess-speech-16k';
test('the shared RAVDESS speech set: 1440 clips, 24 speakers, 96 neutral and 192 of each other emotion', { skip: needShared(DATA) }, async () => {
    const scan = await scanCorpus(sharedPath(DATA));
    assert.equal(scan.corpus, 'ravdess');
    assert.equal(scan.detection.votes.ravdess, 1440);
    assert.equal(scan.utterances.length, 1440);
    assert.deepEqual(scan.skipped, []);
    assert.deepEqual(scan.warnings, []);
    const s = await summarizeCorpus(scan, { durations: true });
    assert.equal(s.utterances, 1440);
    assert.equal(s.speakers, 24);
    assert.deepEqual(s.emotions, {
        neutral: 96,
        calm: 192,
        happy: 192,
        sad: 192,
        angry: 192,
        fearful: 192,
        disgust: 192,
        surprised: 192,
    });
    assert.deepEqual(s.genders, { male: 720, female: 720 });
    for (const [id, sp] of Object.entries(s.perSpeaker)) {
        assert.equal(sp.clips, 60, id);
        assert.equal(sp.gender, Number(id.slice(-2)) % 2 === 1 ? 'male' : 'female', id);
    }
    // data/README.md: every clip lasts 2.936 … 5.272 s.
    assert.ok(s.durationSeconds !== null && s.durationSeconds > 1440 * 2.936 && s.durationSeconds < 1440 * 5.272);
    assert.ok(scan.utterances.every((u) => u.corpus === 'ravdess' && u.fields.vocalChannel === 'speech' && u.fields.modality === 'audio-only'));
});
//# sourceMappingURL=ravdess-shared.test.js.map