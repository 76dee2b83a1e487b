// Vite plugin: inlines the compiled dataset into each HTML page, so the site makes no data request to draw and
// the single-file build works from file://. In a site build each page inlines its slice (vite-plugin-dataset-slices.ts):
// the main page every fact with article texts cut to excerpts, written whole to articles/<id>.json for the reader;
// an embed the facts its chart draws. The offline single file (mode OFFLINE_MODE) inlines the dataset whole.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Dataset } from '../src/lib/dataset.ts';
import { ARTICLE_TEXTS_META } from '../src/lib/load-dataset.ts';
import { articleTextFile, articleTexts, sliceDataset, type DatasetSlice } from './vite-plugin-dataset-slices.ts';

export const DATASET_PLACEHOLDER = '<!-- dataset -->';
/** The vite mode of the offline single-file build (scripts/build-single-file.ts): everything inline. */
export const OFFLINE_MODE = 'offline';

/** JSON made safe inside <script>: no "</script>", no "<!--", no line separators that old parsers trip on. */
export function jsonForScriptTag(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The compiled dataset file the build inlines ($DATASET_FILE, else public/dataset.json). */
export function datasetFile(file?: string): string {
  return resolve(file ?? process.env.DATASET_FILE ?? 'public/dataset.json');
}

/** The parsed dataset file; throws a message naming the file when it is missing or not JSON. */
export function readDataset(file: string): Dataset {
  if (!existsSync(file)) throw new Error(`${file}: dataset not found; run \`npm run data\` first`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** The dataset file's JSON text, compacted; throws a message naming the file when it is missing or not JSON. */
export function readDatasetJson(file: string): string {
  return JSON.stringify(readDataset(file));
}

// One parse per process for all plugins, pages and builds: at 20,000 articles the file is ~300 MB of JSON, and each
// parse holds over a gigabyte. On globalThis because build-single-file.ts runs several builds in one process, each
// loading this module afresh with vite.config.ts. Keyed by path and modification time, so the dev server sees a
// recompiled file.
const CACHE = Symbol.for('tariff-tracer:dataset-cache');
type DatasetCache = { key: string; dataset: Dataset; slices: Map<string, string> };
const cacheHolder = globalThis as unknown as Record<symbol, DatasetCache | undefined>;

function cacheFor(file: string): DatasetCache {
  const key = existsSync(file) ? `${file}:${statSync(file).mtimeMs}` : file;
  if (cacheHolder[CACHE]?.key !== key) {
    cacheHolder[CACHE] = undefined;
    cacheHolder[CACHE] = { key, dataset: readDataset(file), slices: new Map() };
  }
  return cacheHolder[CACHE]!;
}

export function readDatasetCached(file: string): Dataset {
  return cacheFor(file).dataset;
}

/** The JSON a page inlines, made once per slice. */
function inlinedJson(file: string, slice: DatasetSlice | null): string {
  const cache = cacheFor(file);
  const name = slice ?? 'whole';
  let json = cache.slices.get(name);
  if (json === undefined) {
    json = jsonForScriptTag(JSON.stringify(slice ? sliceDataset(cache.dataset, slice) : cache.dataset));
    cache.slices.set(name, json);
  }
  return json;
}

/** Which slice a page inlines, from its path ("/embed/map.html" → "map"); null for the whole dataset. */
export function sliceForPage(path: string, mode: string, command: 'build' | 'serve'): DatasetSlice | null {
  if (command === 'serve' || mode === OFFLINE_MODE) return null;
  const embed = /\/embed\/(flow|map|timeline)\.html$/.exec(path);
  return embed ? (embed[1] as DatasetSlice) : 'page';
}

export function inlineDataset(options: { file?: string } = {}): Plugin {
  const file = datasetFile(options.file);
  let mode = 'production';
  let command: 'build' | 'serve' = 'build';
  let writeTexts = false;
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
        // Only the main page has a reader; it finds the whole texts through this meta element.
        const textsMeta = slice === 'page' ? `<meta name="${ARTICLE_TEXTS_META}" content="./articles/" />\n` : '';
        if (slice === 'page') writeTexts = true;
        return html.replace(
          DATASET_PLACEHOLDER,
          () => `${textsMeta}<script type="application/json" id="dataset">${inlinedJson(file, slice)}</script>`,
        );
      },
    },
    generateBundle() {
      if (!writeTexts) return;
      for (const text of articleTexts(readDatasetCached(file))) {
        this.emitFile({ type: 'asset', fileName: articleTextFile(text.id), source: JSON.stringify(text) });
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
