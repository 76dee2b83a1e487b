// `npm run bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling: its defaults) on the built page and its
// three embeds, served by vite preview on 127.0.0.1, offline (no request leaves the machine). Prints, per page, the
// scores, LCP, TBT, CLS, where the main thread's time went and the long tasks, and writes bench/results-lighthouse.md.
// Builds nothing: run `npm run build` (or DIST_DIR=… npx vite build plus scripts/build-single-file.ts) first.
// RUNS=n repeats each page (default 3) and keeps the median; PAGES=embed/map.html,… measures only those.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuilt } from '../scripts/serve-built.ts';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const runs = Math.max(1, Number(process.env.RUNS ?? '3'));
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const TARGETS = { performance: 98, accessibility: 100, lcpMs: 1500, tbtMs: 100, cls: 0, jsKB: 90 };

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  scripts: string[];
}

/** Every script file of the built page: its module scripts and all they import, statically or later (the charts). */
function pageScriptFiles(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file) || !existsSync(file)) return;
    found.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g))
      visit(resolve(dirname(file), match[1]!));
  };
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g))
    visit(resolve(dirname(htmlFile), match[1]!));
  return [...found];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const PAGES = (process.env.PAGES ?? 'index.html,embed/map.html,embed/flow.html,embed/timeline.html')
  .split(',')
  .map((page) => page.trim())
  .filter(Boolean);

interface PageResult {
  page: string;
  runs: Run[];
  /** From the first run: where the main thread's time went, the long tasks, the largest paint's element. */
  notes: string[];
}

