/** The repository root: the nearest folder above this file with a package.json (works from test/ and dist/test/). */
export declare function repoRoot(): string;
/** `../shared` beside the repository, or VOE_SHARED_DIR. */
export declare function sharedDir(): string;
/**
 * Path of a folder under shared/, or a skip message for node:test's `skip` option when it is absent:
 * `test('...', { skip: needShared('data/ravdess-speech-16k') }, ...)`.
 */
export declare function sharedPath(relative: string): string;
export declare function needShared(relative: string): string | false;
export declare function readSharedJson<T>(relative: string): T;
