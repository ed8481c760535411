/** Where `voe` keeps computed features unless told otherwise: a folder in the current directory, easy to delete. */
export declare const DEFAULT_CACHE_ROOT = ".voe-cache";
export declare function parsePositiveInt(text: string, flag: string, allowZero?: boolean): number;
/** Commander argument parser for a repeatable folder option (`--data a --data b`): collects them in order. */
export declare function collectFolders(value: string, previous: string[] | undefined): string[];
/** A single folder as a string (as configs saved before several were possible), several as a list; all resolved. */
export declare function dataFolders(dirs: string[]): string | string[];
