/**
 * Progress for long work: a live bar on a terminal, plain timestamped lines otherwise (CI logs, pipes), at most one
 * line per `lineIntervalSeconds` plus the last. Writes to stderr so that `--json` output on stdout stays clean.
 */
export interface ProgressReporter {
    update(done: number, fields: Record<string, string | number>): void;
    stop(): void;
}
export declare function createProgress(label: string, total: number, options?: {
    enabled?: boolean;
    lineIntervalSeconds?: number;
    stream?: NodeJS.WriteStream;
}): ProgressReporter;
