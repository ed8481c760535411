/**
 * The file layer every result, model and cache entry is written through, and the one place file-system errors
 * become coded `VoeError`s.
 *
 * - `writeFileAtomic`: a uniquely named temporary file in the same folder, then rename; a failed or killed write
 *   leaves the old file (or none), never a half-written one, and removes its temporary file.
 * - `fileError`: ENOENT → FILE_NOT_FOUND, EACCES/EPERM/EROFS → PERMISSION_DENIED, EISDIR → IS_A_DIRECTORY,
 *   ENOTDIR → NOT_A_DIRECTORY, ENOSPC/EDQUOT → DISK_FULL, EIO → IO_ERROR; other errno codes READ_FAILED or
 *   WRITE_FAILED. DISK_FULL, PERMISSION_DENIED and IO_ERROR are environmental (`isEnvironmental`): not a bad
 *   input file but a machine problem, which must stop a run rather than drop the file.
 * - The layer itself is injectable, so tests can make writes fail as a full disk would: in this thread with
 *   `setFsLayer`, or in child processes and worker threads through the VOE_FS_FAULTS environment variable (a JSON
 *   list of `{ "op": "write" | "read" | "rename" | "mkdir", "code": "ENOSPC", "match": "<part of the path>" }`;
 *   a failing write leaves half its bytes behind, as a disk filling up does). Unset, it is node:fs, unchanged.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { VoeError, type VoeErrorCode } from '../errors.js';

export interface FsLayer {
  readFileSync(path: string): Buffer;
  writeFileSync(path: string, data: string | Uint8Array): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  mkdirSync(path: string, options: { recursive: boolean }): void;
}

export const nodeFs: FsLayer = {
  readFileSync: (path) => fs.readFileSync(path),
  writeFileSync: (path, data) => fs.writeFileSync(path, data),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (path, options) => fs.rmSync(path, options),
  mkdirSync: (path, options) => {
    fs.mkdirSync(path, options);
  },
};

/** A simulated fault: operation `op` on any path containing `match` (every path when absent) fails with `code`. */
export interface FsFault {
  op: 'read' | 'write' | 'rename' | 'mkdir';
  code: string;
  match?: string;
}

/** The errno error node:fs would throw. */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

/** `base` with `faults` injected (see the module comment). */
export function faultyFs(faults: FsFault[], base: FsLayer = nodeFs): FsLayer {
  const fault = (op: FsFault['op'], path: string) => faults.find((f) => f.op === op && (f.match === undefined || path.includes(f.match)));
  return {
    readFileSync: (path) => {
      const f = fault('read', path);
      if (f) throw errnoError(f.code, 'open', path);
      return base.readFileSync(path);
    },
    writeFileSync: (path, data) => {
      const f = fault('write', path);
      if (f) {
        // A disk filling up mid-write: part of the data lands, then the error.
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        base.writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
        throw errnoError(f.code, 'write', path);
      }
      base.writeFileSync(path, data);
    },
    renameSync: (from, to) => {
      const f = fault('rename', to);
      if (f) throw errnoError(f.code, 'rename', to);
      base.renameSync(from, to);
    },
    rmSync: (path, options) => base.rmSync(path, options),
    mkdirSync: (path, options) => {
      const f = fault('mkdir', path);
      if (f) throw errnoError(f.code, 'mkdir', path);
      base.mkdirSync(path, options);
    },
  };
}

