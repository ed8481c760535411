import { sep } from 'node:path';
import { CORPUS_NAMES, CORPUS_TITLES, scanCorpora, summarizeCorpus, toCorpusName, } from '../corpus/index.js';
const stdoutWrite = (text) => {
    process.stdout.write(text);
};
/** Skipped files and speakers listed in the human output before the rest is only counted. */
const MAX_SKIPPED_LISTED = 20;
const MAX_SPEAKERS_LISTED = 40;
export function registerCorpusCommand(program, write = stdoutWrite) {
    program
        .command('corpus')
        .description('summarise a corpus folder: clips per emotion, speaker and gender, duration, skipped files')
        .argument('<dir...>', 'folder(s) of WAV files, searched recursively (several: one corpus spread over them, e.g. speech and song)')
        .option('--corpus <name>', `naming convention: ${CORPUS_NAMES.join(', ')} (default: detected from the file names)`)
        .option('--json', 'print one JSON object instead of tables')
        .action(async (dirs, opts) => {
        await runCorpusCommand(dirs, opts, write);
    });
}
/** Scan, summarise with durations, print. Returns the report it printed. */
export async function runCorpusCommand(dir, opts, write) {
    const corpus = opts.corpus === undefined ? undefined : toCorpusName(opts.corpus);
    const scan = await scanCorpora(Array.isArray(dir) ? dir : [dir], { corpus });
    const summary = await summarizeCorpus(scan, { durations: true });
    const report = { ...summary, roots: scan.roots, detection: scan.detection };
    write(opts.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return report;
}
function pad(text, width, right = false) {
    const s = String(text);
    return right ? s.padStart(width) : s.padEnd(width);
}
const minutes = (seconds) => (seconds === null ? '-' : (seconds / 60).toFixed(1));
/** The human-readable report: a few compact tables. */
export function formatReport(r) {
    const lines = [];
    const speakerGenders = new Map();
    for (const s of Object.values(r.perSpeaker))
        speakerGenders.set(s.gender, (speakerGenders.get(s.gender) ?? 0) + 1);
    const genderText = [...speakerGenders].map(([g, n]) => `${n} ${g}`).join(', ');
    const speakerText = r.speakersKnown ? `${r.speakers} speakers (${genderText})` : 'speakers unknown';
    lines.push(`${CORPUS_TITLES[r.corpus]}: ${r.utterances} clips, ${speakerText}, ${minutes(r.durationSeconds)} min`);
    lines.push(r.roots.length > 1 ? `folders: ${r.roots.join(', ')}` : `folder: ${r.root}`);
    if (r.sampleRates)
        lines.push(`sample rates: ${Object.entries(r.sampleRates).map(([hz, n]) => `${n} clips at ${Number(hz) / 1000} kHz`).join(', ')}`);
    lines.push(`${r.detection.method === 'detected' ? 'detected' : 'corpus'}: ${r.detection.explanation}`);
    for (const w of r.warnings)
        lines.push(`warning: ${w}`);
    lines.push('', `${pad('emotion', 10)} ${pad('clips', 6, true)} ${pad('share', 6, true)}`);
    for (const [emotion, n] of Object.entries(r.emotions)) {
        lines.push(`${pad(emotion, 10)} ${pad(n, 6, true)} ${pad(`${((100 * n) / r.utterances).toFixed(1)}%`, 6, true)}`);
    }
    const ch = r.vocalChannels;
    if (ch) {
        const channels = Object.keys(ch.clips);
        lines.push('', `${pad('emotion', 10)} ${channels.map((c) => pad(c, 7, true)).join(' ')}`);
        for (const emotion of Object.keys(r.emotions)) {
            lines.push(`${pad(emotion, 10)} ${channels.map((c) => pad(ch.clips[c]?.[emotion] ?? 0, 7, true)).join(' ')}`);
        }
        const totals = channels.map((c) => Object.values(ch.clips[c] ?? {}).reduce((a, b) => a + b, 0));
        lines.push(`${pad('all', 10)} ${totals.map((n) => pad(n, 7, true)).join(' ')}`);
        for (const [c, only] of Object.entries(ch.onlyIn))
            lines.push(`only in ${c}: ${only.join(', ')}`);
    }
    if (r.speakersKnown) {
        const ids = Object.keys(r.perSpeaker);
        const width = Math.max(7, ...ids.map((id) => id.length));
        lines.push('', `${pad('speaker', width)} ${pad('gender', 7)} ${pad('clips', 5, true)} ${pad('min', 6, true)}`);
        for (const id of ids.slice(0, MAX_SPEAKERS_LISTED)) {
            const s = r.perSpeaker[id];
            lines.push(`${pad(id, width)} ${pad(s.gender, 7)} ${pad(s.clips, 5, true)} ${pad(minutes(s.durationSeconds), 6, true)}`);
        }
        if (ids.length > MAX_SPEAKERS_LISTED)
            lines.push(`… and ${ids.length - MAX_SPEAKERS_LISTED} more speakers (--json lists all)`);
    }
    else {
        lines.push('', `speakers: unknown; each of the ${r.utterances} files is its own group`);
    }
    lines.push('', r.skipped.length === 0 ? 'skipped: none' : `skipped: ${r.skipped.length} files (paths relative to the folder)`);
    const shown = (path) => (path.startsWith(`${r.root}${sep}`) ? path.slice(r.root.length + 1) : path);
    for (const s of r.skipped.slice(0, MAX_SKIPPED_LISTED))
        lines.push(`  ${shown(s.path)}: ${s.reason}`);
    if (r.skipped.length > MAX_SKIPPED_LISTED) {
        lines.push(`  … and ${r.skipped.length - MAX_SKIPPED_LISTED} more (--json lists all)`);
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=corpus.js.map