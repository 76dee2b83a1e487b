// Vite plugin: inlines the compiled dataset into each HTML page, so the site makes no data request to draw and
// the single-file build works from file://. In a site build each page inlines its slice (vite-plugin-dataset-slices.ts):
// the main page every fact with article texts cut to excerpts, written whole to articles/<id>.json for the reader;
// an embed the facts its chart draws. The offline single file (mode OFFLINE_MODE) inlines the dataset whole (up to
// a size: scripts/build-single-file.ts). The JSON is written into each page as the page is written, a piece at a time.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Dataset, Evidence } from '../src/lib/dataset.ts';
import { ARTICLE_TEXTS_META, FACT_EVIDENCE_META } from '../src/lib/load-dataset.ts';
import {
  articleTextFile,
  articleTexts,
  factEvidenceFile,
  pageCutEvidence,
  shareEvidence,
  sliceDataset,
  type DatasetSlice,
} from './vite-plugin-dataset-slices.ts';

export const DATASET_PLACEHOLDER = '<!-- dataset -->';
/** The vite mode of the offline single-file build (scripts/build-single-file.ts): everything inline. */
export const OFFLINE_MODE = 'offline';

/** JSON made safe inside <script>: no "</script>", no "<!--", no line separators that old parsers trip on. */
export function jsonForScriptTag(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The compiled dataset file the build inlines ($DATASET_FILE, else public/dataset.json). */
export function datasetFile(file?: string): string {
  return resolve(file ?? process.env.DATASET_FILE ?? 'public/dataset.json');
}

/** The parsed dataset file; throws a message naming the file when it is missing or not JSON. */
export function readDataset(file: string): Dataset {
  if (!existsSync(file)) throw new Error(`${file}: dataset not found; run \`npm run data\` first`);
  try {
    return parseDatasetJson(readFileSync(file));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];
const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(bytes: Buffer, index: number): number {
  while (isSpace(bytes[index])) index += 1;
  return index;
}

/** Where the JSON value starting at `index` ends, from its structure alone (JSON.parse then checks the value). */
function valueEnd(bytes: Buffer, index: number): number {
  let depth = 0;
  for (; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === QUOTE) {
      index += 1;
      while (index < bytes.length && bytes[index] !== QUOTE) index += bytes[index] === BACKSLASH ? 2 : 1;
      if (depth === 0) return index + 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
      if (depth <= 0) return depth === 0 ? index + 1 : index;
    } else if (depth === 0 && (byte === COMMA || isSpace(byte))) {
      return index;
    }
  }
  return index;
}

/**
 * The dataset parsed from its UTF-8 bytes one top-level array element at a time (an article, a measure…), repeated
 * quotes shared (shareEvidence). At 20,000 articles the file is 300 MB: as one string (two bytes a character, for
 * its curly quotes) it took 600 MB on top of the parse, and its repeated quotes another 700 MB. JSON that is not an
 * object of this shape is parsed whole, so JSON.parse names what is wrong with it.
 */
export function parseDatasetJson(bytes: Buffer): Dataset {
  const whole = () => JSON.parse(bytes.toString('utf8')) as Dataset;
  const text = (start: number, end: number) => bytes.toString('utf8', start, end);
  const pool = new Map<string, Evidence>();
  const dataset: Record<string, unknown> = {};
  let index = skipSpace(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  if (bytes[index] !== OPEN_OBJECT) return whole();
  index = skipSpace(bytes, index + 1);
  while (bytes[index] !== CLOSE_OBJECT) {
    if (bytes[index] !== QUOTE) return whole();
    const keyEnd = valueEnd(bytes, index);
    const key = JSON.parse(text(index, keyEnd)) as string;
    index = skipSpace(bytes, keyEnd);
    if (bytes[index] !== COLON) return whole();
    index = skipSpace(bytes, index + 1);
    if (bytes[index] === OPEN_ARRAY) {
      const items: unknown[] = [];
      index = skipSpace(bytes, index + 1);
      while (bytes[index] !== CLOSE_ARRAY) {
        const end = valueEnd(bytes, index);
        if (end === index) return whole();
        const item = JSON.parse(text(index, end)) as unknown;
        shareEvidence(item, pool);
        items.push(item);
        index = skipSpace(bytes, end);
        if (bytes[index] === COMMA) index = skipSpace(bytes, index + 1);
        else if (bytes[index] !== CLOSE_ARRAY) return whole();
      }
      dataset[key] = items;
      index += 1;
    } else {
      const end = valueEnd(bytes, index);
      if (end === index) return whole();
      dataset[key] = JSON.parse(text(index, end)) as unknown;
      shareEvidence(dataset[key], pool);
      index = end;
    }
    index = skipSpace(bytes, index);
    if (bytes[index] === COMMA) index = skipSpace(bytes, index + 1);
    else if (bytes[index] !== CLOSE_OBJECT) return whole();
  }
  if (skipSpace(bytes, index + 1) !== bytes.length) return whole();
  return dataset as unknown as Dataset;
}

/** The dataset file's JSON text, compacted; throws a message naming the file when it is missing or not JSON. */
export function readDatasetJson(file: string): string {
  return JSON.stringify(readDataset(file));
}

// One parse per process for all plugins, pages and builds: at 20,000 articles the file is ~300 MB of JSON, and its
// parse holds about a gigabyte. On globalThis because build-single-file.ts runs several builds in one process, each
// loading this module afresh with vite.config.ts. Keyed by path and modification time, so the dev server sees a
// recompiled file.
const CACHE = Symbol.for('tariff-tracer:dataset-cache');
type DatasetCache = { key: string; dataset: Dataset };
const cacheHolder = globalThis as unknown as Record<symbol, DatasetCache | undefined>;

function cacheFor(file: string): DatasetCache {
  const key = existsSync(file) ? `${file}:${statSync(file).mtimeMs}` : file;
  if (cacheHolder[CACHE]?.key !== key) {
    cacheHolder[CACHE] = undefined;
    cacheHolder[CACHE] = { key, dataset: readDataset(file) };
  }
  return cacheHolder[CACHE]!;
}

export function readDatasetCached(file: string): Dataset {
  return cacheFor(file).dataset;
}

/** Which slice a page inlines, from its path ("/embed/map.html" → "map"); null for the whole dataset. */
export function sliceForPage(path: string, mode: string, command: 'build' | 'serve'): DatasetSlice | null {
  if (command === 'serve' || mode === OFFLINE_MODE) return null;
  const embed = /\/embed\/(flow|map|timeline)\.html$/.exec(path);
  return embed ? (embed[1] as DatasetSlice) : 'page';
}

/**
 * Stands in the built page where its dataset JSON goes, until the page is written (writePageWithDataset). Vite's
 * HTML pipeline (and the CSP and inlining steps after it) then handle a page of a few kilobytes rather than one
 * holding hundreds of megabytes of JSON at 20,000 articles, each step copying it.
 */
export const DATASET_JSON_TOKEN = '__TARIFF_TRACER_DATASET_JSON__';

/** Set by build-single-file.ts, which writes each page's dataset itself after inlining the page's assets. */
const DEFER = Symbol.for('tariff-tracer:defer-dataset');
export function deferDatasetWrites(defer: boolean): void {
  (globalThis as unknown as Record<symbol, boolean>)[DEFER] = defer;
}
const datasetWritesDeferred = () => (globalThis as unknown as Record<symbol, boolean | undefined>)[DEFER] === true;

/**
 * The JSON text of `value` (as JSON.stringify gives it) in pieces: each element of a top-level array on its own, so
 * no string ever holds the whole dataset. Each piece made safe inside <script> (jsonForScriptTag).
 */
export function* datasetJsonPieces(value: object): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(field)) {
      yield jsonForScriptTag(JSON.stringify(field));
      continue;
    }
    yield '[';
    for (let index = 0; index < field.length; index += 1) {
      yield `${index ? ',' : ''}${jsonForScriptTag(JSON.stringify(field[index]) ?? 'null')}`;
    }
    yield ']';
  }
  yield '}';
}

