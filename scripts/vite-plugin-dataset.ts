// Vite plugin: inlines the compiled dataset into each HTML page, so the site makes no data request
// and the single-file build works from file://.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const DATASET_PLACEHOLDER = '<!-- dataset -->';

/** JSON made safe inside <script>: no "</script>", no "<!--", no line separators that old parsers trip on. */
export function jsonForScriptTag(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The compiled dataset file the build inlines ($DATASET_FILE, else public/dataset.json). */
export function datasetFile(file?: string): string {
  return resolve(file ?? process.env.DATASET_FILE ?? 'public/dataset.json');
}

/** The dataset file's JSON text, compacted; throws a message naming the file when it is missing or not JSON. */
export function readDatasetJson(file: string): string {
  if (!existsSync(file)) throw new Error(`${file}: dataset not found; run \`npm run data\` first`);
  try {
    return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export function inlineDataset(options: { file?: string } = {}): Plugin {
  const file = datasetFile(options.file);
  return {
    name: 'inline-dataset',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(DATASET_PLACEHOLDER)) return html;
        const json = readDatasetJson(file);
        return html.replace(
          DATASET_PLACEHOLDER,
          () => `<script type="application/json" id="dataset">${jsonForScriptTag(json)}</script>`,
        );
      },
    },
    configureServer(server) {
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) === file) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
