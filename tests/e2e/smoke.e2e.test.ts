import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage } from './browser.ts';

describe('the story page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no request to another host', async () => {
    const { page, errors, externalRequests } = await openPage(browser, '/');
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('has the landmarks (header, main, footer) and headings in order, starting with one h1', async () => {
    const { page } = await openPage(browser, '/');
    await page.locator('main h2').first().waitFor();
    const landmarks = await page.evaluate(() => ({
      header: document.querySelectorAll('body > * header, body > header, #app > header').length,
      main: document.querySelectorAll('main').length,
      footer: document.querySelectorAll('#app > footer, body > footer').length,
    }));
    expect(landmarks.header).toBeGreaterThan(0);
    expect(landmarks.main).toBe(1);
    expect(landmarks.footer).toBeGreaterThan(0);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => !(node as HTMLElement).closest('[hidden], dialog:not([open])'))
          .map((node) => Number(node.tagName[1])),
      );
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels
      .map((level, index) =>
        index > 0 && level > (levels[index - 1] ?? 1) + 1 ? `h${levels[index - 1]} → h${level}` : null,
      )
      .filter(Boolean);
    expect(skips).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme`, async () => {
      const { page } = await openPage(browser, '/', { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
