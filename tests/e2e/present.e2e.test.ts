// Presentation mode as a teacher uses it: `p` to start, arrows/Space/clicker keys to move, #present/N deep links,
// Esc to leave, and nothing on screen smaller than 24 px at 1280×720.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { buildStory, type StoryStep } from '../../src/present/story.ts';
import { axeViolations, launchChromium, openPage } from './browser.ts';

const VIEWPORT = { width: 1280, height: 720 };

async function storyOf(page: Page): Promise<StoryStep[]> {
  const dataset = await page.evaluate(() => JSON.parse(document.getElementById('dataset')!.textContent!) as unknown);
  return buildStory(dataset as Dataset);
}

async function expectStep(page: Page, story: StoryStep[], step: number): Promise<void> {
  await page.locator(`.presentation[data-present-step="${step}"]`).waitFor();
  expect(new URL(page.url()).hash).toBe(`#present/${step}`);
  await expect(page.locator('#present-title').textContent()).resolves.toBe(story[step - 1]!.title);
  await expect(page.locator('.present-count').textContent()).resolves.toBe(`Step ${step} of ${story.length}`);
}

/**
 * Text the audience can see, with the size it is drawn at: a chart is scaled to fit its slide (`data-fit-scale`), and
 * SVG text counts at its drawn size. `inChart` says whether it is the chart's text or the slide's own.
 */
async function drawnText(page: Page): Promise<{ text: string; size: number; inChart: boolean }[]> {
  return page.evaluate(() => {
    const overlay = document.querySelector('.presentation');
    if (!overlay) throw new Error('presentation mode is not open');
    const found: { text: string; size: number; inChart: boolean }[] = [];
    const walker = document.createTreeWalker(overlay, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('title, desc, style, script')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // Screen-reader-only text (the visually-hidden pattern: a 1 px clipped box) is not on screen.
      if (box.width <= 1 && box.height <= 1) continue;
      const fit = element.closest<HTMLElement>('.present-fit');
      let size = parseFloat(getComputedStyle(element).fontSize) * Number(fit?.dataset['fitScale'] ?? 1);
      if (element instanceof SVGGraphicsElement) {
        const matrix = element.getCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      found.push({ text: text.slice(0, 50), size: Math.round(size * 10) / 10, inChart: Boolean(fit) });
    }
    return found;
  });
}

/**
 * What does not fit the slide: a box whose content is taller or wider than the box (scrolled or clipped), and any
 * element, or SVG text, drawn partly outside the window. Map and timeline geometry clipped by its own SVG is fine.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.presentation')!;
    const problems: string[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '').split(' ')[0]} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
    for (const element of [slide, ...slide.querySelectorAll('*')]) {
      if (!element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const inSvg = element instanceof SVGElement && !(element instanceof SVGSVGElement);
      if (
        !inSvg &&
        element.clientHeight > 0 &&
        (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
      ) {
        const style = getComputedStyle(element);
        // A box that lets its content spill over (overflow: visible) is caught by the window test below.
        if (style.overflowY !== 'visible' || style.overflowX !== 'visible')
          problems.push(
            `scrolls or clips: ${name(element)} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
          );
      }
      if (inSvg && !(element instanceof SVGTextElement)) continue;
      // Text wholly outside its chart's drawing (a far stop while the map shows one leg) is not drawn at all.
      const drawing = element instanceof SVGTextElement ? element.ownerSVGElement?.getBoundingClientRect() : undefined;
      if (
        drawing &&
        (box.right < drawing.left || box.left > drawing.right || box.bottom < drawing.top || box.top > drawing.bottom)
      )
        continue;
      if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) {
        problems.push(
          `outside the window: ${name(element)} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
        );
      }
    }
    return problems;
  });
}

/** Opens step 1 and calls `visit` on every step, once its chart is drawn and fitted. */
async function walkSteps(page: Page, story: StoryStep[], visit: (step: number) => Promise<void>): Promise<void> {
  for (let step = 1; step <= story.length; step++) {
    if (step > 1) await page.keyboard.press('ArrowRight');
    await expectStep(page, story, step);
    await page.locator('.present-chart svg[data-chart-svg]').first().waitFor();
    // The chart is fitted over a few layout passes: wait until its scale holds still.
    let scale = '';
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(150);
      const now = (await page.locator('.present-fit').getAttribute('data-fit-scale')) ?? '';
      if (now === scale) break;
      scale = now;
    }
    await visit(step);
  }
}

