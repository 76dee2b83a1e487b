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

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme`, async () => {
      const { page } = await openPage(browser, '/', { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
