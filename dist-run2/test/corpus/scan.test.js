import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CorpusError } from '../../src/errors.js';
import { scanCorpus, toCorpusName } from '../../src/corpus/index.js';
import { touch } from './wav-writer.js';
const base = mkdtempSync(join(tmpdir(), 'voe-corpus-scan-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
/** A fresh folder under the test's temporary root, holding the given (empty) files. */
function folder(files) {
    const dir = join(base, `case-${n++}`);
    mkdirSync(dir, { recursive: true });
    touch(dir, files);
    return dir;
}
/** All 60 speech names of one RAVDESS actor. */
function ravdessActor(actor) {
    const a = String(actor).padStart(2, '0');
    const names = [];
    for (let e = 1; e <= 8; e++) {
        for (let i = 1; i <= (e === 1 ? 1 : 2); i++) {
            for (let s = 1; s <= 2; s++)
                for (let r = 1; r <= 2; r++)
                    names.push(`Actor_${a}/03-01-0${e}-0${i}-0${s}-0${r}-${a}.wav`);
        }
    }
    return names;
}
async function corpusError(promise, code, message) {
    await assert.rejects(promise, (e) => {
        assert.ok(e instanceof CorpusError, `expected a CorpusError, got ${String(e)}`);
        assert.equal(e.code, code);
        if (message)
            assert.match(e.message, message);
        return true;
    });
}
const reasons = (scan) => Object.fromEntries(scan.skipped.map((s) => [s.path.slice(scan.root.length + 1), s.reason]));
describe('detection', () => {
    test('RAVDESS: two actors, 120 clips, sorted by path, detected by majority', async () => {
        const dir = folder([...ravdessActor(2), ...ravdessActor(1)].reverse());
        const scan = await scanCorpus(dir);
        assert.equal(scan.corpus, 'ravdess');
        assert.equal(scan.root, dir);
        assert.equal(scan.utterances.length, 120);
        assert.deepEqual(scan.skipped, []);
        assert.equal(scan.speakersKnown, true);
        assert.deepEqual([...new Set(scan.utterances.map((u) => u.speaker))], ['ravdess:01', 'ravdess:02']);
        const paths = scan.utterances.map((u) => u.path);
        assert.deepEqual(paths, [...paths].sort());
        assert.equal(paths[0], join(dir, 'Actor_01/03-01-01-01-01-01-01.wav'));
        assert.equal(scan.detection.method, 'detected');
        assert.equal(scan.detection.votes.ravdess, 120);
        assert.match(scan.detection.explanation, /120 of 120 WAV names parse as RAVDESS/);
    });
    test('TESS, SAVEE (both layouts), EMO-DB are each detected', async () => {
        const tess = await scanCorpus(folder(['OAF_angry/OAF_back_angry.wav', 'YAF_pleasant_surprised/YAF_dog_ps.wav']));
        assert.equal(tess.corpus, 'tess');
        assert.deepEqual(tess.utterances.map((u) => u.emotion), ['angry', 'surprised']);
        const savee = await scanCorpus(folder(['DC_a01.wav', 'AudioData/JE/sa03.wav', 'AudioData/JE/n30.wav']));
        assert.equal(savee.corpus, 'savee');
        assert.deepEqual(savee.utterances.map((u) => u.speaker), ['savee:JE', 'savee:JE', 'savee:DC']);
        const emodb = await scanCorpus(folder(['wav/03a01Fa.wav', 'wav/08b10Lc.wav']));
        assert.equal(emodb.corpus, 'emodb');
        assert.deepEqual(emodb.utterances.map((u) => [u.speaker, u.gender, u.emotion]), [
            ['emodb:03', 'male', 'happy'],
            ['emodb:08', 'female', 'boredom'],
        ]);
    });
    test('CREMA-D: genders from VideoDemographics.csv when present, else unknown with a warning', async () => {
        const names = ['AudioWAV/1001_DFA_ANG_XX.wav', 'AudioWAV/1002_IEO_SAD_LO.wav', 'AudioWAV/1003_TIE_NEU_XX.wav'];
        const without = await scanCorpus(folder(names));
        assert.equal(without.corpus, 'crema-d');
        assert.deepEqual(without.utterances.map((u) => u.gender), ['unknown', 'unknown', 'unknown']);
        assert.match(without.warnings.join('\n'), /no VideoDemographics\.csv .* 'unknown'/);
        const dir = folder(names);
        writeFileSync(join(dir, 'VideoDemographics.csv'), '"ActorID","Age","Sex","Race","Ethnicity"\n1001,51,"Male","Caucasian","Not Hispanic"\n1002,21,"Female","Caucasian","Not Hispanic"\n');
        const withCsv = await scanCorpus(dir);
        assert.deepEqual(withCsv.utterances.map((u) => u.gender), ['male', 'female', 'unknown']);
        assert.match(withCsv.warnings.join('\n'), /1 CREMA-D speakers are not in VideoDemographics\.csv/);
        assert.equal(withCsv.skipped.length, 0, 'the CSV is metadata, not a skipped file');
    });
    test('folder-per-label: labels matched case-insensitively, unknown labels skipped, speakers unknown with a warning', async () => {
        const scan = await scanCorpus(folder(['Anger/a.wav', 'happiness/b.wav', 'SAD/c.wav', 'contempt/d.wav', 'e.wav']));
        assert.equal(scan.corpus, 'folder');
        assert.deepEqual(scan.utterances.map((u) => u.emotion), ['angry', 'sad', 'happy']);
        assert.equal(scan.speakersKnown, false);
        assert.equal(new Set(scan.utterances.map((u) => u.speaker)).size, 3, 'each file is its own group');
        assert.match(scan.warnings.join('\n'), /speaker-independent evaluation is impossible/);
        assert.deepEqual(reasons(scan), {
            'contempt/d.wav': "folder 'contempt' is not an emotion label (see src/corpus/README.md for the names)",
            'e.wav': 'not in a label folder: folder-per-label files must be in <root>/<label>/',
        });
    });
    test('a tie is broken towards the corpus with speaker ids, and the explanation says so', async () => {
        const dir = folder(['angry/03-01-05-01-01-01-01.wav', 'angry/03-01-05-01-01-02-01.wav']);
        const scan = await scanCorpus(dir);
        assert.equal(scan.corpus, 'ravdess');
        assert.deepEqual([scan.detection.votes.ravdess, scan.detection.votes.folder], [2, 2]);
        assert.match(scan.detection.explanation, /tied with folder-per-label, broken by the fixed order/);
        const named = await scanCorpus(dir, { corpus: 'folder' });
        assert.equal(named.corpus, 'folder');
        assert.equal(named.detection.method, 'named');
    });
    test('hidden files and folders are ignored; the .wav extension is case-insensitive', async () => {
        const scan = await scanCorpus(folder(['Actor_01/03-01-01-01-01-01-01.WAV', 'Actor_01/._03-01-01-01-01-01-01.wav', '.trash/03-01-02-01-01-01-01.wav']));
        assert.equal(scan.utterances.length, 1);
        assert.deepEqual(scan.skipped, []);
    });
    test('a file of another corpus in the folder is skipped and named as such', async () => {
        const scan = await scanCorpus(folder([...ravdessActor(1).slice(0, 5), 'OAF_back_angry.wav']));
        assert.equal(scan.corpus, 'ravdess');
        assert.match(reasons(scan)['OAF_back_angry.wav'], /it is a TESS name, but this folder is read as RAVDESS/);
    });
    test('full-AV audio is dropped when its audio-only twin is present; video-only is skipped', async () => {
        const scan = await scanCorpus(folder(['03-01-05-01-01-01-01.wav', '01-01-05-01-01-01-01.wav', '01-01-06-01-01-01-01.wav', '02-01-05-01-01-01-01.wav']));
        assert.deepEqual(scan.utterances.map((u) => u.path.slice(scan.root.length + 1)), ['01-01-06-01-01-01-01.wav', '03-01-05-01-01-01-01.wav']);
        const why = reasons(scan);
        assert.match(why['01-01-05-01-01-01-01.wav'], /full-AV audio of the same recording as .*03-01-05-01-01-01-01\.wav, which is kept/);
        assert.match(why['02-01-05-01-01-01-01.wav'], /video-only, which has no audio/);
    });
});
describe('a mixed folder', () => {
    test('valid RAVDESS + a bad name + an mp3 + a text file: counts and reasons', async () => {
        const dir = folder([
            ...ravdessActor(3),
            'Actor_03/03-01-09-01-01-01-03.wav',
            'Actor_03/03-01-05-01-01-01-03.mp3',
            'Actor_03/notes.txt',
        ]);
        const scan = await scanCorpus(dir);
        assert.equal(scan.corpus, 'ravdess');
        assert.equal(scan.utterances.length, 60);
        assert.deepEqual(reasons(scan), {
            'Actor_03/03-01-05-01-01-01-03.mp3': 'only WAV is supported: convert it first (e.g. ffmpeg -i in.mp3 out.wav)',
            'Actor_03/03-01-09-01-01-01-03.wav': 'not a valid RAVDESS name (03-01-09-01-01-01-03): emotion 09 is out of range (01 … 08)',
        });
    });
});
describe('errors', () => {
    test('a missing folder is FILE_NOT_FOUND', async () => {
        await corpusError(scanCorpus(join(base, 'no-such-folder')), 'FILE_NOT_FOUND', /no-such-folder: no such folder/);
    });
    test('a file instead of a folder is NOT_A_DIRECTORY', async () => {
        const dir = folder(['03-01-01-01-01-01-01.wav']);
        await corpusError(scanCorpus(join(dir, '03-01-01-01-01-01-01.wav')), 'NOT_A_DIRECTORY', /is a file, not a folder/);
    });
    test('an empty folder is NO_UTTERANCES', async () => {
        await corpusError(scanCorpus(folder([])), 'NO_UTTERANCES', /no WAV files in this folder or its sub-folders/);
    });
    test('a folder of mp3 files only is NO_UTTERANCES and says to convert them', async () => {
        await corpusError(scanCorpus(folder(['a/x.mp3', 'b/y.flac', 'readme.md'])), 'NO_UTTERANCES', /2 other audio files \(\.flac, \.mp3\) are not supported: convert them to WAV/);
    });
    test('WAV names no convention matches are UNKNOWN_CORPUS', async () => {
        await corpusError(scanCorpus(folder(['recording1.wav', 'x/take 2.wav'])), 'UNKNOWN_CORPUS', /none of the 2 WAV file names/);
    });
    test('a named corpus no file matches is NO_UTTERANCES with an example reason', async () => {
        const dir = folder(ravdessActor(1).slice(0, 3));
        await corpusError(scanCorpus(dir, { corpus: 'tess' }), 'NO_UTTERANCES', /no file here is a valid TESS file: 3 skipped, e\.g\. .*expected <OAF\|YAF>/);
    });
    test('corpus names from users: aliases accepted, unknown ones UNKNOWN_CORPUS', () => {
        assert.equal(toCorpusName('RAVDESS'), 'ravdess');
        assert.equal(toCorpusName('cremad'), 'crema-d');
        assert.equal(toCorpusName('EMO-DB'), 'emodb');
        assert.throws(() => toCorpusName('iemocap'), (e) => e instanceof CorpusError && e.code === 'UNKNOWN_CORPUS');
    });
});
//# sourceMappingURL=scan.test.js.map