// The diplomatic timeline on the story page: every dated event of the served dataset drawn, left to right in date
// order, undated ones listed apart; + zooms (the dates in view narrow); Next selects the next event and writes the
// URL; the selected event's evidence shows as text; the opening view holds the whole story; every numbered group opens
// onto its events (click, Enter, tap); labels are whole titles (one line or two), never overlap; no axe violation in
// either theme; no sideways scroll at 320 px; with a day chosen (on=), the trade marks not in force that day faded.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, FactDate } from '../../src/lib/dataset.ts';
import { axeViolations, launchChromium, openPage } from './browser.ts';

const CHART = '#timeline';
const SVG = `${CHART} [data-chart-svg]`;

async function servedDataset(page: Page): Promise<Dataset> {
  return page.evaluate(() => JSON.parse(document.getElementById('dataset')!.textContent!) as Dataset);
}

async function openTimeline(browser: Browser, options: Parameters<typeof openPage>[2] = {}, hash = '') {
  const watched = await openPage(browser, `/${hash}`, options);
  // The chapter mounts its chart when it comes near the viewport.
  await watched.page.locator(CHART).scrollIntoViewIfNeeded();
  await watched.page.locator(SVG).waitFor();
  // The chart mounts in stages (marks, then labels, then what lies below): wait for the last.
  await watched.page.locator(`${CHART} .timeline[data-drawn]`).waitFor();
  return watched;
}

/** End of a date in ms (the next day, month or year), read independently of the chart's code. */
function endOf(date: FactDate): number {
  const [year, month, day] = date.value.split('-').map(Number);
  if (day !== undefined) return Date.UTC(year!, month! - 1, day + 1);
  if (month !== undefined) return Date.UTC(year!, month, 1);
  return Date.UTC(year! + 1, 0, 1);
}

/** Start of a date in ms, read independently of the chart's code. */
function startOf(date: FactDate): number {
  const [year, month, day] = date.value.split('-').map(Number);
  return Date.UTC(year!, (month ?? 1) - 1, day ?? 1);
}

async function viewSpan(page: Page): Promise<number> {
  const [start, end] = await page
    .locator(SVG)
    .evaluate((svg) => [svg.getAttribute('data-view-start'), svg.getAttribute('data-view-end')]);
  return Date.parse(end!) - Date.parse(start!);
}

