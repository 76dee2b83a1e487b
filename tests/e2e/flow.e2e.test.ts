// The flow chart on the story page: every measure drawn, keyboard moves and selects, the table matches, filters
// reach the URL, no axe violation in either theme, no sideways scroll on a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { sharedRuns } from '../../src/charts/flow/collisions.ts';
import { displayTimes } from '../../src/charts/flow/answers.ts';
import type { FlowLink, FlowNode } from '../../src/charts/flow/layout-types.ts';
import { buildStory } from '../../src/present/story.ts';
import { axeViolations, launchChromium, openPage } from './browser.ts';

const CHART = '#flow';
const MARKS = `${CHART} [data-chart-svg] [data-id]`;

async function servedDataset(page: Page): Promise<Dataset> {
  return page.evaluate(() => JSON.parse(document.getElementById('dataset')!.textContent!) as Dataset);
}

async function openChart(browser: Browser, options: Parameters<typeof openPage>[2] = {}) {
  const watched = await openPage(browser, '/', options);
  // The page draws a chapter's chart as it comes near the screen.
  await watched.page.locator(CHART).scrollIntoViewIfNeeded();
  await watched.page.locator(`${CHART} [data-chart-svg]`).waitFor();
  return watched;
}

describe('the tariff flow chart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws one mark per measure of the served dataset, with no console error', async () => {
    const { page, errors } = await openChart(browser);
    const dataset = await servedDataset(page);
    expect(dataset.measures.length).toBeGreaterThan(0);
    const ids = await page.locator(MARKS).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(dataset.measures.map((measure) => measure.id).sort());
    // The US–Canada front: every rate the articles give for it is labelled on the chart.
    const text = await page.locator(`${CHART} [data-chart-svg]`).textContent();
    for (const measure of dataset.measures.filter(
      (m) => m.imposer === 'US' && m.target === 'CA' && m.ratePct !== null,
    )) {
      expect(text).toContain(`${measure.ratePct}%`);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves along the chain with the arrow keys, selects with Enter (URL #measure=…), clears with Escape', async () => {
    const { page } = await openChart(browser);
    const tabStops = page.locator(`${MARKS}[tabindex="0"]`);
    await expect(tabStops.count()).resolves.toBe(1);
    const first = await tabStops.getAttribute('data-id');
    await tabStops.focus();
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    // Roving tabindex: the focused mark is now the only tab stop.
    await expect(page.locator(`${MARKS}[tabindex="0"]`).getAttribute('data-id')).resolves.toBe(second);
    await page.keyboard.press('Home');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe(first);
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(last).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#measure=${encodeURIComponent(last!)}`);
    await expect(page.locator(`${MARKS}[data-selected="true"]`).getAttribute('data-id')).resolves.toBe(last);
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await page.context().close();
  });

  it('shows the focused measure’s details with its evidence quote and article', async () => {
    const { page } = await openChart(browser);
    const dataset = await servedDataset(page);
    const mark = page.locator(`${MARKS}[tabindex="0"]`);
    const id = await mark.getAttribute('data-id');
    await mark.focus();
    const measure = dataset.measures.find((candidate) => candidate.id === id)!;
    const details = page.locator(`${CHART} .tooltip`);
    await expect(details.textContent()).resolves.toContain(measure.evidence[0]!.quote);
    await page.context().close();
  });

  it('highlights the measures an event is about when the event is selected elsewhere', async () => {
    const probe = await openChart(browser);
    const dataset = await servedDataset(probe.page);
    await probe.page.context().close();
    const measureIds = new Set(dataset.measures.map((measure) => measure.id));
    const event = dataset.events.find((candidate) => candidate.relatedIds.some((id) => measureIds.has(id)));
    expect(event, 'the seeds date at least one trade measure as a timeline event').toBeTruthy();
    const { page } = await openPage(browser, `/#event=${encodeURIComponent(event!.id)}`);
    await page.locator(`${CHART} [data-chart-svg]`).waitFor();
    const related = await page
      .locator(`${MARKS}[data-related="true"]`)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    for (const id of event!.relatedIds.filter((id) => measureIds.has(id))) expect(related).toContain(id);
    await expect(page.locator(`${MARKS}[data-selected="true"]`).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('lists the same measures in its data table as on the chart, in the same order', async () => {
    const { page } = await openChart(browser);
    await page
      .locator(CHART)
      .getByRole('button', { name: /Show text and data table/ })
      .click();
    const rows = await page
      .locator(`${CHART} [data-measure-row]`)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-measure-row')));
    const marks = await page.locator(MARKS).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(rows).toEqual(marks);
    await expect(page.locator(`${CHART} .summary`).textContent()).resolves.toMatch(
      /The articles report \d+ tariff measures?/,
    );
    // A quote in the table opens its article in the page's reader, at that sentence.
    const dataset = await servedDataset(page);
    const firstRow = dataset.measures.find((measure) => measure.id === rows[0])!;
    await page
      .locator(`${CHART} [data-measure-row]`)
      .first()
      .getByRole('button', { name: /Read in article/ })
      .first()
      .click();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain(`read=${encodeURIComponent(firstRow.evidence[0]!.articleId)}`);
    expect(hash).toContain(`quote=${firstRow.evidence[0]!.start}-${firstRow.evidence[0]!.end}`);
    await page.context().close();
  });

  it('filters by actor pair and product family through the URL', async () => {
    const { page } = await openChart(browser);
    const dataset = await servedDataset(page);
    const pairs = await page
      .locator(`${CHART} select`)
      .first()
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(pairs.length).toBeGreaterThan(0);
    const pair = pairs[0]!;
    await page.locator(`${CHART} select`).first().selectOption(pair);
    await expect(page.evaluate(() => location.hash)).resolves.toContain(`pair=${pair}`);
    const expected = dataset.measures.filter(
      (measure) => [measure.imposer, measure.target].sort().join('-') === pair,
    ).length;
    await expect(page.locator(MARKS).count()).resolves.toBe(expected);
    // A link with the filter opens on the filtered chart.
    const filtered = await openPage(browser, `/#family=agri-food`);
    await filtered.page.locator(`${CHART} [data-chart-svg]`).waitFor();
    const agri = dataset.measures.filter((measure) =>
      measure.productFamilies.some((family) => family.toLowerCase().replace(/[^a-z0-9]+/g, '-') === 'agri-food'),
    ).length;
    await expect(filtered.page.locator(MARKS).count()).resolves.toBe(agri);
    await filtered.page.context().close();
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme, with a mark selected and the table open`, async () => {
      const { page } = await openChart(browser, { colorScheme });
      await page.locator(`${MARKS}[tabindex="0"]`).click();
      await page
        .locator(CHART)
        .getByRole('button', { name: /Show text and data table/ })
        .click();
      expect(await axeViolations(page, CHART)).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [375, 768, 1440]) {
    it(`draws no arrow through a label or another mark, as the browser sets the text (${width} px)`, async () => {
      const { page } = await openChart(browser, { viewport: { width, height: 900 } });
      const crossings = await page.evaluate((chart) => {
        const svg = document.querySelector(`${chart} [data-chart-svg]`) as SVGSVGElement;
        const texts = [...svg.querySelectorAll('text')].map((text) => ({
          name: text.textContent!.trim().slice(0, 40),
          box: text.getBBox(),
        }));
        const marks = [...svg.querySelectorAll('[data-id]')].map((mark) => {
          const circle = mark.querySelector('circle.mark') as SVGCircleElement;
          return {
            id: mark.getAttribute('data-id')!,
            x: circle.cx.baseVal.value,
            y: circle.cy.baseVal.value,
            r: circle.r.baseVal.value,
          };
        });
        const found: string[] = [];
        const arrows = [...svg.querySelectorAll<SVGPathElement>('path[data-link]')];
        for (const arrow of arrows) {
          const [source, target] = arrow.getAttribute('data-link')!.split('->');
          const length = arrow.getTotalLength();
          for (let at = 0; at <= length; at += 1.5) {
            const point = arrow.getPointAtLength(at);
            // 1 px inside the text's box: a run along a box's edge is not through the text.
            const text = texts.find(
              ({ box }) =>
                point.x > box.x + 1 &&
                point.x < box.x + box.width - 1 &&
                point.y > box.y + 1 &&
                point.y < box.y + box.height - 1,
            );
            if (text) found.push(`${arrow.getAttribute('data-link')} crosses text "${text.name}"`);
            const mark = marks.find(
              (candidate) =>
                candidate.id !== source &&
                candidate.id !== target &&
                Math.hypot(point.x - candidate.x, point.y - candidate.y) < candidate.r - 1,
            );
            if (mark) found.push(`${arrow.getAttribute('data-link')} crosses mark ${mark.id}`);
          }
        }
        return { arrows: arrows.length, found: [...new Set(found)] };
      }, CHART);
      expect(crossings.arrows).toBeGreaterThan(0);
      expect(crossings.found).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [320, 1440]) {
    it(`runs each arrow from a measure to its answer, forward in time, no two answers on one line, undated measures in their labelled row (${width} px)`, async () => {
      const { page } = await openChart(browser, { viewport: { width, height: 900 } });
      const dataset = await servedDataset(page);
      const drawn = await page.evaluate((chart) => {
        const svg = document.querySelector(`${chart} [data-chart-svg]`) as SVGSVGElement;
        const marks = [...svg.querySelectorAll('[data-id]')].map((mark) => {
          const circle = mark.querySelector('circle.mark') as SVGCircleElement;
          return {
            id: mark.getAttribute('data-id')!,
            x: circle.cx.baseVal.value,
            y: circle.cy.baseVal.value,
            r: circle.r.baseVal.value,
          };
        });
        const links = [...svg.querySelectorAll<SVGPathElement>('path[data-link]')].map((path) => {
          const end = path.getPointAtLength(path.getTotalLength());
          const start = path.getPointAtLength(0);
          const [source, target] = path.getAttribute('data-link')!.split('->');
          return {
            id: path.getAttribute('data-link')!,
            source: source!,
            target: target!,
            path: path.getAttribute('d')!,
            start: { x: start.x, y: start.y },
            end: { x: end.x, y: end.y },
            head: path.getAttribute('marker-end'),
          };
        });
        const heading = [...svg.querySelectorAll('text')].find((text) =>
          text.textContent!.trim().endsWith('Date not stated'),
        );
        return { marks, links, undatedY: heading ? heading.getBBox().y : null };
      }, CHART);
      const marks = new Map(drawn.marks.map((mark) => [mark.id, mark]));
      const times = displayTimes(dataset.measures);
      // Every answer whose two sides are dated is drawn, and nothing else.
      const expected = dataset.measures.flatMap((answer) =>
        answer.respondsTo
          .filter((id) => times.has(id) && times.has(answer.id) && times.get(id)! <= times.get(answer.id)!)
          .map((id) => `${id}->${answer.id}`),
      );
      expect(expected.length, 'the served dataset has answers to draw').toBeGreaterThan(0);
      if (width >= 600) expect(drawn.links.map((link) => link.id).sort()).toEqual([...new Set(expected)].sort());
      for (const link of drawn.links) {
        const source = marks.get(link.source)!;
        const target = marks.get(link.target)!;
        // From the measure's rim to the answer's rim, the arrowhead at the answer.
        expect(Math.hypot(link.start.x - source.x, link.start.y - source.y)).toBeLessThan(source.r + 3);
        expect(Math.hypot(link.end.x - target.x, link.end.y - target.y)).toBeLessThan(target.r + 4);
        expect(link.head).toMatch(/^url\(#/);
        expect(times.get(link.target)!).toBeGreaterThanOrEqual(times.get(link.source)!);
        if (width >= 600) expect(target.x).toBeGreaterThanOrEqual(source.x - 0.5);
        else if (times.get(link.target)! > times.get(link.source)!) expect(target.y).toBeGreaterThan(source.y);
      }
      const nodes = drawn.marks.map((mark) => ({ ...mark }) as unknown as FlowNode);
      expect(sharedRuns({ links: drawn.links as unknown as FlowLink[], nodes })).toEqual([]);
      const undated = dataset.measures.filter((measure) => measure.date === null);
      if (undated.length) {
        expect(drawn.undatedY, 'a "Date not stated" heading').not.toBeNull();
        for (const measure of undated) expect(marks.get(measure.id)!.y).toBeGreaterThan(drawn.undatedY!);
        for (const measure of dataset.measures.filter((candidate) => candidate.date !== null))
          expect(marks.get(measure.id)!.y).toBeLessThan(drawn.undatedY!);
      }
      await page.context().close();
    });
  }

  it('reads on a 375 px phone without sideways scrolling, as a vertical chain', async () => {
    const { page } = await openChart(browser, { viewport: { width: 375, height: 800 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator(`${CHART} [data-chart-svg]`).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    // Vertical chain: marks go down the page in time order.
    const ys = await page
      .locator(MARKS)
      .evaluateAll((nodes) =>
        nodes.map((node) => (node.querySelector('circle.mark') as SVGCircleElement).cy.baseVal.value),
      );
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    await page.context().close();
  });
});

describe('the tariff flow chart in presentation (1280×720, 24 px type)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each flow step’s measure and its whole chain on the one screen, every label at 24 px or more', async () => {
    const { page } = await openPage(browser, '/#present/1', { viewport: { width: 1280, height: 720 } });
    const dataset = await servedDataset(page);
    const story = buildStory(dataset);
    const steps = story
      .map((step, index) => ({ step, number: index + 1 }))
      .filter(({ step }) => step.chart === 'flow' && step.selection?.kind === 'measure');
    expect(steps.length).toBeGreaterThan(0);
    for (const { step, number } of steps) {
      await page.evaluate((n) => (location.hash = `#present/${n}`), number);
      await page.locator(`.presentation[data-present-step="${number}"] .present-chart [data-chart-svg]`).waitFor();
      // The presentation brings the selected mark into view (a smooth scroll on a timer): let it settle.
      await page.waitForTimeout(1200);
      const selected = step.selection!.id;
      const chain = new Set([
        selected,
        ...dataset.measures.filter((m) => m.respondsTo.includes(selected)).map((m) => m.id),
        ...(dataset.measures.find((m) => m.id === selected)?.respondsTo ?? []),
      ]);
      const view = await page.evaluate(
        (ids) => {
          const column = document.querySelector('.present-chart')!.getBoundingClientRect();
          const top = Math.max(column.top, 0);
          const bottom = Math.min(column.bottom, window.innerHeight);
          const out: string[] = [];
          for (const id of ids) {
            const mark = document.querySelector(`.present-chart [data-chart-svg] [data-id="${CSS.escape(id)}"]`);
            if (!mark) {
              out.push(`${id} is not drawn`);
              continue;
            }
            const box = mark.getBoundingClientRect();
            if (box.top < top - 1 || box.bottom > bottom + 1)
              out.push(
                `${id} is out of view (${Math.round(box.top)}–${Math.round(box.bottom)} of ${Math.round(top)}–${Math.round(bottom)})`,
              );
          }
          const sizes = [...document.querySelectorAll('.present-chart [data-chart-svg] text')].map((text) => {
            const matrix = (text as SVGGraphicsElement).getScreenCTM()!;
            return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
          });
          return { out, smallest: Math.min(...sizes) };
        },
        [...chain],
      );
      expect(view.out, `step ${number} (${step.key})`).toEqual([]);
      expect(view.smallest).toBeGreaterThanOrEqual(23.5);
    }
    await page.context().close();
  });
});
