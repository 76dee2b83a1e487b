// The built site served by vite preview on 127.0.0.1 (a free port), and the flags Chromium is launched with: what the
// screenshots and the browser benches share.
import { preview } from 'vite';

export { CHROMIUM_ARGS } from './chromium.mjs';

export interface ServedSite {
  /** The site's address, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/** Serves the built folder `outDir` as the site would be hosted (relative asset paths, no config of its own). */
export async function serveBuilt(outDir: string): Promise<ServedSite> {
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
