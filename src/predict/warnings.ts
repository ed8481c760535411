/**
 * Honest uncertainty: a label is only as good as the speech under it. A clip with too little voiced speech (noise,
 * silence with clicks, a few words in a long recording) still gets a label from the models, which never saw such
 * input; these warnings travel beside it, in the CLI, the API's `warnings` field and the page.
 */
import type { FeatureSet } from '../features/feature-set.js';

/** How much voiced speech a clip holds, from its YIN track. */
export interface VoicedSpeech {
  /** Frames whose YIN periodicity is ≥ 0.5 with an f0 in range (the models' own test for a voiced frame). */
  voicedFrames: number;
  frames: number;
  voicedFraction: number;
  voicedSeconds: number;
}

/** The periodicity above which a frame counts as voiced: the same 0.5 the models' pitch input uses (sequences.ts). */
export const VOICED_PERIODICITY = 0.5;

export function voicedSpeech(fs: FeatureSet): VoicedSpeech {
  let voicedFrames = 0;
  for (let t = 0; t < fs.frames; t++) if (fs.voicing[t] >= VOICED_PERIODICITY && fs.f0[t] > 0) voicedFrames++;
  return { voicedFrames, frames: fs.frames, voicedFraction: fs.frames ? voicedFrames / fs.frames : 0, voicedSeconds: (voicedFrames * fs.hop_length) / fs.sr };
}

/**
 * A clip is warned of when its voiced fraction is below `minFraction` or its voiced time below `minSeconds`. The
 * basis (`npm run bench:voicing`, README "Honest uncertainty"): over the 1440 RAVDESS speech clips the voiced
 * fraction is 0.173 at least (1st percentile 0.218) and the voiced time 0.57 s at least; over the 1012 song clips
 * 0.33 and 1.19 s. White noise (also at full scale), pink noise and clicks in silence have no voiced frame at all,
 * and one RAVDESS sentence inside 20 s or 60 s of faint noise has a fraction of 0.052 or 0.017. The thresholds sit
 * about halfway between, so no RAVDESS clip is warned of and none of those passes.
 */
export const LOW_VOICED = { minFraction: 0.1, minSeconds: 0.3 };

/** A warning code and a sentence for people. */
export interface PredictionWarning {
  code: 'LOW_VOICED_SPEECH';
  message: string;
}

export function clipWarnings(fs: FeatureSet): PredictionWarning[] {
  const v = voicedSpeech(fs);
  if (v.voicedFraction >= LOW_VOICED.minFraction && v.voicedSeconds >= LOW_VOICED.minSeconds) return [];
  return [
    {
      code: 'LOW_VOICED_SPEECH',
      message: `little voiced speech (${(100 * v.voicedFraction).toFixed(0)} % of frames, ${v.voicedSeconds.toFixed(2)} s): the models were trained on clips of speech, so this label is unreliable`,
    },
  ];
}
