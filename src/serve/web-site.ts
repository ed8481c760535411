/**
 * The static site of `voe export-web`: the whole predictor in the browser, no server behind it.
 *
 * ```
 * index.html, app.js, recorder-worklet.js,  the page (web/local/, with the worklet and wav.js of web/)
 * wav.js
 * voe-browser.js, voe-chunk-*.js, *.wasm    the browser bundle (dist/browser/, built by tools/build-web.ts)
 * model/                                    the model: metrics.json and models/final-*, as in a results folder
 * LICENSE-MODEL.md                          the licence of the data the model learned from
 * sw.js, site.json                          a service worker that caches every file above: offline after one visit
 * ```
 * Every reference is relative, so the folder works from any static file server, at any path. `voe serve` serves
 * the same files under /local/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VoeError } from '../errors.js';
import { FUNCTIONALS_BASE } from '../ensemble/index.js';
import { BUNDLED_MODEL } from '../predict/bundled.js';
import { predictableModels } from '../predict/predictor.js';
import { packagePath } from '../util/package-root.js';

/** A site: relative path ('/'-separated) → bytes. */
export type SiteFiles = Map<string, Uint8Array>;

/** The final models a results folder may hold, all copied (the page chooses the variant as the Node predictor does). */
const FINAL_MODELS = ['cnn', 'rnn', 'ensemble', 'ensemble+functionals', `ensemble+${FUNCTIONALS_BASE}`, FUNCTIONALS_BASE];
/** Files of a saved model folder that prediction reads (fold models, logs and anything else stay behind). */
const MODEL_FILES = /^(voe-model\.json|model\.json|weights.*\.bin|voe-svm\.json|voe-stacking\.json)$/;

