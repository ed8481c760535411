/**
 * Scanning a corpus folder: walk it, pick the naming convention (named, or the majority vote of the parsers), parse
 * every WAV file, and report every file that was not loaded with its reason.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { CorpusError } from '../errors.js';
import { CREMA_D_DEMOGRAPHICS_FILE, parseCremaD, parseCremaDDemographics } from './crema-d.js';
import { parseEmodb } from './emodb.js';
import { parseFolder } from './folder.js';
import { dropFullAvTwins, parseRavdess } from './ravdess.js';
import { parseSavee } from './savee.js';
import { parseTess } from './tess.js';
import {
  CORPUS_NAMES,
  type CorpusDetection,
  type CorpusFile,
  type CorpusName,
  type CorpusScan,
  type Gender,
  type ParseResult,
  type SkippedFile,
  type Utterance,
  type UtteranceOf,
} from './types.js';

export interface ScanOptions {
  /** The naming convention to read; undefined = detect it from the file names. */
  corpus?: CorpusName;
}

/** Human names, for messages. */
export const CORPUS_TITLES: Readonly<Record<CorpusName, string>> = {
  ravdess: 'RAVDESS',
  tess: 'TESS',
  'crema-d': 'CREMA-D',
  savee: 'SAVEE',
  emodb: 'EMO-DB',
  folder: 'folder-per-label',
};

/**
 * Every parser without context (CREMA-D's genders come later). The order is also the tie-break order of detection:
 * the corpora whose names carry a speaker id first, the folder-per-label layout (no speakers) last.
 */
export const PARSERS: Readonly<Record<CorpusName, (file: CorpusFile) => ParseResult>> = {
  ravdess: parseRavdess,
  'crema-d': (file) => parseCremaD(file),
  tess: parseTess,
  savee: parseSavee,
  emodb: parseEmodb,
  folder: parseFolder,
};
const DETECTION_ORDER: readonly CorpusName[] = ['ravdess', 'crema-d', 'tess', 'savee', 'emodb', 'folder'];

/** Audio formats we recognise but do not read: listed as skipped rather than ignored like other files. */
const OTHER_AUDIO_EXTENSIONS = new Set([
  '.mp3',
  '.flac',
  '.ogg',
  '.oga',
  '.opus',
  '.m4a',
  '.aac',
  '.aif',
  '.aiff',
  '.aifc',
  '.wma',
  '.amr',
  '.au',
  '.caf',
]);

export function isCorpusName(name: string): name is CorpusName {
  return (CORPUS_NAMES as readonly string[]).includes(name);
}

/** A corpus name given by a user ('RAVDESS', 'crema-d', 'cremad', 'emo-db' …) → CorpusName, or a CorpusError. */
export function toCorpusName(text: string): CorpusName {
  const key = text.trim().toLowerCase();
  const aliases: Record<string, CorpusName> = { cremad: 'crema-d', crema: 'crema-d', 'emo-db': 'emodb' };
  const name = aliases[key] ?? key;
  if (isCorpusName(name)) return name;
  throw new CorpusError('UNKNOWN_CORPUS', `unknown corpus '${text}'; known: ${CORPUS_NAMES.join(', ')}`);
}

function byPath<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

interface Walk {
  wav: CorpusFile[];
  otherAudio: string[];
  /** Other files by relative path, for metadata such as CREMA-D's demographics. */
  others: CorpusFile[];
  unreadable: SkippedFile[];
}

/**
 * Every file under root, recursively. Hidden files and folders (name starting with '.') are ignored, which also drops
 * macOS' `._name.wav` resource forks. Symbolic links are followed, each real folder and each real file visited once
 * (a folder linked into the tree beside itself, or a link to a file, would otherwise count its clips twice); real
 * entries before links and in name order, so that which of two paths to the same file is kept does not depend on
 * the file system.
 */
