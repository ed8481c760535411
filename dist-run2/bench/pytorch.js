/**
 * Runs bench/pytorch_reference.py (one thread) with Debian's python3-torch, for the benchmarks that compare with
 * PyTorch in the same run: its JSON result, why it was skipped (no PyTorch), or how the script failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = [resolve(here, '..'), resolve(here, '../..')].find((d) => existsSync(join(d, 'package.json')));
/** `args` are pytorch_reference.py's own options (--model, --frames, …); `--threads 1` is always added. */
export function runPytorchReference(args) {
    const python = process.env.VOE_BENCH_PYTHON ?? '/usr/bin/python3';
    const probe = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0)
        return { skipped: `no PyTorch for ${python} (apt-get install python3-torch, or set VOE_BENCH_PYTHON)` };
    const run = spawnSync(python, [join(repo, 'bench', 'pytorch_reference.py'), ...args, '--threads', '1'], { encoding: 'utf8' });
    if (run.status !== 0)
        return { failed: run.stderr.trim().split('\n').pop() ?? `exit status ${run.status}` };
    return JSON.parse(run.stdout);
}
//# sourceMappingURL=pytorch.js.map