/** Lighthouse `runs` times on one page; the first run's breakdown is kept to say where the time went. */
async function measurePage(url: string, page: string, port: number): Promise<PageResult> {
  const runsOfPage: Run[] = [];
  const notes: string[] = [];
  for (let index = 0; index < runs; index += 1) {
    const result = await lighthouse(`${url}${page === 'index.html' ? '' : page}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`${page}: Lighthouse returned no result`);
    const { categories, audits } = result.lhr;
    const requests =
      (audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)
        ?.items ?? [];
    const outside = requests.filter(
      (request) => !/^https?:\/\/127\.0\.0\.1[:/]/.test(request.url) && !request.url.startsWith('data:'),
    );
    if (outside.length)
      throw new Error(`${page} requested another host: ${outside.map((request) => request.url).join(', ')}`);
    runsOfPage.push({
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      scripts: requests.filter((request) => request.resourceType === 'Script').map((request) => request.url),
    });
    if (index === 0) {
      const failing = Object.values(audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      );
      if (failing.length) notes.push(`audits not passed: ${failing.map((audit) => audit.id).join(', ')}`);
      const lcpItems = (
        audits['largest-contentful-paint-element']?.details as
          { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined
      )?.items;
      notes.push(`largest contentful paint: ${lcpItems?.[0]?.items?.[0]?.node?.selector ?? 'unknown element'}`);
      // Where the main thread's time went (by category, and by script): what to look at when TBT is high.
      const work =
        (
          audits['mainthread-work-breakdown']?.details as
            { items?: { groupLabel: string; duration: number }[] } | undefined
        )?.items ?? [];
      notes.push(`main thread: ${work.map((item) => `${item.groupLabel} ${Math.round(item.duration)} ms`).join(', ')}`);
      const longTasks =
        (
          audits['long-tasks']?.details as
            { items?: { url: string; duration: number; startTime: number }[] } | undefined
        )?.items ?? [];
      notes.push(
        `long tasks: ${longTasks.map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.startTime)}`).join(', ') || 'none'}`,
      );
    }
    console.log(
      `${page} run ${index + 1}: performance ${runsOfPage.at(-1)!.performance}, TBT ${Math.round(runsOfPage.at(-1)!.tbtMs)} ms, LCP ${Math.round(runsOfPage.at(-1)!.lcpMs)} ms`,
    );
  }
  for (const note of notes) console.log(`  ${note}`);
  return { page, runs: runsOfPage, notes };
}

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`${outDir}/index.html not found: build the site first (npm run build).`);
    process.exit(1);
  }
  const server = await serveBuilt(outDir);
  const url = server.url;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const pages: PageResult[] = [];
  try {
    for (const page of PAGES) {
      if (!existsSync(join(outDir, page)))
        throw new Error(`${outDir}/${page} not found (embeds are written by scripts/build-single-file.ts)`);
      pages.push(await measurePage(url, page, chrome.port));
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const summaries = pages.map(({ page, runs: pageRuns, notes }) => ({
    page,
    notes,
    runs: pageRuns,
    performance: median(pageRuns.map((run) => run.performance)),
    accessibility: median(pageRuns.map((run) => run.accessibility)),
    bestPractices: median(pageRuns.map((run) => run.bestPractices)),
    lcpMs: median(pageRuns.map((run) => run.lcpMs)),
    tbtMs: median(pageRuns.map((run) => run.tbtMs)),
    cls: median(pageRuns.map((run) => run.cls)),
    fcpMs: median(pageRuns.map((run) => run.fcpMs)),
  }));
  const met = (ok: boolean) => (ok ? 'yes' : 'no');
  const table = [
    '| Page | Performance (≥ 98) | TBT (≤ 100 ms) | LCP | FCP | CLS | Accessibility | Best practices | Met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...summaries.map(
      (item) =>
        `| ${item.page} | ${item.performance} | ${Math.round(item.tbtMs)} ms | ${Math.round(item.lcpMs)} ms | ${Math.round(item.fcpMs)} ms | ${item.cls.toFixed(3)} | ${item.accessibility} | ${item.bestPractices} | ${met(item.performance >= TARGETS.performance && item.tbtMs <= TARGETS.tbtMs)} |`,
    ),
  ];
  for (const item of summaries) {
    console.log(
      `${item.page.padEnd(22)} performance ${String(item.performance).padStart(3)}  TBT ${String(Math.round(item.tbtMs)).padStart(4)} ms  LCP ${String(Math.round(item.lcpMs)).padStart(5)} ms  CLS ${item.cls.toFixed(3)}  accessibility ${item.accessibility}${item.performance >= TARGETS.performance && item.tbtMs <= TARGETS.tbtMs ? '' : '   MISSED'}`,
    );
  }

  // JavaScript of the page (index.html): what it loaded during the run, and every script it can load (all three
  // charts), each file gzip -9 as a static host sends it. The embeds are single files: their script is inline.
  const index = summaries.find((item) => item.page === 'index.html');
  const sizeLines: string[] = [];
  if (index) {
    const loadedFiles = [...new Set(index.runs.flatMap((run) => run.scripts))]
      .filter((scriptUrl) => !scriptUrl.startsWith('data:'))
      .map((scriptUrl) => join(outDir, new URL(scriptUrl).pathname));
    const allFiles = pageScriptFiles(join(outDir, 'index.html'));
    const loadedKB = loadedFiles.filter(existsSync).reduce((sum, file) => sum + gzipSize(file), 0) / 1024;
    const jsKB = allFiles.reduce((sum, file) => sum + gzipSize(file), 0) / 1024;
    const largest = allFiles
      .map((file) => ({ name: file.slice(file.lastIndexOf('/') + 1), kb: gzipSize(file) / 1024 }))
      .sort((a, b) => b.kb - a.kb)
      .map((entry) => `${entry.name} ${entry.kb.toFixed(1)}`)
      .join(', ');
    sizeLines.push(
      `JavaScript of index.html, gzip -9: ${loadedKB.toFixed(1)} KB on load (${loadedFiles.length} files, the first screen), ${jsKB.toFixed(1)} KB in total (${allFiles.length} files, all charts; target ≤ ${TARGETS.jsKB} KB${jsKB <= TARGETS.jsKB ? '' : ': MISSED'}). Inline scripts (the dataset JSON, the theme snippet) are part of the HTML, not counted.`,
      `Script files (KB gzip): ${largest}.`,
    );
    for (const line of sizeLines) console.log(line);
  }

  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const markdown = [
    '# Lighthouse (mobile)',
    '',
    `Lighthouse 12, default mobile settings (simulated slow 4G, 4× CPU slowdown), Chromium headless, on \`${outDir.replace(`${process.cwd()}/`, '')}\` served by vite preview on 127.0.0.1; ${stamp} UTC; each page run ${runs} times, median kept.`,
    'The machine is shared (2 cores, several jobs at once): simulated timings scale with its load, so figures vary by a few points between runs.',
    '',
    ...table,
    '',
    ...summaries.flatMap((item) => [
      `**${item.page}**: per run performance ${item.runs.map((run) => run.performance).join(', ')}; TBT ${item.runs.map((run) => Math.round(run.tbtMs)).join(', ')} ms; LCP ${item.runs.map((run) => Math.round(run.lcpMs)).join(', ')} ms.`,
      ...item.notes.map((note) => `- ${note}`),
      '',
    ]),
    ...sizeLines,
    '',
    `Machine load average when done: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')}.`,
    '',
  ].join('\n');
  writeFileSync(process.env.LIGHTHOUSE_RESULTS ?? 'bench/results-lighthouse.md', markdown);
  console.log(`wrote ${process.env.LIGHTHOUSE_RESULTS ?? 'bench/results-lighthouse.md'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
