/**
 * The JSON manifest `file` of a saved-model folder, with the same clear errors for every kind of saved model: a
 * folder without it is "not a saved <what>", unreadable JSON says so. The caller checks the manifest's kind.
 */
export declare function readManifest<T>(dir: string, file: string, what: string): {
    manifest: T;
    path: string;
};
