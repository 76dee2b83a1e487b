// The story page as a reader uses it: one shared selection across the charts, kept in the URL; the details panel;
// the article reader; themes; narrow screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { articleLabel } from '../../src/lib/article-label.ts';
import { relatedFactIds } from '../../src/lib/relations.ts';
import { parseHash, type Selection } from '../../src/lib/selection.ts';
import { axeViolations, launchChromium, openPage } from './browser.ts';

const CHAPTERS = ['flow', 'trip', 'timeline'] as const;

async function inlinedDataset(page: Page): Promise<Dataset> {
  return page.evaluate(() => JSON.parse(document.getElementById('dataset')?.textContent ?? 'null') as Dataset);
}

/** Scrolls to each chapter and the sources, as a reader would, and waits until each has drawn (they draw when near the screen). */
async function chartsDrawn(page: Page): Promise<void> {
  for (const chapter of CHAPTERS) {
    await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
    await page.locator(`#${chapter} [data-chart-svg]`).first().waitFor({ state: 'attached', timeout: 15_000 });
  }
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await page.locator('#sources li').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The held Carney–Xi meeting (the one the story is about): the meeting with the most evidence among held ones. */
function storyMeeting(dataset: Dataset): Dataset['meetings'][number] {
  const meetings = [...dataset.meetings].sort(
    (a, b) => Number(b.status === 'held') - Number(a.status === 'held') || b.evidence.length - a.evidence.length,
  );
  const meeting = meetings[0];
  if (!meeting) throw new Error('the compiled dataset has no meeting');
  return meeting;
}

/** For each chart, what its marks say: [data-id, selected, related] for every mark. */
async function markStates(page: Page, chapter: string): Promise<{ id: string; selected: boolean; related: boolean }[]> {
  return page.locator(`#${chapter} [data-id]`).evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-id') ?? '',
      selected: node.getAttribute('data-selected') === 'true',
      related: node.getAttribute('data-related') === 'true',
    })),
  );
}

/** Every mark of the selection is selected or related on every chart, and no other mark is. */
async function expectHighlighted(page: Page, dataset: Dataset, selection: Selection): Promise<Record<string, number>> {
  const related = relatedFactIds(dataset, selection);
  const highlighted: Record<string, number> = {};
  for (const chapter of CHAPTERS) {
    const marks = await markStates(page, chapter);
    for (const mark of marks) {
      const expected = mark.id === selection.id ? 'selected' : related.has(mark.id) ? 'related' : 'none';
      const actual = mark.selected ? 'selected' : mark.related ? 'related' : 'none';
      if (expected === 'related' && actual === 'selected') continue; // a chart may draw the selection's kin as selected
      expect(actual, `${chapter}: mark ${mark.id}`).toBe(expected);
    }
    highlighted[chapter] = marks.filter((mark) => mark.selected || mark.related).length;
  }
  return highlighted;
}

