/**
 * The common record every corpus parser produces. See src/corpus/README.md for how each corpus' codes map onto the
 * canonical emotion vocabulary.
 */
/** The corpora whose file-name conventions we parse; 'folder' is the plain `<root>/<label>/*.wav` layout. */
export type CorpusName = 'ravdess' | 'tess' | 'crema-d' | 'savee' | 'emodb' | 'folder';
export declare const CORPUS_NAMES: readonly CorpusName[];
/**
 * The canonical emotion vocabulary: RAVDESS' eight, plus 'boredom' as an explicit extension used only by EMO-DB
 * (Langeweile), which has no RAVDESS equivalent. Models should take their label set from the emotions present in a
 * corpus, not from this list.
 */
export type Emotion = 'neutral' | 'calm' | 'happy' | 'sad' | 'angry' | 'fearful' | 'disgust' | 'surprised' | 'boredom';
/** RAVDESS' eight, in RAVDESS' code order (01 … 08). */
export declare const RAVDESS_EMOTIONS: readonly Emotion[];
/** Every canonical emotion, in report order: RAVDESS' eight, then the extension. */
export declare const EMOTIONS: readonly Emotion[];
export type Gender = 'male' | 'female' | 'unknown';
export interface RavdessFields {
    /** 03 audio-only; 01 full-AV only for a .wav extracted from the AV file (02 video-only is skipped). */
    modality: 'full-AV' | 'audio-only';
    vocalChannel: 'speech' | 'song';
    /** The two-digit emotion code as a number, 1 … 8. */
    emotionCode: number;
    intensity: 'normal' | 'strong';
    statement: 1 | 2;
    statementText: string;
    repetition: 1 | 2;
    /** 1 … 24; odd male, even female. */
    actor: number;
}
export interface TessFields {
    /** 'OAF' older (64), 'YAF' younger (26) adult female. */
    speakerCode: 'OAF' | 'YAF';
    /** The target word of "Say the word ___". */
    word: string;
    /** The emotion token as written in the file name, lower-cased ('ps' = pleasant surprise). */
    emotionCode: string;
}
export interface CremaDFields {
    /** 1001 … 1091. */
    actor: number;
    /** Three-letter sentence code (e.g. 'DFA'). */
    sentence: string;
    sentenceText: string;
    /** ANG DIS FEA HAP NEU SAD. */
    emotionCode: string;
    /** LO MD HI, or XX unspecified. */
    level: 'low' | 'medium' | 'high' | 'unspecified';
}
export interface SaveeFields {
    speakerCode: 'DC' | 'JE' | 'JK' | 'KL';
    /** a d f h n sa su. */
    emotionCode: string;
    /** Sentence number within the emotion: 1 … 15 (1 … 30 for neutral). */
    sentence: number;
    /** 'flat' = `DC_a01.wav`, 'nested' = `DC/a01.wav`. */
    layout: 'flat' | 'nested';
}
export interface EmodbFields {
    /** Two-digit speaker code, e.g. '03'. */
    speakerCode: string;
    /** Text code, e.g. 'a01'. */
    text: string;
    /** The German sentence. */
    textTranscription: string;
    /** W L E A F T N. */
    emotionCode: string;
    /** Version letter (a, b, …): repeated takes of the same sentence and emotion. */
    version: string;
}
export interface FolderFields {
    /** The label folder's name as written on disk. */
    label: string;
}
export interface CorpusFieldsMap {
    ravdess: RavdessFields;
    tess: TessFields;
    'crema-d': CremaDFields;
    savee: SaveeFields;
    emodb: EmodbFields;
    folder: FolderFields;
}
/** One utterance of corpus C; `Utterance` is the union over corpora, discriminated by `corpus`. */
export interface UtteranceOf<C extends CorpusName> {
    /** Absolute path of the WAV file. */
    path: string;
    corpus: C;
    /** Unique across corpora: '<corpus>:<id>', e.g. 'ravdess:07'. */
    speaker: string;
    gender: Gender;
    emotion: Emotion;
    /** The corpus' own parsed file-name fields. */
    fields: CorpusFieldsMap[C];
}
export type Utterance = {
    [C in CorpusName]: UtteranceOf<C>;
}[CorpusName];
/** A file that was looked at but not loaded, and why. */
export interface SkippedFile {
    path: string;
    reason: string;
}
/** What a parser says about one file (for C a union, `utterance` is the union of each corpus' record). */
export type ParseResult<C extends CorpusName = CorpusName> = {
    ok: true;
    utterance: C extends CorpusName ? UtteranceOf<C> : never;
} | {
    ok: false;
    reason: string;
};
/** A file as parsers see it. */
export interface CorpusFile {
    /** Absolute path. */
    path: string;
    /** Path relative to the scanned root, '/'-separated. */
    relativePath: string;
}
export interface CorpusDetection {
    /** 'named': the caller chose the corpus; 'detected': majority vote over file names. */
    method: 'named' | 'detected';
    /** WAV files each parser accepts (every corpus, 0 included, so a reader sees the whole vote). */
    votes: Record<CorpusName, number>;
    /** WAV files considered. */
    wavFiles: number;
    /** One sentence a person can read: what was chosen and why. */
    explanation: string;
}
export interface CorpusScan {
    corpus: CorpusName;
    /** Absolute path of the scanned folder. */
    root: string;
    /** Sorted by path (code-unit order, locale-independent). */
    utterances: Utterance[];
    /** Sorted by path. */
    skipped: SkippedFile[];
    /**
     * False for the folder-per-label layout: speakers are unknown, each file is its own group, and any evaluation on
     * it is speaker-dependent.
     */
    speakersKnown: boolean;
    /** Things a user should know that are not about one file (unknown speakers, missing demographics). */
    warnings: string[];
    detection: CorpusDetection;
}
