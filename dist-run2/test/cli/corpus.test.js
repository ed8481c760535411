import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Command } from 'commander';
import { registerCorpusCommand } from '../../src/cli/corpus.js';
import { VoeError } from '../../src/errors.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { touch, writeWav } from '../corpus/wav-writer.js';
/** Run `voe <args>` in this process, with the corpus command only, and return what it printed. */
async function voe(...args) {
    let out = '';
    const program = new Command().name('voe').exitOverride();
    registerCorpusCommand(program, (text) => {
        out += text;
    });
    await program.parseAsync(args, { from: 'user' });
    return out;
}
const base = mkdtempSync(join(tmpdir(), 'voe-cli-corpus-'));
after(() => rmSync(base, { recursive: true, force: true }));
describe('voe corpus', () => {
    const DATA = 'data/ravdess-speech-16k';
    test('--json on the shared RAVDESS set prints one object: 1440 clips, 24 speakers, 96 / 192', { skip: needShared(DATA) }, async () => {
        const out = await voe('corpus', sharedPath(DATA), '--json');
        assert.equal(out.trimEnd().split('\n').length, 1, 'exactly one line of JSON');
        const r = JSON.parse(out);
        assert.equal(r.corpus, 'ravdess');
        assert.equal(r.utterances, 1440);
        assert.equal(r.speakers, 24);
        assert.deepEqual(r.emotions, {
            neutral: 96,
            calm: 192,
            happy: 192,
            sad: 192,
            angry: 192,
            fearful: 192,
            disgust: 192,
            surprised: 192,
        });
        assert.deepEqual(r.skipped, []);
        assert.deepEqual(r.genders, { male: 720, female: 720 });
        assert.equal(Object.keys(r.perSpeaker).length, 24);
        assert.equal(r.perSpeaker['ravdess:07'].clips, 60);
        assert.ok(r.durationSeconds > 5000 && r.durationSeconds < 6000, String(r.durationSeconds));
    });
    test('human output: emotion and speaker tables, minutes, skipped files listed up to 20 then counted', async () => {
        const dir = join(base, 'mixed');
        writeWav(join(dir, 'Actor_05/03-01-05-01-01-01-05.wav'), { frames: 48000 });
        writeWav(join(dir, 'Actor_06/03-01-01-01-01-01-06.wav'), { frames: 24000 });
        touch(dir, Array.from({ length: 23 }, (_, i) => `bad/03-01-09-01-01-01-${String(i + 1).padStart(2, '0')}.wav`));
        touch(dir, ['a/song.mp3', 'notes.txt']);
        const out = await voe('corpus', dir);
        const lines = out.split('\n');
        assert.equal(lines[0], 'RAVDESS: 2 clips, 2 speakers (1 male, 1 female), 0.1 min');
        assert.match(out, /^angry\s+1\s+50\.0%$/m);
        assert.match(out, /^neutral\s+1\s+50\.0%$/m);
        assert.match(out, /^ravdess:05\s+male\s+1\s+0\.1$/m);
        assert.match(out, /^skipped: 24 files/m);
        assert.match(out, /^ {2}a\/song\.mp3: only WAV is supported/m);
        assert.match(out, /^ {2}bad\/03-01-09-01-01-01-01\.wav: .*emotion 09 is out of range/m);
        assert.equal(lines.filter((l) => /^ {2}(a|bad)\//.test(l)).length, 20);
        assert.match(out, /… and 4 more \(--json lists all\)/);
        assert.doesNotMatch(out, /notes\.txt/);
    });
    test('--corpus names the convention; a folder-per-label corpus says speakers are unknown', async () => {
        const dir = join(base, 'labels');
        writeWav(join(dir, 'angry/03-01-05-01-01-01-05.wav'), { frames: 1600 });
        const out = await voe('corpus', dir, '--corpus', 'folder');
        assert.match(out, /^folder-per-label: 1 clips, speakers unknown/);
        assert.match(out, /^warning: folder-per-label layout: no speaker ids/m);
        assert.match(out, /^speakers: unknown; each of the 1 files is its own group$/m);
    });
    test('errors are VoeErrors with a code: missing folder, unknown corpus name', async () => {
        await assert.rejects(voe('corpus', join(base, 'nowhere')), (e) => e instanceof VoeError && e.code === 'FILE_NOT_FOUND');
        await assert.rejects(voe('corpus', base, '--corpus', 'iemocap'), (e) => e instanceof VoeError && e.code === 'UNKNOWN_CORPUS' && /known: ravdess, tess/.test(e.message));
    });
});
//# sourceMappingURL=corpus.test.js.map