describe('the story page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on a headline and standfirst written from the dataset, three chapters and the sources', async () => {
    const { page, errors, externalRequests } = await openPage(browser, '/');
    const dataset = await inlinedDataset(page);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(await page.locator('.standfirst').textContent()).toContain(`${dataset.articles.length} news articles`);
    await chartsDrawn(page);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toHaveLength(4);
    expect(headings[3]).toBe('Sources');
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await page.locator('#sources li h3').first().waitFor();
    await expect(page.locator('#sources li h3').count()).resolves.toBe(dataset.articles.length);
    expect(errors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  // The build prerenders the first screen into index.html (src/site/first-screen.ts) so the headline paints before any
  // script runs; mounting the app replaces it, and must not move it (Lighthouse's CLS, and a reader's eye).
  for (const width of [320, 412, 1440]) {
    it(`paints the header and headline from the HTML alone, and mounting the page moves none of it (${width} px)`, async () => {
      const firstScreen = (page: Page) =>
        page.evaluate(() =>
          ['.site-header', '.site-actions', '.headline .kicker', 'h1', '.standfirst'].map((selector) => {
            const element = document.querySelector(selector);
            const box = element?.getBoundingClientRect();
            // Text without white space: Svelte drops some spaces between tags that take no room on screen.
            const text = element?.textContent?.replace(/\s+/g, '') ?? null;
            return { selector, text, box: box ? [box.top, box.left, box.width, box.height].map(Math.round) : null };
          }),
        );
      const withoutScript = await openPage(browser, '/', {
        viewport: { width, height: 800 },
        javaScriptEnabled: false,
      });
      const before = await firstScreen(withoutScript.page);
      await withoutScript.page.context().close();
      const mounted = await openPage(browser, '/', { viewport: { width, height: 800 } });
      const after = await firstScreen(mounted.page);
      const dataset = await inlinedDataset(mounted.page);
      expect(before.find((entry) => entry.selector === '.standfirst')?.text).toContain(
        `${dataset.articles.length}newsarticles`,
      );
      expect(before.every((entry) => entry.box !== null)).toBe(true);
      expect(after).toEqual(before);
      expect(mounted.errors).toEqual([]);
      await mounted.page.context().close();
    });
  }

  it("draws a chart just below the fold at the reader's first move, not during load; Tab from the header reaches it", async () => {
    // A viewport that ends 100 px above the first chart: near the screen, not on it.
    const probe = await openPage(browser, '/', { viewport: { width: 412, height: 800 } });
    const chartTop = await probe.page
      .locator('#flow .chapter-chart')
      .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    await probe.page.context().close();
    const viewport = { width: 412, height: Math.round(chartTop) - 100 };

    const scrolled = await openPage(browser, '/', { viewport });
    await scrolled.page.waitForTimeout(500);
    await expect(scrolled.page.locator('#flow [data-chart-svg]').count()).resolves.toBe(0);
    // The charts' code is in the cache by then, fetched by <link rel=prefetch> (which runs nothing), not imported.
    const chartsFetched = () =>
      scrolled.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => [entry.name.split('/').pop() ?? '', (entry as PerformanceResourceTiming).initiatorType])
          .filter(([name]) => /^charts-.*\.js$/.test(name!)),
      );
    await expect.poll(chartsFetched, { timeout: 5000 }).toEqual([[expect.stringMatching(/^charts-/), 'link']]);
    await expect(scrolled.page.locator('#flow [data-chart-svg]').count()).resolves.toBe(0);
    await scrolled.page.mouse.wheel(0, 40);
    await scrolled.page.locator('#flow [data-chart-svg]').first().waitFor({ state: 'attached', timeout: 15_000 });
    expect(scrolled.errors).toEqual([]);
    await scrolled.page.context().close();

    const keyboard = await openPage(browser, '/', { viewport });
    await keyboard.page.waitForTimeout(500);
    await keyboard.page.getByRole('button', { name: 'Dark' }).focus();
    await keyboard.page.keyboard.press('Tab');
    // Focus goes into the chart as soon as it is drawn (its code is imported then, from the cache).
    const focused = () =>
      keyboard.page.evaluate(() => document.activeElement?.closest('section')?.id ?? document.activeElement?.tagName);
    await expect.poll(focused, { timeout: 5000 }).toBe('flow');
    await keyboard.page.context().close();
  });

  // Focus moves in document order: a chart not drawn yet has no controls, and Tab would pass it by.
  for (const viewport of [
    { width: 1280, height: 500 },
    { width: 375, height: 560 },
  ]) {
    it(`Tab alone, from the header, reaches each of the three charts in turn before the sources (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await openPage(browser, '/', { viewport });
      await page.waitForTimeout(300);
      await page.getByRole('button', { name: 'Dark' }).focus();
      const visited: string[] = [];
      for (let press = 0; press < 150; press++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => document.activeElement?.closest('section[id]')?.id ?? null);
        if (where && visited.at(-1) !== where) visited.push(where);
        if (where === 'sources') break;
      }
      expect(visited).toEqual(['flow', 'trip', 'timeline', 'sources']);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('opens a #meeting= link on the Carney–Xi meeting: details, the meeting highlighted on the map and the timeline, the measures discussed on the flow chart', async () => {
    const probe = await openPage(browser, '/');
    const dataset = await inlinedDataset(probe.page);
    await probe.page.context().close();
    const meeting = storyMeeting(dataset);

    const { page, errors } = await openPage(browser, `/#meeting=${encodeURIComponent(meeting.id)}`);
    // The link opens the page at the map, where the meeting's stop is.
    const tripTop = await page.locator('#trip').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(tripTop)).toBeLessThan(100);
    await chartsDrawn(page);
    await expect(page.locator('[data-details] .details-title').textContent()).resolves.toBe(meeting.title);
    const highlighted = await expectHighlighted(page, dataset, { kind: 'meeting', id: meeting.id });
    expect(highlighted.trip, 'the map highlights the meeting or its stop').toBeGreaterThan(0);
    expect(highlighted.timeline, 'the timeline highlights the meeting').toBeGreaterThan(0);
    expect(
      highlighted.flow,
      'the flow chart highlights the measures the leaders discussed (canola, seafood, EVs)',
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selecting a mark on one chart writes the URL, fills the details and highlights its kin on the others; back and forward restore', async () => {
    const { page, errors } = await openPage(browser, '/');
    const dataset = await inlinedDataset(page);
    await chartsDrawn(page);

    const first = page.locator('#timeline [data-id]').first();
    const firstId = await first.getAttribute('data-id');
    await first.click();
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`=${id}`), firstId);
    const firstSelection = parseHash(await page.evaluate(() => location.hash)).selection;
    expect(firstSelection?.id).toBe(firstId);
    await expectHighlighted(page, dataset, firstSelection!);

    const second = page.locator('#flow [data-id]').first();
    const secondId = await second.getAttribute('data-id');
    await second.click();
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`=${id}`), secondId);
    const secondSelection = parseHash(await page.evaluate(() => location.hash)).selection!;
    const secondTitle = await page.locator('[data-details] .details-title').textContent();
    await expectHighlighted(page, dataset, secondSelection);

    await page.goBack();
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`=${id}`), firstId);
    await expectHighlighted(page, dataset, firstSelection!);
    expect(await page.locator('[data-details] .details-title').textContent()).not.toBe(secondTitle);

    await page.goForward();
    await page.waitForFunction((id) => decodeURIComponent(location.hash).includes(`=${id}`), secondId);
    await expect(page.locator('[data-details] .details-title').textContent()).resolves.toBe(secondTitle);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Read in article" opens the reader on that article with the quoted sentence marked and in view; Esc closes it and focus returns', async () => {
    const probe = await openPage(browser, '/');
    const dataset = await inlinedDataset(probe.page);
    await probe.page.context().close();
    const meeting = storyMeeting(dataset);

    const { page, errors } = await openPage(browser, `/#meeting=${encodeURIComponent(meeting.id)}`, {
      viewport: { width: 1280, height: 700 },
    });
    const quote = (await page.locator('[data-details] blockquote').first().textContent())?.trim();
    const readButton = page.locator('[data-details] button.read').first();
    await readButton.click();
    const dialog = page.locator('dialog.reader[open]');
    await dialog.waitFor();
    const marked = (await dialog.locator('mark').allTextContents()).join('');
    expect(marked).toBe(quote);
    const evidence = meeting.evidence.find((item) => item.quote === marked);
    expect(evidence, 'the marked text is one of the meeting’s evidence quotes').toBeDefined();
    const article = dataset.articles.find((candidate) => candidate.id === evidence?.articleId);
    await expect(dialog.locator('h2').textContent()).resolves.toBe(article ? articleLabel(article) : undefined);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`read=${evidence?.articleId}`);
    await page.waitForTimeout(200);
    const [markBox, textBox] = await Promise.all([
      dialog.locator('mark').first().boundingBox(),
      dialog.locator('.reader-text').boundingBox(),
    ]);
    expect(markBox!.y).toBeGreaterThanOrEqual(textBox!.y - 1);
    expect(markBox!.y).toBeLessThan(textBox!.y + textBox!.height);

    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.reader[open]').count()).resolves.toBe(0);
    expect(await page.evaluate(() => location.hash)).not.toContain('read=');
    expect(await readButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the reader from a link (#read=…&quote=start-end) with exactly that text marked', async () => {
    const probe = await openPage(browser, '/');
    const dataset = await inlinedDataset(probe.page);
    await probe.page.context().close();
    const evidence = storyMeeting(dataset).evidence[0]!;

    const { page } = await openPage(
      browser,
      `/#read=${encodeURIComponent(evidence.articleId)}&quote=${evidence.start}-${evidence.end}`,
    );
    const dialog = page.locator('dialog.reader[open]');
    await dialog.waitFor();
    expect((await dialog.locator('mark').allTextContents()).join('')).toBe(evidence.quote);
    // The whole article is there, as text (the page inlines excerpts; the reader fetched articles/<id>.json).
    const whole = await page.evaluate(
      async (id) => ((await (await fetch(`articles/${id}.json`)).json()) as { text: string }).text,
      evidence.articleId,
    );
    expect(await dialog.locator('.reader-text').textContent()).toBe(whole);
    await dialog.getByRole('button', { name: /close/i }).click();
    await expect(page.locator('dialog.reader[open]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('shows both sides of a disagreement between articles', async () => {
    const probe = await openPage(browser, '/');
    const dataset = await inlinedDataset(probe.page);
    await probe.page.context().close();
    // A disagreement about a measure, seen from the measure; else any disagreement, selected itself.
    const conflict =
      dataset.conflicts.find((candidate) => dataset.measures.some((measure) => measure.id === candidate.factId)) ??
      dataset.conflicts[0];
    expect(conflict, 'the seeds disagree on the date of the canola-seed levy: the dataset should say so').toBeDefined();
    const isMeasure = dataset.measures.some((measure) => measure.id === conflict!.factId);
    const link = isMeasure
      ? `measure=${encodeURIComponent(conflict!.factId)}`
      : `conflict=${encodeURIComponent(conflict!.id)}`;

    const { page } = await openPage(browser, `/#${link}`);
    const sides = page.locator('[data-details] .conflict .sides > li');
    await expect(sides.count()).resolves.toBe(conflict!.sides.length);
    for (const [index, side] of conflict!.sides.entries()) {
      expect(await sides.nth(index).locator('.side-value strong').textContent()).toBe(side.value);
      expect(await sides.nth(index).locator('blockquote').count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus to the story', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the story');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });

  it('the theme toggle switches to dark and is remembered on the next visit', async () => {
    const { page } = await openPage(browser, '/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  for (const width of [320, 1920]) {
    it(`has nothing wider than the screen at ${width} px`, async () => {
      const { page } = await openPage(browser, '/', { viewport: { width, height: 800 } });
      await chartsDrawn(page);
      const dataset = await inlinedDataset(page);
      await page.evaluate((hash) => (location.hash = hash), `#meeting=${encodeURIComponent(storyMeeting(dataset).id)}`);
      await page.waitForTimeout(200);
      // body clips horizontal overflow (theme.css), so look for elements that stick out rather than at scrollWidth.
      const overflowing = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 1;
        const clipped = (element: Element): boolean => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            const style = getComputedStyle(parent);
            if (style.overflowX !== 'visible' && parent.getBoundingClientRect().right <= limit) return true;
          }
          return false;
        };
        return [...document.body.querySelectorAll('*')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return (
              box.width > 0 &&
              (box.right > limit || box.left < -1) &&
              !element.closest('.visually-hidden, .skip-link') &&
              !clipped(element)
            );
          })
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} right=${Math.round(element.getBoundingClientRect().right)}`,
          );
      });
      expect(overflowing).toEqual([]);
      await page.context().close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme, with an item selected and with the reader open`, async () => {
      const probe = await openPage(browser, '/');
      const meeting = storyMeeting(await inlinedDataset(probe.page));
      await probe.page.context().close();
      const { page } = await openPage(browser, `/#meeting=${encodeURIComponent(meeting.id)}`, { colorScheme });
      await chartsDrawn(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[data-details] button.read').first().click();
      await page.locator('dialog.reader[open]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('on a phone (375×667, touch)', () => {
  const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on a standfirst of at most 45 words, with the first chart starting on the first or second screen', async () => {
    const { page } = await openPage(browser, '/', PHONE);
    const words = (await page.locator('.standfirst').textContent())!.trim().split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(45);
    await page.locator('#flow').scrollIntoViewIfNeeded();
    await page.locator('#flow [data-chart-svg]').first().waitFor({ state: 'attached', timeout: 15_000 });
    // Where the chart is on the page (not in the window), as the reader first meets it.
    const tops = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY;
      return { frame: top('#flow .chart-frame'), drawing: top('#flow [data-chart-svg]') };
    });
    expect(tops.frame).toBeLessThan(667 * 2);
    expect(tops.drawing).toBeLessThan(667 * 2);
    await page.context().close();
  });

  // The map's first marks are the faint places mentioned; its stops are what a reader taps.
  for (const [chapter, marks] of [
    ['flow', '[data-id]'],
    ['trip', '[data-id^="stop-"]'],
    ['timeline', '[data-id]'],
  ] as const) {
    it(`a tap on a ${chapter} mark opens the details sheet and nothing else over the page`, async () => {
      const { page } = await openPage(browser, '/', PHONE);
      await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
      const mark = page.locator(`#${chapter} [data-chart-svg] ${marks}`).first();
      await mark.waitFor({ timeout: 15_000 });
      await mark.scrollIntoViewIfNeeded();
      await mark.tap({ force: true });
      await page.locator('aside.details.open').waitFor();
      // The bottom sheet is the one overlay: no chart tooltip is shown with it.
      const tooltips = await page
        .locator('.tooltip')
        .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).length);
      expect(tooltips).toBe(0);
      await page.context().close();
    });
  }

  it('tells a touch reader nothing about hovering, arrow keys or Escape', async () => {
    const { page } = await openPage(browser, '/', PHONE);
    for (const chapter of ['flow', 'trip', 'timeline']) {
      await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
      await page.locator(`#${chapter} [data-chart-svg]`).first().waitFor({ state: 'attached', timeout: 15_000 });
    }
    // What is on screen, as the reader sees it (innerText leaves out what CSS hides).
    const text = await page.evaluate(() => document.querySelector('main')!.innerText);
    expect(text).not.toMatch(/arrow keys|Escape|\bhover\b|\bEsc\b|press Enter/i);
    await page.context().close();
  });
});

