/**
 * `voe corpus <dir...> [--corpus <name>] [--json]`: what a corpus folder (or several) holds (clips per emotion,
 * speaker and gender, vocal channel, total duration, sample rates) and which files were skipped, and why.
 */
import type { Command } from 'commander';
import { type CorpusDetection, type CorpusSummary } from '../corpus/index.js';
/** Where the command prints; a test passes its own to capture the output. */
export type Write = (text: string) => void;
export interface CorpusCommandOptions {
    corpus?: string;
    json?: boolean;
}
export interface CorpusReport extends CorpusSummary {
    /** Every folder scanned (`root` is the first). */
    roots: string[];
    detection: CorpusDetection;
}
export declare function registerCorpusCommand(program: Command, write?: Write): void;
/** Scan, summarise with durations, print. Returns the report it printed. */
export declare function runCorpusCommand(dir: string | string[], opts: CorpusCommandOptions, write: Write): Promise<CorpusReport>;
/** The human-readable report: a few compact tables. */
export declare function formatReport(r: CorpusReport): string;
