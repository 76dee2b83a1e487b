// Article text is untrusted: an article carrying <script> and <img onerror> goes through the real compiler and the real
// page build, and the page shows those characters as text and runs nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

const FIXTURE = 'tests/fixtures/xss';

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

describe('a hostile article', () => {
  let folder: string;
  let dataset: Dataset;
  let server: PreviewServer;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'xss-'));
    const datasetFile = join(folder, 'dataset.json');
    const distDir = join(folder, 'dist');
    run('npx', ['tsx', 'scripts/build-data.ts', '--seeds', FIXTURE, '--out', datasetFile]);
    run('npx', ['vite', 'build', '--logLevel', 'error'], { DATASET_FILE: datasetFile, DIST_DIR: distDir });
    dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
    server = await preview({
      configFile: false,
      root: process.cwd(),
      base: './',
      logLevel: 'silent',
      build: { outDir: distDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    baseURL = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is compiled with its markup kept as characters (the test would prove nothing otherwise)', () => {
    const article = dataset.articles[0]!;
    expect(article.text).toContain('<script>alert(1)</script>');
    expect(article.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows <script> and <img onerror> as text in the reader, the details and the sources, and runs nothing', async () => {
    const article = dataset.articles[0]!;
    const fact = [...dataset.measures, ...dataset.meetings].find((candidate) =>
      candidate.evidence.some((item) => /[<>]/.test(item.quote)),
    );
    expect(fact, 'a fact quoting a sentence with markup, to show in the details panel').toBeDefined();
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(() => {
      // Anything that runs the article's code would call alert(); make it visible even if dialogs were suppressed.
      window.alert = () => {
        (window as unknown as { __xss: boolean }).__xss = true;
      };
    });

    const kind = dataset.measures.some((measure) => measure.id === fact!.id) ? 'measure' : 'meeting';
    const selection = `${kind}=${encodeURIComponent(fact!.id)}&`;
    await page.goto(`${baseURL}/#${selection}read=${encodeURIComponent(article.id)}`, { waitUntil: 'networkidle' });
    const reader = page.locator('dialog.reader[open] .reader-text');
    await reader.waitFor();
    expect(await reader.textContent()).toBe(article.text);
    await expect(page.locator('dialog.reader[open] h2').textContent()).resolves.toBe(
      'Tariff news <script>alert(1)</script>',
    );
    // Hover over the text, where <b onmouseover> would be if it had been parsed as HTML.
    await reader.hover();

    await page.keyboard.press('Escape');
    await page.locator('#sources').scrollIntoViewIfNeeded();
    await page.locator('#sources li').first().waitFor();
    const sourcesText = await page.locator('#sources').textContent();
    expect(sourcesText).toContain('Tariff news <script>alert(1)</script>');
    expect(sourcesText).toContain('Hostile <img src=x onerror=alert(1)> Wire');
    expect(await page.locator('[data-details] blockquote').allTextContents()).toContainEqual(
      expect.stringMatching(/<script>|<img src=x/),
    );

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('b[onmouseover]').length,
      scripts: [...document.scripts].filter(
        (script) => script.textContent?.includes('alert(1)') && script.id !== 'dataset',
      ).length,
      flagged: (window as unknown as { __xss?: boolean }).__xss === true,
    }));
    expect(injected).toEqual({ images: 0, bold: 0, scripts: 0, flagged: false });
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
