import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { deserializeFeatureSet, serializeFeatureSet } from './feature-set.js';
/**
 * Names temporary files uniquely among concurrent writers: process, thread, a random tag drawn once (other machines
 * on a shared folder), then a counter (a randomBytes call per write cost 10–60 µs here).
 */
const TMP_TAG = `${process.pid}.${threadId}.${randomBytes(4).toString('hex')}`;
let tmpCount = 0;
/**
 * Features on disk, keyed by the audio's content hash under a folder per feature-config hash: the same audio with
 * the same config is computed once; a changed config lands in another folder and recomputes.
 *
 * Writes are atomic (a uniquely named temporary file in the same folder, then rename), so a run killed at any
 * moment leaves either a whole entry or none; an entry that still fails to parse (disk damage, a foreign file) is
 * removed and reported as a miss with its reason, never returned.
 */
export class FeatureCache {
    dir;
    constructor(root, configHash) {
        this.dir = join(root, 'features', configHash);
    }
    entryPath(contentHash) {
        return join(this.dir, contentHash.slice(0, 2), `${contentHash}.voef`);
    }
    /** The cached features, or undefined (with `onCorrupt` told why when an entry existed but was unreadable). */
    read(contentHash, onCorrupt) {
        const path = this.entryPath(contentHash);
        let bytes;
        try {
            bytes = readFileSync(path);
        }
        catch {
            return undefined;
        }
        try {
            return deserializeFeatureSet(bytes);
        }
        catch (e) {
            onCorrupt?.(`cache entry ${path} unreadable (${e.message}); recomputing`);
            rmSync(path, { force: true });
            return undefined;
        }
    }
    write(contentHash, features) {
        const path = this.entryPath(contentHash);
        const dir = join(path, '..');
        // mkdir of an existing folder still costs a system call or two (~0.3–0.8 ms here): once per folder and cache.
        if (!this.folders.has(dir)) {
            mkdirSync(dir, { recursive: true });
            this.folders.add(dir);
        }
        const tmp = `${path}.${TMP_TAG}.${++tmpCount}.tmp`;
        const bytes = serializeFeatureSet(features);
        try {
            try {
                writeFileSync(tmp, bytes);
            }
            catch (e) {
                // The folder was removed since we made it: make it again, once.
                if (e.code !== 'ENOENT')
                    throw e;
                mkdirSync(dir, { recursive: true });
                writeFileSync(tmp, bytes);
            }
            renameSync(tmp, path);
        }
        catch (e) {
            rmSync(tmp, { force: true });
            throw e;
        }
    }
    /** Entry folders this cache has made (or found) in this process. */
    folders = new Set();
}
//# sourceMappingURL=cache.js.map