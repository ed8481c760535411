#!/usr/bin/env node
// Builds the native oneDNN kernels (voe_native.cc → build/Release/voe_native.node) at install time: `npm ci` runs
// this as the package's install script, and `npm run build:native` runs it again by hand.
//
// Offline by design: node-gyp gets --nodedir = the running Node's install prefix, whose include/node holds the
// headers (plain `node-gyp rebuild` would download them), and node-gyp itself is npm's bundled copy. Nothing is
// downloaded. When oneDNN's headers are absent, or anything in the build fails, this prints one line saying the
// toolkit will train on its wasm kernels, and exits 0: the install succeeds either way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const addon = join(here, 'build', 'Release', 'voe_native.node');
const fallback = 'training runs on the wasm kernels (see README, "Native speed")';

function say(line) {
  console.log(`voe native: ${line}`);
}

function nodeGyp() {
  // npm sets npm_config_node_gyp for the scripts it runs; by hand, find the copy bundled with npm.
  const candidates = [process.env.npm_config_node_gyp];
  const bundled = join('node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  candidates.push(join(dirname(dirname(process.execPath)), 'lib', bundled)); // Unix: <prefix>/lib/node_modules
  candidates.push(join(dirname(process.execPath), bundled)); // Windows: beside node.exe
  try {
    candidates.push(createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a dependency of ours; npm's own copy is the usual one
  }
  return candidates.find((c) => c && existsSync(c));
}

function main() {
  if (process.env.VOE_NATIVE === '0') {
    say(`not built (VOE_NATIVE=0); ${fallback}`);
    return;
  }
  // Where Debian's libdnnl-dev puts it; elsewhere (CPATH, another prefix) the compiler may still find it.
  const dirs = ['/usr/include', '/usr/local/include', ...(process.env.CPATH?.split(':') ?? [])];
  const haveHeaders = dirs.some((d) => existsSync(join(d, 'oneapi', 'dnnl', 'dnnl.hpp')));
  const gyp = nodeGyp();
  if (!gyp) {
    say(`node-gyp not found (it comes with npm); ${fallback}`);
    return;
  }
  const nodedir = dirname(dirname(process.execPath));
  if (!existsSync(join(nodedir, 'include', 'node', 'node_api.h'))) {
    say(`the Node headers are not under ${join(nodedir, 'include', 'node')}; ${fallback}`);
    return;
  }
  rmSync(addon, { force: true });
  const run = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`, '--loglevel=error'], {
    cwd: here,
    encoding: 'utf8',
  });
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  mkdirSync(join(here, 'build'), { recursive: true });
  writeFileSync(join(here, 'build', 'build.log'), log);
  if (run.status !== 0 || !existsSync(addon)) {
    rmSync(addon, { force: true });
    if (!haveHeaders) {
      say(`oneDNN not found (Debian/Ubuntu: apt-get install libdnnl-dev, then npm ci); ${fallback}`);
      return;
    }
    const first = log.split('\n').find((l) => /error/i.test(l)) ?? `exit status ${run.status}`;
    say(`build failed (${first.trim()}; full log in native/build/build.log); ${fallback}`);
    return;
  }
  // Load it once here, so a library missing at run time shows now rather than as a silent fallback later.
  try {
    const native = createRequire(import.meta.url)(addon);
    say(`built with oneDNN ${native.version()}: training's convolutions, BatchNorm and Adam run natively`);
  } catch (e) {
    rmSync(addon, { force: true });
    say(`built but does not load (${String(e?.message ?? e).split('\n')[0]}); ${fallback}`);
  }
}

main();
