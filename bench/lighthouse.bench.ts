// `npm run bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling: its defaults) on the built page served by
// vite preview on 127.0.0.1, offline (no request leaves the machine). Prints the scores, LCP, TBT, CLS and the
// JavaScript the page loaded (gzip -9 of each script file), and writes bench/results-lighthouse.md.
// Builds nothing: run `npm run build` (or DIST_DIR=… npx vite build) first. RUNS=n repeats and keeps the median.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const runs = Math.max(1, Number(process.env.RUNS ?? '3'));
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
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
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)) visit(resolve(dirname(file), match[1]!));
  };
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)) visit(resolve(dirname(htmlFile), match[1]!));
  return [...found];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`${outDir}/index.html not found: build the site first (npm run build).`);
    process.exit(1);
  }
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const results: Run[] = [];
  try {
    for (let index = 0; index < runs; index += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      if (!result) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      const requests = (audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
      const outside = requests.filter((request) => !/^https?:\/\/127\.0\.0\.1[:/]/.test(request.url) && !request.url.startsWith('data:'));
      if (outside.length) throw new Error(`the page requested another host: ${outside.map((request) => request.url).join(', ')}`);
      results.push({
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
        scripts: requests.filter((request) => request.resourceType === 'Script').map((request) => request.url),
      });
      const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
      if (index === 0 && failing.length) console.log(`audits not passed: ${failing.map((audit) => audit.id).join(', ')}`);
      if (index === 0) {
        // The largest paint's element: the prerendered standfirst when the first screen paints with the HTML.
        const lcpItems = (audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined)?.items;
        console.log(`largest contentful paint: ${lcpItems?.[0]?.items?.[0]?.node?.selector ?? 'unknown element'}`);
        // Where the main thread's time went (by category, and by script): what to look at when TBT is high.
        const work = (audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [];
        console.log(`main thread: ${work.map((item) => `${item.groupLabel} ${Math.round(item.duration)} ms`).join(', ')}`);
        const bootup = (audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
        const longTasks = (audits['long-tasks']?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)?.items ?? [];
        console.log(`long tasks: ${longTasks.map((task) => `${Math.round(task.duration)} ms at ${Math.round(task.startTime)} (${task.url.replace(url, '/')})`).join(', ')}`);
        console.log(`scripting by file: ${bootup.map((item) => `${item.url.replace(url, '/')} ${Math.round(item.scripting)} ms`).join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  // JavaScript: what the page loaded during the Lighthouse run (the first screen: charts further down are drawn when
  // scrolled to), and every script the page can load (all three charts), each file gzip -9 as a static host sends it.
  const loadedFiles = [...new Set(results.flatMap((run) => run.scripts))].map((scriptUrl) => join(outDir, new URL(scriptUrl).pathname));
  const allFiles = pageScriptFiles(join(outDir, 'index.html'));
  const loadedKB = loadedFiles.reduce((sum, file) => sum + gzipSize(file), 0) / 1024;
  const jsKB = allFiles.reduce((sum, file) => sum + gzipSize(file), 0) / 1024;
  const inlineNote = 'inline scripts (the dataset JSON, the theme snippet) are part of the HTML, not counted';
  const largest = allFiles
    .map((file) => ({ name: file.slice(file.lastIndexOf('/') + 1), kb: gzipSize(file) / 1024 }))
    .sort((a, b) => b.kb - a.kb)
    .map((entry) => `${entry.name} ${entry.kb.toFixed(1)}`)
    .join(', ');

  const summary = {
    performance: median(results.map((run) => run.performance)),
    accessibility: median(results.map((run) => run.accessibility)),
    bestPractices: median(results.map((run) => run.bestPractices)),
    lcpMs: median(results.map((run) => run.lcpMs)),
    tbtMs: median(results.map((run) => run.tbtMs)),
    cls: median(results.map((run) => run.cls)),
    fcpMs: median(results.map((run) => run.fcpMs)),
  };
  const rows: [string, string, string, boolean][] = [
    ['Performance (mobile)', String(summary.performance), `≥ ${TARGETS.performance}`, summary.performance >= TARGETS.performance],
    ['Accessibility', String(summary.accessibility), `${TARGETS.accessibility}`, summary.accessibility >= TARGETS.accessibility],
    ['Best practices', String(summary.bestPractices), '—', true],
    ['First contentful paint', `${Math.round(summary.fcpMs)} ms`, '—', true],
    ['Largest contentful paint', `${Math.round(summary.lcpMs)} ms`, `≤ ${TARGETS.lcpMs} ms`, summary.lcpMs <= TARGETS.lcpMs],
    ['Total blocking time', `${Math.round(summary.tbtMs)} ms`, `≤ ${TARGETS.tbtMs} ms`, summary.tbtMs <= TARGETS.tbtMs],
    ['Cumulative layout shift', summary.cls.toFixed(3), `${TARGETS.cls}`, summary.cls <= TARGETS.cls],
    [`JavaScript on load (first screen), gzip (${loadedFiles.length} files)`, `${loadedKB.toFixed(1)} KB`, '—', true],
    [`JavaScript in total (all charts), gzip (${allFiles.length} files)`, `${jsKB.toFixed(1)} KB`, `≤ ${TARGETS.jsKB} KB`, jsKB <= TARGETS.jsKB],
  ];
  for (const [label, value, target, ok] of rows) console.log(`${label.padEnd(58)} ${value.padStart(10)}   target ${target}${ok ? '' : '   MISSED'}`);
  console.log(`script files (KB gzip): ${largest}`);
  console.log(`(median of ${runs} runs; per run: performance ${results.map((run) => run.performance).join(', ')}; LCP ${results.map((run) => Math.round(run.lcpMs)).join(', ')} ms; TBT ${results.map((run) => Math.round(run.tbtMs)).join(', ')} ms; load average ${loadavg()[0]?.toFixed(1)})`);

  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const markdown = [
    '# Lighthouse (mobile)',
    '',
    `Lighthouse 12, default mobile settings (simulated slow 4G, 4× CPU slowdown), Chromium headless, on \`${outDir.replace(`${process.cwd()}/`, '')}\` served by vite preview on 127.0.0.1; ${stamp} UTC; median of ${runs} runs.`,
    `JavaScript: "on load" = the script files Lighthouse saw run (the charts' chunk is only prefetched into the cache once the page is idle, and runs when a chart is drawn); "in total" = every script the page can load, all three charts included; gzip -9; ${inlineNote}.`,
    '',
    `Script files (KB gzip): ${largest}.`,
    '',
    '| Measure | Value | Target | Met |',
    '| --- | ---: | ---: | :---: |',
    ...rows.map(([label, value, target, ok]) => `| ${label} | ${value} | ${target} | ${ok ? 'yes' : 'no'} |`),
    '',
    `Per run: performance ${results.map((run) => run.performance).join(', ')}; LCP ${results.map((run) => Math.round(run.lcpMs)).join(', ')} ms; TBT ${results.map((run) => Math.round(run.tbtMs)).join(', ')} ms.`,
    `Machine load average when done: ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (2 cores, shared: simulated timings scale with it).`,
    '',
  ].join('\n');
  writeFileSync('bench/results-lighthouse.md', markdown);
  console.log('wrote bench/results-lighthouse.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
