// The single-file build, opened from disk with the network cut: a classroom with no internet.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';

const FILE = resolve(process.env.DIST_DIR ?? 'dist', 'tariff-tracer.html');

describe('dist/tariff-tracer.html opened from disk', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(FILE)) throw new Error(`${FILE} not found: \`npm run build\` writes it (scripts/build-single-file.ts)`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(FILE).href, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('is one file: no script, stylesheet or image it would have to fetch', async () => {
    const external = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"], img[src]')].map((node) => node.outerHTML.slice(0, 120)),
    );
    expect(external).toEqual([]);
  });

  it('finds all three charts, drawn', async () => {
    // Chapters may load their chart when scrolled near: scroll through the page as a reader would.
    // The height is read again at each step: the single-file app grows the page as its chapters mount.
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= (await height()); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await expect.poll(() => page.locator('svg[data-chart-svg]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    for (const svg of await page.locator('svg[data-chart-svg]').all()) {
      expect(await svg.locator('[data-id]').count()).toBeGreaterThan(0);
    }
  });

  it('runs presentation mode from disk', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').press('p');
    await page.locator('.presentation[data-present-step="1"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.presentation[data-present-step="2"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.presentation').waitFor({ state: 'detached' });
  });

  it('asked the network for nothing and logged no error', () => {
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
