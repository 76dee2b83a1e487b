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
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
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
  await page.locator(`section:has([data-export-chart="${chart}"]) svg[data-chart-svg]`).first().waitFor({ timeout: 15_000 });
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
    it(`${chart}: the SVG parses, carries the title, the source line, the credits and the chart’s marks`, async () => {
      const { name, bytes } = await download(page, chart, 'svg');
      const frame = page.locator(`section:has([data-export-chart="${chart}"]) figure`).first();
      const frameTitle = (await frame.locator('.chart-title').first().textContent())?.trim();
      const frameSource = (await frame.locator('.chart-source > span').first().textContent())?.replace(/\s+/g, ' ').trim();
      expect(name).toBe(`tariff-tracer-${chart}.svg`);
      const checked = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          texts: [...root.querySelectorAll(':scope > text')].map((node) => node.textContent ?? ''),
          marks: root.querySelectorAll('[data-id]').length,
          variables: /var\(--/.test(text),
        };
      }, bytes.toString('utf8'));
      expect(checked.error).toBeNull();
      expect(checked.root).toBe('svg');
      expect(checked.width).toBeGreaterThan(200);
      const texts = checked.texts.join(' ').replace(/\s+/g, ' ');
      expect(texts.startsWith(frameTitle!)).toBe(true);
      expect(texts).toContain(frameSource);
      for (const credit of dataset.credits) expect(texts).toContain(credit);
      expect(texts).toMatch(/compiled from \d+ news articles/);
      expect(checked.marks).toBeGreaterThan(0);
      // Styles are inlined with CSS variables resolved: the file looks the same outside the page.
      expect(checked.variables).toBe(false);
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
      const facts = (json.measures ?? json.events ?? (json.trip as { stops: unknown[] }).stops) as { evidence: unknown[] }[];
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.every((fact) => Array.isArray(fact.evidence))).toBe(true);
    });
  }
});
