// The summit map in the built site: every stop drawn, keyboard stepping with details, the basemap served locally, axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { axeViolations, launchChromium, openPage } from './browser.ts';

// The story page draws the map in its "trip" chapter when the chapter nears the screen.
const MAP = '#trip .summit-map';

async function openMap(browser: Browser, options: Parameters<typeof openPage>[2] = {}) {
  const watched = await openPage(browser, '/', options);
  await watched.page.locator('#trip').scrollIntoViewIfNeeded();
  await watched.page.locator(`${MAP} svg[data-chart-svg]`).waitFor();
  return watched;
}

async function servedDataset(page: Page): Promise<Dataset> {
  return JSON.parse((await page.locator('script#dataset').textContent()) ?? 'null') as Dataset;
}

/** The stops the map can draw: those whose place is in the dataset with coordinates, in trip order. */
function drawableStops(dataset: Dataset) {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  return [...dataset.trip.stops]
    .sort((a, b) => a.order - b.order)
    .flatMap((stop) => {
      const place = places.get(stop.place);
      return place && Number.isFinite(place.lat) && Number.isFinite(place.lon) ? [{ stop, place }] : [];
    });
}

describe('the summit map', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every stop of the served dataset, numbered in order and labelled with its city, from local files only', async () => {
    const { page, errors, externalRequests } = await openMap(browser);
    const map = page.locator(MAP);
    const stops = drawableStops(await servedDataset(page));
    expect(stops.length).toBeGreaterThan(1);
    await expect.poll(() => map.locator('svg[data-chart-svg] [data-stop-number]').count()).toBe(stops.length);
    const numbers = await map.locator('[data-stop-number]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-stop-number')));
    expect(numbers).toEqual(stops.map((_, index) => String(index + 1)));
    const labels = await map.locator('[data-label-for]').allTextContents();
    for (const { place } of stops) expect(labels.some((text) => text.includes(place.name)), place.name).toBe(true);
    // The route: one drawn leg between each pair of stops in the overview.
    await expect.poll(() => map.locator('[data-leg][data-drawn="true"]').count()).toBe(stops.length - 1);
    // Country shapes arrive from the same origin after first paint.
    await expect.poll(() => map.locator('.countries path').count()).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('steps through the stops with the arrow keys, showing each stop and its meetings', async () => {
    const { page } = await openMap(browser, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    const dataset = await servedDataset(page);
    const stops = drawableStops(dataset);
    const status = map.locator('[data-step-status]');
    await expect.poll(() => status.textContent()).toMatch(/Whole trip/);

    const tabStop = map.locator('[data-stop-number][tabindex="0"]');
    await expect.poll(() => tabStop.count()).toBe(1);
    await tabStop.focus();
    for (const [index, { stop, place }] of stops.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => status.textContent()).toBe(`Stop ${index + 1} of ${stops.length}: ${place.name}`);
      const details = map.locator('[data-stop-details]');
      expect(await details.getAttribute('data-stop-details')).toBe(stop.id);
      const shown = await details.textContent();
      for (const meetingId of stop.meetings) {
        const meeting = dataset.meetings.find((item) => item.id === meetingId);
        if (!meeting) continue;
        expect(shown).toContain(meeting.title);
        expect(shown).toContain(meeting.evidence[0]!.quote);
      }
      // Focus follows the current stop, which carries aria-current.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(stop.id);
      expect(await map.locator(`[data-id="${stop.id}"][data-stop-number]`).getAttribute('aria-current')).toBe('step');
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => status.textContent()).toContain(`Stop ${stops.length - 1} of`);
    await page.context().close();
  });

  it('selects a stop with Enter, marking it selected', async () => {
    const { page } = await openMap(browser, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    const first = map.locator('[data-stop-number][tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => map.locator('[data-stop-number][data-selected="true"]').count()).toBe(1);
    await page.context().close();
  });

  it('fits a 375 px phone with no horizontal scroll', async () => {
    const { page } = await openMap(browser, { viewport: { width: 375, height: 800 } });
    await page.locator(`${MAP} svg[data-chart-svg]`).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator(`${MAP} svg[data-chart-svg]`).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme, with the text alternative open`, async () => {
      const { page } = await openMap(browser, { colorScheme, reducedMotion: 'reduce' });
      const map = page.locator(MAP);
      await expect.poll(() => map.locator('.countries path').count()).toBeGreaterThan(50);
      await map.getByRole('button', { name: 'Next stop →' }).click();
      await map.getByRole('button', { name: /Show text and data table/ }).click();
      expect(await axeViolations(page, MAP)).toEqual([]);
      await page.context().close();
    });
  }

  it('is drawn alone on its embed page too, with the basemap and every stop', async () => {
    const { page, errors, externalRequests } = await openPage(browser, '/embed/map.html');
    const stops = drawableStops(await servedDataset(page));
    await expect.poll(() => page.locator('.summit-map [data-stop-number]').count()).toBe(stops.length);
    await expect.poll(() => page.locator('.summit-map .countries path').count()).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('steps to the stop of a meeting selected in the URL and highlights the meeting', async () => {
    const probe = await openMap(browser);
    const dataset = await servedDataset(probe.page);
    await probe.page.context().close();
    const stops = drawableStops(dataset);
    const target = stops.map((item, index) => ({ ...item, index })).find((item) => item.stop.meetings.length && item.index > 0);
    expect(target, 'a stop after the first with a meeting').toBeDefined();
    const meetingId = target!.stop.meetings[0]!;
    const { page } = await openPage(browser, `/#meeting=${encodeURIComponent(meetingId)}`, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    await map.locator('svg[data-chart-svg]').waitFor();
    await expect.poll(() => map.locator('[data-step-status]').textContent()).toBe(`Stop ${target!.index + 1} of ${stops.length}: ${target!.place.name}`);
    expect(await map.locator(`[data-stop-details] [data-id="${meetingId}"]`).getAttribute('data-selected')).toBe('true');
    await page.context().close();
  });

  it('shows the other places mentioned as a separate layer that can be switched off', async () => {
    const { page } = await openMap(browser, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    const toggle = map.getByRole('checkbox', { name: /Show other places mentioned/ });
    await expect.poll(() => map.locator('.context-places circle').count()).toBeGreaterThan(0);
    await toggle.uncheck();
    await expect.poll(() => map.locator('.context-places circle').count()).toBe(0);
    // The trip itself stays.
    expect(await map.locator('[data-stop-number]').count()).toBeGreaterThan(1);
    await page.context().close();
  });
});