describe('the diplomatic timeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every dated event of the served dataset at its date, in date order, and lists the undated ones apart', async () => {
    const { page, errors } = await openTimeline(browser);
    const dataset = await servedDataset(page);
    const dated = dataset.events.filter((event) => event.date !== null);
    const undated = dataset.events.filter((event) => event.date === null);
    expect(dated.length).toBeGreaterThan(0);

    // The opening view holds the whole story, from the first dated event to the latest: the freeze (2017 visit,
    // 2018 detentions) as well as the thaw.
    const [viewStart, viewEnd] = await page
      .locator(SVG)
      .evaluate((svg) => [
        Date.parse(svg.getAttribute('data-view-start')!),
        Date.parse(svg.getAttribute('data-view-end')!),
      ]);
    expect(viewStart).toBeLessThanOrEqual(Math.min(...dated.map((event) => startOf(event.date!))));
    expect(viewEnd).toBeGreaterThanOrEqual(Math.max(...dated.map((event) => endOf(event.date!))));
    // Each dated event is its own mark or sits in a cluster: where it is drawn, on screen.
    const drawn = await page.locator(SVG).evaluate(
      (svg, ids) => {
        const found: Record<string, { left: number; right: number; cluster: boolean }> = {};
        for (const id of ids) {
          const own = svg.querySelector(`[data-id="${CSS.escape(id)}"] .mark`);
          const cluster = [...svg.querySelectorAll('[data-cluster]')].find((node) =>
            node.getAttribute('data-members')!.split(' ').includes(id),
          );
          const shape = own ?? cluster?.querySelector('.pill');
          if (shape) {
            const box = shape.getBoundingClientRect();
            found[id] = { left: box.left, right: box.right, cluster: !own };
          }
        }
        const frame = svg.getBoundingClientRect();
        return {
          found,
          frame: { left: frame.left, width: frame.width },
          view: [Date.parse(svg.getAttribute('data-view-start')!), Date.parse(svg.getAttribute('data-view-end')!)],
        };
      },
      dated.map((event) => event.id),
    );
    expect(Object.keys(drawn.found).sort()).toEqual(dated.map((event) => event.id).sort());
    // The time axis, read from the chart's view and size, not from its code.
    const xOf = (time: number) => drawn.frame.left + ((time - viewStart) / (viewEnd - viewStart)) * drawn.frame.width;
    for (const event of dated) {
      const mark = drawn.found[event.id]!;
      const start = xOf(startOf(event.date!));
      const end = xOf(endOf(event.date!));
      if (mark.cluster) {
        // A cluster's pill runs from its first member's date to its last one's (with round ends).
        expect(mark.left - 12, `${event.id} in its cluster`).toBeLessThanOrEqual(end);
        expect(mark.right + 12, `${event.id} in its cluster`).toBeGreaterThanOrEqual(start);
      } else {
        // Its own mark covers its date: a dot on its day, a bar across its month or year (a few px of rounding).
        expect(mark.left, `${event.id} starts at ${event.date!.value}`).toBeGreaterThanOrEqual(start - 3);
        expect(mark.right, `${event.id} ends at ${event.date!.value}`).toBeLessThanOrEqual(end + 3);
      }
    }
    // Marks of their own stand in date order.
    const own = [...dated]
      .filter((event) => !drawn.found[event.id]!.cluster)
      .sort((a, b) => startOf(a.date!) - startOf(b.date!));
    for (let index = 1; index < own.length; index++) {
      expect(drawn.found[own[index]!.id]!.left).toBeGreaterThanOrEqual(drawn.found[own[index - 1]!.id]!.left - 1);
    }
    const listed = await page
      .locator(`${CHART} [data-undated-id]`)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-undated-id')));
    expect(listed).toEqual(undated.map((event) => event.id));
    // Undated events are never drawn on the axis.
    for (const event of undated) await expect(page.locator(`${SVG} [data-id="${event.id}"]`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('zooms in with + and out with − when a mark has focus, and moves between marks with the arrow keys', async () => {
    const { page } = await openTimeline(browser);
    const tabStops = page.locator(`${SVG} [tabindex="0"]`);
    await expect(tabStops.count()).resolves.toBe(1);
    await tabStops.focus();
    const before = await viewSpan(page);
    await page.keyboard.press('+');
    const zoomedIn = await viewSpan(page);
    expect(zoomedIn).toBeLessThan(before * 0.9);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await viewSpan(page)).toBeGreaterThan(zoomedIn);
    // Reset brings back the opening view.
    await page.keyboard.press('0');
    expect(Math.abs((await viewSpan(page)) - before)).toBeLessThan(86_400_000);
    // Zooming regroups the marks; focus stays on a mark of the chart throughout.
    const focusedMark = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('data-id') ??
          document.activeElement?.getAttribute('data-cluster') ??
          null,
      );
    await expect.poll(focusedMark).toBeTruthy();
    await page.keyboard.press('Home');
    const first = await focusedMark();
    await page.keyboard.press('End');
    await expect.poll(focusedMark).not.toBe(first);
    expect(await focusedMark()).toBeTruthy();
    // The focused mark is on screen, not in the margin laid out for panning.
    const svgBox = (await page.locator(SVG).boundingBox())!;
    const focusedBox = (await page.locator(':focus').boundingBox())!;
    expect(focusedBox.x).toBeLessThan(svgBox.x + svgBox.width);
    expect(focusedBox.x + focusedBox.width).toBeGreaterThan(svgBox.x);
    await page.context().close();
  });

  it('zooms with the wheel and pans with a drag; a click on a mark still selects it', async () => {
    const { page } = await openTimeline(browser);
    const svg = page.locator(SVG);
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const viewStart = () => svg.evaluate((node) => Date.parse(node.getAttribute('data-view-start')!));
    const before = await viewSpan(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let notch = 0; notch < 3; notch++) await page.mouse.wheel(0, -120);
    await expect.poll(() => viewSpan(page)).toBeLessThan(before * 0.8);
    const zoomed = await viewSpan(page);
    // Drag right: earlier dates come into view, at the same zoom.
    const startBefore = await viewStart();
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(box.x + box.width / 2 + step * 15, box.y + box.height / 2);
    await page.mouse.up();
    await expect.poll(viewStart).toBeLessThan(startBefore);
    expect(Math.abs((await viewSpan(page)) - zoomed)).toBeLessThan(zoomed * 0.01);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // Once the view rests, a plain click on a mark selects it.
    await page.waitForTimeout(300);
    // A mark on screen, and a point on it that the pointer would hit.
    const target = await svg.evaluate((node) => {
      const frame = node.getBoundingClientRect();
      for (const mark of node.querySelectorAll('[data-id]')) {
        const box = mark.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x > frame.left && x < frame.right && document.elementFromPoint(x, y)?.closest('[data-id]') === mark)
          return { id: mark.getAttribute('data-id')!, x, y };
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(target!.id);
    await page.context().close();
  });

  it('names the first and last dates in view at the axis ends while a zoom is under way; the tick labels return at rest and stay through a pan', async () => {
    const { page, errors } = await openTimeline(browser);
    const svg = page.locator(SVG);
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const texts = (selector: string) => page.locator(`${SVG} .axis ${selector}`).allTextContents();
    expect((await texts('text.tick:not(.edge)')).length).toBeGreaterThanOrEqual(3);
    expect(await texts('text.edge')).toEqual([]);
    // The page's clock held, so the view cannot come to rest before the axis is read.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 10_000);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -120);
    await page.clock.runFor(50);
    const edges = await texts('text.edge');
    const [start, end] = await svg.evaluate((node) =>
      [node.getAttribute('data-view-start')!, node.getAttribute('data-view-end')!].map(Date.parse),
    );
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const named = (time: number) =>
      new RegExp(`^(\\d{1,2} )?(${months[new Date(time).getUTCMonth()]} )?${new Date(time).getUTCFullYear()}$`);
    expect(edges).toHaveLength(2);
    expect(edges[0]).toMatch(named(start!));
    expect(edges[1]).toMatch(named(end! - 1));
    expect(await texts('text.tick:not(.edge)')).toEqual([]);
    // At rest, the tick labels again.
    await page.clock.runFor(500);
    expect(await texts('text.edge')).toEqual([]);
    const atRest = await texts('text.tick:not(.edge)');
    expect(atRest.length).toBeGreaterThanOrEqual(3);
    // A drag pan keeps the zoom: the tick labels move with the view, no edge names.
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) {
      await page.mouse.move(box.x + box.width / 2 + step * 20, box.y + box.height / 2);
      await page.clock.runFor(20);
    }
    expect(await texts('text.edge')).toEqual([]);
    expect((await texts('text.tick:not(.edge)')).length).toBeGreaterThanOrEqual(3);
    await page.mouse.up();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('steps with Next and Previous: the selection and the URL move to the neighbouring event in date order', async () => {
    const { page } = await openTimeline(browser);
    const dataset = await servedDataset(page);
    const dated = [...dataset.events.filter((event) => event.date !== null)].sort(
      (a, b) => startOf(a.date!) - startOf(b.date!),
    );
    await page.getByRole('button', { name: 'Next event →' }).click();
    const firstHash = await page.evaluate(() => decodeURIComponent(location.hash));
    const firstId = firstHash.replace(/^#\w+=/, '');
    expect(firstHash).toMatch(/^#(event|meeting|measure)=/);
    // The first step lands on the earliest item: nothing dated starts before it.
    const firstEvent = dataset.events.find((event) => event.id === firstId);
    if (firstEvent) expect(startOf(firstEvent.date!)).toBe(startOf(dated[0]!.date!));
    await expect(page.locator(`${SVG} [data-id="${CSS_escape(firstId)}"]`).getAttribute('data-selected')).resolves.toBe(
      'true',
    );

    await page.getByRole('button', { name: 'Next event →' }).click();
    const secondId = (await page.evaluate(() => decodeURIComponent(location.hash))).replace(/^#\w+=/, '');
    expect(secondId).not.toBe(firstId);
    await expect(
      page.locator(`${SVG} [data-id="${CSS_escape(secondId)}"]`).getAttribute('data-selected'),
    ).resolves.toBe('true');
    // The details box shows the selected event's evidence as text.
    const second = dataset.events.find((event) => event.id === secondId);
    if (second?.evidence[0])
      await expect(page.locator(`${CHART} .details`).textContent()).resolves.toContain(
        second.evidence[0].quote.slice(0, 40),
      );

    await page.getByRole('button', { name: '← Previous event' }).click();
    await expect(page.evaluate(() => decodeURIComponent(location.hash))).resolves.toBe(firstHash);
    await page.context().close();
  });

  it('opens a deep link on the selected event, brought into view and marked selected', async () => {
    const probe = await openTimeline(browser);
    const dataset = await servedDataset(probe.page);
    await probe.page.context().close();
    const earliest = [...dataset.events.filter((event) => event.date !== null)].sort(
      (a, b) => startOf(a.date!) - startOf(b.date!),
    )[0]!;
    const { page } = await openTimeline(browser, {}, `#event=${encodeURIComponent(earliest.id)}`);
    const mark = page.locator(`${SVG} [data-id="${CSS_escape(earliest.id)}"]`);
    await expect(mark.getAttribute('data-selected')).resolves.toBe('true');
    const svgBox = (await page.locator(SVG).boundingBox())!;
    const markBox = (await mark.locator('.mark').boundingBox())!;
    expect(markBox.x + markBox.width).toBeGreaterThan(svgBox.x);
    expect(markBox.x).toBeLessThan(svgBox.x + svgBox.width);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} theme, before and with an event selected`, async () => {
      const { page } = await openTimeline(browser, { colorScheme });
      // The opening view (labels shortened to fit), then with a selection and the text alternative open.
      expect(await axeViolations(page, CHART)).toEqual([]);
      await page.getByRole('button', { name: 'Next event →' }).click();
      await page.locator(CHART).getByRole('button', { name: 'Show text and data table' }).click();
      expect(await axeViolations(page, CHART)).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [1440, 768, 375, 320]) {
    it(`labels marks with their whole titles, on one line or two, never cut, and no label over another, at ${width} px`, async () => {
      const { page } = await openTimeline(browser, { viewport: { width, height: 900 } });
      const dataset = await servedDataset(page);
      const titles = new Map<string, string>(
        [...dataset.events, ...dataset.meetings].map((fact) => [fact.id, fact.title.replace(/^Meeting:\s*/, '')]),
      );
      const labels = await page.locator(`${SVG} text[data-label-for]`).evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-label-for')!,
          lines: node.querySelectorAll('tspan').length
            ? [...node.querySelectorAll('tspan')].map((line) => line.textContent!)
            : [node.textContent!],
        })),
      );
      const itemLabels = labels.filter((label) => titles.has(label.id));
      expect(itemLabels.length).toBeGreaterThan(width >= 768 ? 8 : 1);
      for (const label of itemLabels) {
        // "Melanie Joly confirms four Canadians…" hid "given the death penalty": a label is the title, whole.
        expect(label.lines.join(' '), label.id).toBe(titles.get(label.id));
        expect(label.lines.length).toBeLessThanOrEqual(2);
      }
      const svgBox = (await page.locator(SVG).boundingBox())!;
      const boxes = await page
        .locator(`${SVG} [data-label-for]`)
        .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(svgBox.x - 1);
        expect(box.right).toBeLessThanOrEqual(svgBox.x + svgBox.width + 1);
      }
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [first, second] = [boxes[a]!, boxes[b]!];
          const overlap =
            first.left < second.right - 1 &&
            second.left < first.right - 1 &&
            first.top < second.bottom - 1 &&
            second.top < first.bottom - 1;
          expect(overlap, `labels ${a} and ${b} overlap`).toBe(false);
        }
      }
      await page.context().close();
    });
  }

  /** Ids of the items drawn in the view: marks of their own, and members of the groups. */
  async function idsInView(page: Page): Promise<string[]> {
    return page.locator(SVG).evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const shown = (node: Element) => {
        const box = node.getBoundingClientRect();
        return box.right >= frame.left && box.left <= frame.right;
      };
      return [
        ...[...svg.querySelectorAll('[data-id]')]
          .filter((node) => shown(node.querySelector('.mark') ?? node))
          .map((node) => node.getAttribute('data-id')!),
        ...[...svg.querySelectorAll('[data-cluster]')]
          .filter((node) => shown(node.querySelector('.pill') ?? node))
          .flatMap((node) => node.getAttribute('data-members')!.split(' ')),
      ];
    });
  }

  for (const { how, width, touch } of [
    { how: 'click', width: 1440, touch: false },
    { how: 'Enter', width: 1440, touch: false },
    { how: 'tap', width: 375, touch: true },
  ]) {
    it(`opens every numbered group of the opening view onto its events, by ${how} at ${width} px`, async () => {
      const { page } = await openTimeline(browser, {
        viewport: { width, height: 900 },
        hasTouch: touch,
        isMobile: touch,
      });
      const groups = await page.locator(`${SVG} [data-cluster]`).evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-cluster')!,
          members: node.getAttribute('data-members')!.split(' '),
        })),
      );
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        const pill = page.locator(`${SVG} [data-cluster="${CSS_escape(group.id)}"]`);
        if (how === 'Enter') {
          await pill.focus();
          await page.keyboard.press('Enter');
        } else if (how === 'tap') await pill.locator('.hit').tap({ force: true });
        else await pill.locator('.hit').click({ force: true });
        await expect.poll(() => page.locator(`${SVG} .empty-view`).count()).toBe(0);
        await expect
          .poll(() => idsInView(page), { message: `${group.id} opens onto its events` })
          .toEqual(expect.arrayContaining(group.members));
        await page.locator(CHART).getByRole('button', { name: 'Reset' }).click();
        await page.waitForTimeout(250);
      }
      await page.context().close();
    });
  }

  it('fades the trade marks not yet in force on the day chosen in the URL, says so in their names, and draws that day', async () => {
    const plain = await openTimeline(browser);
    const dataset = await servedDataset(plain.page);
    // With no day chosen, nothing is faded for it.
    expect(await plain.page.locator(`${SVG} [data-in-force]`).count()).toBe(0);
    await plain.page.context().close();
    const steps = (dataset.measureLives ?? [])
      .flatMap((life) => life.steps)
      .filter((step) => step.date && step.stage !== 'announced');
    expect(steps.length, 'the seeds have dated measure steps').toBeGreaterThan(0);
    // The day before the first dated step: no measure was in force yet.
    const first = Math.min(...steps.map((step) => startOf(step.date!)));
    const day = new Date(first - 86_400_000).toISOString().slice(0, 10);
    const { page, errors } = await openTimeline(browser, {}, `#on=${day}`);
    await expect.poll(() => page.locator(`${SVG} [data-in-force-rule]`).count()).toBe(1);
    // Every trade mark whose name gives it a direction stands for a dated step of some measure's life: faded.
    const trade = page.locator(`${SVG} .event.cat-trade`);
    const names = await trade.evaluateAll((marks) =>
      marks.map((mark) => [mark.getAttribute('aria-label') ?? '', mark.getAttribute('data-in-force')]),
    );
    const withDirection = names.filter(([name]) => /Escalation|De-escalation|Exemption/.test(name!));
    expect(withDirection.length).toBeGreaterThan(0);
    for (const [name, inForce] of withDirection) {
      expect(inForce, name!).toBe('false');
      expect(name).toMatch(/Not in force on the chosen day/);
    }
    // Marks of other lanes are never faded for the day.
    expect(await page.locator(`${SVG} .event:not(.cat-trade)[data-in-force]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const { page } = await openTimeline(browser, { viewport: { width: 320, height: 800 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const svgWidth = (await page.locator(SVG).boundingBox())!.width;
    expect(svgWidth).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

/** CSS.escape for ids in Node (fact ids are slugs; only quotes would need escaping). */
function CSS_escape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}
