// Measures raised, cut and lifted, and what was in force on a day (issue 18), shown with real text: the site built
// from the development corpus together with the seeds. Checks that the EV cut to 6.1%, the US steel and aluminum step
// from 25% to 50% and an exemption are drawn and reachable by keyboard on the timeline (with their up or down chevron
// and in words), that choosing 1 March 2025 with the control writes on=2025-03-01 and the summary names what was in
// force, and that the control has no axe violation. Screenshots at 375 and 1440 px go to $SHOTS_DIR (default
// /tmp/in-force-shots) for a person to look at.
//
// Building takes a minute or two: set IN_FORCE_DIST to a folder already built from the same articles to skip it
// (DATASET_FILE=… DIST_DIR=… npx vite build, then build-single-file.ts; see scripts/vite-plugin-dataset.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from './browser.ts';

const DEV_ARTICLES = resolve('../shared/corpus/dev/articles');
const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/in-force-shots';

/** Seeds + development articles → dataset → site, in a fresh temporary folder; returns the built folder. */
function buildSite(): string {
  const work = mkdtempSync(join(tmpdir(), 'in-force-e2e-'));
  const articles = join(work, 'articles');
  mkdirSync(articles);
  for (const dir of ['seeds', DEV_ARTICLES]) {
    for (const file of readdirSync(dir)) if (file.endsWith('.txt')) copyFileSync(join(dir, file), join(articles, file));
  }
  const dataset = join(work, 'dataset.json');
  const dist = join(work, 'dist');
  const env = { ...process.env, DATASET_FILE: dataset, DIST_DIR: dist };
  execFileSync(
    'npx',
    ['tsx', 'scripts/build-data.ts', '--seeds', articles, '--out', dataset, '--no-corrections', '--quiet'],
    { stdio: 'inherit', env },
  );
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
  execFileSync('npx', ['tsx', 'scripts/build-single-file.ts'], { stdio: 'inherit', env });
  return dist;
}

