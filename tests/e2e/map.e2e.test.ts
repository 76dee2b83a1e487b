// The summit map in the built site: every stop drawn, north up and east right at every width and step, labels clear
// of each other and of the route, a scale bar and a locator, keyboard stepping that keeps focus and writes the URL,
// the basemap served locally, axe.
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

/** Marker centres of the stops drawn inside the frame (not the far stop pinned to the edge), by stop id. */
async function markerCentres(page: Page, scope: string): Promise<Map<string, { x: number; y: number }>> {
  const entries = await page
    .locator(`${scope} [data-stop-number][data-visible="true"]:not([data-off-map])`)
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '');
        return [node.getAttribute('data-id') ?? '', { x: Number(match?.[1]), y: Number(match?.[2]) }] as const;
      }),
    );
  return new Map(entries);
}

/** North up, east right: of two drawn stops, the one further north (east) by over half a degree is higher (further right). */
async function expectNorthUpEastRight(page: Page, scope: string, dataset: Dataset, where: string) {
  const centres = await markerCentres(page, scope);
  const places = new Map(drawableStops(dataset).map(({ stop, place }) => [stop.id, place]));
  const drawn = [...centres.keys()].filter((id) => places.has(id));
  let compared = 0;
  for (const a of drawn) {
    for (const b of drawn) {
      const pa = places.get(a)!;
      const pb = places.get(b)!;
      if (pa.lat > pb.lat + 0.5) {
        expect(centres.get(a)!.y, `${where}: ${pa.name} is north of ${pb.name}`).toBeLessThan(centres.get(b)!.y);
        compared += 1;
      }
      if (pa.lon > pb.lon + 0.5 && pa.lon - pb.lon < 180) {
        expect(centres.get(a)!.x, `${where}: ${pa.name} is east of ${pb.name}`).toBeGreaterThan(centres.get(b)!.x);
        compared += 1;
      }
    }
  }
  return compared;
}