async function walk(root: string): Promise<Walk> {
  const out: Walk = { wav: [], otherAudio: [], others: [], unreadable: [] };
  const rootReal = await realpath(root);
  const seen = new Set<string>([rootReal]);
  const seenFiles = new Set<string>();
  const stack: Array<{ rel: string; real: string }> = [{ rel: '', real: rootReal }];
  while (stack.length > 0) {
    const { rel, real: dirReal } = stack.pop()!;
    const dir = rel === '' ? root : join(root, rel);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      out.unreadable.push({ path: dir, reason: `folder not readable (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    // Real entries before links, then name order: a folder and a link to it side by side keep the folder's path.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const path = join(root, childRel);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let real = join(dirReal, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(path);
          isDir = s.isDirectory();
          isFile = s.isFile();
          real = await realpath(path);
        } catch {
          out.unreadable.push({ path, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) {
        if (seen.has(real)) continue;
        seen.add(real);
        stack.push({ rel: childRel, real });
      } else if (isFile) {
        if (seenFiles.has(real)) continue;
        seenFiles.add(real);
        const ext = extname(entry.name).toLowerCase();
        if (ext === '.wav') out.wav.push({ path, relativePath: childRel });
        else if (OTHER_AUDIO_EXTENSIONS.has(ext)) out.otherAudio.push(path);
        else out.others.push({ path, relativePath: childRel });
      }
    }
  }
  return out;
}

function detect(files: readonly CorpusFile[]): { corpus: CorpusName; detection: CorpusDetection } {
  const votes = Object.fromEntries(CORPUS_NAMES.map((c) => [c, 0])) as Record<CorpusName, number>;
  for (const file of files) for (const c of DETECTION_ORDER) if (PARSERS[c](file).ok) votes[c]++;
  const best = Math.max(...DETECTION_ORDER.map((c) => votes[c]));
  const tied = DETECTION_ORDER.filter((c) => votes[c] === best);
  const corpus = tied[0];
  let explanation = `${votes[corpus]} of ${files.length} WAV names parse as ${CORPUS_TITLES[corpus]}`;
  const runnersUp = DETECTION_ORDER.filter((c) => c !== corpus && votes[c] > 0);
  if (tied.length > 1) {
    explanation +=
      `; tied with ${tied.slice(1).map((c) => CORPUS_TITLES[c]).join(', ')}, broken by the fixed order ` +
      `${DETECTION_ORDER.join(' > ')} (names that carry speaker ids before the folder-per-label layout); ` +
      `pass the corpus explicitly to choose otherwise`;
  } else if (runnersUp.length > 0) {
    explanation += ` (also: ${runnersUp.map((c) => `${CORPUS_TITLES[c]} ${votes[c]}`).join(', ')})`;
  }
  return { corpus, detection: { method: 'detected', votes, wavFiles: files.length, explanation } };
}

async function cremaGenders(
  root: string,
  others: readonly CorpusFile[],
  warnings: string[],
): Promise<Map<number, Gender> | undefined> {
  const candidates = others
    .filter((f) => f.relativePath.split('/').pop()?.toLowerCase() === CREMA_D_DEMOGRAPHICS_FILE.toLowerCase())
    .sort((a, b) => a.relativePath.split('/').length - b.relativePath.split('/').length || byPath(a, b));
  if (candidates.length === 0) {
    warnings.push(
      `no ${CREMA_D_DEMOGRAPHICS_FILE} under ${root}: CREMA-D names carry no gender, so every speaker's gender is ` +
        `'unknown'; copy the corpus' ${CREMA_D_DEMOGRAPHICS_FILE} into the folder to get genders`,
    );
    return undefined;
  }
  const file = candidates[0].path;
  try {
    return parseCremaDDemographics(await readFile(file, 'utf8'));
  } catch (e) {
    warnings.push(`${file} could not be read (${(e as Error).message}): every speaker's gender is 'unknown'`);
    return undefined;
  }
}

/**
 * Scan a corpus folder. Returns utterances and skipped files sorted by path. Throws a CorpusError when the folder is
 * missing (FILE_NOT_FOUND), is a file (NOT_A_DIRECTORY), holds no WAV file or no file of the named corpus
 * (NO_UTTERANCES), or when no WAV name matches any known convention (UNKNOWN_CORPUS).
 */
export async function scanCorpus(dir: string, options: ScanOptions = {}): Promise<CorpusScan> {
  const root = resolve(dir);
  try {
    const s = await stat(root);
    if (!s.isDirectory()) {
      throw new CorpusError('NOT_A_DIRECTORY', 'is a file, not a folder: pass the folder that holds the WAV files', {
        path: root,
      });
    }
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError('FILE_NOT_FOUND', 'no such folder: check the path', { path: root });
    if (code === 'ENOTDIR') {
      throw new CorpusError('NOT_A_DIRECTORY', 'a part of this path is a file, not a folder', { path: root });
    }
    throw e;
  }

  let found: Walk;
  try {
    found = await walk(root);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CorpusError('PERMISSION_DENIED', 'the folder is not readable: check its permissions', {
        path: root,
        cause: e,
      });
    }
    throw e;
  }
  const otherAudioSkips = found.otherAudio.map((path) => ({
    path,
    reason: `only WAV is supported: convert it first (e.g. ffmpeg -i in${extname(path).toLowerCase()} out.wav)`,
  }));
  if (found.wav.length === 0) {
    const unreadable = found.unreadable.length > 0 ? `; ${found.unreadable.length} folders could not be read` : '';
    const others =
      found.otherAudio.length > 0
        ? `; ${found.otherAudio.length} other audio files (${[...new Set(found.otherAudio.map((p) => extname(p).toLowerCase()))].sort().join(', ')}) are not supported: convert them to WAV`
        : '';
    throw new CorpusError('NO_UTTERANCES', `no WAV files in this folder or its sub-folders${others}${unreadable}`, {
      path: root,
    });
  }

  let corpus: CorpusName;
  let detection: CorpusDetection;
  if (options.corpus !== undefined) {
    // A caller without types may pass any string: accept the aliases, throw UNKNOWN_CORPUS for the rest.
    corpus = isCorpusName(options.corpus) ? options.corpus : toCorpusName(options.corpus);
    const votes = Object.fromEntries(CORPUS_NAMES.map((c) => [c, 0])) as Record<CorpusName, number>;
    detection = {
      method: 'named',
      votes,
      wavFiles: found.wav.length,
      explanation: `read as ${CORPUS_TITLES[corpus]}, as asked`,
    };
  } else {
    ({ corpus, detection } = detect(found.wav));
    if (detection.votes[corpus] === 0) {
      const examples = [...found.wav]
        .sort(byPath)
        .slice(0, 3)
        .map((f) => f.relativePath)
        .join(', ');
      throw new CorpusError(
        'UNKNOWN_CORPUS',
        `none of the ${found.wav.length} WAV file names follows a known convention ` +
          `(RAVDESS, TESS, CREMA-D, SAVEE, EMO-DB, or <label>/<file>.wav folders), e.g. ${examples}; ` +
          `see src/corpus/README.md, or name the corpus to see why each file is rejected`,
        { path: root },
      );
    }
  }

  const warnings: string[] = [];
  const genders = corpus === 'crema-d' ? await cremaGenders(root, found.others, warnings) : undefined;
  const parse = corpus === 'crema-d' ? (f: CorpusFile) => parseCremaD(f, genders) : PARSERS[corpus];

  let utterances: Utterance[] = [];
  const skipped: SkippedFile[] = [...found.unreadable, ...otherAudioSkips];
  for (const file of found.wav) {
    const result = parse(file);
    if (result.ok) {
      utterances.push(result.utterance);
      continue;
    }
    // Say so when the file is another corpus' name: a mixed folder is the likely cause.
    const other = DETECTION_ORDER.find((c) => c !== corpus && PARSERS[c](file).ok);
    const hint = other
      ? `; it is a ${CORPUS_TITLES[other]} name, but this folder is read as ${CORPUS_TITLES[corpus]} (one corpus per scan)`
      : '';
    skipped.push({ path: file.path, reason: result.reason + hint });
  }

  if (corpus === 'ravdess') {
    const { kept, dropped } = dropFullAvTwins(utterances as UtteranceOf<'ravdess'>[]);
    utterances = kept;
    skipped.push(...dropped);
  }
  if (corpus === 'crema-d' && genders !== undefined) {
    const missing = [...new Set(utterances.filter((u) => u.gender === 'unknown').map((u) => u.speaker))];
    if (missing.length > 0) {
      warnings.push(`${missing.length} CREMA-D speakers are not in ${CREMA_D_DEMOGRAPHICS_FILE}: gender 'unknown'`);
    }
  }
  const speakersKnown = corpus !== 'folder';
  if (!speakersKnown) {
    warnings.push(
      'folder-per-label layout: no speaker ids, so each file is its own group; speaker-independent evaluation is ' +
        'impossible and cross-validation scores on this data are speaker-dependent (optimistic)',
    );
  }

  if (utterances.length === 0) {
    const first = [...skipped].sort(byPath)[0];
    throw new CorpusError(
      'NO_UTTERANCES',
      `no file here is a valid ${CORPUS_TITLES[corpus]} file: ${skipped.length} skipped` +
        (first ? `, e.g. ${first.path}: ${first.reason}` : ''),
      { path: root },
    );
  }

  utterances.sort(byPath);
  skipped.sort(byPath);
  return { corpus, root, utterances, skipped, speakersKnown, warnings, detection };
}
