/**
 * `npm run bench`: every benchmark, one after another in its own process (so one's memory and JIT state don't
 * colour the next), each printing its JSON object.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['features.js', 'kernels.js', 'train.js', 'gemm-ceiling.js', 'web.js'];

let failed = 0;
for (const name of BENCHMARKS) {
  const script = fileURLToPath(new URL(name, import.meta.url));
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`benchmark ${name} exited with status ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
