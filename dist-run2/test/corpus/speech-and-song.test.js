import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { decodeWav, wavLayoutOfBytes } from '../../src/audio/wav.js';
import { CorpusError } from '../../src/errors.js';
import { scanCorpora, scanCorpus, summarizeChannels, summarizeCorpus, vocalChannelOf } from '../../src/corpus/index.js';
import { assertSpeakerDisjoint, speakerFolds } from '../../src/scoring/folds.js';
import { runCorpusCommand } from '../../src/cli/corpus.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { tempDir, wav, writeFile } from '../helpers/wav-writer.js';
const SONG = 'data/ravdess-song-16k';
const SPEECH = 'data/ravdess-speech-16k';
describe('the shared RAVDESS song set', () => {
    test('1012 clips of 23 actors (no actor 18), 6 emotions, all song, all at 16 kHz', { skip: needShared(SONG) }, async () => {
        const scan = await scanCorpus(sharedPath(SONG));
        assert.equal(scan.corpus, 'ravdess');
        assert.equal(scan.utterances.length, 1012);
        assert.deepEqual(scan.skipped, []);
        const s = await summarizeCorpus(scan, { durations: true });
        assert.equal(s.speakers, 23);
        assert.ok(!('ravdess:18' in s.perSpeaker));
        assert.deepEqual(s.emotions, { neutral: 92, calm: 184, happy: 184, sad: 184, angry: 184, fearful: 184 });
        for (const [id, sp] of Object.entries(s.perSpeaker))
            assert.equal(sp.clips, 44, id);
        assert.deepEqual(s.genders, { male: 12 * 44, female: 11 * 44 });
        assert.deepEqual(s.sampleRates, { 16000: 1012 });
        assert.deepEqual(s.vocalChannels, { clips: { song: s.emotions }, onlyIn: {} });
    });
    test('the one stereo clip (Actor_24, 03-02-01-01-01-01-24) is mixed down to the mean of its channels', { skip: needShared(SONG) }, () => {
        const path = join(sharedPath(SONG), 'Actor_24', '03-02-01-01-01-01-24.wav');
        const bytes = readFileSync(path);
        const layout = wavLayoutOfBytes(bytes, path);
        assert.equal(layout.channels, 2);
        const d = decodeWav(bytes, path);
        assert.equal(d.channels, 2);
        assert.equal(d.samples.length, layout.frames);
        const view = new DataView(bytes.buffer, bytes.byteOffset + layout.dataOffset, layout.dataBytes);
        for (const f of [0, 1000, 20000, layout.frames - 1]) {
            const mean = (view.getInt16(4 * f, true) + view.getInt16(4 * f + 2, true)) / 2 / 32768;
            assert.equal(d.samples[f], Math.fround(mean), `frame ${f}`);
        }
    });
    test('speech + song as two --data folders: 2452 clips, 24 speakers, disgust and surprised only in speech', { skip: needShared(SONG) || needShared(SPEECH) }, async () => {
        const scan = await scanCorpora([sharedPath(SPEECH), sharedPath(SONG)]);
        assert.equal(scan.utterances.length, 2452);
        assert.equal(scan.roots.length, 2);
        const ch = summarizeChannels(scan.utterances);
        assert.deepEqual(ch?.onlyIn, { speech: ['disgust', 'surprised'] });
        assert.equal(ch?.clips.speech?.neutral, 96);
        assert.equal(ch?.clips.song?.neutral, 92);
        // One speaker per actor across channels.
        assert.equal(new Set(scan.utterances.map((u) => u.speaker)).size, 24);
    });
});
describe('a folder mixing speech and song (synthetic clips)', () => {
    const tmp = tempDir('voe-mixed-');
    after(tmp.cleanup);
    const tone = Array.from({ length: 1600 }, (_, i) => Math.round(8000 * Math.sin(i / 5)));
    const make = (channel, actor, emotion, rep) => {
        const dir = join(tmp.dir, channel, `Actor_${String(actor).padStart(2, '0')}`);
        mkdirSync(dir, { recursive: true });
        const name = `03-0${channel === 'speech' ? 1 : 2}-0${emotion}-01-01-0${rep}-${String(actor).padStart(2, '0')}.wav`;
        writeFile(dir, name, wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone }));
    };
    // 9 actors: all speak (neutral, calm, disgust); actors 1 … 8 also sing (neutral, calm); actor 9 sings nothing.
    for (let a = 1; a <= 9; a++) {
        for (const e of [1, 2, 7])
            for (const r of [1, 2])
                make('speech', a, e, r);
        if (a <= 8)
            for (const e of [1, 2])
                for (const r of [1, 2])
                    make('song', a, e, r);
    }
    test('each actor is one speaker, on one side of every fold, with both channels together', async () => {
        for (const scan of [await scanCorpus(tmp.dir), await scanCorpora([join(tmp.dir, 'speech'), join(tmp.dir, 'song')])]) {
            assert.equal(scan.utterances.length, 9 * 6 + 8 * 4);
            const items = scan.utterances.map((u) => ({ speaker: u.speaker, emotion: u.emotion, gender: u.gender }));
            assert.equal(new Set(items.map((i) => i.speaker)).size, 9);
            const split = speakerFolds(items, 3);
            assertSpeakerDisjoint(items, split);
            const actorOf = (i) => (scan.utterances[i].corpus === 'ravdess' ? scan.utterances[i].fields.actor : -1);
            for (const f of split.folds) {
                const testActors = new Set(f.test.map(actorOf));
                const trainActors = new Set(f.train.map(actorOf));
                for (const a of testActors)
                    assert.ok(!trainActors.has(a), `fold ${f.index + 1}: actor ${a} on both sides`);
                for (const i of f.test) {
                    const a = actorOf(i);
                    const channels = new Set(scan.utterances.filter((u) => u.fields.actor === a).map(vocalChannelOf));
                    if (a <= 8)
                        assert.deepEqual([...channels].sort(), ['song', 'speech']);
                }
            }
        }
    });
    test('voe corpus over the two folders: the channel × emotion table, sample rates and the speech-only class', async () => {
        let out = '';
        const report = await runCorpusCommand([join(tmp.dir, 'speech'), join(tmp.dir, 'song')], {}, (t) => (out += t));
        assert.deepEqual(report.vocalChannels, {
            clips: { speech: { neutral: 18, calm: 18, disgust: 18 }, song: { neutral: 16, calm: 16 } },
            onlyIn: { speech: ['disgust'] },
        });
        assert.deepEqual(report.sampleRates, { 16000: 86 });
        assert.match(out, /sample rates: 86 clips at 16 kHz/);
        assert.match(out, /disgust\s+18\s+0/);
        assert.match(out, /only in speech: disgust/);
        assert.match(out, /folders: /);
    });
    test('the same recording reached through two folders is counted once', async () => {
        const scan = await scanCorpora([tmp.dir, join(tmp.dir, 'song')]);
        assert.equal(scan.utterances.length, 9 * 6 + 8 * 4);
        assert.equal(scan.skipped.length, 8 * 4);
    });
    test('folders of different corpora are refused with a clear error', async () => {
        const other = tempDir('voe-tess-');
        writeFile(other.dir, 'OAF_back_angry.wav', wav({ format: 'pcm16', channels: 1, sampleRate: 16000, samples: tone }));
        try {
            await assert.rejects(scanCorpora([join(tmp.dir, 'speech'), other.dir]), (e) => e instanceof CorpusError && e.code === 'INVALID_ARGUMENT' && /different corpora/.test(e.message));
        }
        finally {
            other.cleanup();
        }
    });
});
//# sourceMappingURL=speech-and-song.test.js.map