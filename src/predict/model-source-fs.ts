/** A `ModelSource` over a folder of the file system (Node only; the browser build leaves this file out). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { VoeError } from '../errors.js';
import type { ModelSource } from './model-source.js';

export function fsModelSource(dir: string): ModelSource {
  const root = resolve(dir);
  const read = async (path: string): Promise<Buffer> => {
    try {
      return await readFile(join(root, path));
    } catch (e) {
      throw new VoeError('FILE_NOT_FOUND', `cannot read: ${e instanceof Error ? e.message : String(e)}`, { path: join(root, path), cause: e });
    }
  };
  return {
    root,
    async exists(path) {
      return existsSync(join(root, path));
    },
    async readText(path) {
      return (await read(path)).toString('utf8');
    },
    async readBytes(path) {
      const b = await read(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
  };
}
