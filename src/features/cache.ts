import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
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

  write(contentHash: string, features: FeatureSet): void {
    const path = this.entryPath(contentHash);
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, serializeFeatureSet(features));
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
}
