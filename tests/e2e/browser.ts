// The browser-test harness: Debian's Chromium driven by playwright-core, with console, network and axe checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, findChromium, isExecutableFile } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// $CHROMIUM_PATH when set (npm test sets it to what it found), else /usr/bin/chromium or chromium on PATH. Where none
// is found, the default path stays, and launchChromium's error says what to do.
const foundChromium = findChromium({ env: process.env, isExecutable: isExecutableFile });
export const CHROMIUM_PATH =
  'path' in foundChromium ? foundChromium.path : process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
export { CHROMIUM_ARGS };

export function baseURL(): string {
  return inject('baseURL');
}

export async function launchChromium(): Promise<Browser> {
  if (!isExecutableFile(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Every request to a host other than 127.0.0.1 / localhost (or not http at all, but data: and blob:). */
  externalRequests: string[];
}

/** Opens a page of the built site (path like "/" or "/embed/flow.html#…") and watches it. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') externalRequests.push(request.url());
  });
  await page.goto(baseURL() + path, { waitUntil: 'networkidle' });
  return { page, errors, externalRequests };
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page, or inside `selector`, and returns its violations. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolationSummary[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' Content-Security-Policy
  // refuses inline scripts it has no hash for (issue 16 item 9), and axe is no part of the page.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(context ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, selector ?? null);
}
