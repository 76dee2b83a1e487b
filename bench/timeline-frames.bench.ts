// `npm run bench:timeline`: frame times of the timeline while zooming and panning 2,000 synthetic events in Chromium.
// Builds tests/pages/timeline-bench.html (production build, into a temporary folder), serves it with vite preview on
// 127.0.0.1, and drives it with real input (wheel ticks, a mouse drag, key presses) through playwright-core.
// Measured in the page, with the browser's own clock:
//  - frame work: for each frame that handled input, from the first input event of the frame to the end of that
//    frame's rendering (a message posted from requestAnimationFrame runs after style, layout and paint);
//  - busy time of the same frames: the input handlers' own time (from each input event to the end of its dispatch,
//    microtasks included, so Svelte's update too) plus the frame from its requestAnimationFrame callbacks to the end of
//    its rendering. It leaves out the main thread's idle wait between a handler and the next frame: nil for wheel and
//    pointer input (Chromium dispatches it at the start of a frame), up to a frame (16.7 ms) for a key press, which
//    is dispatched as it comes;
//  - frame interval: time between successive requestAnimationFrame callbacks (16.7 ms at 60 Hz when nothing drops);
//  - long animation frames (PerformanceObserver 'long-animation-frame', > 50 ms).
// The headline figure counts the frames whose input moved the view (a wheel tick at the zoom limit changes nothing and
// costs next to nothing: counting it would flatter the figure); the figure over every input frame is printed too.
// Prints p50/p95 and writes bench/results-timeline.md. EVENTS=n changes the event count, WIDTH the viewport.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, preview } from 'vite';
import { inlineDataset } from '../scripts/vite-plugin-dataset.ts';

const EVENTS = Number(process.env.EVENTS ?? '2000');
const WIDTH = Number(process.env.WIDTH ?? '1440');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

interface PageFigures {
  work: number[];
  /** Per `work` entry: the handlers' time plus requestAnimationFrame to end of rendering (no idle wait). */
  busy: number[];
  /** The interaction each `work` entry belongs to. */
  phases: string[];
  /** Whether the view (the chart's data-view-start/end) changed in that frame. */
  moved: boolean[];
  intervals: number[];
  longFrames: number[];
  marksSeen: number[];
}

