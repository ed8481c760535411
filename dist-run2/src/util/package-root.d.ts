/** The package root, or null if no package.json named voice-of-emotions is found where it should be. */
export declare function packageRoot(): string | null;
/** A path inside the package root (null when the root is not found). */
export declare function packagePath(...segments: string[]): string | null;