describe('presentation mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with p, moves with arrows, Space and a clicker’s PageUp/PageDown, jumps with Home/End, leaves with Esc', async () => {
    const { page, errors } = await openPage(browser, '/', { viewport: VIEWPORT });
    const story = await storyOf(page);
    expect(story.length).toBeGreaterThanOrEqual(5);
    await page.locator('[data-present-button]').waitFor();
    await page.locator('body').press('p');
    await expectStep(page, story, 1);
    await expect(page.locator('.presentation').getAttribute('role')).resolves.toBe('dialog');

    const moves: [string, number][] = [
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageDown', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
      ['End', story.length],
      ['ArrowRight', story.length],
      ['Home', 1],
      ['ArrowLeft', 1],
    ];
    for (const [key, step] of moves) {
      await page.keyboard.press(key);
      await expectStep(page, story, step);
    }

    await page.keyboard.press('Escape');
    await page.locator('.presentation').waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-present-button'))).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens straight at a step from the URL, and shows that step’s chart', async () => {
    const { page } = await openPage(browser, '/#present/5', { viewport: VIEWPORT });
    const story = await storyOf(page);
    await expectStep(page, story, 5);
    const chart = story[4]!.chart;
    await page.locator(`.present-chart[data-present-chart="${chart}"] svg[data-chart-svg]`).first().waitFor();
    await page.context().close();
  });

  it('shows the last step for a step number past the end, and writes it back to the URL', async () => {
    const { page } = await openPage(browser, '/#present/999', { viewport: VIEWPORT });
    const story = await storyOf(page);
    await expectStep(page, story, story.length);
    await page.context().close();
  });

  it('moves with the on-screen buttons too', async () => {
    const { page } = await openPage(browser, '/#present/2', { viewport: VIEWPORT });
    const story = await storyOf(page);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expectStep(page, story, 3);
    await page.getByRole('button', { name: '← Back' }).click();
    await expectStep(page, story, 2);
    await page.getByRole('button', { name: /Leave/ }).click();
    await page.locator('.presentation').waitFor({ state: 'detached' });
    await page.context().close();
  });

  for (const viewport of [VIEWPORT, { width: 1920, height: 1080 }]) {
    it(`fits every step in ${viewport.width}×${viewport.height}: nothing scrolled, clipped or outside the window`, async () => {
      const { page } = await openPage(browser, '/#present/1', { viewport });
      const story = await storyOf(page);
      const problems: Record<string, string[]> = {};
      const scales: number[] = [];
      await walkSteps(page, story, async (step) => {
        const found = await overflowing(page);
        if (found.length) problems[`${step} ${story[step - 1]!.key}`] = found.slice(0, 6);
        scales.push(Number(await page.locator('.present-fit').getAttribute('data-fit-scale')));
      });
      expect(problems).toEqual({});
      // The chart uses the room it has: on a 1080p screen every chart is drawn larger than its own large type.
      if (viewport.width === 1920) expect(Math.min(...scales)).toBeGreaterThan(1);
      await page.context().close();
    });
  }

  it('draws the chart taller than half the slide at 1920×1080 (it used to fill only the top half)', async () => {
    const { page } = await openPage(browser, '/#present/2', { viewport: { width: 1920, height: 1080 } });
    await page.locator('.present-chart svg[data-chart-svg]').first().waitFor();
    await page.waitForTimeout(1500);
    const drawn = await page.locator('.present-fit').boundingBox();
    expect(drawn!.height).toBeGreaterThan(1080 * 0.6);
    await page.context().close();
  });

  for (const viewport of [VIEWPORT, { width: 1920, height: 1080 }]) {
    it(`draws the slide’s text at 24 px or more, and the charts’ too, at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await openPage(browser, '/#present/1', { viewport });
      const story = await storyOf(page);
      const offenders: Record<string, { text: string; size: number }[]> = {};
      const shrunk: Record<string, number> = {};
      await walkSteps(page, story, async (step) => {
        const drawn = await drawnText(page);
        const scale = Number(await page.locator('.present-fit').getAttribute('data-fit-scale'));
        // Known shortfall: at 1280×720 the timeline (its lanes at 24 px need about 900 px) and the flow chart of a
        // step with many linked measures are drawn smaller to fit whole, not cut; their scale is checked apart.
        if (scale < 1) shrunk[`${step} ${story[step - 1]!.key}`] = scale;
        const small = drawn.filter((item) => item.size < 23.5 && !(item.inChart && scale < 1));
        if (small.length) offenders[`${step} ${story[step - 1]!.key}`] = small.slice(0, 8);
      });
      expect(offenders).toEqual({});
      if (viewport.width === 1920) expect(shrunk).toEqual({});
      // No chart smaller than two thirds of its large type (16 px) even where it is shrunk.
      for (const scale of Object.values(shrunk)) expect(scale).toBeGreaterThanOrEqual(0.66);
      await page.context().close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme`, async () => {
      const { page } = await openPage(browser, '/#present/2', { viewport: VIEWPORT, colorScheme });
      await page.locator('.presentation svg[data-chart-svg]').first().waitFor();
      expect(await axeViolations(page, '.presentation')).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the printed handout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the charts with their titles and sources, and no controls', async () => {
    const { page } = await openPage(browser, '/', { viewport: { width: 1280, height: 900 } });
    // Charts load as their chapters come near: scroll through first, as a teacher would before printing.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await expect.poll(() => page.locator('svg[data-chart-svg]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const visible = (node: Element) => node.checkVisibility({ visibilityProperty: true });
      return {
        charts: [...document.querySelectorAll('svg[data-chart-svg]')].filter(visible).length,
        titles: [...document.querySelectorAll('.chart-title')].filter(visible).length,
        sources: [...document.querySelectorAll('.chart-source')].filter(visible).length,
        // A list item that is a button (an undated event) prints as its text; other controls do not print.
        controls: [...document.querySelectorAll('button, select, input, textarea')]
          .filter((node) => visible(node) && !node.matches('li > button:only-child'))
          .map((node) => node.outerHTML.slice(0, 80)),
        paper: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(printed.charts).toBeGreaterThanOrEqual(3);
    expect(printed.titles).toBeGreaterThanOrEqual(3);
    expect(printed.sources).toBeGreaterThanOrEqual(3);
    expect(printed.controls).toEqual([]);
    // Printed on white even when the reader's screen is dark.
    expect(printed.paper).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
