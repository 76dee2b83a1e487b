// `npx tsx bench/inp.bench.ts` (npm run bench:inp): interaction to next paint (issue 19: ≤ 100 ms at 4× CPU) for a
// flow selection by click and by keyboard Enter, a map step and a timeline zoom, on the page and on each embed.
// Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), 412 × 823 px, the built site served by vite
// preview on 127.0.0.1. The page's own Event Timing entries (PerformanceObserver type 'event', durationThreshold 16)
// give each interaction's latency the web-vitals way (bench/inp-summary.ts): the longest event of the interaction,
// from the input to the next paint. Each action is done three times, after the page has gone quiet, with a fresh
// target each time (another mark, the next stop, the next zoom level).
// Builds nothing: build first (DIST_DIR=… npx vite build && DIST_DIR=… npx tsx scripts/build-single-file.ts).
// Env: DIST_DIR, PAGES=index.html,embed/flow.html,…, CPU_RATE (default 4), REPEAT (default 3),
// INP_RESULTS=1 writes the table to bench/results-inp.md (the lead does, on a quiet machine), TRACE=0 leaves out the
// trace. On a loaded machine the latencies grow with the load (printed at the end): an input waits for a busy core
// too. Hence a second figure per action from a Chromium trace: the longest main-thread task's CPU time during it (the
// handlers and the frame that paints the result), which the other processes' load stretches far less.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { openBuiltSite, readTrace } from './built-site.ts';
import { summarizeInteractions, type ActionSummary, type EventEntry } from './inp-summary.ts';
import { tasksFromTrace } from './trace-frames.ts';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const cpuRate = Number(process.env.CPU_RATE ?? '4');
const repeat = Number(process.env.REPEAT ?? '3');
const PAGES = (process.env.PAGES ?? 'index.html,embed/flow.html,embed/map.html,embed/timeline.html')
  .split(',')
  .map((page) => page.trim())
  .filter(Boolean);
const LIMIT_MS = 100;
const TRACE = process.env.TRACE !== '0';

declare global {
  interface Window {
    __events: EventEntry[];
    __actionStarts: { name: string; at: number }[];
    __lastLongTaskEnd: number;
  }
}

const ACTIONS = {
  flowClick: 'flow: select by click',
  flowEnter: 'flow: select by Enter',
  mapStep: 'map: next stop',
  timelineZoom: 'timeline: zoom in',
} as const;

/** Waits until the page has had no long task for `quietMs` (or `maxMs` passed), then for two frames. */
async function quiet(page: Page, quietMs = 800, maxMs = 15000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    const since = await page.evaluate(() => performance.now() - window.__lastLongTaskEnd);
    if (since >= quietMs) break;
    await page.waitForTimeout(200);
  }
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/** From now on, interactions belong to `action` (by their start time: their entries arrive after the paint). */
async function setAction(page: Page, action: string): Promise<void> {
  await page.evaluate((name) => {
    window.__actionStarts.push({ name, at: performance.now() });
    console.timeStamp(`action:${name}`);
  }, action);
}

/** The chart's selectable marks (flow measures, map stops, timeline events), once the chart has drawn them. */
async function marksOf(page: Page, scope: string): Promise<Locator> {
  const marks = page.locator(`${scope} svg[data-chart-svg] [role="button"][data-id]`);
  await page.locator(scope).first().scrollIntoViewIfNeeded();
  await marks.first().waitFor({ state: 'attached', timeout: 30_000 });
  return marks;
}

/** Runs each action `repeat` times on the chart in `scope` ('body' on an embed, the chapter on the page). */
async function flowActions(page: Page, scope: string): Promise<string[]> {
  const marks = await marksOf(page, scope);
  const count = await marks.count();
  await setAction(page, ACTIONS.flowClick);
  for (let index = 0; index < repeat; index++) {
    const mark = marks.nth(index % count);
    await mark.scrollIntoViewIfNeeded();
    await quiet(page);
    await mark.click({ force: true });
  }
  await setAction(page, ACTIONS.flowEnter);
  for (let index = 0; index < repeat; index++) {
    const mark = marks.nth((repeat + index) % count);
    await mark.focus();
    await quiet(page);
    await page.keyboard.press('Enter');
  }
  return [ACTIONS.flowClick, ACTIONS.flowEnter];
}

async function mapActions(page: Page, scope: string): Promise<string[]> {
  await marksOf(page, scope);
  const next = page.locator(scope).getByRole('button', { name: 'Next stop →' });
  await next.scrollIntoViewIfNeeded();
  await setAction(page, ACTIONS.mapStep);
  for (let index = 0; index < repeat && (await next.isEnabled()); index++) {
    await quiet(page);
    await next.click();
    // The step animates for about a second; the next input waits for it to end, as a reader would.
    await page.waitForTimeout(1200);
  }
  return [ACTIONS.mapStep];
}

