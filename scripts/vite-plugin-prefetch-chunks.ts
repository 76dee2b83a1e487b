// Vite plugin (build only): names the charts' chunk (and its CSS) in the page, for src/site/prefetch-later.ts to
// fetch into the cache once the page has mounted and the browser is idle. Importing the chunk at load instead would
// compile and run 140 KB of script in the first seconds, the window Lighthouse's total blocking time measures (+120 ms
// measured); a <link rel=prefetch> in the HTML would share the network with the page's own script before the first
// paint. The chunk is imported when a chart is about to be drawn, from the cache by then.
import type { Plugin } from 'vite';
import { PREFETCH_LIST_ID } from '../src/site/prefetch-later.ts';

export function prefetchChunks(names: readonly string[]): Plugin {
  return {
    name: 'prefetch-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const files: string[] = [];
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || !names.includes(output.name) || output.isEntry) continue;
          files.push(...(output.viteMetadata?.importedCss ?? []), output.fileName);
        }
        if (!files.length) return html;
        const list = JSON.stringify(files.map((file) => `./${file}`));
        return html.replace(
          '</body>',
          `<script type="application/json" id="${PREFETCH_LIST_ID}">${list}</script></body>`,
        );
      },
    },
  };
}
