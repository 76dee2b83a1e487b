// Fetches the files the build listed in #prefetch-later (the charts' chunk and its CSS: scripts/vite-plugin-prefetch-
// chunks.ts) into the browser's cache when the page is idle after mounting. <link rel=prefetch> runs nothing; the
// chunk is imported, from the cache, when a chart is about to be drawn.

/** The id of the inline JSON list of files to prefetch (written by the build plugin). */
export const PREFETCH_LIST_ID = 'prefetch-later';

export function prefetchLater(): void {
  const list = document.getElementById(PREFETCH_LIST_ID)?.textContent;
  if (!list) return;
  const files = JSON.parse(list) as string[];
  const run = () => {
    for (const href of files) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      // A module script is fetched in CORS mode; the cached copy must match it to be used.
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