/** What the bundle needs beside its chunks (voe-chunk-*.js, loaded on first use). */
const BUNDLE_FILES = ['voe-browser.js', 'tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'libsvm.wasm'];

/** dist/browser/ of this package: the bundle `npm run build` makes. */
export function browserBundleDir(): string {
  const dir = packagePath('dist', 'browser');
  if (dir && BUNDLE_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  throw new VoeError('FILE_NOT_FOUND', 'the browser bundle (dist/browser/voe-browser.js and its .wasm files) is missing: run `npm run build`');
}

function copyModelFolder(files: SiteFiles, from: string, to: string): void {
  for (const name of readdirSync(from)) {
    if (MODEL_FILES.test(name) && statSync(join(from, name)).isFile()) files.set(`${to}/${name}`, readFileSync(join(from, name)));
  }
}

/**
 * The model's files as the page loads them: a lone network folder, or a results folder's final models and its
 * metrics.json (with the corpus' local path reduced to its folder name, as the bundled model's is).
 */
function modelFiles(modelDir: string): { files: SiteFiles; corpus: string | null } {
  const files: SiteFiles = new Map();
  if (!existsSync(modelDir)) throw new VoeError('FILE_NOT_FOUND', 'no such model or results folder', { path: modelDir });
  if (existsSync(join(modelDir, 'voe-model.json'))) {
    copyModelFolder(files, modelDir, 'model');
    return { files, corpus: null };
  }
  for (const name of FINAL_MODELS) {
    const dir = join(modelDir, 'models', `final-${name}`);
    if (existsSync(dir)) copyModelFolder(files, dir, `model/models/final-${name}`);
  }
  if (files.size === 0) throw new VoeError('FILE_NOT_FOUND', 'no models/final-* here: not a results folder of `voe experiment`, nor a model folder', { path: modelDir });
  let corpus: string | null = null;
  const metricsPath = join(modelDir, 'metrics.json');
  if (existsSync(metricsPath)) {
    let metrics: { corpus?: { name?: string; root?: string } };
    try {
      metrics = JSON.parse(readFileSync(metricsPath, 'utf8')) as typeof metrics;
    } catch (e) {
      throw new VoeError('INVALID_ARGUMENT', `metrics.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { path: metricsPath });
    }
    if (metrics.corpus?.root) metrics.corpus.root = basename(metrics.corpus.root);
    corpus = metrics.corpus?.name ?? null;
    files.set('model/metrics.json', new TextEncoder().encode(`${JSON.stringify(metrics, null, 1)}\n`));
  }
  return { files, corpus };
}

const RAVDESS_LICENCE = `The model's weights were learned from RAVDESS (the Ryerson Audio-Visual Database of Emotional Speech and Song),
which is licensed under CC BY-NC-SA 4.0 (Attribution-NonCommercial-ShareAlike 4.0 International,
https://creativecommons.org/licenses/by-nc-sa/4.0/). The weights are distributed under the same terms:
attribution, non-commercial use only, share-alike.

Cite: Livingstone SR, Russo FA (2018). The Ryerson Audio-Visual Database of Emotional Speech and Song (RAVDESS):
A dynamic, multimodal set of facial and vocal expressions in North American English. PLoS ONE 13(5): e0196391.
https://doi.org/10.5281/zenodo.1188976
`;

/** LICENSE-MODEL.md: the licence of the data the model learned from, which binds its weights. */
function modelLicence(modelDir: string, corpus: string | null): string {
  const head = '# Licence of the model in model/\n\nThe code of this page (voice-of-emotions) is MIT-licensed. The model is not: its weights carry the licence of\nthe recordings they were learned from.\n\n';
  const readme = join(modelDir, 'README.md');
  const bundled = basename(modelDir) === BUNDLED_MODEL && existsSync(readme);
  if (bundled || (corpus !== null && /ravdess/i.test(corpus))) {
    const own = bundled ? `\n## The model's own description (models/${BUNDLED_MODEL}/README.md)\n\n${readFileSync(readme, 'utf8')}` : '';
    return `${head}${RAVDESS_LICENCE}${own}`;
  }
  return `${head}This model was trained on ${corpus ? `the corpus "${corpus}"` : 'a corpus this export does not record'}. Its licence is that corpus' licence, which this\nexport cannot state: check it before you publish this site.\n`;
}

/**
 * The service worker: on install it caches every file of the site (the list is written into it, with a hash of
 * their contents naming the cache, so a new export replaces the old cache); afterwards it answers from the cache,
 * so the page and the model work offline. A HEAD for a file the site lacks is answered 404 without the network
 * (the predictor asks whether optional model files exist).
 */
function serviceWorker(paths: string[], version: string): string {
  return `// Generated by voe export-web. Caches the whole site on install; answers from the cache afterwards.
const CACHE = 'voe-${version}';
const FILES = ${JSON.stringify(['./', ...paths.map((p) => `./${p}`)], null, 1)};
const scope = () => new URL(self.registration.scope);
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('voe-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== scope().origin || !url.pathname.startsWith(scope().pathname)) return;
  const known = FILES.some((f) => new URL(f, scope()).pathname === url.pathname);
  if (event.request.method === 'HEAD') {
    event.respondWith(known ? caches.match(url.pathname, { ignoreMethod: true, ignoreSearch: true }).then((r) => r ? new Response(null, { status: 200, headers: r.headers }) : fetch(event.request)) : Promise.resolve(new Response(null, { status: 404 })));
    return;
  }
  if (event.request.method !== 'GET' || !known) return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((r) => r ?? fetch(event.request)));
});
`;
}

export interface WebSiteOptions {
  /** The model the page uses, one of `predictableModels` (default: the report's best, as `voe serve` and `voe predict`). */
  ensemble?: string;
}

/** Every file of the static site for the model in `modelDir` (a results folder or one model folder). */
export function webSiteFiles(modelDir: string, options: WebSiteOptions = {}): SiteFiles {
  const web = packagePath('web');
  if (!web || !existsSync(join(web, 'local', 'index.html'))) throw new VoeError('FILE_NOT_FOUND', 'the web/ folder of the package is missing (no web/local/index.html)');
  const bundle = browserBundleDir();
  const { files: model, corpus } = modelFiles(modelDir);
  if (options.ensemble !== undefined && !existsSync(join(modelDir, 'voe-model.json'))) {
    const available = predictableModels(modelDir);
    if (!available.includes(options.ensemble)) {
      throw new VoeError('INVALID_ARGUMENT', `no model "${options.ensemble}" in this results folder; choose one of: ${available.join(', ')}`, { path: modelDir });
    }
  }
  const files: SiteFiles = new Map();
  files.set('index.html', readFileSync(join(web, 'local', 'index.html')));
  files.set('app.js', readFileSync(join(web, 'local', 'app.js')));
  files.set('recorder-worklet.js', readFileSync(join(web, 'recorder-worklet.js')));
  files.set('wav.js', readFileSync(join(web, 'wav.js')));
  for (const f of readdirSync(bundle).sort()) if (/\.(js|wasm)$/.test(f)) files.set(f, readFileSync(join(bundle, f)));
  for (const [p, b] of model) files.set(p, b);
  files.set('LICENSE-MODEL.md', new TextEncoder().encode(modelLicence(modelDir, corpus)));
  const paths = [...files.keys()].sort();
  const hash = createHash('sha256');
  for (const p of paths) hash.update(p).update(files.get(p)!);
  const version = hash.digest('hex').slice(0, 16);
  files.set('site.json', new TextEncoder().encode(`${JSON.stringify({ version, model: 'model/', ensemble: options.ensemble ?? null, files: paths }, null, 1)}\n`));
  files.set('sw.js', new TextEncoder().encode(serviceWorker([...paths, 'site.json'], version)));
  return files;
}

/** Content types of the site's files, for servers (`voe serve`) that serve it. */
export function contentType(path: string): string {
  const ext = /\.[a-z]+$/.exec(path)?.[0] ?? '';
  return (
    {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.json': 'application/json; charset=utf-8',
      '.wasm': 'application/wasm',
      '.md': 'text/markdown; charset=utf-8',
      '.bin': 'application/octet-stream',
    }[ext] ?? 'application/octet-stream'
  );
}

/**
 * Writes the site into `outDir`: a new or empty folder, or one a previous export wrote (it has a site.json), whose
 * files are replaced. Each file is written to a temporary name and renamed, so none is ever half-written.
 */
export function writeWebSite(files: SiteFiles, outDir: string): void {
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw new VoeError('INVALID_ARGUMENT', 'is a file, not a folder', { path: outDir });
    const present = readdirSync(outDir);
    if (present.length > 0 && !present.includes('site.json')) {
      throw new VoeError('INVALID_ARGUMENT', 'the folder is not empty and holds no earlier export (no site.json): choose an empty or new --out', { path: outDir });
    }
  }
  for (const [path, bytes] of files) {
    const target = join(outDir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  }
}
