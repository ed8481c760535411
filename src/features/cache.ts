import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../errors.js';
import { fsLayer, makeFolder, writeFileAtomic } from '../util/files.js';
import { deserializeFeatureSet, serializeFeatureSet, type FeatureSet } from './feature-set.js';

/**
 * Features on disk, keyed by the audio's content hash under a folder per feature-config hash: the same audio with
 * the same config is computed once; a changed config lands in another folder and recomputes.
 *
 * Writes are atomic (a uniquely named temporary file in the same folder, then rename), so a run killed at any
 * moment leaves either a whole entry or none; an entry that still fails to parse (disk damage, a foreign file) is
 * removed and reported as a miss with its reason, never returned.
 */
export class FeatureCache {
  readonly dir: string;

  constructor(root: string, configHash: string) {
    this.dir = join(root, 'features', configHash);
  }

  entryPath(contentHash: string): string {
    return join(this.dir, contentHash.slice(0, 2), `${contentHash}.voef`);
  }

  /** The cached features, or undefined (with `onCorrupt` told why when an entry existed but was unreadable). */
  read(contentHash: string, onCorrupt?: (reason: string) => void): FeatureSet | undefined {
    const path = this.entryPath(contentHash);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    try {
      return deserializeFeatureSet(bytes);
    } catch (e) {
      onCorrupt?.(`cache entry ${path} unreadable (${(e as Error).message}); recomputing`);
      rmSync(path, { force: true });
      return undefined;
    }
  }

  /** Stores an entry atomically (util/files.ts); throws a coded error (DISK_FULL, PERMISSION_DENIED, …) on failure. */
  write(contentHash: string, features: FeatureSet): void {
    const path = this.entryPath(contentHash);
    const dir = join(path, '..');
    const io = fsLayer();
    // mkdir of an existing folder still costs a system call or two (~0.3–0.8 ms here): once per folder and cache.
    if (!this.folders.has(dir)) {
      makeFolder(dir, io);
      this.folders.add(dir);
    }
    const bytes = serializeFeatureSet(features);
    try {
      writeFileAtomic(path, bytes, io);
    } catch (e) {
      // The folder was removed since we made it: make it again, once.
      if ((e as { code?: string }).code !== 'FILE_NOT_FOUND') throw e;
      makeFolder(dir, io);
      writeFileAtomic(path, bytes, io);
    }
  }

  /**
   * `write`, with a failure (a full or read-only cache disk) returned as a warning instead of thrown: the features
   * were computed correctly and are used all the same; only the next run will have to compute them again.
   */
  tryWrite(contentHash: string, features: FeatureSet): string | undefined {
    try {
      this.write(contentHash, features);
      return undefined;
    } catch (e) {
      return `cache not written, features used anyway (${describeError(e)})`;
    }
  }

  /** Entry folders this cache has made (or found) in this process. */
  private readonly folders = new Set<string>();
}
