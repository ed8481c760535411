/** SHA-256 hex digest of bytes. */
export declare function sha256(bytes: Uint8Array | string): string;
/** A JSON serialisation with sorted keys, so that equal configs hash equally whatever their key order. */
export declare function stableStringify(value: unknown): string;
export declare function hashConfig(config: unknown): string;