async function timelineActions(page: Page, scope: string): Promise<string[]> {
  await marksOf(page, scope);
  const zoomIn = page.locator(scope).getByRole('button', { name: 'Zoom in' });
  await zoomIn.scrollIntoViewIfNeeded();
  await setAction(page, ACTIONS.timelineZoom);
  for (let index = 0; index < repeat && (await zoomIn.isEnabled()); index++) {
    await quiet(page);
    await zoomIn.click();
    await page.waitForTimeout(700);
  }
  return [ACTIONS.timelineZoom];
}

/** Per action, the longest main-thread task's CPU time (ms) from a Chromium trace: what the other processes' load
 * does not stretch, unlike the wall-clock latency (see bench/long-tasks.bench.ts). */
type TaskCpu = Map<string, number>;

async function measure(page: Page, path: string, baseUrl: string): Promise<[ActionSummary[], TaskCpu]> {
  await page.addInitScript(() => {
    window.__events = [];
    window.__actionStarts = [{ name: 'load', at: 0 }];
    console.timeStamp('action:load');
    window.__lastLongTaskEnd = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        window.__events.push({
          name: entry.name,
          interactionId: entry.interactionId ?? 0,
          startTime: entry.startTime,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
          duration: entry.duration,
          action: window.__actionStarts.findLast((start) => start.at <= entry.startTime)!.name,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__lastLongTaskEnd = Math.max(window.__lastLongTaskEnd, entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  if (TRACE)
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReturnAsStream',
    });
  await page.goto(`${baseUrl}${path === 'index.html' ? '' : path}`, { waitUntil: 'load' });
  await quiet(page, 1500);
  const actions: string[] = [];
  const embedded = path.match(/embed\/(\w+)\.html/)?.[1];
  if (!embedded || embedded === 'flow') actions.push(...(await flowActions(page, embedded ? 'body' : '#flow')));
  if (!embedded || embedded === 'map') actions.push(...(await mapActions(page, embedded ? 'body' : '#trip')));
  if (!embedded || embedded === 'timeline')
    actions.push(...(await timelineActions(page, embedded ? 'body' : '#timeline')));
  // Entries arrive after the paint that ends them: let the last one land.
  await quiet(page);
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__events);
  const taskCpu: TaskCpu = new Map();
  if (TRACE)
    for (const task of tasksFromTrace(await readTrace(cdp), 0))
      taskCpu.set(task.action, Math.max(taskCpu.get(task.action) ?? 0, task.cpu * (4 / cpuRate)));
  return [summarizeInteractions(events, actions), taskCpu];
}

const ms = (value: number) => `${Math.round(value)}`;

function tableRows(path: string, summaries: readonly ActionSummary[], taskCpu: TaskCpu): string[] {
  return summaries.map((summary) => {
    const longest = summary.longest;
    const verdict = !summary.count ? 'NO INTERACTION SEEN' : summary.worst > LIMIT_MS ? 'OVER 100 ms' : 'ok';
    const parts = longest
      ? `${ms(longest.inputDelay)} / ${ms(longest.processing)} / ${ms(longest.presentationDelay)} (${longest.longestEvent})`
      : '–';
    const cpu = taskCpu.has(summary.action) ? ms(taskCpu.get(summary.action)!) : '–';
    return `| ${path} | ${summary.action} | ${summary.count} | ${ms(summary.worst)} | ${ms(summary.median)} | ${parts} | ${cpu} | ${verdict} |`;
  });
}

async function main(): Promise<void> {
  const { baseUrl, browser, close } = await openBuiltSite(outDir, PAGES);
  const rows: string[] = [];
  let worst = 0;
  try {
    for (const path of PAGES) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const [summaries, taskCpu] = await measure(page, path, baseUrl);
      await context.close();
      if (errors.length) console.error(`${path}: page errors: ${errors.join(' | ')}`);
      for (const summary of summaries) worst = Math.max(worst, summary.worst);
      rows.push(...tableRows(path, summaries, taskCpu));
    }
  } finally {
    await close();
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  const table = [
    `Interaction to next paint at ${cpuRate}× CPU slowdown, 412 × 823 px, ${repeat} of each action, ${outDir}`,
    '',
    '| page | action | interactions | longest (INP) ms | median ms | longest: input delay / handlers / to paint ms ' +
      `| longest task, CPU ms${cpuRate === 4 ? '' : ` × ${4 / cpuRate}`} | ≤ 100 ms |`,
    '|---|---|--:|--:|--:|---|--:|---|',
    ...rows,
    '',
    `Longest interaction: ${ms(worst)} ms (target ≤ ${LIMIT_MS} ms). Load average ${load}: figures grow with it.`,
  ].join('\n');
  console.log(table);
  if (process.env.INP_RESULTS === '1') {
    const file = resolve('bench/results-inp.md');
    writeFileSync(
      file,
      `# Interaction to next paint (npm run bench:inp)\n\nMeasured ${new Date().toISOString().slice(0, 16)} UTC.\n\n${table}\n`,
    );
    console.log(`\nWrote ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
