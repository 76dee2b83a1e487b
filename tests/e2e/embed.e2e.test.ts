// The embeds as a newsroom would use them: all three charts twice, in a 300 px and a 700 px column, in
// sandbox="allow-scripts" iframes (opaque origin), resized by embed/resize.js.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchChromium, openPage } from './browser.ts';

const HOST_PAGE = readFileSync(new URL('../pages/embed-host.html', import.meta.url), 'utf8');
const CHARTS = ['flow', 'map', 'timeline'] as const;

interface HostPage {
  context: BrowserContext;
  page: Page;
  externalRequests: string[];
  errors: string[];
}

/**
 * Serves the host page beside the build (route-fulfilled, nothing written into dist). It shares the server's
 * origin because Chromium's local-network checks block a localhost page from framing 127.0.0.1; the embeds are
 * cross-origin to it all the same: sandbox="allow-scripts" gives them an opaque origin ("null").
 */
async function openHost(browser: Browser): Promise<HostPage> {
  const base = `${baseURL()}/`;
  const hostUrl = `${base}__host__/article.html`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') externalRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await context.route(hostUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: HOST_PAGE.replaceAll('__EMBED_BASE__', base) }),
  );
  await context.addInitScript(recordCspViolations);
  await page.goto(hostUrl, { waitUntil: 'networkidle' });
  return { context, page, externalRequests, errors };
}

/** Runs in every page and frame before its scripts: keeps each Content-Security-Policy violation it reports. */
function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
  );
}

const cspViolations = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no listener']);

interface FrameFit {
  chart: string;
  column: string;
  iframeHeight: number;
  contentHeight: number;
  scrollOverflow: number;
  horizontalOverflow: number;
}

async function frameOf(page: Page, column: string, chart: string): Promise<Frame> {
  const handle = await page.locator(`#${column} iframe[data-chart="${chart}"]`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${column}/${chart}`);
  return frame;
}

/** Each iframe's height against the height of its content (the embed's <main>), measured inside the frame. */
async function fits(page: Page): Promise<FrameFit[]> {
  const results: FrameFit[] = [];
  for (const column of ['narrow', 'wide']) {
    for (const chart of CHARTS) {
      const iframe = page.locator(`#${column} iframe[data-chart="${chart}"]`);
      const iframeHeight = await iframe.evaluate((node) => node.getBoundingClientRect().height);
      const frame = await frameOf(page, column, chart);
      const inside = await frame.evaluate(() => {
        const main = document.querySelector('main.embed');
        const root = document.documentElement;
        return {
          contentHeight: main ? main.getBoundingClientRect().height : -1,
          scrollOverflow: root.scrollHeight - root.clientHeight,
          horizontalOverflow: root.scrollWidth - root.clientWidth,
        };
      });
      results.push({ chart, column, iframeHeight, ...inside });
    }
  }
  return results;
}

/**
 * Waits until every iframe's height has stopped changing (resize messages settled). Chromium throttles the
 * rendering of off-screen cross-origin frames (no ResizeObserver callbacks until they are near the viewport),
 * so each frame is scrolled into view first, as a reader's scrolling would.
 */
async function settle(page: Page): Promise<void> {
  for (const iframe of await page.locator('iframe').all()) {
    await iframe.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
  }
  let previous = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(250);
    const heights = await page
      .locator('iframe')
      .evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().height)).join(','));
    if (heights === previous) return;
    previous = heights;
  }
}

