import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VoeError } from '../errors.js';
/**
 * The JSON manifest `file` of a saved-model folder, with the same clear errors for every kind of saved model: a
 * folder without it is "not a saved <what>", unreadable JSON says so. The caller checks the manifest's kind.
 */
export function readManifest(dir, file, what) {
    const path = join(dir, file);
    if (!existsSync(path))
        throw new VoeError('FILE_NOT_FOUND', `no ${file} here: not a saved ${what}`, { path: dir });
    try {
        return { manifest: JSON.parse(readFileSync(path, 'utf8')), path };
    }
    catch (e) {
        throw new VoeError('INVALID_ARGUMENT', `${file} is not valid JSON`, { path, cause: e });
    }
}
//# sourceMappingURL=manifest.js.map