// The built site served by vite preview on 127.0.0.1 and a headless Chromium to read it: what the browser benches
// (long tasks, interaction latency) share.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface BuiltSite {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `outDir` and starts Chromium; fails naming the first page the build lacks. */
export async function openBuiltSite(outDir: string, pages: string[]): Promise<BuiltSite> {
  for (const page of pages) {
    if (!existsSync(join(outDir, page)))
      throw new Error(
        `${outDir}/${page} not found: build the site (and scripts/build-single-file.ts for the embeds) first`,
      );
  }
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