describe('embeds on a host page', () => {
  let browser: Browser;
  let host: HostPage;
  beforeAll(async () => {
    browser = await launchChromium();
    host = await openHost(browser);
    await settle(host.page);
  });
  afterAll(async () => {
    await host?.context.close();
    await browser?.close();
  });

  it('draws each chart in its iframe', async () => {
    for (const column of ['narrow', 'wide']) {
      for (const chart of CHARTS) {
        const frame = await frameOf(host.page, column, chart);
        await expect(frame.locator('svg[data-chart-svg]').first().isVisible(), `${column}/${chart}`).resolves.toBe(
          true,
        );
      }
    }
  });

  it('sizes every iframe to its content’s height (±4 px) after load', async () => {
    const measured = await fits(host.page);
    for (const fit of measured) {
      expect(fit.contentHeight, `${fit.column}/${fit.chart}`).toBeGreaterThan(150);
      expect(
        Math.abs(fit.iframeHeight - fit.contentHeight),
        `${fit.column}/${fit.chart}: ${JSON.stringify(fit)}`,
      ).toBeLessThanOrEqual(4);
      expect(fit.scrollOverflow, `${fit.column}/${fit.chart} scrolls inside`).toBeLessThanOrEqual(4);
    }
  });

  it('has no horizontal scroll inside the 300 px column', async () => {
    for (const fit of (await fits(host.page)).filter((item) => item.column === 'narrow')) {
      expect(fit.horizontalOverflow, fit.chart).toBeLessThanOrEqual(0);
    }
  });

  it('gives the two embeds of one chart their own heights (several embeds on one page)', async () => {
    const measured = await fits(host.page);
    const differing = CHARTS.filter((chart) => {
      const [narrow, wide] = ['narrow', 'wide'].map(
        (column) => measured.find((fit) => fit.chart === chart && fit.column === column)!.iframeHeight,
      );
      return Math.abs(narrow! - wide!) > 4;
    });
    expect(differing.length).toBeGreaterThan(0);
  });

  it('follows its content again after the columns are resized', async () => {
    const before = await fits(host.page);
    await host.page.evaluate(() => {
      document.getElementById('narrow')!.style.width = '620px';
      document.getElementById('wide')!.style.width = '320px';
    });
    await settle(host.page);
    const after = await fits(host.page);
    for (const fit of after) {
      expect(
        Math.abs(fit.iframeHeight - fit.contentHeight),
        `${fit.column}/${fit.chart}: ${JSON.stringify(fit)}`,
      ).toBeLessThanOrEqual(4);
    }
    const changed = after.filter((fit, index) => Math.abs(fit.iframeHeight - before[index]!.iframeHeight) > 4);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('runs the embeds with an opaque origin: their messages come from "null", and they reach no storage', async () => {
    for (const chart of CHARTS) {
      const frame = await frameOf(host.page, 'narrow', chart);
      const inside = await frame.evaluate(() => {
        let storage: string;
        try {
          storage = `localStorage has ${localStorage.length} items`;
        } catch {
          storage = 'blocked';
        }
        return { origin: self.origin, storage };
      });
      expect(inside).toEqual({ origin: 'null', storage: 'blocked' });
    }
  });

  it('makes no request to another host, sets no cookie and logs no error', async () => {
    expect(host.externalRequests).toEqual([]);
    expect(await host.context.cookies()).toEqual([]);
    expect(host.errors).toEqual([]);
  });

  it('opens the full site from the credit link in a new tab, outside the sandbox, where it works', async () => {
    const frame = await frameOf(host.page, 'wide', 'flow');
    const link = frame.getByRole('link', { name: /Tariff Tracer/ });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    const [site] = await Promise.all([host.context.waitForEvent('page'), link.click()]);
    const siteErrors: string[] = [];
    site.on('pageerror', (error) => siteErrors.push(String(error)));
    site.on('console', (message) => {
      if (message.type() === 'error') siteErrors.push(message.text());
    });
    await site.waitForLoadState('load');
    expect(site.url()).toBe(`${baseURL()}/index.html`);
    // The site's own module ran: the app replaced the prerendered first screen and draws a chart.
    await site.locator('svg[data-chart-svg]').first().waitFor({ timeout: 20_000 });
    expect(await site.evaluate(() => self.origin)).toBe(new URL(baseURL()).origin);
    expect(siteErrors).toEqual([]);
    // The host page stayed where it was.
    expect(host.page.url()).toContain('/__host__/article.html');
    await site.close();
  });

  it('draws every embed in its frame under its Content-Security-Policy with no violation', async () => {
    for (const column of ['narrow', 'wide']) {
      for (const chart of CHARTS) {
        const frame = await frameOf(host.page, column, chart);
        expect(await cspViolations(frame), `${column}/${chart}`).toEqual([]);
      }
    }
  });

  it('applies the URL options: dark theme, hidden title, step', async () => {
    const map = await frameOf(host.page, 'narrow', 'map');
    expect(await map.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const timeline = await frameOf(host.page, 'narrow', 'timeline');
    const title = await timeline.evaluate(() => {
      const heading = document.querySelector('h1');
      return heading
        ? { text: heading.textContent?.trim(), hidden: Boolean(heading.closest('.visually-hidden')) }
        : null;
    });
    expect(title?.text).toBeTruthy();
    expect(title?.hidden).toBe(true);
  });
});

describe('resize.js on a page that also frames another host', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A frame from another origin, at a path like ours, asking the host for 4,321 px (issue 16 item 8). */
  const LOOKALIKE = `<!doctype html><html lang="en"><title>x</title><body><script>
    const send = () => parent.postMessage({ type: 'tariff-tracer:resize', id: 'flow', height: 4321 }, '*');
    send(); setInterval(send, 100);
  </script></body></html>`;

  async function openAttackPage(dataOrigins: string | null): Promise<{ context: BrowserContext; page: Page }> {
    const base = `${baseURL()}/`;
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.route('http://evil.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: LOOKALIKE }),
    );
    const originsAttribute = dataOrigins === null ? '' : ` data-origins="${dataOrigins}"`;
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
      <iframe id="genuine" src="${base}embed/flow.html" title="Flow" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width:600px;border:0" height="150"></iframe>
      <iframe id="lookalike" src="http://evil.example/embed/flow.html" title="Ad" sandbox="allow-scripts" style="width:600px;border:0" height="150"></iframe>
      <iframe id="lookalike-open" src="http://evil.example/embed/map.html" title="Ad 2" style="width:600px;border:0" height="150"></iframe>
      <script src="${base}embed/resize.js"${originsAttribute} defer></script></body></html>`;
    await context.route(`${base}__host__/attack.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
    const page = await context.newPage();
    await page.goto(`${base}__host__/attack.html`, { waitUntil: 'load' });
    return { context, page };
  }

  const heightOf = (page: Page, id: string) =>
    page.locator(`#${id}`).evaluate((node) => Math.round(node.getBoundingClientRect().height));

  it('resizes the genuine embed and leaves frames from another origin alone, even with an /embed/… path', async () => {
    const { context, page } = await openAttackPage(null);
    await expect.poll(() => heightOf(page, 'genuine'), { timeout: 20_000 }).toBeGreaterThan(300);
    // The lookalikes have posted for as long as the genuine embed took to load and draw.
    expect(await heightOf(page, 'lookalike')).toBe(150);
    expect(await heightOf(page, 'lookalike-open')).toBe(150);
    await context.close();
  });

  it('resizes frames from an origin the host lists in data-origins', async () => {
    const { context, page } = await openAttackPage('http://evil.example');
    await expect.poll(() => heightOf(page, 'lookalike'), { timeout: 10_000 }).toBe(4321);
    await context.close();
  });
});

describe('each embed page on its own', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const chart of CHARTS) {
    it(`embed/${chart}.html: one h1, no site header or footer, noindex, canonical link, nothing stored`, async () => {
      const { page, errors, externalRequests } = await openPage(browser, `/embed/${chart}.html`, {
        viewport: { width: 300, height: 800 },
      });
      const facts = await page.evaluate(async () => ({
        h1: document.querySelectorAll('h1').length,
        siteChrome: document.querySelectorAll('.site-header, .site-footer, [data-present-button]').length,
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        charts: document.querySelectorAll('svg[data-chart-svg]').length,
        cookie: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
      }));
      expect(facts).toEqual({
        h1: 1,
        siteChrome: 0,
        robots: 'noindex',
        canonical: '../index.html',
        charts: 1,
        cookie: '',
        localStorage: 0,
        sessionStorage: 0,
        databases: 0,
      });
      expect(await page.context().cookies()).toEqual([]);
      expect(errors).toEqual([]);
      expect(externalRequests).toEqual([]);
      await page.context().close();
    });

    it(`embed/${chart}.html has a strict Content-Security-Policy that loads nothing, and reports no violation`, async () => {
      const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
      await context.addInitScript(recordCspViolations);
      const page = await context.newPage();
      await page.goto(`${baseURL()}/embed/${chart}.html`, { waitUntil: 'networkidle' });
      await page.locator('svg[data-chart-svg] [data-id]').first().waitFor({ state: 'attached' });
      const policy = await page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
      expect(policy).toContain("default-src 'none'");
      expect(policy).toMatch(/script-src 'sha256-[^']+';/);
      expect(policy).not.toMatch(/'self'|unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`embed/${chart}.html has no axe violation in the ${colorScheme} theme`, async () => {
        const { page } = await openPage(browser, `/embed/${chart}.html?theme=${colorScheme}`, {
          viewport: { width: 700, height: 900 },
        });
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('the Embed button on the main page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a dialog by keyboard with the code, copies it, and closes with Esc back on the button', async () => {
    const { page, errors } = await openPage(browser, '/', { viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    const button = page.locator('section#flow .embed-button');
    await button.scrollIntoViewIfNeeded();
    await page.locator('section#flow svg[data-chart-svg]').first().waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const title = (await page.locator('section#flow .chart-title').first().textContent())?.trim() ?? '';
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(`Embed “${title}”`);
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toContain(
      `<iframe src="${baseURL()}/embed/flow.html" title="${title}" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"`,
    );
    expect(code).toContain(`<script src="${baseURL()}/embed/resize.js" defer></script>`);
    await dialog.getByLabel('Dark').check();
    await expect(dialog.getByLabel('Embed code').inputValue()).resolves.toContain('embed/flow.html?theme=dark"');
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    // The clipboard write is asynchronous: the status says so once it has happened.
    // (The dialog has two status lines: the offered height's, and the copy's.)
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).count(), {
        timeout: 5_000,
      })
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed/flow.html?theme=dark');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(button.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves the resize script the code points at', async () => {
    const context = await browser.newContext();
    const response = await context.request.get(`${baseURL()}/embed/resize.js`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    const text = await response.text();
    expect(text).toContain('tariff-tracer:resize');
    expect(text.length).toBeLessThan(4000);
    await context.close();
  });
});
