// The main page under its Content-Security-Policy (issue 16 item 9): every chart drawn (its chunk loaded), the
// reader opened (its article text fetched), and not one violation reported.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchChromium } from './browser.ts';

describe('the main page’s Content-Security-Policy', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
    await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  it('is strict: inline scripts by hash only, no eval, fetches from its own origin only', async () => {
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('draws all three charts and opens the reader with no violation reported', async () => {
    for (const chapter of ['flow', 'trip', 'timeline']) {
      await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
      await page
        .locator(`#${chapter} [data-chart-svg] [data-id]`)
        .first()
        .waitFor({ state: 'attached', timeout: 15_000 });
    }
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await page.locator('#sources li button').first().click();
    await page.locator('dialog.reader[open] .reader-text').waitFor();
    expect((await page.locator('dialog.reader[open] .reader-text').textContent())?.length).toBeGreaterThan(200);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('refuses, and reports, an inline script injected into the page', async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  });
});
