import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repository root: the nearest folder above this file with a package.json (works from test/ and dist/test/). */
export function repoRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('repository root not found');
        dir = parent;
    }
}
/** `../shared` beside the repository, or VOE_SHARED_DIR. */
export function sharedDir() {
    return process.env.VOE_SHARED_DIR ? resolve(process.env.VOE_SHARED_DIR) : resolve(repoRoot(), '..', 'shared');
}
/**
 * Path of a folder under shared/, or a skip message for node:test's `skip` option when it is absent:
 * `test('...', { skip: needShared('data/ravdess-speech-16k') }, ...)`.
 */
export function sharedPath(relative) {
    return join(sharedDir(), relative);
}
export function needShared(relative) {
    const p = sharedPath(relative);
    return existsSync(p) ? false : `needs shared ${relative} (not found at ${p}); set VOE_SHARED_DIR to run it`;
}
export function readSharedJson(relative) {
    return JSON.parse(readFileSync(sharedPath(relative), 'utf8'));
}
//# sourceMappingURL=shared.js.map