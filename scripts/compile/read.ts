// Reading: a seeds folder → article sources (decoded, front matter parsed, HTML stripped) + what was skipped and why.
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
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
 * symbolic links back into a folder already walked). Folder entries end in "/".
 */
export function walkFolder(dir: string): { files: string[]; folders: ReportEntry[] } {
  const files: string[] = [];
  const folders: ReportEntry[] = [];
  const visited = new Set<string>();
  const walk = (relative: string): void => {
    const absolute = join(dir, relative);
    let entries: Dirent[];
    try {
      const real = realpathSync(absolute);
      if (visited.has(real)) {
        folders.push({ file: `${relative}/`, message: 'folder already read through another path (symbolic link loop): not read again' });
        return;
      }
      visited.add(real);
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      folders.push({ file: relative ? `${relative}/` : './', message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = statSync(join(dir, path)).isDirectory();
        } catch {
          isDirectory = false; // a broken link: listed as a file, and reading it reports the problem
        }
      }
      if (isDirectory && entry.name.startsWith('.')) folders.push({ file: `${path}/`, message: 'hidden folder: not read' });
      else if (isDirectory) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return { files: files.sort(compareCodePoints), folders: folders.sort((a, b) => compareCodePoints(a.file, b.file)) };
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
  for (const file of files) {
    const result = readArticleFile(dir, file, maxBytes);
    if ('skip' in result) skipped.push({ file, message: result.skip });
    else sources.push(result);
  }
  return { sources, skipped };
}

function readArticleFile(dir: string, file: string, maxBytes: number): ArticleSource | { skip: string } {
  const extension = extname(file).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    return { skip: `not an article file (only ${ARTICLE_EXTENSIONS.join(' and ')} files are read)` };
  }
  const path = join(dir, file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { skip: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (size > maxBytes) {
    return { skip: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one article (skipped, not truncated)` };
  }
  if (size === 0) return { skip: 'empty file' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { skip: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { skip: decoded.problem };
  return parseArticleText(file, decoded.text);
}

/** Bytes → text, or the reason the bytes are not a UTF-8 article. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'UTF-16 text (byte-order mark at the start): save the file as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: `binary file (NUL byte at offset ${nul}), not text` };
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

/** Offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
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
  if (text.length === 0) return { skip: parsed ? 'empty article (front matter but no text)' : 'empty file (only whitespace)' };
  return { file, text, frontMatter, warnings };
}

function splitFrontMatter(text: string): { frontMatter: FrontMatter; body: string; problems: string[] } | null {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*(?:\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return null;
  const block = text.slice(open[0].length, open[0].length + close.index);
  const body = text.slice(open[0].length + close.index + close[0].length);
  const frontMatter: FrontMatter = {};
  const problems: string[] = [];
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
    if (value !== '') frontMatter[key as keyof FrontMatter] = value;
  }
  return { frontMatter, body, problems };
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
