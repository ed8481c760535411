import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs `voe` in a child process, as a user would: the compiled entry point when the tests run compiled, the
 * TypeScript source under tsx when they run from source.
 */
export function runVoe(args: string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string> } = {}) {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(`../../src/cli/main.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  const nodeArgs = fromSource ? ['--import', 'tsx', entry, ...args] : [entry, ...args];
  const r = spawnSync(process.execPath, nodeArgs, {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
