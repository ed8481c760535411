import { createHash } from 'node:crypto';
/** SHA-256 hex digest of bytes. */
export function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
/** A JSON serialisation with sorted keys, so that equal configs hash equally whatever their key order. */
export function stableStringify(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
export function hashConfig(config) {
    return sha256(stableStringify(config)).slice(0, 16);
}
//# sourceMappingURL=hash.js.map