describe.skipIf(!existsSync(DEV_ARTICLES))('in force on a day, with the development corpus', () => {
  let browser: Browser;
  let server: PreviewServer;
  let base = '';
  /** The temporary folder this test built into (removed afterwards), or null with IN_FORCE_DIST. */
  let built: string | null = null;

  beforeAll(async () => {
    if (!process.env.IN_FORCE_DIST) built = buildSite();
    const dist = process.env.IN_FORCE_DIST ?? built!;
    server = await preview({
      configFile: false,
      root: process.cwd(),
      base: './',
      logLevel: 'silent',
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port: 0 },
    });
    base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (built) rmSync(dirname(built), { recursive: true, force: true });
  });

  async function open(
    width: number,
    hash = '',
    { path = '/', colorScheme = 'light' as 'light' | 'dark' } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.goto(`${base}${path}${hash}`, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  /** One imposer's part of the summary ("Canada …; China …"): "" when it has none. */
  const imposerPart = (sentence: string, imposer: string) =>
    sentence
      .replace(/^On [^:]+: /, '')
      .split('; ')
      .find((part) => part.startsWith(`${imposer} `)) ?? '';

  const control = (page: Page) => page.locator('#flow .in-force');

  async function showTimeline(page: Page): Promise<void> {
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await page.locator('#timeline .timeline[data-drawn]').waitFor();
  }

  it('choosing 1 March 2025 with the control writes on=2025-03-01 and the summary names what was in force', async () => {
    const { page, errors } = await open(1440);
    await page.locator('#flow').scrollIntoViewIfNeeded();
    await control(page).waitFor();
    // With the keyboard: focus the date field and type the day.
    await control(page).locator('input[type=date]').focus();
    await page.keyboard.type('03012025');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('on=2025-03-01');
    const summary = control(page).locator('[aria-live]');
    await expect.poll(() => summary.textContent()).toContain('On 1 March 2025:');
    const sentence = (await summary.textContent())!;
    // Canada's 100% on Chinese EVs (October 2024) was in force; the US tariffs of 4 March 2025 were not yet.
    const canada = imposerPart(sentence, 'Canada');
    expect(canada).toMatch(/100% on electric vehicles( and batteries)? from China/);
    expect(canada).toMatch(/25% on steel and aluminum from China/);
    expect(imposerPart(sentence, 'United States')).not.toMatch(/25% on all goods from (Canada|Mexico)/);
    // The slider says the same day in words; the arrow keys move it by a day.
    const slider = control(page).getByRole('slider', { name: 'Day' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 March 2025');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('on=2025-03-02');
    // "Next change" jumps to the next day a rate changed: the US tariffs of 4 March 2025.
    await control(page)
      .getByRole('button', { name: /^Next change/ })
      .click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('on=2025-03-04');
    await expect
      .poll(async () => imposerPart((await summary.textContent())!, 'United States'))
      .toMatch(/25% on all goods from Canada/);
    expect(await axeViolations(page, '#flow .in-force')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads the day back from the URL: after the cut of 16 January 2026, Canada charges 6.1% on Chinese EVs', async () => {
    const { page } = await open(1440, '#on=2026-01-20');
    await page.locator('#flow').scrollIntoViewIfNeeded();
    const summary = control(page).locator('[aria-live]');
    await expect.poll(() => summary.textContent()).toContain('On 20 January 2026:');
    const canada = imposerPart((await summary.textContent())!, 'Canada');
    expect(canada).toMatch(/6\.1% on electric vehicles from China/);
    expect(canada).not.toMatch(/100% on electric vehicles/);
    // The steel and aluminum tariffs raised to 50% in June 2025.
    expect(imposerPart((await summary.textContent())!, 'United States')).toMatch(
      /50% on (steel|aluminum).* from all origins/,
    );
    // The list for the eye says the same.
    expect(await control(page).locator('.in-force-list').textContent()).toMatch(/6\.1% on electric vehicles/);
  });

  it('marks the EV cut, the steel and aluminum raise to 50% and an exemption on the timeline, up or down, reachable by keyboard', async () => {
    const { page, errors } = await open(1440, '#on=2025-03-01');
    await showTimeline(page);
    const marks = page.locator('#timeline [data-chart-svg] .event[role=button]');
    // The day chosen in the URL draws the "in force on" rule (in the opening view, which holds every date).
    expect(await page.locator('#timeline [data-in-force-rule] text').textContent({ timeout: 5000 })).toBe(
      'In force on 1 March 2025',
    );
    // With the keyboard: "Previous event" from the last item back, each selected mark's name read as a screen reader
    // would (the selected mark is the chart's tab stop, so Tab reaches it).
    const previous = page.locator('#timeline').getByRole('button', { name: '← Previous event' });
    await previous.focus();
    const names: string[] = [];
    const wanted = [/6\.1%.*De-escalation \(cut\)/, /50%.*Escalation \(raised\)/];
    for (
      let index = 0;
      index < 150 && !wanted.every((pattern) => names.some((name) => pattern.test(name)));
      index += 1
    ) {
      const before = await page.evaluate(() => location.hash);
      await page.keyboard.press('Enter');
      await page.waitForFunction((hash) => location.hash !== hash, before);
      // Two items of one day at the closest zoom stay one numbered group: then no mark of its own is selected.
      await page.waitForTimeout(50);
      const selected = page.locator('#timeline [data-chart-svg] .event[data-selected]');
      const name = (await selected.count()) === 1 ? ((await selected.getAttribute('aria-label')) ?? '') : '';
      if (wanted.some((pattern) => pattern.test(name))) {
        expect(await selected.getAttribute('tabindex'), name).toBe('0');
        // Drawn, with its chevron above it: down for the cut, up for the raise.
        const id = (await selected.getAttribute('data-id'))!;
        expect((await selected.boundingBox())?.width, name).toBeGreaterThan(0);
        const chevron = page.locator(`#timeline .chevron[data-direction-for="${id}"]`);
        await expect.poll(() => chevron.count(), { message: `${name}: its chevron` }).toBe(1);
        expect(await chevron.getAttribute('data-direction'), name).toBe(
          /De-escalation/.test(name) ? 'de-escalation' : 'escalation',
        );
        expect((await chevron.boundingBox())?.height, name).toBeGreaterThan(0);
      }
      names.push(name);
      if (await previous.isDisabled()) break;
    }
    const all = names.join('\n');
    expect(all, all).toMatch(wanted[0]!);
    expect(all).toMatch(/(steel|aluminum).*50%.*Escalation \(raised\)|50%.*(steel|aluminum).*Escalation \(raised\)/i);
    expect(await marks.count()).toBeGreaterThan(0);
    // The text alternative says the direction in words, the exemptions of March 2025 too (on the chart they share a
    // numbered group with the month-only "March 2025" items, listed in the details box when it is opened).
    const text = (await page.locator('#timeline').textContent())!;
    expect(text).toMatch(/de-escalation \(cut\)/);
    // (An exemption is a direction of its own on the timeline since 3 December: "exemption (some goods exempted)".)
    expect(text).toMatch(/exemption \(some goods exempted\)/i);
    expect(errors).toEqual([]);
  });

  it('draws the EV cut to 6.1%, the 50% steel and aluminum step and the lifted USMCA goods in the flow chart, reachable by keyboard', async () => {
    const { page } = await open(1440);
    await page.locator('#flow').scrollIntoViewIfNeeded();
    await page.locator('#flow [data-chart-svg]').waitFor();
    await page.locator('#flow [data-chart-svg] [tabindex="0"]').first().focus();
    const names = new Set<string>();
    for (let index = 0; index < 80; index += 1) {
      names.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
      await page.keyboard.press('ArrowRight');
    }
    const all = [...names].join('\n');
    expect(all, all).toMatch(/Cut to 6\.1% on electric vehicles → China.*Step 2 of 2 of .*: cut from 100% to 6\.1%/);
    expect(all, all).toMatch(/^50% on steel, aluminum.*→ all origins · Jun 2025/m);
    expect(all, all).toMatch(/^Lifted: USMCA\/CUSMA/m);
  });

  it('fades in the flow chart what was not in force on the chosen day, and draws the EV rate’s drop along its lane', async () => {
    const { page } = await open(1440, '#on=2025-03-01');
    await page.locator('#flow').scrollIntoViewIfNeeded();
    await page.locator('#flow [data-chart-svg]').waitFor();
    const mark = (label: RegExp) =>
      page
        .locator('#flow [data-chart-svg] .measure')
        .filter({ has: page.locator('text', { hasText: label }) })
        .first();
    const cut = mark(/Cut to 6\.1%/);
    expect(await cut.getAttribute('data-in-force')).toBe('false');
    expect(await cut.getAttribute('aria-label')).toMatch(/Not in force on 1 March 2025/);
    const ev100 = mark(/100% on electric/);
    expect(await ev100.getAttribute('data-in-force')).toBeNull();
    expect(await ev100.getAttribute('aria-label')).toMatch(/In force on 1 March 2025/);
    // The 100% → 6.1% step: a line between the two marks with a down chevron.
    const id = `${await ev100.getAttribute('data-id')}->${await cut.getAttribute('data-id')}`;
    expect(await page.locator(`#flow [data-life-step="${id}"]`).getAttribute('data-direction')).toBe('down');
  });

  it('says at the end of each lane where its changing rates stand: now, or on the chosen day, at 1440 and 375 px', async () => {
    const wide = await open(1440);
    await wide.page.locator('#flow').scrollIntoViewIfNeeded();
    const canada = wide.page.locator('#flow [data-lane-note="CA"]');
    expect(await canada.textContent()).toMatch(/^now: 6\.1% on electric vehicles/);
    // Inside the chart, right of the lane's title, not over it.
    const box = (await canada.boundingBox())!;
    const title = (await wide.page.locator('#flow .lane-title', { hasText: 'Canada imposes' }).boundingBox())!;
    expect(box.x).toBeGreaterThan(title.x + title.width);
    const svg = (await wide.page.locator('#flow [data-chart-svg]').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 1);
    const chosen = await open(1440, '#on=2025-03-01');
    await chosen.page.locator('#flow').scrollIntoViewIfNeeded();
    expect(await chosen.page.locator('#flow [data-lane-note="CA"]').textContent()).toMatch(
      /^on 1 March 2025: 100% on electric vehicles/,
    );
    // On a phone the chain is one column per lane: the notes are a list under it, in words.
    const phone = await open(375);
    await phone.page.locator('#flow').scrollIntoViewIfNeeded();
    await phone.page.locator('#flow [data-chart-svg]').waitFor();
    expect(await phone.page.locator('#flow .lane-notes').textContent()).toMatch(
      /Canada, now: 6\.1% on electric vehicles/,
    );
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it("takes a reader of the timeline to the one control, whose day then moves the timeline's rule", async () => {
    const { page, errors } = await open(1440, '#on=2025-03-01');
    await showTimeline(page);
    const jump = page.locator('#timeline .in-force-jump');
    expect(await jump.textContent()).toContain('1 March 2025');
    expect(await axeViolations(page, '#timeline .in-force-jump')).toEqual([]);
    // With the keyboard: the button takes the focus to the control's slider, by the flow chart.
    await jump.getByRole('button', { name: /Change the day/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.closest('#flow .in-force') !== null &&
            (document.activeElement as HTMLInputElement).type === 'range',
        ),
      )
      .toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('on=2025-03-02');
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('#timeline [data-in-force-rule] text').textContent())
      .toBe('In force on 2 March 2025');
    await jump.getByRole('button', { name: 'Show all dates' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('on=');
    expect(errors).toEqual([]);
  });

  it('has no axe violation on the control with a day chosen in the dark theme, and the timeline embed draws the rule from its own link', async () => {
    const { page } = await open(375, '#on=2025-06-15', { colorScheme: 'dark' });
    await page.locator('#flow').scrollIntoViewIfNeeded();
    await control(page).locator('.in-force-list').waitFor();
    // 15 June is inside "June 2025", the month of the 50% step: listed as a step that may or may not apply yet.
    expect(await control(page).locator('.in-force-list .uncertain').allTextContents()).toContainEqual(
      expect.stringMatching(/50% on .*sometime in June 2025 \(day not stated\)/),
    );
    expect(await axeViolations(page, '#flow .in-force')).toEqual([]);
    const embed = await open(640, '#on=2025-03-01', { path: '/embed/timeline.html' });
    expect(await embed.page.locator('[data-in-force-rule] text').textContent({ timeout: 15_000 })).toBe(
      'In force on 1 March 2025',
    );
    expect(embed.errors).toEqual([]);
  });

  for (const width of [375, 1440]) {
    it(`screenshots at ${width} px: the control and the timeline on 1 March 2025`, async () => {
      mkdirSync(SHOTS_DIR, { recursive: true });
      const { page } = await open(width, '#on=2025-03-01');
      await page.locator('#flow').scrollIntoViewIfNeeded();
      await control(page).waitFor();
      await page.locator('#flow [data-chart-svg], #flow svg').first().waitFor();
      await page.waitForTimeout(500);
      await page.locator('#flow').screenshot({ path: join(SHOTS_DIR, `in-force-flow-${width}.png`) });
      await showTimeline(page);
      await page.locator('#timeline').screenshot({ path: join(SHOTS_DIR, `in-force-timeline-${width}.png`) });
      // No sideways scroll at either width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
