import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { scanCorpus, summarizeCorpus } from '../../src/corpus/index.js';
import { wavBytes, writeWav } from './wav-writer.js';
const root = mkdtempSync(join(tmpdir(), 'voe-corpus-summary-'));
after(() => rmSync(root, { recursive: true, force: true }));
// Actor 01 (male): 1 s neutral + 0.5 s angry (with a LIST chunk); actor 02 (female): 0.5 s angry, 48 kHz stereo.
writeWav(join(root, 'Actor_01/03-01-01-01-01-01-01.wav'), { frames: 16000 });
writeWav(join(root, 'Actor_01/03-01-05-01-01-01-01.wav'), { frames: 8000, listChunk: true });
writeWav(join(root, 'Actor_02/03-01-05-02-01-01-02.wav'), { frames: 24000, sampleRate: 48000, channels: 2 });
// Broken: not a WAV at all, and a header whose data chunk claims more bytes than the file holds.
writeFileSync(join(root, 'Actor_02/03-01-04-01-01-01-02.wav'), 'this is not audio');
writeFileSync(join(root, 'Actor_02/03-01-03-01-01-01-02.wav'), wavBytes({ frames: 1000 }).subarray(0, 400));
describe('summarizeCorpus', () => {
    test('with durations: totals from the headers, broken headers skipped with the reason, not counted', async () => {
        const scan = await scanCorpus(root);
        assert.equal(scan.utterances.length, 5);
        const s = await summarizeCorpus(scan, { durations: true });
        assert.equal(s.corpus, 'ravdess');
        assert.equal(s.utterances, 3);
        assert.equal(s.speakers, 2);
        assert.equal(s.durationSeconds, 2);
        assert.deepEqual(s.emotions, { neutral: 1, angry: 2 });
        assert.deepEqual(s.genders, { male: 2, female: 1 });
        assert.deepEqual(s.perSpeaker, {
            'ravdess:01': { gender: 'male', clips: 2, emotions: { neutral: 1, angry: 1 }, durationSeconds: 1.5 },
            'ravdess:02': { gender: 'female', clips: 1, emotions: { angry: 1 }, durationSeconds: 0.5 },
        });
        assert.deepEqual(s.skipped.map((k) => k.path.slice(root.length + 1)), ['Actor_02/03-01-03-01-01-01-02.wav', 'Actor_02/03-01-04-01-01-01-02.wav']);
        assert.match(s.skipped[0].reason, /^unreadable WAV header: TRUNCATED_DATA/);
        assert.match(s.skipped[1].reason, /^unreadable WAV header: NOT_RIFF_WAVE/);
    });
    test('without durations: every parsed clip counted, duration null, no file opened', async () => {
        const s = await summarizeCorpus(await scanCorpus(root));
        assert.equal(s.utterances, 5);
        assert.equal(s.durationSeconds, null);
        assert.equal(s.perSpeaker['ravdess:02'].durationSeconds, null);
        assert.deepEqual(s.emotions, { neutral: 1, happy: 1, sad: 1, angry: 2 });
        assert.deepEqual(s.skipped, []);
    });
});
//# sourceMappingURL=summary.test.js.map