function fromEnvironment(): FsLayer {
  const spec = process.env.VOE_FS_FAULTS;
  if (!spec) return nodeFs;
  let faults: unknown;
  try {
    faults = JSON.parse(spec);
  } catch (e) {
    throw new VoeError('INVALID_ARGUMENT', `VOE_FS_FAULTS is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(faults)) throw new VoeError('INVALID_ARGUMENT', 'VOE_FS_FAULTS must be a JSON list of {op, code, match}');
  return faultyFs(faults as FsFault[]);
}

let layer: FsLayer = fromEnvironment();

/** The file layer in use in this thread. */
export function fsLayer(): FsLayer {
  return layer;
}

/** Uses `next` in this thread until the returned function is called (tests). */
export function setFsLayer(next: FsLayer): () => void {
  const previous = layer;
  layer = next;
  return () => {
    layer = previous;
  };
}

const ENVIRONMENTAL: ReadonlySet<VoeErrorCode> = new Set<VoeErrorCode>(['DISK_FULL', 'PERMISSION_DENIED', 'IO_ERROR']);

/** Whether an error (or a VoeError code) is a machine problem (full disk, permissions, I/O) rather than bad input. */
export function isEnvironmental(e: unknown): boolean {
  if (typeof e === 'string') return ENVIRONMENTAL.has(e as VoeErrorCode);
  return e instanceof VoeError && ENVIRONMENTAL.has(e.code);
}

/**
 * A file-system error as a coded VoeError naming `path` (the error's own path when it has one); anything that is
 * not a file-system error is returned as it is.
 */
export function fileError(e: unknown, path: string, doing: 'reading' | 'writing' | 'using'): unknown {
  if (e instanceof VoeError) return e;
  const err = e as NodeJS.ErrnoException | null;
  const code = err?.code;
  if (typeof code !== 'string') return e;
  const where = { path: err?.path ?? path, cause: e };
  switch (code) {
    case 'ENOENT':
      return new VoeError('FILE_NOT_FOUND', doing === 'reading' ? 'cannot read: no such file' : 'its folder does not exist', where);
    case 'EACCES':
    case 'EPERM':
      return new VoeError('PERMISSION_DENIED', `permission denied ${doing} it (${code}): check its permissions, or choose another ${doing === 'reading' ? 'file' : 'folder'}`, where);
    case 'EROFS':
      return new VoeError('PERMISSION_DENIED', `read-only file system (EROFS) ${doing} it: choose another folder`, where);
    case 'EISDIR':
      return new VoeError('IS_A_DIRECTORY', 'is a folder, not a file', where);
    case 'ENOTDIR':
      return new VoeError('NOT_A_DIRECTORY', 'a part of this path is a file, not a folder', where);
    case 'ENOSPC':
    case 'EDQUOT':
      return new VoeError('DISK_FULL', `no space left on the device (${code}) ${doing} it: free some space or choose another folder, then run the same command again (finished work is kept)`, where);
    case 'EIO':
      return new VoeError('IO_ERROR', `input/output error (EIO) ${doing} it: the disk or network share is failing`, where);
    default:
      return new VoeError(doing === 'reading' ? 'READ_FAILED' : 'WRITE_FAILED', `cannot ${doing === 'reading' ? 'read' : doing === 'writing' ? 'write' : 'use'} it (${code}: ${err?.message})`, where);
  }
}

/** Names temporary files uniquely among concurrent writers: process, thread, a random tag drawn once, a counter. */
/** Unique to this process and thread; made on first use, since the browser bundle loads this module and has no `process`. */
let tmpTag: string | undefined;
let tmpCount = 0;

/**
 * Writes `data` to `path` atomically: a temporary file beside it, then rename. On failure the temporary file is
 * removed, the old `path` (if any) is left as it was, and the error is thrown coded (`fileError`: DISK_FULL for
 * ENOSPC).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, io: FsLayer = layer): void {
  tmpTag ??= `${process.pid}.${threadId}.${randomBytes(4).toString('hex')}`;
  const tmp = `${path}.${tmpTag}.${++tmpCount}.tmp`;
  try {
    io.writeFileSync(tmp, data);
    io.renameSync(tmp, path);
  } catch (e) {
    try {
      io.rmSync(tmp, { force: true });
    } catch {
      // the write's own error is the one to report
    }
    throw fileError(e, path, 'writing');
  }
}

/** `mkdirSync(path, { recursive: true })` with a coded error. */
export function makeFolder(path: string, io: FsLayer = layer): void {
  try {
    io.mkdirSync(path, { recursive: true });
  } catch (e) {
    throw fileError(e, path, 'writing');
  }
}