describe('embedding a chart where the host page strips scripts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The embed's content height at `width`, read the way the embed reports it (child-resize.ts). */
  async function embedContentHeight(chart: string, width: number): Promise<number> {
    const { page } = await openPage(browser, `/embed/${chart}.html`, { viewport: { width, height: 400 } });
    await page.locator('[data-chart-svg]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const height = await page.evaluate(() =>
      Math.ceil(document.querySelector('main.embed')!.getBoundingClientRect().height),
    );
    await page.context().close();
    return height;
  }

  for (const [chart, chapter, width] of [
    ['flow', 'flow', 640],
    ['timeline', 'timeline', 320],
  ] as const) {
    it(`the ${chart} embed dialog offers a height that holds the whole chart at a ${width} px column`, async () => {
      const { page } = await openPage(browser, '/', { viewport: { width: 1280, height: 900 } });
      await page.locator(`#${chapter}`).scrollIntoViewIfNeeded();
      await page.locator(`#${chapter} .embed-button`).click();
      const dialog = page.locator('dialog[open]');
      await dialog.getByLabel('Column width').selectOption(String(width));
      await dialog.locator('.height-note[data-measured="true"]').waitFor({ timeout: 20_000 });
      const code = await dialog.locator('textarea').inputValue();
      const offered = Number(/height="(\d+)"/.exec(code)?.[1]);
      const content = await embedContentHeight(chart, width);
      expect(offered).toBeGreaterThanOrEqual(content);
      // Not wildly more either: the frame should end near the chart's credit line.
      expect(offered).toBeLessThan(content + 60);
      await page.context().close();
    });
  }

  /** A host page of the site's origin holding one embed in an iframe of a fixed size, as a CMS without scripts does. */
  async function framedEmbed(chart: string, width: number, height: number) {
    const opened = await openPage(browser, '/', { viewport: { width: width + 40, height: height + 100 } });
    await opened.page.setContent(
      `<iframe src="embed/${chart}.html" title="embed" width="${width}" height="${height}" style="border:0"></iframe>`,
    );
    const frame = opened.page.frameLocator('iframe');
    await frame.locator('[data-chart-svg]').first().waitFor({ state: 'attached' });
    return { ...opened, frame };
  }

  it('an embed in a frame shorter than its chart scrolls inside the frame and says so, with a link to the full chart', async () => {
    const { page, frame } = await framedEmbed('timeline', 640, 600);
    const bar = frame.locator('[data-frame-too-short]');
    await bar.waitFor();
    expect(await bar.getByRole('link', { name: /open the full chart/ }).getAttribute('href')).toBe('../index.html');
    // The rest of the chart is reachable: the frame's page scrolls, and its credit line can be scrolled into view.
    const scroll = await frame.locator('body').evaluate(() => ({
      overflow: getComputedStyle(document.body).overflowY,
      height: document.scrollingElement!.scrollHeight,
    }));
    expect(scroll.overflow).toBe('auto');
    expect(scroll.height).toBeGreaterThan(600);
    await frame.locator('.embed-credit').scrollIntoViewIfNeeded();
    expect(await frame.locator('.embed-credit').isVisible()).toBe(true);
    await page.context().close();
  });

  it('an embed in a frame as tall as its chart shows no such bar, nor does an embed page opened on its own', async () => {
    const content = await embedContentHeight('map', 800);
    const { page, frame } = await framedEmbed('map', 800, content + 20);
    await page.waitForTimeout(300);
    expect(await frame.locator('[data-frame-too-short]').count()).toBe(0);
    await page.context().close();
    // Opened as a page (a reader following a link), the window scrolls: no frame, no bar, however short the window.
    const alone = await openPage(browser, '/embed/timeline.html', { viewport: { width: 640, height: 600 } });
    await alone.page.locator('[data-chart-svg]').first().waitFor({ state: 'attached' });
    await alone.page.waitForTimeout(300);
    expect(await alone.page.locator('[data-frame-too-short]').count()).toBe(0);
    await alone.page.context().close();
  });
});
