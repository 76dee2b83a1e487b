// Replacing an output file safely: only a regular file (or none) is replaced, through a temporary file that a rename
// swaps in at once, and that never outlives the process nor lands where a build would publish it.
import {
  closeSync,
  copyFileSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isInsideFolder } from './read.ts';

/** A file that cannot be written, with the reason in words: the command line prints it as one line. */
export class OutputFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface ReplaceFileOptions {
  /** A folder the file must not be inside (the seeds folder: the dataset would overwrite an article, or be read as one). */
  forbiddenFolder?: string;
  /** Called once the temporary file exists, before anything is written to it (the tests interrupt the write there). */
  onTemporaryFile?: (path: string) => void;
}

/** Why `file` must not be replaced, or null. It must be a regular file or not exist yet, and not be inside `forbiddenFolder`. */
export function outputFileProblem(file: string, forbiddenFolder?: string): string | null {
  let stats: Stats | null = null;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return describeFileError(error);
  }
  if (stats?.isSymbolicLink()) return 'is a symbolic link: not replaced (give the path of the file itself)';
  if (stats?.isDirectory()) return 'is a folder: give the path of a file, such as public/dataset.json';
  if (stats && !stats.isFile())
    return `is ${stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : stats.isFIFO() ? 'a named pipe' : 'a socket'}, not a regular file: not replaced`;
  if (forbiddenFolder !== undefined) {
    let folder: string;
    try {
      folder = realpathSync(forbiddenFolder);
    } catch {
      return null; // no such folder: nothing to protect
    }
    if (isInsideFolder(folder, realPathOfNewFile(file)))
      return 'is inside the seeds folder: the dataset would overwrite an article, or be read as one; write it elsewhere';
  }
  return null;
}

/** The real path `file` would have: its nearest existing folder resolved through links, then the rest as written. */
function realPathOfNewFile(file: string): string {
  let existing = resolve(file);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest);
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(file);
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
}

/** A write error's code in words, for a one-line message. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOENT: 'no such file or folder',
    EEXIST: 'a file is in the way',
    EIO: 'input/output error',
    ENAMETOOLONG: 'the name is too long',
  };
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return `${words[code] ?? 'cannot write'} (${code})`;
}

/**
 * Writes `file` by calling `write` with the descriptor of a temporary file, then renaming it over `file`: a rename is
 * atomic on one file system, so a reader sees the old file or the new one, never half of one. The temporary file sits
 * beside `file` unless that folder is one a build publishes (public/, dist/, $DIST_DIR): a temporary file left there
 * by a killed build would be deployed by the next one, so it goes to the system's temporary folder instead (and is
 * copied beside `file` for the rename only when that folder is on another device). Problems throw OutputFileError.
 */
export function replaceFile(file: string, write: (descriptor: number) => void, options: ReplaceFileOptions = {}): void {
  const problem = outputFileProblem(file, options.forbiddenFolder);
  if (problem) throw new OutputFileError(file, problem);
  const folder = dirname(file);
  const temporaries: string[] = [];
  const track = (path: string): string => {
    temporaries.push(path);
    pendingTemporaries.add(path);
    return path;
  };
  watchSignals();
  try {
    mkdirSync(folder, { recursive: true });
    removeStaleTemporaries(file);
    let temporary: string;
    if (isPublishedFolder(realpathSync(folder))) {
      const privateFolder = track(mkdtempSync(join(tmpdir(), 'tariff-tracer-write-')));
      temporary = track(join(privateFolder, basename(file)));
    } else {
      temporary = track(besideTemporary(file));
    }
    // "wx": never reuse (or follow a link planted at) an existing path.
    const descriptor = openSync(temporary, 'wx', 0o644);
    try {
      options.onTemporaryFile?.(temporary);
      write(descriptor);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    // Checked again just before the swap: the path may have become a link or a folder during the write.
    const late = outputFileProblem(file, options.forbiddenFolder);
    if (late) throw new OutputFileError(file, late);
    try {
      renameSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      const copy = track(besideTemporary(file));
      copyFileSync(temporary, copy, constants.COPYFILE_EXCL);
      renameSync(copy, file);
    }
  } catch (error) {
    if (error instanceof OutputFileError || (error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new OutputFileError(file, describeFileError(error));
  } finally {
    for (const path of temporaries.reverse()) {
      rmSync(path, { force: true, recursive: true });
      pendingTemporaries.delete(path);
    }
    unwatchSignalsSoon();
  }
}

/** ".dataset.json.<pid>.tmp" beside the file: hidden, and the process id keeps two builds at once apart. */
function besideTemporary(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Whether a folder is one a build publishes: a temporary file there could be deployed. */
function isPublishedFolder(realFolder: string): boolean {
  const parts = realFolder.split(sep);
  if (parts.includes('public') || parts.includes('dist')) return true;
  const distDir = process.env.DIST_DIR;
  if (!distDir) return false;
  try {
    return isInsideFolder(realpathSync(distDir), realFolder);
  } catch {
    return false;
  }
}

/**
 * Removes the temporary files a killed build left beside `file` (SIGKILL and power cuts run no handler): those named
 * after it whose process is gone. A live process's file is its own business: two builds may run at once.
 */
function removeStaleTemporaries(file: string): void {
  const name = basename(file);
  for (const entry of readdirSync(dirname(file))) {
    const match = /^\.?(.*)\.(\d+)\.tmp$/.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && !processIsRunning(pid)) rmSync(join(dirname(file), entry), { force: true });
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}

// Signals: Ctrl-C or a CI timeout during a write must not leave a temporary file behind. The write is synchronous, so
// a handler runs only once it is over (the temporary file renamed or removed); it then removes whatever is still
// pending and ends the process as the signal would have.
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pendingTemporaries = new Set<string>();
let watching = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const path of pendingTemporaries) rmSync(path, { force: true, recursive: true });
  pendingTemporaries.clear();
  unwatchSignals();
  // Another listener means the program handles this signal itself; otherwise, end as the signal would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function unwatchSignals(): void {
  if (!watching) return;
  watching = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Stops watching once the event loop has polled for input, not now: a signal that arrived during the write waits in
 * the loop's signal pipe, and removing the listener before the poll reads it would drop it (the Ctrl-C would be lost).
 * Two immediates, because this may run inside the poll phase (an ES module's top level does): the first runs in that
 * turn's check phase, before any poll; the second after the next poll.
 */
function unwatchSignalsSoon(): void {
  // Not unref'd: those turns must happen, or a process with nothing else to do would exit without reading the signal.
  setImmediate(() =>
    setImmediate(() => {
      if (pendingTemporaries.size === 0) unwatchSignals();
    }),
  );
}
