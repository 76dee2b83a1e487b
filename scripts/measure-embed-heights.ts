// Measures each embed's content height at common column widths in the built site (dist/, or $DIST_DIR) and prints
// the table for src/embed/embed-heights.ts: the heights the embed dialog offers when it cannot measure in the page.
// Run after a build: `npx tsx scripts/measure-embed-heights.ts`.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { EMBED_WIDTHS } from '../src/embed/embed-heights.ts';

const CHARTS = ['flow', 'map', 'timeline'] as const;
const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const server = await preview({
  configFile: false,
  root: process.cwd(),
  base: './',
  logLevel: 'silent',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!base) throw new Error('the preview server did not report a URL');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const table: Record<string, Record<number, number>> = {};
try {
  for (const chart of CHARTS) {
    table[chart] = {};
    for (const width of EMBED_WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 400 } });
      await page.goto(`${base}/embed/${chart}.html`, { waitUntil: 'networkidle' });
      await page.locator('[data-chart-svg]').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      // The same box the embed reports to its host (child-resize.ts): the content, margins included.
      table[chart]![width] = await page.evaluate(() => {
        const root = document.querySelector('main.embed')!;
        const style = getComputedStyle(root);
        return Math.ceil(
          root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
        );
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Embed content heights (px) by column width, measured in ${outDir}:`);
console.log(JSON.stringify(table, null, 2));
