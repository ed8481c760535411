/**
 * Runs `voe` in a child process, as a user would: the compiled entry point when the tests run compiled, the
 * TypeScript source under tsx when they run from source.
 */
export declare function runVoe(args: string[], options?: {
    cwd?: string;
    timeoutMs?: number;
}): {
    status: number | null;
    stdout: string;
    stderr: string;
};
