/**
 * Where a predictor's saved files come from. The predictor reads a results folder (or one model folder) only
 * through this: in Node from the file system (`fsModelSource`, model-source-fs.ts), in a browser over HTTP
 * (`fetchModelSource`), so loading is one code path whatever the platform. Paths are relative to the folder's root,
 * '/'-separated, as laid out in results-folder.ts (`models/final-cnn/model.json`).
 */
import { VoeError } from '../errors.js';

export interface ModelSource {
  /** The folder or URL the paths are relative to, for messages. */
  readonly root: string;
  /** Whether the file exists (a missing file is not an error here). */
  exists(path: string): Promise<boolean>;
  /** The file as text; a missing file is FILE_NOT_FOUND. */
  readText(path: string): Promise<string>;
  /** The file's bytes; a missing file is FILE_NOT_FOUND. */
  readBytes(path: string): Promise<Uint8Array>;
}

/** A relative path joined with '/', for both platforms. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

/** The JSON file `path` of a source, with a clear error for a missing file or bad JSON (as util/manifest.ts). */
export async function readJson<T>(source: ModelSource, path: string, what: string): Promise<T> {
  if (!(await source.exists(path))) {
    throw new VoeError('FILE_NOT_FOUND', `no ${path} here: not a saved ${what}`, { path: source.root });
  }
  const text = await source.readText(path);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new VoeError('INVALID_ARGUMENT', `${path} is not valid JSON`, { path: `${source.root}/${path}`, cause: e });
  }
}

export interface FetchSourceOptions {
  /**
   * Every file below the base URL, when known (an exported site lists them in site.json): `exists` then answers
   * from the list instead of asking the server, so absent optional files cost no request (and no 404 in the
   * browser's console).
   */
  files?: readonly string[];
  fetch?: typeof fetch;
}

/**
 * Files served over HTTP below `baseUrl` (a folder's URL; a trailing '/' is added when missing). Uses the global
 * `fetch`, so it works in browsers and in Node 20 alike. Without a file list `exists` asks with HEAD, so an absent
 * optional file (a stacking variant the folder lacks) costs no download.
 */
export function fetchModelSource(baseUrl: string, options: FetchSourceOptions = {}): ModelSource {
  const fetchImpl = options.fetch ?? fetch;
  const listed = options.files ? new Set(options.files) : null;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = (path: string) => new URL(path, base).href;
  const get = async (path: string): Promise<Response> => {
    let response: Response;
    try {
      response = await fetchImpl(url(path));
    } catch (e) {
      throw new VoeError('FILE_NOT_FOUND', `cannot fetch: ${e instanceof Error ? e.message : String(e)}`, { path: url(path), cause: e });
    }
    if (!response.ok) throw new VoeError('FILE_NOT_FOUND', `HTTP ${response.status} ${response.statusText}`.trim(), { path: url(path) });
    return response;
  };
  return {
    root: base,
    async exists(path) {
      if (listed) return listed.has(path);
      try {
        const response = await fetchImpl(url(path), { method: 'HEAD' });
        return response.ok;
      } catch (e) {
        throw new VoeError('FILE_NOT_FOUND', `cannot fetch: ${e instanceof Error ? e.message : String(e)}`, { path: url(path), cause: e });
      }
    },
    async readText(path) {
      return (await get(path)).text();
    },
    async readBytes(path) {
      return new Uint8Array(await (await get(path)).arrayBuffer());
    },
  };
}
