/**
 * SAVEE, Surrey Audio-Visual Expressed Emotion (Haq & Jackson 2009): four male speakers DC, JE, JK, KL; 15 sentences
 * per emotion and 30 neutral. Two layouts are in circulation: `DC_a01.wav` (flat) and `DC/a01.wav` (the original
 * AudioData/ folder per speaker).
 */
import { parentFolder, stem } from './names.js';
import type { CorpusFile, Emotion, ParseResult, SaveeFields } from './types.js';

const EMOTIONS: Readonly<Record<string, Emotion>> = {
  a: 'angry',
  d: 'disgust',
  f: 'fearful',
  h: 'happy',
  n: 'neutral',
  sa: 'sad',
  su: 'surprised',
};

const SPEAKERS = ['DC', 'JE', 'JK', 'KL'] as const;

function isSpeaker(s: string): s is SaveeFields['speakerCode'] {
  return (SPEAKERS as readonly string[]).includes(s);
}

/** Parse a SAVEE file name in either layout (case-insensitive; speaker codes are upper-cased). */
export function parseSavee(file: CorpusFile): ParseResult<'savee'> {
  const name = stem(file.path);
  const fail = (why: string): ParseResult<'savee'> => ({ ok: false, reason: `not a valid SAVEE name (${name}): ${why}` });
  let speaker: string;
  let code: string;
  let layout: SaveeFields['layout'];
  const flat = /^([a-z]{2})_([a-z]{1,2})(\d{2})$/i.exec(name);
  const nested = /^([a-z]{1,2})(\d{2})$/i.exec(name);
  let number: string;
  if (flat) {
    [, speaker, code, number] = flat;
    layout = 'flat';
  } else if (nested) {
    [, code, number] = nested;
    speaker = parentFolder(file);
    layout = 'nested';
    if (!isSpeaker(speaker.toUpperCase())) {
      return fail(`a bare <emotion><nn> name must be in a speaker folder (${SPEAKERS.join(', ')}), not '${speaker}'`);
    }
  } else {
    return fail('expected <speaker>_<emotion><nn> (DC_a01) or <speaker>/<emotion><nn> (DC/a01)');
  }
  const speakerCode = speaker.toUpperCase();
  if (!isSpeaker(speakerCode)) return fail(`speaker '${speaker}' is not one of ${SPEAKERS.join(', ')}`);
  const emotionCode = code.toLowerCase();
  const emotion = EMOTIONS[emotionCode];
  if (emotion === undefined) return fail(`emotion '${code}' is not one of ${Object.keys(EMOTIONS).join(', ')}`);
  const sentence = Number(number);
  const max = emotion === 'neutral' ? 30 : 15;
  if (sentence < 1 || sentence > max) return fail(`sentence ${number} is out of range (01 … ${max} for '${emotionCode}')`);
  return {
    ok: true,
    utterance: {
      path: file.path,
      corpus: 'savee',
      speaker: `savee:${speakerCode}`,
      gender: 'male',
      emotion,
      fields: { speakerCode, emotionCode, sentence, layout },
    },
  };
}
