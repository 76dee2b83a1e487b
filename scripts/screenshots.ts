// `npm run shots`: screenshots of the built site (dist/ or $DIST_DIR; builds nothing itself) at 375 and 1440 px, light
// and dark, full page, plus each embed page, into screenshots/ (or $SHOTS_DIR). Optional: $SHOTS_HASH opens "/#…";
// SHOTS_VIEWPORT=1 takes only the first screen (what a reader sees on arrival) instead of the full page.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, serveBuilt } from './serve-built.ts';

const WIDTHS = [375, 1440];
const THEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  const outDir = resolve(process.env.DIST_DIR ?? 'dist');
  const shotsDir = resolve(process.env.SHOTS_DIR ?? 'screenshots');
  const hash = process.env.SHOTS_HASH ? `#${process.env.SHOTS_HASH.replace(/^#/, '')}` : '';
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(
      `${outDir}/index.html not found: build the site first (npm run build, or DIST_DIR=… npx vite build).`,
    );
    process.exit(1);
  }
  mkdirSync(shotsDir, { recursive: true });
  const pages = ['index.html'];
  const embedDir = join(outDir, 'embed');
  if (existsSync(embedDir))
    pages.push(
      ...readdirSync(embedDir)
        .filter((name) => name.endsWith('.html'))
        .sort()
        .map((name) => `embed/${name}`),
    );

  const server = await serveBuilt(outDir);
  const baseURL = server.url.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    for (const path of pages) {
      for (const width of WIDTHS) {
        for (const colorScheme of THEMES) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme,
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(String(error)));
          page.on('console', (message) => {
            if (message.type() === 'error') errors.push(message.text());
          });
          await page.goto(`${baseURL}/${path === 'index.html' ? '' : path}${hash}`, { waitUntil: 'networkidle' });
          // Charts draw when they come near the screen: scroll through the page as a reader would, then back up.
          await page.evaluate(async () => {
            for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
              window.scrollTo(0, y);
              await new Promise((resolve) => setTimeout(resolve, 60));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForTimeout(300);
          const name = `${path.replace(/\.html$/, '').replace(/\//g, '-')}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: join(shotsDir, name), fullPage: process.env.SHOTS_VIEWPORT !== '1' });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          console.log(
            `${name}${overflow > 0 ? `  (wider than the viewport by ${overflow}px)` : ''}${errors.length ? `  errors: ${errors.join(' | ')}` : ''}`,
          );
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots in ${shotsDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
