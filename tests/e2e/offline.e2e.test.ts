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
  /** Set once the test above has injected a script on purpose: its refusal is logged as a console error. */
  let injectedScriptRefused = false;

  beforeAll(async () => {
    if (!existsSync(FILE))
      throw new Error(`${FILE} not found: \`npm run build\` writes it (scripts/build-single-file.ts)`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    // Every Content-Security-Policy violation the page reports, from its first script on.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
      );
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
      [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"], img[src]')].map(
        (node) => node.outerHTML.slice(0, 120),
      ),
    );
    expect(external).toEqual([]);
  });

  it('finds all three charts, drawn', async () => {
    // Chapters load their chart when scrolled near: bring each chapter to the screen in turn, as a reader would,
    // and wait for its chart there (a fast scroll through a page still growing could pass a chapter unseen).
    for (const chapter of ['flow', 'trip', 'timeline']) {
      await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
      await page.locator(`#${chapter} svg[data-chart-svg]`).first().waitFor({ state: 'attached', timeout: 20_000 });
    }
    // Each chart once more, by chapter and waiting: a chart drawn in stages may replace its drawing while the page
    // below it still grows, and a single count taken at that moment missed one (2 of 3 in a clean-clone run).
    for (const chapter of ['flow', 'trip', 'timeline']) {
      const charts = page.locator(`#${chapter} svg[data-chart-svg]`);
      await expect
        .poll(() => charts.count(), { timeout: 20_000, message: `#${chapter} has its chart` })
        .toBeGreaterThan(0);
    }
    for (const svg of await page.locator('svg[data-chart-svg]').all()) {
      await expect.poll(() => svg.locator('[data-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
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

  it('runs under a strict Content-Security-Policy with no violation, and the policy refuses an injected script', async () => {
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/script-src( 'sha256-[^']+')+;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    // The listener hears a real violation: an inline script added now is refused, and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    const violations = await page.evaluate(() =>
      (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0),
    );
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^script-src-elem inline/);
    injectedScriptRefused = true;
  });

  it('asked the network for nothing and logged no error', () => {
    expect(blocked).toEqual([]);
    // Violations before the injection were checked above (none); the injected script's refusal is the one expected error.
    expect(errors.filter((error) => !(injectedScriptRefused && /Content Security Policy/.test(error)))).toEqual([]);
  });
});