/** Bounding boxes (page pixels) of the map's labels, and points sampled every 2 px along the drawn route legs. */
async function labelsAndRoute(page: Page, scope: string) {
  return page.locator(`${scope} svg[data-chart-svg]`).evaluate((svg) => {
    const labels = [...svg.querySelectorAll<SVGTextElement>('[data-label-for]')].map((text) => {
      const box = text.getBoundingClientRect();
      return { id: text.getAttribute('data-label-for'), x: box.x, y: box.y, width: box.width, height: box.height };
    });
    const frame = svg.getBoundingClientRect();
    const matrix = (svg as SVGSVGElement).getScreenCTM();
    const route: { x: number; y: number }[] = [];
    for (const path of svg.querySelectorAll<SVGPathElement>('.route .leg[data-drawn="true"], .route .leg-track')) {
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const point = path.getPointAtLength(at);
        const x = matrix ? matrix.a * point.x + matrix.e : point.x + frame.x;
        const y = matrix ? matrix.d * point.y + matrix.f : point.y + frame.y;
        if (x >= frame.x && x <= frame.right && y >= frame.y && y <= frame.bottom) route.push({ x, y });
      }
    }
    return { labels, route };
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
    const numbers = await map
      .locator('[data-stop-number]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-stop-number')));
    expect(numbers).toEqual(stops.map((_, index) => String(index + 1)));
    const labels = await map.locator('[data-label-for]').allTextContents();
    for (const { place } of stops)
      expect(
        labels.some((text) => text.includes(place.name)),
        place.name,
      ).toBe(true);
    // The route: one drawn leg between each pair of stops in the overview.
    await expect.poll(() => map.locator('[data-leg][data-drawn="true"]').count()).toBe(stops.length - 1);
    // Country shapes arrive from the same origin after first paint.
    await expect.poll(() => map.locator('.countries path').count()).toBeGreaterThan(15);
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

  for (const width of [320, 375, 768, 1440, 1920]) {
    it(`keeps north up and east right, labels clear of each other and of the route, at ${width} px and every step`, async () => {
      const { page } = await openMap(browser, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const map = page.locator(MAP);
      const dataset = await servedDataset(page);
      const stops = drawableStops(dataset);
      let compared = 0;
      for (let step = -1; step < stops.length; step++) {
        if (step >= 0) await map.getByRole('button', { name: 'Next stop →' }).click();
        const where = step < 0 ? 'overview' : `step ${step + 1}`;
        await expect
          .poll(() => map.locator('[data-step-status]').textContent())
          .toMatch(step < 0 ? /Whole trip/ : new RegExp(`^Stop ${step + 1} of`));
        compared += await expectNorthUpEastRight(page, MAP, dataset, `${width} px, ${where}`);
        const { labels, route } = await labelsAndRoute(page, MAP);
        expect(labels.length, where).toBeGreaterThan(0);
        for (const [index, a] of labels.entries()) {
          for (const b of labels.slice(index + 1)) {
            const apart =
              a.x + a.width <= b.x + 1 ||
              b.x + b.width <= a.x + 1 ||
              a.y + a.height <= b.y + 1 ||
              b.y + b.height <= a.y + 1;
            expect(apart, `${width} px, ${where}: labels ${a.id} and ${b.id} overlap`).toBe(true);
          }
          const crossing = route.find(
            (point) =>
              point.x > a.x + 1 && point.x < a.x + a.width - 1 && point.y > a.y + 1 && point.y < a.y + a.height - 1,
          );
          expect(crossing, `${width} px, ${where}: the route crosses the label of ${a.id}`).toBeUndefined();
        }
        // The north arrow points straight up (the projection never rolls).
        expect(Math.abs(Number(await map.locator('[data-north]').getAttribute('data-north')))).toBeLessThanOrEqual(5);
      }
      expect(compared, 'pairs of stops compared').toBeGreaterThan(0);
      await page.context().close();
    });
  }

  it('has a scale bar, and a locator globe with the far stop pinned to the frame edge', async () => {
    const { page } = await openMap(browser, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    const scale = map.locator('[data-scale-km]');
    await expect.poll(() => scale.count()).toBe(1);
    expect(await scale.textContent()).toMatch(/^[\d,]+ km$/);
    const overviewKm = Number(await scale.getAttribute('data-scale-km'));
    // Zoomed to a leg between two near stops, the bar stands for fewer kilometres.
    const dataset = await servedDataset(page);
    const stops = drawableStops(dataset);
    const farIds = await map
      .locator('[data-stop-number][data-off-map]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    if (farIds.length) {
      expect(await map.locator('[data-locator]').count()).toBe(1);
      const svgBox = (await map.locator('svg[data-chart-svg]').boundingBox())!;
      const edge = (await map.locator(`[data-stop-number][data-id="${farIds[0]}"] .marker`).boundingBox())!;
      const gap = Math.min(
        edge.x - svgBox.x,
        edge.y - svgBox.y,
        svgBox.x + svgBox.width - edge.x - edge.width,
        svgBox.y + svgBox.height - edge.y - edge.height,
      );
      expect(gap).toBeLessThan(20);
      expect(await map.locator(`[data-label-for="${farIds[0]}"]`).textContent()).toMatch(/km away/);
    }
    const nearLeg = stops.findIndex(
      (_, index) => index > 0 && !farIds.includes(stops[index]!.stop.id) && !farIds.includes(stops[index - 1]!.stop.id),
    );
    if (nearLeg > 0) {
      for (let index = 0; index <= nearLeg; index++) await map.getByRole('button', { name: 'Next stop →' }).click();
      await expect.poll(async () => Number(await scale.getAttribute('data-scale-km'))).toBeLessThan(overviewKm);
    }
    await page.context().close();
  });

  it('keeps focus on the current stop through arrow steps while the map zooms, and writes each step to the URL', async () => {
    const { page } = await openMap(browser);
    const map = page.locator(MAP);
    const stops = drawableStops(await servedDataset(page));
    await map.locator('[data-stop-number][tabindex="0"]').focus();
    for (const { stop } of stops) {
      await page.keyboard.press('ArrowRight');
      // Mid-zoom and after it, the focused element is the current stop, so the next arrow keeps working.
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(stop.id);
      await expect.poll(() => new URL(page.url()).hash).toBe(`#stop=${encodeURIComponent(stop.id)}`);
    }
    await page.keyboard.press('ArrowLeft');
    const previous = stops[stops.length - 2]!.stop.id;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(previous);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#stop=${encodeURIComponent(previous)}`);
    await page.context().close();
  });

  it('names the stop shown in the URL after a click and "Previous stop"', async () => {
    const { page } = await openMap(browser, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    const stops = drawableStops(await servedDataset(page));
    const last = stops[stops.length - 1]!;
    const before = stops[stops.length - 2]!;
    await map.locator(`[data-stop-number][data-id="${last.stop.id}"]`).click({ force: true });
    await expect.poll(() => new URL(page.url()).hash).toBe(`#stop=${encodeURIComponent(last.stop.id)}`);
    await map.getByRole('button', { name: '← Previous stop' }).click();
    await expect.poll(() => map.locator('[data-stop-details]').getAttribute('data-stop-details')).toBe(before.stop.id);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#stop=${encodeURIComponent(before.stop.id)}`);
    await map.getByRole('button', { name: 'Whole trip' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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
      await expect.poll(() => map.locator('.countries path').count()).toBeGreaterThan(15);
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
    await expect.poll(() => page.locator('.summit-map .countries path').count()).toBeGreaterThan(15);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it('steps to the stop of a meeting selected in the URL and highlights the meeting', async () => {
    const probe = await openMap(browser);
    const dataset = await servedDataset(probe.page);
    await probe.page.context().close();
    const stops = drawableStops(dataset);
    const target = stops
      .map((item, index) => ({ ...item, index }))
      .find((item) => item.stop.meetings.length && item.index > 0);
    expect(target, 'a stop after the first with a meeting').toBeDefined();
    const meetingId = target!.stop.meetings[0]!;
    const { page } = await openPage(browser, `/#meeting=${encodeURIComponent(meetingId)}`, { reducedMotion: 'reduce' });
    const map = page.locator(MAP);
    await map.locator('svg[data-chart-svg]').waitFor();
    await expect
      .poll(() => map.locator('[data-step-status]').textContent())
      .toBe(`Stop ${target!.index + 1} of ${stops.length}: ${target!.place.name}`);
    expect(await map.locator(`[data-stop-details] [data-id="${meetingId}"]`).getAttribute('data-selected')).toBe(
      'true',
    );
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
