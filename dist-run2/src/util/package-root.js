/**
 * The package's own folder: where package.json, web/ and models/ sit. Modules run from src/ (under tsx) or from
 * dist/src/ (built), two or three levels below it, so the root is the nearer of the two that holds our package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
let root;
/** The package root, or null if no package.json named voice-of-emotions is found where it should be. */
export function packageRoot() {
    if (root === undefined) {
        root = null;
        for (const rel of ['../../', '../../../']) {
            const dir = fileURLToPath(new URL(rel, import.meta.url));
            try {
                const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
                if (pkg.name === 'voice-of-emotions') {
                    root = dir;
                    break;
                }
            }
            catch {
                // not at this depth
            }
        }
    }
    return root;
}
/** A path inside the package root (null when the root is not found). */
export function packagePath(...segments) {
    const r = packageRoot();
    return r === null ? null : join(r, ...segments);
}
//# sourceMappingURL=package-root.js.map