function percentile(values: number[], share: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * Installed in the page before its scripts: records frame work, frame intervals and long animation frames. Plain
 * JavaScript in a string: tsx would wrap a serialised function in helpers the page does not have.
 */
const INSTRUMENT = `(() => {
  const figures = { work: [], busy: [], phases: [], moved: [], intervals: [], longFrames: [], marksSeen: [], recording: false, phase: '' };
  const viewNow = () => { const svg = document.querySelector('[data-chart-svg]'); return svg ? svg.getAttribute('data-view-start') + ' ' + svg.getAttribute('data-view-end') : ''; };
  let lastView = null;
  window.__frames = figures;
  let inputStart = null;
  let handlerStart = null;
  let handlerTime = 0;
  for (const type of ['wheel', 'pointermove', 'pointerdown', 'pointerup', 'keydown']) {
    window.addEventListener(type, () => {
      if (!figures.recording) return;
      handlerStart = performance.now();
      if (inputStart === null) inputStart = handlerStart;
    }, { capture: true, passive: true });
    // Last on the way back up: the chart's handlers and the microtasks after them (Svelte's update) are done.
    window.addEventListener(type, () => {
      if (handlerStart !== null) handlerTime += performance.now() - handlerStart;
      handlerStart = null;
    }, { passive: true });
  }
  const channel = new MessageChannel();
  let pendingStart = null;
  let pendingBusy = 0;
  channel.port1.onmessage = () => {
    if (pendingStart !== null) {
      const end = performance.now();
      figures.work.push(end - pendingStart);
      figures.busy.push(end - pendingBusy);
      figures.phases.push(figures.phase);
      const view = viewNow();
      figures.moved.push(view !== lastView);
      lastView = view;
    }
    pendingStart = null;
  };
  let last = null;
  const loop = (now) => {
    if (figures.recording) {
      if (last !== null) figures.intervals.push(now - last);
      last = now;
      if (inputStart !== null) {
        pendingStart = inputStart;
        // Busy time = handlers + (now → end of rendering): kept as a start time shifted back by the handlers' time.
        pendingBusy = performance.now() - handlerTime;
        handlerTime = 0;
        inputStart = null;
        figures.marksSeen.push(document.querySelectorAll('[data-chart-svg] [data-id], [data-chart-svg] [data-cluster]').length);
        channel.port2.postMessage(0);
      }
    } else last = null;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      if (figures.recording) for (const entry of list.getEntries()) figures.longFrames.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Older Chromium: no LoAF entries; the other two figures still stand.
  }
})();`;

async function main(): Promise<void> {
  // Frame times are wall-clock: on a shared machine, other jobs' load inflates them. Say how loaded it was.
  const loadBefore = loadavg()[0]!;
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  try {
    // Its own config (not vite.config.ts, whose inputs would merge in): only the benchmark page is built.
    await build({
      configFile: false,
      base: './',
      plugins: [svelte(), inlineDataset()],
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: { bench: resolve('tests/pages/timeline-bench.html') } } },
    });
    const server = await preview({ configFile: false, root: process.cwd(), base: './', logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not report a URL');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
      await page.addInitScript({ content: INSTRUMENT });
      await page.goto(`${base}tests/pages/timeline-bench.html?events=${EVENTS}`, { waitUntil: 'networkidle' });
      const svg = page.locator('[data-chart-svg]');
      await svg.waitFor();
      const box = (await svg.boundingBox())!;
      const centre = { x: box.x + box.width * 0.6, y: box.y + Math.min(box.height / 2, 250) };
      await page.mouse.move(centre.x, centre.y);
      await page.evaluate('window.__frames.recording = true');

      const phase = (name: string) => page.evaluate(`window.__frames.phase = ${JSON.stringify(name)}`);
      // Wheel: zoom in from the two-year view towards days, then back out past the whole range.
      await phase('wheel zoom');
      for (let tick = 0; tick < 40; tick++) {
        await page.mouse.wheel(0, -120);
        await page.waitForTimeout(16);
      }
      // Drag: pan the zoomed view left and right.
      await phase('drag pan');
      for (const direction of [1, -1, 1]) {
        await page.mouse.move(centre.x, centre.y);
        await page.mouse.down();
        for (let step = 1; step <= 30; step++) {
          await page.mouse.move(centre.x + direction * step * 12, centre.y);
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
      }
      await phase('wheel zoom');
      for (let tick = 0; tick < 60; tick++) {
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(16);
      }
      await phase('keys');
      // Keyboard: focus the chart's tab stop, zoom with + and −, pan with Shift + arrows.
      await page.locator('[data-chart-svg] [tabindex="0"]').first().focus();
      for (const key of ['+', '+', '+', '+', '+', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowLeft', '-', '-', '-', '-', '-']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(32);
      }
      await page.waitForTimeout(200);
      const figures = (await page.evaluate('window.__frames')) as PageFigures;
      report(figures, loadBefore);
    } finally {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function report(figures: PageFigures, loadBefore: number): void {
  const round = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
  const moving = figures.work.filter((_, index) => figures.moved[index]);
  const workP50 = percentile(moving, 0.5);
  const workP95 = percentile(moving, 0.95);
  const allP95 = percentile(figures.work, 0.95);
  const intervalP50 = percentile(figures.intervals, 0.5);
  const intervalP95 = percentile(figures.intervals, 0.95);
  const dropped = figures.intervals.filter((interval) => interval > 1000 / 60 * 1.5).length;
  const marks = `${Math.min(...figures.marksSeen)}–${Math.max(...figures.marksSeen)}`;
  const met = workP95 < 16 ? 'met' : 'NOT met';
  const longest = figures.longFrames.length ? ` (max ${round(Math.max(...figures.longFrames))} ms)` : '';
  const busy = figures.busy.filter((_, index) => figures.moved[index]);
  const busyP95 = percentile(busy, 0.95);
  const busyMet = busyP95 < 16 ? 'met' : 'NOT met';
  const byPhase = [...new Set(figures.phases)].map((name) => {
    const values = figures.work.filter((_, index) => figures.phases[index] === name && figures.moved[index]);
    const busyValues = figures.busy.filter((_, index) => figures.phases[index] === name && figures.moved[index]);
    const still = figures.work.filter((_, index) => figures.phases[index] === name && !figures.moved[index]).length;
    return { name, count: values.length, still, p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: Math.max(...values), busyP50: percentile(busyValues, 0.5), busyP95: percentile(busyValues, 0.95) };
  });
  const lines = [
    `Timeline, ${EVENTS} synthetic events, ${WIDTH} px wide, Chromium headless (software rendering), production build`,
    `frames with input: ${figures.work.length}, of which ${moving.length} moved the view; marks in the DOM per frame: ${marks}`,
    `frame work (input → end of rendering), frames that moved the view: p50 ${round(workP50)} ms, p95 ${round(workP95)} ms, max ${round(Math.max(...moving))} ms (target p95 < 16 ms: ${met})`,
    `busy time (handlers + rAF → end of rendering, no idle wait), frames that moved the view: p50 ${round(percentile(busy, 0.5))} ms, p95 ${round(busyP95)} ms, max ${round(Math.max(...busy))} ms (target p95 < 16 ms: ${busyMet})`,
    `frame work over every input frame (wheel ticks at the zoom limit included): p95 ${round(allP95)} ms`,
    `frame interval (rAF to rAF, every frame, at rest too): p50 ${round(intervalP50)} ms, p95 ${round(intervalP95)} ms; ${dropped} of ${figures.intervals.length} frames over 25 ms`,
    `long animation frames (> 50 ms): ${figures.longFrames.length}${longest}`,
    `machine load: ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (1-minute load average, ${cpus().length} cores)`,
  ];
  for (const entry of byPhase) lines.push(`  ${entry.name}: ${entry.count} frames, p50 ${round(entry.p50)} ms, p95 ${round(entry.p95)} ms, max ${round(entry.max)} ms; busy p50 ${round(entry.busyP50)} ms, p95 ${round(entry.busyP95)} ms${entry.still ? ` (and ${entry.still} at a limit, view unchanged)` : ''}`);
  console.log(lines.join('\n'));
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  writeFileSync(
    resolve('bench/results-timeline.md'),
    `# Timeline frame times\n\n\`npm run bench:timeline\` on ${date} UTC; ${cpus().length} cores shared with other jobs, 1-minute load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after (a load above the core count stretches every wall-clock figure below).\n` +
      `Input: 40 wheel ticks in, three 30-step mouse drags, 60 wheel ticks out, 15 key presses (+, Shift+arrows, −). Frame work is measured from the frame's first input event to the end of its rendering; busy time is the input handlers' own time plus the frame from its requestAnimationFrame callbacks to the end of its rendering (the same, less the idle wait between a key press, dispatched as it comes, and the next frame; wheel and pointer input come at the start of a frame). Both count the frames whose input moved the view (wheel ticks past the zoom limits change nothing and are listed apart).\n\n` +
      `| Measure | p50 | p95 | max | busy p50 | busy p95 | Target |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n` +
      `| Frame work, frames that moved the view (${moving.length} frames) | ${round(workP50)} ms | ${round(workP95)} ms | ${round(Math.max(...moving))} ms | ${round(percentile(busy, 0.5))} ms | ${round(busyP95)} ms | p95 < 16 ms: ${met} (input → rendered), ${busyMet} (busy) |\n` +
      byPhase.map((entry) => `| … ${entry.name} (${entry.count} frames${entry.still ? `; ${entry.still} more at a limit` : ''}) | ${round(entry.p50)} ms | ${round(entry.p95)} ms | ${round(entry.max)} ms | ${round(entry.busyP50)} ms | ${round(entry.busyP95)} ms | |\n`).join('') +
      `| Frame work, every input frame (${figures.work.length}) | ${round(percentile(figures.work, 0.5))} ms | ${round(allP95)} ms | ${round(Math.max(...figures.work))} ms | ${round(percentile(figures.busy, 0.5))} ms | ${round(percentile(figures.busy, 0.95))} ms | |\n` +
      `| Frame interval, rAF to rAF (${figures.intervals.length} frames; ${dropped} over 25 ms) | ${round(intervalP50)} ms | ${round(intervalP95)} ms | ${round(Math.max(...figures.intervals))} ms | | | 16.7 ms at 60 Hz |\n\n` +
      `Long animation frames (> 50 ms): ${figures.longFrames.length}${longest}. Marks in the DOM per frame: ${marks} (${EVENTS} events; clusters and culling keep it small).\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
