/**
 * A corpus spread over several folders (`--data speech --data song`): each folder scanned as `scanCorpus` does,
 * then merged into one scan. A parent folder holding both needs none of this (the scan walks sub-folders).
 */
import { basename, resolve } from 'node:path';
import { CorpusError } from '../errors.js';
import { CORPUS_TITLES, scanCorpus } from './scan.js';
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * Scan one or more folders as one corpus. One folder: exactly `scanCorpus`. Several: every folder must hold the same
 * corpus (else INVALID_ARGUMENT naming each folder's); a file reached twice (the same path, or for RAVDESS the same
 * file name, i.e. the same recording, in two folders) is kept once and the others listed as skipped. `root` is the
 * first folder; `roots` lists them all.
 */
export async function scanCorpora(dirs, options = {}) {
    if (dirs.length === 0)
        throw new CorpusError('INVALID_ARGUMENT', 'no data folder given');
    const roots = dirs.map((d) => resolve(d));
    const scans = [];
    for (const root of roots)
        scans.push(await scanCorpus(root, options));
    if (scans.length === 1)
        return { ...scans[0], roots };
    const corpora = new Set(scans.map((s) => s.corpus));
    if (corpora.size > 1) {
        const what = scans.map((s) => `${s.root}: ${CORPUS_TITLES[s.corpus]}`).join('; ');
        throw new CorpusError('INVALID_ARGUMENT', `the data folders hold different corpora (${what}); give folders of one corpus, or name it with --corpus`);
    }
    const corpus = scans[0].corpus;
    const seen = new Map();
    const utterances = [];
    const skipped = [];
    for (const s of scans) {
        skipped.push(...s.skipped);
        for (const u of s.utterances) {
            const key = corpus === 'ravdess' ? basename(u.path) : u.path;
            const first = seen.get(key);
            if (first !== undefined) {
                skipped.push({ path: u.path, reason: first === u.path ? 'reached through two data folders; counted once' : `the same recording as ${first}, which is kept` });
                continue;
            }
            seen.set(key, u.path);
            utterances.push(u);
        }
    }
    utterances.sort(byPath);
    skipped.sort(byPath);
    const wavFiles = scans.reduce((n, s) => n + s.detection.wavFiles, 0);
    return {
        corpus,
        root: roots[0],
        roots,
        utterances,
        skipped,
        speakersKnown: scans.every((s) => s.speakersKnown),
        warnings: [...new Set(scans.flatMap((s) => s.warnings))],
        detection: {
            method: scans[0].detection.method,
            votes: scans[0].detection.votes,
            wavFiles,
            explanation: `${scans.length} folders, each read as ${CORPUS_TITLES[corpus]}: ${scans.map((s) => s.detection.explanation).join('; ')}`,
        },
    };
}
//# sourceMappingURL=multi.js.map