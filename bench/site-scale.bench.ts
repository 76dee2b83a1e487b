// `npm run bench:site-scale`: the site built from 2,000 and 20,000 generated articles (the corpus and compile of
// bench/compile.bench.ts), printing each page's size (raw and gzip) and the build's peak memory. Targets (issue 16):
// each embed under 1 MB gzipped at 20,000 articles, the build under 2 GB. Writes its table into bench/results-size.md
// (between the site-scale markers; bench:size keeps that section).
//   --sizes 2000        only these sizes
//   --reuse             use bench/tmp/dataset-N.json when it exists (the 20,000 compile takes minutes)
//   --keep              keep each built site (its folder is printed) to open it afterwards
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDataset } from '../scripts/vite-plugin-dataset.ts';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : (process.argv[index + 1] ?? '');
};
const SIZES = (argument('--sizes') ?? '2000,20000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const REUSE = process.argv.includes('--reuse');
const KEEP = process.argv.includes('--keep');
const TARGET_EMBED_GZIP = 1024 * 1024;
const TARGET_BUILD_BYTES = 2 * 1024 ** 3;
export const RESULTS_FILE = 'bench/results-size.md';
export const SECTION_START = '<!-- site-scale:start -->';
export const SECTION_END = '<!-- site-scale:end -->';

interface StepResult {
  seconds: number;
  maxRssBytes: number;
  /** Why the step failed (the offline single file runs out of heap at 20,000 articles), or null. */
  failure: string | null;
}

/** Runs a command under /usr/bin/time, returning its wall time and peak resident memory. */
function measured(command: string, args: string[], env: Record<string, string>): StepResult {
  const memoryFile = join(tmpdir(), `site-scale-${process.pid}-${Date.now()}.time`);
  const started = performance.now();
  let failure: string | null = null;
  try {
    execFileSync('/usr/bin/time', ['-f', '%M', '-o', memoryFile, command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Reported in the table rather than thrown: the figures of the steps that did finish still count.
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    failure = /heap out of memory/.test(stderr)
      ? 'out of memory (JavaScript heap)'
      : `exit ${(error as { status?: number }).status ?? '?'}`;
    console.error(`${command} ${args.join(' ')}: ${failure}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const kilobytes = Number(readFileSync(memoryFile, 'utf8').trim().split('\n').pop()?.replace(/\D+$/, '') ?? 0);
  rmSync(memoryFile, { force: true });
  return { seconds, maxRssBytes: kilobytes * 1024, failure };
}

interface PageSize {
  page: string;
  raw: number;
  gzip: number;
}

function pageSize(outDir: string, page: string): PageSize | null {
  if (!existsSync(join(outDir, page))) return null;
  const bytes = readFileSync(join(outDir, page));
  return { page, raw: bytes.length, gzip: gzipSync(bytes).length };
}

interface SizeResult {
  size: number;
  articles: number;
  datasetBytes: number;
  pages: PageSize[];
  articleFiles: { count: number; bytes: number; largest: number };
  /** evidence/<id>.json: the whole lists of the facts the main page cut to their first reports. */
  evidenceFiles: { count: number; bytes: number };
  /** What the offline file says it left out (a dataset too large for one file), or null. */
  offlineLeftOut: string | null;
  viteBuild: StepResult;
  selfContained: StepResult;
}

function datasetFor(size: number): string {
  const file = resolve(`bench/tmp/dataset-${size}.json`);
  if (REUSE && existsSync(file)) return file;
  console.log(`${size} articles: generating and compiling (bench/compile.bench.ts)…`);
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/compile.bench.ts', '--sizes', String(size)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (!existsSync(file)) throw new Error(`${file}: the compile benchmark wrote no dataset`);
  return file;
}

function buildSite(size: number): SizeResult {
  const datasetFile = datasetFor(size);
  const outDir = mkdtempSync(join(tmpdir(), `site-scale-${size}-`));
  try {
    const env = { DATASET_FILE: datasetFile, DIST_DIR: outDir };
    console.log(`${size} articles: vite build…`);
    const viteBuild = measured(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
      env,
    );
    console.log(`${size} articles: self-contained pages (build-single-file)…`);
    const selfContained = measured(process.execPath, ['--import', 'tsx', 'scripts/build-single-file.ts'], env);
    const embeds = ['flow', 'map', 'timeline'].map((name) => `embed/${name}.html`);
    const pages = ['index.html', ...embeds, 'tariff-tracer.html'].map(
      (page) => pageSize(outDir, page) ?? { page, raw: Number.NaN, gzip: Number.NaN },
    );
    const articleDir = join(outDir, 'articles');
    const articleSizes = existsSync(articleDir)
      ? readdirSync(articleDir).map((name) => statSync(join(articleDir, name)).size)
      : [];
    const evidenceDir = join(outDir, 'evidence');
    const evidenceSizes = existsSync(evidenceDir)
      ? readdirSync(evidenceDir).map((name) => statSync(join(evidenceDir, name)).size)
      : [];
    const offlineFile = join(outDir, 'tariff-tracer.html');
    const offlineHead = existsSync(offlineFile)
      ? readFileSync(offlineFile)
          .subarray(0, 4 * 1024 * 1024)
          .toString('utf8')
      : '';
    const offlineLeftOut = /<aside class="offline-note"[^>]*>([^<]*)<\/aside>/.exec(offlineHead)?.[1] ?? null;
    const articles = readDataset(datasetFile).articles.length;
    return {
      size,
      articles,
      datasetBytes: statSync(datasetFile).size,
      pages,
      articleFiles: {
        count: articleSizes.length,
        bytes: articleSizes.reduce((sum, bytes) => sum + bytes, 0),
        largest: Math.max(0, ...articleSizes),
      },
      evidenceFiles: { count: evidenceSizes.length, bytes: evidenceSizes.reduce((sum, bytes) => sum + bytes, 0) },
      offlineLeftOut,
      viteBuild,
      selfContained,
    };
  } finally {
    if (KEEP) console.log(`${size} articles: site kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function markdown(results: SizeResult[], loadBefore: number): string {
  const lines = [
    SECTION_START,
    '## Site size at scale (`npm run bench:site-scale`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other jobs share the cores, so times are pessimistic; sizes are not).`,
    'Articles generated and compiled by bench/compile.bench.ts; the site built from that dataset (`DATASET_FILE`) by `vite build` then `scripts/build-single-file.ts`, each under `/usr/bin/time` (peak RSS). gzip at the default level.',
    'Targets: each embed under 1 MB gzipped at 20,000 articles; the build under 2 GB.',
    '',
    '| Articles | Dataset MB | Page | Raw MB | Gzip MB | Embed target |',
    '| ---: | ---: | --- | ---: | ---: | :---: |',
  ];
  for (const result of results) {
    for (const page of result.pages) {
      if (Number.isNaN(page.raw)) {
        lines.push(
          `| ${result.articles.toLocaleString('en-US')} | ${mb(result.datasetBytes)} | ${page.page} | not built | | |`,
        );
        continue;
      }
      const isEmbed = page.page.startsWith('embed/');
      const target = isEmbed ? (page.gzip <= TARGET_EMBED_GZIP ? 'met' : '**not met**') : '';
      lines.push(
        `| ${result.articles.toLocaleString('en-US')} | ${mb(result.datasetBytes)} | ${page.page} | ${mb(page.raw)} | ${mb(page.gzip)} | ${target} |`,
      );
    }
  }
  lines.push(
    '',
    '| Articles | Article text files | Total MB | Largest KB | vite build s | peak MB | self-contained pages s | peak MB | Build under 2 GB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  );
  for (const result of results) {
    const peak = Math.max(result.viteBuild.maxRssBytes, result.selfContained.maxRssBytes);
    lines.push(
      `| ${result.articles.toLocaleString('en-US')} | ${result.articleFiles.count.toLocaleString('en-US')} | ${mb(result.articleFiles.bytes)} | ${kb(result.articleFiles.largest)} | ${result.viteBuild.seconds.toFixed(1)} | ${Math.round(result.viteBuild.maxRssBytes / 1024 / 1024).toLocaleString('en-US')} | ${result.selfContained.seconds.toFixed(1)} | ${Math.round(result.selfContained.maxRssBytes / 1024 / 1024).toLocaleString('en-US')} | ${peak <= TARGET_BUILD_BYTES ? 'yes' : '**no**'} |`,
    );
  }
  for (const result of results) {
    const evidence = result.evidenceFiles;
    if (evidence.count)
      lines.push(
        '',
        `${result.articles.toLocaleString('en-US')} articles: ${evidence.count.toLocaleString('en-US')} evidence files (${mb(evidence.bytes)} MB), the whole lists of the facts the main page cut to their first reports.`,
      );
    if (result.offlineLeftOut)
      lines.push(
        '',
        `${result.articles.toLocaleString('en-US')} articles: the offline file says: “${result.offlineLeftOut
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&quot;/g, '"')}”`,
      );
    for (const [step, outcome] of [
      ['vite build', result.viteBuild],
      ['self-contained pages', result.selfContained],
    ] as const) {
      if (outcome.failure)
        lines.push('', `${result.articles.toLocaleString('en-US')} articles: ${step} failed: ${outcome.failure}.`);
    }
  }
  lines.push(SECTION_END);
  return lines.join('\n');
}

/** Puts the section into results-size.md, replacing an earlier one and keeping the rest of the file. */
export function withSection(existing: string, section: string): string {
  const start = existing.indexOf(SECTION_START);
  const end = existing.indexOf(SECTION_END);
  if (start !== -1 && end > start)
    return `${existing.slice(0, start)}${section}${existing.slice(end + SECTION_END.length)}`;
  return `${existing.replace(/\n*$/, '\n\n')}${section}\n`;
}

function main(): void {
  const loadBefore = loadavg()[0] ?? 0;
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const result = buildSite(size);
    results.push(result);
    for (const page of result.pages)
      console.log(`${size} articles: ${page.page} ${mb(page.raw)} MB raw, ${mb(page.gzip)} MB gzip`);
    console.log(
      `${size} articles: build peak ${mb(Math.max(result.viteBuild.maxRssBytes, result.selfContained.maxRssBytes))} MB`,
    );
  }
  const section = markdown(results, loadBefore);
  console.log(`\n${section}`);
  const existing = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '';
  writeFileSync(RESULTS_FILE, withSection(existing, section));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/site-scale.bench.ts')) main();
