// Downloads from each chart's export menu: the image (SVG, PNG at 2×) with title and source, the data (CSV, JSON).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, chartRows, type ExportChart } from '../../src/export/chart-data.ts';
import type { Dataset } from '../../src/lib/dataset.ts';
import { launchChromium, openPage } from './browser.ts';

const CHARTS: ExportChart[] = ['flow', 'map', 'timeline'];

/** RFC 4180 records (quoted commas, quotes and newlines included). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, chart: ExportChart, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const button = page.locator(`[data-export-chart="${chart}"] button[data-export="${kind}"]`);
  await button.scrollIntoViewIfNeeded();
  // The chapter loads its chart when it comes near the viewport: wait for the drawing the menu exports.
  await page
    .locator(`section:has([data-export-chart="${chart}"]) svg[data-chart-svg]`)
    .first()
    .waitFor({ timeout: 15_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('chart exports', () => {
  let browser: Browser;
  let page: Page;
  let dataset: Dataset;
  beforeAll(async () => {
    browser = await launchChromium();
    ({ page } = await openPage(browser, '/', { acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
    dataset = await page.evaluate(() => JSON.parse(document.getElementById('dataset')!.textContent!) as Dataset);
    // Chapters draw (and show their actions) when scrolled near: scroll through the page as a reader would.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
  });
  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
  });

  for (const chart of CHARTS) {
    it(`${chart}: the SVG parses, carries the title, the legend, the source line without hints, the chart’s own credits and its marks`, async () => {
      const { name, bytes } = await download(page, chart, 'svg');
      const frame = page.locator(`section:has([data-export-chart="${chart}"]) figure`).first();
      const frameTitle = (await frame.locator('.chart-title').first().textContent())?.trim();
      const frameSource = (await frame.locator('.chart-source > span').first().innerText()).replace(/\s+/g, ' ').trim();
      // Each legend entry's words, without its swatch's (a pill's "3", an arrow).
      const legendWords = await frame.locator('[aria-label="Legend"] > li').evaluateAll((items) =>
        items.map((item) =>
          [...item.childNodes]
            .filter(
              (node) =>
                !(node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.localName === 'svg')),
            )
            .map((node) => node.textContent)
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
      expect(name).toBe(`tariff-tracer-${chart}.svg`);
      const checked = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          texts: [...root.querySelectorAll(':scope > text')].map((node) => node.textContent ?? ''),
          legend: [...root.querySelectorAll(':scope > g.legend > text')].map((node) => node.textContent ?? ''),
          allText: root.textContent ?? '',
          marks: root.querySelectorAll('[data-id]').length,
          variables: /var\(--/.test(text),
        };
      }, bytes.toString('utf8'));
      expect(checked.error).toBeNull();
      expect(checked.root).toBe('svg');
      expect(checked.width).toBeGreaterThan(200);
      const texts = checked.texts.join(' ').replace(/\s+/g, ' ');
      expect(texts.startsWith(frameTitle!)).toBe(true);
      // The frame's source line, but for its sentences telling a reader to hover, tap or press keys.
      const sourceSentences = frameSource.match(/[^.!?]+(?:[.!?]+|$)/g)!.map((sentence) => sentence.trim());
      for (const sentence of sourceSentences) {
        if (/\b(hover|tap|click|drag|scroll|pinch)\b/i.test(sentence)) expect(checked.allText).not.toContain(sentence);
        else expect(texts).toContain(sentence);
      }
      expect(checked.allText).not.toMatch(/\b(hover|tap a|click|arrow keys|Escape clears)\b/i);
      // Its own credits: the map's geography sources on the map only.
      for (const credit of dataset.credits) {
        if (chart === 'map') expect(texts).toContain(credit);
        else expect(texts).not.toContain(credit);
      }
      expect(texts).toMatch(/compiled from \d+ news articles/);
      // The legend's words, each with its swatch, above the chart.
      if (chart !== 'map') expect(legendWords.length).toBeGreaterThan(1);
      for (const words of legendWords) expect(checked.legend).toContain(words);
      expect(checked.marks).toBeGreaterThan(0);
      // Styles are inlined with CSS variables resolved: the file looks the same outside the page.
      expect(checked.variables).toBe(false);
    });

    it(`${chart}: the image is the whole chart with every mark as on screen: no selection dimmed, no stroke squashed by a zoom`, async () => {
      const section = page.locator(`section:has([data-export-chart="${chart}"])`);
      // A reader's selection (and, on the timeline, zoom) must not reach the image.
      const mark = section.locator('svg[data-chart-svg] [data-id]').first();
      if (await mark.count()) await mark.dispatchEvent('click');
      if (chart === 'timeline') await section.getByRole('button', { name: 'Zoom in' }).click();
      const svg = (await download(page, chart, 'svg')).bytes.toString('utf8');
      const viewer = await page.context().newPage();
      try {
        await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
        const shapes = await viewer.evaluate(() => {
          const root = document.querySelector('body > svg') as SVGSVGElement;
          const rootInverse = root.getScreenCTM()!.inverse();
          const squashed: string[] = [];
          for (const element of root.querySelectorAll<SVGGraphicsElement>(
            'line, rect, circle, path, polyline, polygon',
          )) {
            const style = getComputedStyle(element);
            if (style.stroke === 'none' || style.visibility === 'hidden' || style.vectorEffect === 'non-scaling-stroke')
              continue;
            // A stroke under a scale that is not the same both ways is drawn squashed (a dot as an ellipse).
            const matrix = rootInverse.multiply(element.getScreenCTM()!);
            if (
              Math.abs(Math.abs(matrix.a) - Math.abs(matrix.d)) > 1e-3 ||
              Math.abs(matrix.b) > 1e-6 ||
              Math.abs(matrix.c) > 1e-6
            )
              squashed.push(element.outerHTML.slice(0, 120));
          }
          const dimmed = [...root.querySelectorAll<SVGElement>('[data-id] *')].filter(
            (element) =>
              Number(getComputedStyle(element).opacity) < 0.5 && getComputedStyle(element).visibility !== 'hidden',
          ).length;
          return { squashed, dimmed, selected: root.querySelectorAll('[data-selected="true"]').length };
        });
        expect(shapes.squashed).toEqual([]);
        expect(shapes.dimmed).toBe(0);
        expect(shapes.selected).toBe(0);
        if (chart === 'timeline') {
          // Every dated item of the chart, from the first year to the last: drawn alone or inside a numbered group.
          const ids = [...svg.matchAll(/data-id="([^"]+)"/g)].map((match) => match[1]!);
          const grouped = [...svg.matchAll(/data-members="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
          const dated = dataset.events.filter((event) => event.date !== null).map((event) => event.id);
          for (const id of dated) expect([...ids, ...grouped]).toContain(id);
        }
      } finally {
        await viewer.close();
        await page.keyboard.press('Escape');
      }
    });

    it(`${chart}: the PNG is twice the SVG’s size`, async () => {
      const svg = (await download(page, chart, 'svg')).bytes.toString('utf8');
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
      const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
      const { name, bytes } = await download(page, chart, 'png');
      expect(name).toBe(`tariff-tracer-${chart}.png`);
      expect(bytes.length).toBeGreaterThan(2000);
      expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
    });

    it(`${chart}: the CSV has the declared columns and one record per mark`, async () => {
      const { name, bytes } = await download(page, chart, 'csv');
      expect(name).toBe(`tariff-tracer-${chart}.csv`);
      const records = parseCsv(bytes.toString('utf8'));
      expect(records[0]).toEqual([...CSV_COLUMNS[chart]]);
      expect(records.length - 1).toBe(chartRows(dataset, chart).length);
      expect(records.length - 1).toBeGreaterThan(0);
      for (const record of records) expect(record).toHaveLength(CSV_COLUMNS[chart].length);
    });

    it(`${chart}: the JSON parses and keeps evidence and credits`, async () => {
      const { name, bytes } = await download(page, chart, 'json');
      expect(name).toBe(`tariff-tracer-${chart}.json`);
      const json = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      expect(json.chart).toBe(chart);
      expect(Array.isArray(json.articles)).toBe(true);
      expect(json.credits).toEqual(dataset.credits);
      const facts = (json.measures ?? json.events ?? (json.trip as { stops: unknown[] }).stops) as {
        evidence: unknown[];
      }[];
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.every((fact) => Array.isArray(fact.evidence))).toBe(true);
    });
  }
});
