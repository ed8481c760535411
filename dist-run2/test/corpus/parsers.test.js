import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { emotionFromLabel, parseCremaD, parseCremaDDemographics, parseEmodb, parseFolder, parseRavdess, parseSavee, parseTess, } from '../../src/corpus/index.js';
const ROOT = '/data/corpus';
const file = (relativePath) => ({ path: `${ROOT}/${relativePath}`, relativePath });
function ok(r) {
    if (!r.ok)
        assert.fail(`expected the name to parse, got: ${r.reason}`);
    return r.utterance;
}
function reason(r) {
    if (r.ok)
        assert.fail(`expected a skip, parsed as ${JSON.stringify(r.utterance)}`);
    return r.reason;
}
describe('RAVDESS names', () => {
    test('every field of a speech name is parsed', () => {
        const u = ok(parseRavdess(file('Actor_07/03-01-06-02-02-01-07.wav')));
        assert.deepEqual(u, {
            path: `${ROOT}/Actor_07/03-01-06-02-02-01-07.wav`,
            corpus: 'ravdess',
            speaker: 'ravdess:07',
            gender: 'male',
            emotion: 'fearful',
            fields: {
                modality: 'audio-only',
                vocalChannel: 'speech',
                emotionCode: 6,
                intensity: 'strong',
                statement: 2,
                statementText: 'Dogs are sitting by the door',
                repetition: 1,
                actor: 7,
            },
        });
    });
    test('song, even actor (female), upper-case extension', () => {
        const u = ok(parseRavdess(file('03-02-03-01-01-02-12.WAV')));
        assert.equal(u.gender, 'female');
        assert.equal(u.speaker, 'ravdess:12');
        assert.equal(u.emotion, 'happy');
        assert.equal(u.corpus, 'ravdess');
        if (u.corpus !== 'ravdess')
            return;
        assert.equal(u.fields.vocalChannel, 'song');
        assert.equal(u.fields.statementText, 'Kids are talking by the door');
        assert.equal(u.fields.repetition, 2);
    });
    test('the eight emotion codes map to the canonical vocabulary in order', () => {
        const got = [1, 2, 3, 4, 5, 6, 7, 8].map((e) => ok(parseRavdess(file(`03-01-0${e}-01-01-01-01.wav`))).emotion);
        assert.deepEqual(got, ['neutral', 'calm', 'happy', 'sad', 'angry', 'fearful', 'disgust', 'surprised']);
    });
    test('a full-AV (01) .wav is read as the audio of the AV recording', () => {
        const u = ok(parseRavdess(file('01-01-05-01-01-01-03.wav')));
        assert.ok(u.corpus === 'ravdess' && u.fields.modality === 'full-AV');
    });
    const invalid = [
        ['03-01-01-01-01-01', /expected 7 two-digit fields .* found 6/],
        ['03-01-01-01-01-01-01-01', /expected 7 two-digit fields .* found 8/],
        ['03_01_01_01_01_01_01', /expected 7 two-digit fields .* found 1/],
        ['03-01-xx-01-01-01-01', /field 3 \(emotion\) 'xx' is not a two-digit number/],
        ['3-01-01-01-01-01-01', /field 1 \(modality\) '3' is not a two-digit number/],
        ['03-01-01-01-01-01-001', /field 7 \(actor\) '001' is not a two-digit number/],
        ['04-01-01-01-01-01-01', /modality 04 is out of range/],
        ['00-01-01-01-01-01-01', /modality 00 is out of range/],
        ['02-01-01-01-01-01-01', /modality 02 is video-only, which has no audio/],
        ['03-03-01-01-01-01-01', /vocal channel 03 is out of range/],
        ['03-01-09-01-01-01-01', /emotion 09 is out of range/],
        ['03-01-00-01-01-01-01', /emotion 00 is out of range/],
        ['03-01-03-03-01-01-01', /intensity 03 is out of range/],
        ['03-01-01-02-01-01-01', /intensity 02 \(strong\) with emotion 01 \(neutral\)/],
        ['03-01-03-01-03-01-01', /statement 03 is out of range/],
        ['03-01-03-01-01-03-01', /repetition 03 is out of range/],
        ['03-01-03-01-01-01-25', /actor 25 is out of range/],
        ['03-01-03-01-01-01-00', /actor 00 is out of range/],
        ['03-02-07-01-01-01-01', /\(song\) with emotion 07 \(disgust\): song has no disgust/],
        ['03-02-08-02-01-01-01', /\(song\) with emotion 08 \(surprised\): song has no surprised/],
    ];
    for (const [name, expected] of invalid) {
        test(`${name} is skipped: ${expected.source}`, () => {
            const why = reason(parseRavdess(file(`${name}.wav`)));
            assert.match(why, expected);
            assert.match(why, new RegExp(`^not a valid RAVDESS name \\(${name}\\)`));
        });
    }
});
describe('TESS names', () => {
    test('every field is parsed; both speakers are female', () => {
        assert.deepEqual(ok(parseTess(file('OAF_angry/OAF_back_angry.wav'))), {
            path: `${ROOT}/OAF_angry/OAF_back_angry.wav`,
            corpus: 'tess',
            speaker: 'tess:OAF',
            gender: 'female',
            emotion: 'angry',
            fields: { speakerCode: 'OAF', word: 'back', emotionCode: 'angry' },
        });
        const y = ok(parseTess(file('YAF_dog_fear.wav')));
        assert.equal(y.speaker, 'tess:YAF');
        assert.equal(y.gender, 'female');
        assert.equal(y.emotion, 'fearful');
    });
    test('ps (pleasant surprise) → surprised; all seven tokens map', () => {
        const map = { angry: 'angry', disgust: 'disgust', fear: 'fearful', happy: 'happy', neutral: 'neutral', ps: 'surprised', sad: 'sad' };
        for (const [token, emotion] of Object.entries(map)) {
            assert.equal(ok(parseTess(file(`YAF_bite_${token}.wav`))).emotion, emotion);
        }
    });
    test("the published 'OA_bite_neutral' typo is read as OAF; case is ignored", () => {
        assert.equal(ok(parseTess(file('OA_bite_neutral.wav'))).speaker, 'tess:OAF');
        assert.equal(ok(parseTess(file('yaf_Back_PS.wav'))).emotion, 'surprised');
    });
    test('unknown speaker or emotion is skipped with the reason', () => {
        assert.match(reason(parseTess(file('MAF_back_angry.wav'))), /expected <OAF\|YAF>_<word>_<emotion>/);
        assert.match(reason(parseTess(file('OAF_back_boredom.wav'))), /emotion 'boredom' is not one of/);
    });
});
describe('CREMA-D names', () => {
    test('every field is parsed; gender comes from the demographics map', () => {
        const genders = parseCremaDDemographics('"ActorID","Age","Sex","Race","Ethnicity"\n1001,51,"Male","Caucasian","Not Hispanic"\n');
        assert.deepEqual(ok(parseCremaD(file('AudioWAV/1001_DFA_ANG_XX.wav'), genders)), {
            path: `${ROOT}/AudioWAV/1001_DFA_ANG_XX.wav`,
            corpus: 'crema-d',
            speaker: 'crema-d:1001',
            gender: 'male',
            emotion: 'angry',
            fields: { actor: 1001, sentence: 'DFA', sentenceText: "Don't forget a jacket", emotionCode: 'ANG', level: 'unspecified' },
        });
    });
    test('without demographics gender is unknown; levels and emotions map', () => {
        const u = ok(parseCremaD(file('1091_IEO_HAP_HI.wav')));
        assert.equal(u.gender, 'unknown');
        assert.equal(u.emotion, 'happy');
        assert.ok(u.corpus === 'crema-d' && u.fields.level === 'high');
        const emotions = { ANG: 'angry', DIS: 'disgust', FEA: 'fearful', HAP: 'happy', NEU: 'neutral', SAD: 'sad' };
        for (const [code, emotion] of Object.entries(emotions)) {
            assert.equal(ok(parseCremaD(file(`1050_IEO_${code}_LO.wav`))).emotion, emotion);
        }
        const l = ok(parseCremaD(file('1050_IEO_SAD_MD.wav')));
        assert.ok(l.corpus === 'crema-d' && l.fields.level === 'medium');
    });
    test('bad actor, sentence, emotion, level, field count are skipped with the reason', () => {
        assert.match(reason(parseCremaD(file('1000_DFA_ANG_XX.wav'))), /actor 1000 is out of range/);
        assert.match(reason(parseCremaD(file('1092_DFA_ANG_XX.wav'))), /actor 1092 is out of range/);
        assert.match(reason(parseCremaD(file('1001_XYZ_ANG_XX.wav'))), /sentence 'XYZ'/);
        assert.match(reason(parseCremaD(file('1001_DFA_SUR_XX.wav'))), /emotion 'SUR'/);
        assert.match(reason(parseCremaD(file('1001_DFA_ANG_ZZ.wav'))), /level 'ZZ'/);
        assert.match(reason(parseCremaD(file('1001_DFA_ANG.wav'))), /expected 4 fields/);
    });
    test('demographics: quoted CSV with BOM and CRLF; a file without a Sex column is an error', () => {
        const g = parseCremaDDemographics('\uFEFFActorID,Age,Sex\r\n1002,21,Female\r\n1003,30,Other\r\n');
        assert.equal(g.get(1002), 'female');
        assert.equal(g.has(1003), false);
        assert.throws(() => parseCremaDDemographics('ActorID,Age\n1001,3\n'), /expected columns ActorID and Sex/);
    });
});
describe('SAVEE names', () => {
    test('flat layout: every field is parsed; all speakers are male', () => {
        assert.deepEqual(ok(parseSavee(file('DC_a01.wav'))), {
            path: `${ROOT}/DC_a01.wav`,
            corpus: 'savee',
            speaker: 'savee:DC',
            gender: 'male',
            emotion: 'angry',
            fields: { speakerCode: 'DC', emotionCode: 'a', sentence: 1, layout: 'flat' },
        });
    });
    test('nested layout takes the speaker from the folder', () => {
        const u = ok(parseSavee(file('AudioData/KL/su15.wav')));
        assert.equal(u.speaker, 'savee:KL');
        assert.equal(u.emotion, 'surprised');
        assert.ok(u.corpus === 'savee' && u.fields.layout === 'nested' && u.fields.sentence === 15);
    });
    test('the seven codes map; neutral has 30 sentences, the others 15', () => {
        const map = { a: 'angry', d: 'disgust', f: 'fearful', h: 'happy', n: 'neutral', sa: 'sad', su: 'surprised' };
        for (const [code, emotion] of Object.entries(map))
            assert.equal(ok(parseSavee(file(`JE_${code}05.wav`))).emotion, emotion);
        ok(parseSavee(file('JK_n30.wav')));
        assert.match(reason(parseSavee(file('JK_a16.wav'))), /sentence 16 is out of range \(01 … 15/);
        assert.match(reason(parseSavee(file('JK_n00.wav'))), /sentence 00 is out of range/);
    });
    test('unknown speaker, emotion, or a bare name outside a speaker folder is skipped', () => {
        assert.match(reason(parseSavee(file('XX_a01.wav'))), /speaker 'XX' is not one of DC, JE, JK, KL/);
        assert.match(reason(parseSavee(file('DC_x01.wav'))), /emotion 'x'/);
        assert.match(reason(parseSavee(file('angry/a01.wav'))), /must be in a speaker folder/);
    });
});
describe('EMO-DB names', () => {
    test('every field is parsed; gender from the documented speaker table', () => {
        assert.deepEqual(ok(parseEmodb(file('wav/03a01Fa.wav'))), {
            path: `${ROOT}/wav/03a01Fa.wav`,
            corpus: 'emodb',
            speaker: 'emodb:03',
            gender: 'male',
            emotion: 'happy',
            fields: {
                speakerCode: '03',
                text: 'a01',
                textTranscription: 'Der Lappen liegt auf dem Eisschrank.',
                emotionCode: 'F',
                version: 'a',
            },
        });
        const genders = { '03': 'male', '08': 'female', '09': 'female', '10': 'male', '11': 'male', '12': 'male', '13': 'female', '14': 'female', '15': 'male', '16': 'female' };
        for (const [speaker, gender] of Object.entries(genders))
            assert.equal(ok(parseEmodb(file(`${speaker}b10Nc.wav`))).gender, gender);
    });
    test('the seven letters map; L (Langeweile) is the boredom extension', () => {
        const map = { W: 'angry', L: 'boredom', E: 'disgust', A: 'fearful', F: 'happy', T: 'sad', N: 'neutral' };
        for (const [letter, emotion] of Object.entries(map))
            assert.equal(ok(parseEmodb(file(`16b03${letter}b.wav`))).emotion, emotion);
    });
    test('unknown speaker, text or emotion letter is skipped', () => {
        assert.match(reason(parseEmodb(file('02a01Fa.wav'))), /speaker 02 is not one of/);
        assert.match(reason(parseEmodb(file('03a03Fa.wav'))), /text a03 is not one of/);
        assert.match(reason(parseEmodb(file('03a01Xa.wav'))), /emotion 'X'/);
        assert.match(reason(parseEmodb(file('3a01Fa.wav'))), /expected <speaker nn>/);
    });
});
describe('folder-per-label', () => {
    test('the label folder gives the emotion; each file is its own speaker group', () => {
        assert.deepEqual(ok(parseFolder(file('Anger/clip 1.wav'))), {
            path: `${ROOT}/Anger/clip 1.wav`,
            corpus: 'folder',
            speaker: 'folder:Anger/clip 1.wav',
            gender: 'unknown',
            emotion: 'angry',
            fields: { label: 'Anger' },
        });
    });
    test('synonyms are matched case-insensitively', () => {
        const cases = {
            happiness: 'happy',
            FEAR: 'fearful',
            Sadness: 'sad',
            surprise: 'surprised',
            disgusted: 'disgust',
            'Pleasant surprise': 'surprised',
            'pleasant-surprised': 'surprised',
            calm: 'calm',
            Neutral: 'neutral',
            bored: 'boredom',
        };
        for (const [label, emotion] of Object.entries(cases))
            assert.equal(emotionFromLabel(label), emotion, label);
    });
    test('an unknown label, or a file in the root, is skipped with the reason', () => {
        assert.match(reason(parseFolder(file('contempt/x.wav'))), /folder 'contempt' is not an emotion label/);
        assert.match(reason(parseFolder(file('x.wav'))), /not in a label folder/);
    });
});
//# sourceMappingURL=parsers.test.js.map