/** The dataset JSON a page inlines: its slice, or the whole dataset (null). */
export function pageDataset(file: string, slice: DatasetSlice | null): Dataset {
  const dataset = readDatasetCached(file);
  return slice ? sliceDataset(dataset, slice) : dataset;
}

/**
 * Writes `html` to `outFile` with the dataset's JSON in place of DATASET_JSON_TOKEN, a piece at a time. A failed
 * write removes the file rather than leave half a page.
 */
export function writePageWithDataset(outFile: string, html: string, dataset: object): void {
  const at = html.indexOf(DATASET_JSON_TOKEN);
  if (at === -1) throw new Error(`${outFile}: no place for the dataset (${DATASET_JSON_TOKEN}) in the built page`);
  const fd = openSync(outFile, 'w');
  try {
    let buffered = html.slice(0, at);
    for (const piece of datasetJsonPieces(dataset)) {
      buffered += piece;
      if (buffered.length > 1 << 20) {
        writeSync(fd, buffered);
        buffered = '';
      }
    }
    writeSync(fd, buffered + html.slice(at + DATASET_JSON_TOKEN.length));
  } catch (error) {
    closeSync(fd);
    rmSync(outFile, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * Writes what the main page fetches, one file at a time: articles/<id>.json (each article's whole text) and
 * evidence/<id>.json (the whole evidence list of each fact the page cut to its first reports).
 */
export function writePageFiles(outDir: string, dataset: Dataset): void {
  mkdirSync(join(outDir, 'articles'), { recursive: true });
  for (const text of articleTexts(dataset)) writeFileSync(join(outDir, articleTextFile(text.id)), JSON.stringify(text));
  let evidenceDir = false;
  for (const fact of pageCutEvidence(dataset)) {
    if (!evidenceDir) mkdirSync(join(outDir, 'evidence'), { recursive: true });
    evidenceDir = true;
    writeFileSync(join(outDir, factEvidenceFile(fact.id)), JSON.stringify(fact));
  }
}

export function inlineDataset(options: { file?: string } = {}): Plugin {
  const file = datasetFile(options.file);
  let mode = 'production';
  let command: 'build' | 'serve' = 'build';
  // The pages this build inlines a dataset into (by their source file) and which slice each one gets.
  const pageSlices = new Map<string, DatasetSlice | null>();
  return {
    name: 'inline-dataset',
    configResolved(config) {
      mode = config.mode;
      command = config.command;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!html.includes(DATASET_PLACEHOLDER)) return html;
        const slice = sliceForPage(context.path, mode, command);
        // Only the main page has a reader and a details panel; they find the whole texts and evidence lists there.
        const textsMeta =
          slice === 'page'
            ? `<meta name="${ARTICLE_TEXTS_META}" content="./articles/" />\n<meta name="${FACT_EVIDENCE_META}" content="./evidence/" />\n`
            : '';
        // The dev server serves the page as it is: the dataset goes in now. A build writes it with the page.
        const json =
          command === 'serve' ? jsonForScriptTag(JSON.stringify(readDatasetCached(file))) : DATASET_JSON_TOKEN;
        if (command === 'build') pageSlices.set(context.filename, slice);
        return html.replace(
          DATASET_PLACEHOLDER,
          () => `${textsMeta}<script type="application/json" id="dataset">${json}</script>`,
        );
      },
    },
    writeBundle(options, bundle) {
      if (datasetWritesDeferred()) return;
      const outDir = options.dir ?? resolve('dist');
      const root = resolve('.');
      for (const [filename, slice] of pageSlices) {
        const fileName = relative(root, filename);
        if (!bundle[fileName]) continue;
        const outFile = join(outDir, fileName);
        writePageWithDataset(outFile, readFileSync(outFile, 'utf8'), pageDataset(file, slice));
        if (slice === 'page') writePageFiles(outDir, readDatasetCached(file));
      }
    },
    configureServer(server) {
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) === file) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
