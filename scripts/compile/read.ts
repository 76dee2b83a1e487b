// Reading: a seeds folder → article sources (decoded, front matter parsed, HTML stripped) + what was skipped and why.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { ReportEntry } from '../../src/lib/dataset.ts';
import { stripHtml } from './html.ts';

/** Front-matter fields an article may declare. Values are raw strings; publication.ts checks them. */
export interface FrontMatter {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

/** One article file, read and decoded. `text` is what every evidence offset refers to. */
export interface ArticleSource {
  /** Path relative to the seeds folder, forward slashes. */
  file: string;
  text: string;
  frontMatter: FrontMatter;
  warnings: ReportEntry[];
}

export interface ReadResult {
  sources: ArticleSource[];
  skipped: ReportEntry[];
}

export interface ReadOptions {
  /**
   * Files larger than this are skipped, not truncated: a news article is a few kilobytes, so a file of megabytes is
   * a dump, a log or several articles pasted together, and a truncated article would carry a cut last sentence.
   */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

const FRONT_MATTER_KEYS = new Set(['title', 'outlet', 'published', 'url']);

/** Every file under `dir`, relative, forward slashes, in code-point order (never locale order: builds must agree). */
export function listFiles(dir: string): string[] {
  return walkFolder(dir).files;
}

/**
 * The files under `dir`, and the folders not read with the reason (hidden folders such as ".git", unreadable folders,
 * symbolic links back into a folder already walked, symbolic links to a folder outside `dir`). Folder entries end in
 * "/". A symbolic link is followed only when its real path is inside `dir`: `ln -s /etc seeds/etc` must not publish
 * the machine's files, nor list their names in the report. Links to files are listed; reading them checks again.
 */
export function walkFolder(dir: string): { files: string[]; folders: ReportEntry[] } {
  const files: string[] = [];
  const folders: ReportEntry[] = [];
  const visited = new Set<string>();
  let root: string;
  try {
    root = realpathSync(dir);
  } catch (error) {
    return {
      files,
      folders: [
        { file: './', message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})` },
      ],
    };
  }
  const walk = (relative: string): void => {
    const absolute = join(dir, relative);
    let entries: Dirent[];
    try {
      const real = realpathSync(absolute);
      if (visited.has(real)) {
        folders.push({
          file: `${relative}/`,
          message: 'folder already read through another path (symbolic link loop): not read again',
        });
        return;
      }
      visited.add(real);
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      folders.push({
        file: relative ? `${relative}/` : './',
        message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      });
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(join(dir, path));
          isDirectory = statSync(target).isDirectory();
        } catch {
          files.push(path); // a broken link: listed as a file, and reading it reports the problem
          continue;
        }
        if (isDirectory && !isInsideFolder(root, target)) {
          folders.push({ file: `${path}/`, message: OUTSIDE_FOLDER_LINK });
          continue;
        }
      }
      if (isDirectory && entry.name.startsWith('.'))
        folders.push({ file: `${path}/`, message: 'hidden folder: not read' });
      else if (isDirectory) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return { files: files.sort(compareCodePoints), folders: folders.sort((a, b) => compareCodePoints(a.file, b.file)) };
}

const OUTSIDE_FOLDER_LINK = 'symbolic link to a folder outside the seeds folder: not followed';
const OUTSIDE_FILE_LINK = 'symbolic link to a file outside the seeds folder: not followed';

/** Whether real path `path` is `root` or under it (both from realpath: no "..", no links left). */
export function isInsideFolder(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads every article file in `dir` (sub-folders included). Problems become report entries, never exceptions. */
export function readSeedFolder(dir: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const sources: ArticleSource[] = [];
  const { files, folders } = walkFolder(dir);
  const skipped: ReportEntry[] = [...folders];
  let root: string | null = null;
  try {
    root = realpathSync(dir);
  } catch {
    // walkFolder has reported the folder, and found no files in it
  }
  for (const file of files) {
    const result = root === null ? { skip: 'cannot read the folder' } : readArticleFile(dir, root, file, maxBytes);
    if ('skip' in result) skipped.push({ file, message: result.skip });
    else sources.push(result);
  }
  return { sources, skipped };
}

function readArticleFile(dir: string, root: string, file: string, maxBytes: number): ArticleSource | { skip: string } {
  const extension = extname(file).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    return { skip: `not an article file (only ${ARTICLE_EXTENSIONS.join(' and ')} files are read)` };
  }
  const cannotRead = (error: unknown): { skip: string } => ({
    skip: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
  });
  // The real path is checked here, at the moment of reading, not only while listing: the file may have been
  // replaced by a link since. O_NOFOLLOW refuses a link swapped in after the check; O_NONBLOCK keeps a named pipe
  // from blocking the open (fstat then tells it is not a file).
  let real: string;
  try {
    real = realpathSync(join(dir, file));
  } catch (error) {
    return cannotRead(error);
  }
  if (!isInsideFolder(root, real)) return { skip: OUTSIDE_FILE_LINK };
  let descriptor: number;
  try {
    descriptor = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { skip: `not a regular file (${fileKind(stats)})` };
    if (stats.size > maxBytes) {
      return {
        skip: `file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one article (skipped, not truncated)`,
      };
    }
    if (stats.size === 0) return { skip: 'empty file' };
    const decoded = decodeUtf8(readFileSync(descriptor));
    if ('problem' in decoded) return { skip: decoded.problem };
    return parseArticleText(file, decoded.text);
  } catch (error) {
    return cannotRead(error);
  } finally {
    closeSync(descriptor);
  }
}

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** Bytes → text, or the reason the bytes are not a UTF-8 article. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'UTF-16 text (byte-order mark at the start): save the file as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = utf16WithoutByteOrderMark(bytes);
    if (utf16) return { problem: `UTF-16 text (${utf16}, no byte-order mark): save the file as UTF-8` };
    return { problem: `binary file (NUL byte at offset ${nul}), not text` };
  }
  try {
    // fatal: a Latin-1 "é" must be refused, not turned into U+FFFD and compiled as a wrong quote.
    // ignoreBOM false (the default) strips a UTF-8 byte-order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const byte = bytes[offset] ?? 0;
    return {
      problem: `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}; Latin-1 or Windows-1252?): save the file as UTF-8`,
    };
  }
}

/**
 * "UTF-16LE" or "UTF-16BE" when bytes with NULs are UTF-16 text saved without a byte-order mark (Windows tools do
 * this), else null. Latin text in UTF-16 has a NUL in every second byte (the high byte of each character); a binary
 * file may too, so the bytes must also decode to text: no invalid pairs, no control characters but tab and line ends.
 */
function utf16WithoutByteOrderMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 1) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenNuls += 1;
      else oddNuls += 1;
    }
  }
  const pairs = sample / 2;
  const encoding =
    oddNuls >= pairs / 4 && evenNuls <= oddNuls / 4
      ? 'utf-16le'
      : evenNuls >= pairs / 4 && oddNuls <= evenNuls / 4
        ? 'utf-16be'
        : null;
  if (encoding === null) return null;
  try {
    // Big-endian is read as little-endian with each pair swapped: Node builds with small ICU lack a UTF-16BE decoder.
    const littleEndian = encoding === 'utf-16le' ? bytes : bytes.map((_, index) => bytes[index ^ 1] ?? 0);
    const text = new TextDecoder('utf-16le', { fatal: true }).decode(littleEndian);
    // eslint-disable-next-line no-control-regex -- control characters are how a mis-decoded file shows itself
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)
      ? null
      : encoding === 'utf-16le'
        ? 'UTF-16LE'
        : 'UTF-16BE';
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}

/**
 * Decoded file text → article body and front matter. Line ends become "\n" (a file saved on Windows is the same article);
 * leading blank lines and trailing whitespace are dropped. Offsets refer to the body returned here.
 */
export function parseArticleText(file: string, raw: string): ArticleSource | { skip: string } {
  const warnings: ReportEntry[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  let frontMatter: FrontMatter = {};
  const parsed = splitFrontMatter(text);
  if (parsed) {
    text = parsed.body;
    frontMatter = parsed.frontMatter;
    for (const problem of parsed.problems) warnings.push({ file, message: problem });
  } else if (/^---[ \t]*\n/.test(text)) {
    warnings.push({ file, message: 'front matter opened with "---" but never closed: read as ordinary text' });
  }
  const stripped = stripHtml(text);
  if (stripped) {
    text = stripped.text;
    warnings.push({
      file,
      message: `HTML markup removed (${stripped.tagCount} tags${stripped.droppedElements ? `, ${stripped.droppedElements} script/style elements dropped` : ''}); evidence refers to the text without tags`,
    });
  }
  // trimEnd, not /\s+$/: that regex is quadratic on text with many whitespace runs (seen in the benchmark).
  text = text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (text.length === 0)
    return { skip: parsed ? 'empty article (front matter but no text)' : 'empty file (only whitespace)' };
  return { file, text, frontMatter, warnings };
}

/**
 * `key: text` lines, read by hand on purpose, not as YAML: a YAML parser (the `yaml` package, or js-yaml inside
 * gray-matter and front-matter) rejects `title: Canada: the response`, cuts `title: Tariffs #2 this week` to "Tariffs"
 * without a word, and joins a stray line to the next key. Here the value is the rest of the line, each line not
 * understood is reported, and the rest of the block is still read (scripts/compile/README.md).
 */
function splitFrontMatter(text: string): { frontMatter: FrontMatter; body: string; problems: string[] } | null {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*(?:\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return null;
  const block = text.slice(open[0].length, open[0].length + close.index);
  const body = text.slice(open[0].length + close.index + close[0].length);
  const frontMatter: FrontMatter = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const line of block.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      problems.push(`front matter line not understood: "${line.trim()}"`);
      continue;
    }
    const written = (match[1] ?? '').toLowerCase();
    // Static-site generators write the publication date as "date:" (Jekyll, Hugo): the same fact under another key.
    const key = written === 'date' && !/^\s*published\s*:/im.test(block) ? 'published' : written;
    const value = unquote((match[2] ?? '').trim());
    if (!FRONT_MATTER_KEYS.has(key)) {
      problems.push(`front matter key "${key}" is not used (known keys: ${[...FRONT_MATTER_KEYS].join(', ')})`);
      continue;
    }
    if (seen.has(key)) problems.push(`front matter key "${match[1]}" is given twice: the last value is used`);
    seen.add(key);
    if (key === 'url' && value !== '' && !isWebAddress(value)) {
      // The reader links to it: a "javascript:" or "data:" address would run or show the author's content.
      problems.push(`front matter "url: ${shorten(value, 80)}" is not an http or https address: dropped`);
      continue;
    }
    if (value !== '') frontMatter[key as keyof FrontMatter] = value;
  }
  // A block of thousands of bad lines is one problem told a few times, not thousands of report entries.
  if (problems.length > MAX_FRONT_MATTER_PROBLEMS) {
    const more = problems.length - MAX_FRONT_MATTER_PROBLEMS;
    problems.length = MAX_FRONT_MATTER_PROBLEMS;
    problems.push(`and ${more} more front matter problems`);
  }
  return { frontMatter, body, problems };
}

const MAX_FRONT_MATTER_PROBLEMS = 10;

/** An absolute http: or https: address. */
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? (match[2] ?? '') : value;
}

/** Text reduced to what makes two copies of one article the same: Unicode NFC, whitespace collapsed, case folded. */
export function normalisedForDuplicates(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
