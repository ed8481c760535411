/**
 * Builds the browser bundle: src/predict/browser.ts → dist/browser/voe-browser.js (an ES module, minified, and the
 * chunks it imports on first use, voe-chunk-*.js), with
 * the wasm binaries it fetches beside it (tfjs-backend-wasm's two single-threaded builds and LIBSVM's), and
 * dist/browser/bundle-report.json: the bundle's size and the bytes each package contributes.
 *
 *   node dist/tools/build-web.js          (run by `npm run build`)
 *
 * Two things are done to the sources on the way:
 * - Every Node builtin (`node:fs`, `worker_threads`, …) becomes a stub module with the same export names, each a
 *   function that throws "… is not available in the browser" when called. The predict path never calls them (the
 *   parity test would fail if it did); they are imported by code the browser entry shares with Node but does not
 *   run (saving models, the Node predictor platform). The report lists which builtins were stubbed, and by whom.
 * - libsvm-js' wasm glue (`out/wasm/libsvm.js`) is its own pre.js + Emscripten's `SVM` factory + post.js, and its
 *   pre.js guesses the .wasm's URL from the page's script tags. The build cuts pre.js and post.js off and exports
 *   the factory, so the browser entry passes its own `locateFile` (browser.ts, `browserLibsvm`). If the file is not
 *   laid out so (another libsvm-js version), the build fails rather than guess.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** The repository root: this file runs as dist/tools/build-web.js (or tools/build-web.ts under tsx). */
function repoRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..']) {
    const dir = join(here, up);
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'voice-of-emotions') return dir;
    } catch {
      // not here
    }
  }
  throw new Error('build-web: cannot find the repository root (package.json of voice-of-emotions)');
}

export interface BundleReport {
  bundle: string;
  /** All JavaScript files together: the entry and its chunks. */
  bytes: number;
  /** Each JavaScript file: the entry (loaded with the page) and the chunks it loads on first use. */
  files: { file: string; bytes: number; entry: boolean; largestInput: string }[];
  /** Bytes of the minified output per package (or `src` for our own code), largest first. */
  byPackage: { name: string; bytes: number; share: number }[];
  /** Our own source files, largest first (top 15). */
  topSources: { file: string; bytes: number }[];
  /** The wasm binaries copied beside the bundle. */
  wasm: { file: string; bytes: number }[];
  /** Node builtins replaced by throwing stubs, with the files that import them. */
  stubbedNodeModules: { module: string; importedBy: string[] }[];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export async function buildWeb(outDir?: string): Promise<BundleReport> {
  const root = repoRoot();
  const out = outDir ?? join(root, 'dist', 'browser');
  mkdirSync(out, { recursive: true });
  const require = createRequire(join(root, 'package.json'));
  const stubbed = new Map<string, Set<string>>();

  const nodeStubs: esbuild.Plugin = {
    name: 'node-builtins-as-throwing-stubs',
    setup(build) {
      build.onResolve({ filter: /^[a-z0-9_:/]+$/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path)) return undefined;
        const name = args.path.replace(/^node:/, '');
        const by = stubbed.get(name) ?? new Set<string>();
        by.add(relative(root, args.importer));
        stubbed.set(name, by);
        return { path: name, namespace: 'node-stub' };
      });
      build.onLoad({ filter: /.*/, namespace: 'node-stub' }, async (args) => {
        const real = (await import(`node:${args.path}`)) as Record<string, unknown>;
        const names = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
        const fail = `function fail(name) { return function () { throw new Error('node:${args.path}.' + name + ' is not available in the browser'); }; }`;
        const contents = [fail, ...names.map((n) => `export const ${n} = fail(${JSON.stringify(n)});`), 'export default {};'].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };

  const libsvmGlue: esbuild.Plugin = {
    name: 'libsvm-glue-as-factory',
    setup(build) {
      build.onLoad({ filter: /libsvm-js[\\/]out[\\/]wasm[\\/]libsvm\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const pre = readFileSync(require.resolve('libsvm-js/src/pre.js'), 'utf8');
        const post = readFileSync(require.resolve('libsvm-js/src/post.js'), 'utf8');
        if (!text.startsWith(pre) || !text.endsWith(post)) {
          throw new Error(`${args.path} is not libsvm-js' pre.js + glue + post.js: this libsvm-js version needs another build step`);
        }
        // What remains defines `var SVM = function(SVM) {…}` and ends in `module.exports = SVM;`.
        return { contents: text.slice(pre.length, text.length - post.length), loader: 'js' };
      });
    },
  };

  for (const f of readdirSync(out)) if (/\.(js|wasm)$/.test(f)) rmSync(join(out, f));
  const result = await esbuild.build({
    entryPoints: { 'voe-browser': join(root, 'src', 'predict', 'browser.ts') },
    outdir: out,
    // Dynamic imports become chunks loaded on first use (LIBSVM's glue; the Node-only loading path, never).
    splitting: true,
    chunkNames: 'voe-chunk-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    metafile: true,
    legalComments: 'eof',
    // Switches read from the environment in Node (VOE_WASM_FMA, VOE_FS_FAULTS, …): a page has none.
    define: { 'process.env': '{}' },
    plugins: [nodeStubs, libsvmGlue],
    logLevel: 'warning',
  });

  const wasmFiles = [
    require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
    require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'),
    require.resolve('libsvm-js/out/wasm/libsvm.wasm'),
  ];
  const wasm = wasmFiles.map((f) => {
    const file = f.split(/[\\/]/).pop()!;
    copyFileSync(f, join(out, file));
    return { file, bytes: readFileSync(f).length };
  });

  // Nothing of tfjs-node or a native addon may be reached from the browser entry.
  const native = Object.keys(result.metafile.inputs).filter((f) => /tfjs-node|\.node$/.test(f));
  if (native.length > 0) throw new Error(`build-web: Node-only code reached from the browser entry: ${native.join(', ')}`);

  const byPackage = new Map<string, number>();
  const sources: { file: string; bytes: number }[] = [];
  const files: BundleReport['files'] = [];
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const file = path.split(/[\\/]/).pop()!;
    let biggest = { name: '', bytes: 0 };
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(input);
      const name = m ? m[1].replace(/\\/g, '/') : input.startsWith('node-stub:') ? 'node builtins (stubs)' : 'src (voice-of-emotions)';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      if (!m && !input.startsWith('node-stub:')) sources.push({ file: input, bytes: bytesInOutput });
      if (bytesInOutput > biggest.bytes) biggest = { name: input, bytes: bytesInOutput };
    }
    files.push({ file, bytes: readFileSync(join(out, file)).length, entry: file === 'voe-browser.js', largestInput: relative(root, biggest.name) || biggest.name });
  }
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const report: BundleReport = {
    bundle: 'voe-browser.js',
    bytes,
    files: files.sort((a, b) => b.bytes - a.bytes),
    byPackage: [...byPackage].map(([name, b]) => ({ name, bytes: b, share: Number((b / bytes).toFixed(3)) })).sort((a, b) => b.bytes - a.bytes),
    topSources: sources.sort((a, b) => b.bytes - a.bytes).slice(0, 15),
    wasm,
    stubbedNodeModules: [...stubbed].map(([module, by]) => ({ module, importedBy: [...by].sort() })).sort((a, b) => a.module.localeCompare(b.module)),
  };
  writeFileSync(join(out, 'bundle-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await buildWeb(process.argv[2]);
  process.stdout.write(`build-web: ${report.files.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} KiB`).join(', ')}; wasm ${report.wasm.map((w) => `${w.file} ${(w.bytes / 1024).toFixed(0)} KiB`).join(', ')}\n`);
}
