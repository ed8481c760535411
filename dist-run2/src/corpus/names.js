import { basename, extname } from 'node:path';
/** The file name without folder or extension: '/a/03-01-01-01-01-01-01.wav' → '03-01-01-01-01-01-01'. */
export function stem(path) {
    const name = basename(path);
    return name.slice(0, name.length - extname(name).length);
}
/** The name of the folder a file is in, relative to the scanned root; '' for a file directly in the root. */
export function parentFolder(file) {
    const parts = file.relativePath.split('/');
    return parts.length >= 2 ? parts[parts.length - 2] : '';
}
//# sourceMappingURL=names.js.map