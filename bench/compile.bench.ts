// Compile benchmark (`npm run bench`): 100, 1,000 and 10,000 generated articles, each size compiled in its own child
// process, printing articles per second and peak memory (max RSS). Writes the table to bench/results.md.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSources } from '../scripts/compile/compile.ts';
import { parseArticleText, readSeedFolder } from '../scripts/compile/read.ts';
import { splitSentences } from '../scripts/compile/sentences.ts';
import { writeDataset } from '../scripts/compile/write.ts';
import { MONTH_NAMES } from '../src/lib/date-words.ts';

/** `npm run bench -- --sizes 100,1000` for a quick look; results.md is only rewritten for the full run. */
const sizesIndex = process.argv.indexOf('--sizes');
const FULL_SIZES = [100, 1_000, 10_000];
const SIZES =
  sizesIndex === -1
    ? FULL_SIZES
    : (process.argv[sizesIndex + 1] ?? '')
        .split(',')
        .map(Number)
        .filter((size) => size > 0);
const TMP = resolve('bench/tmp');
/** Articles per sub-folder: the generated corpus also exercises the recursive walk. */
const PER_FOLDER = 500;

interface ChildResult {
  articles: number;
  facts: number;
  skipped: number;
  readMs: number;
  compileMs: number;
  /** User + system CPU time of the whole child: unlike wall time, it does not grow when other jobs share the cores. */
  cpuMs: number;
  writeMs: number;
  maxRssMb: number;
  bytes: number;
}

/** Deterministic pseudo-random numbers (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every sentence of the seed articles: the material new articles are recombined from. */
function seedSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync('seeds').sort()) {
    const parsed = parseArticleText(file, readFileSync(join('seeds', file), 'utf8'));
    if ('skip' in parsed) continue;
    for (const { start, end } of splitSentences(parsed.text))
      sentences.push(parsed.text.slice(start, end).replace(/\s+/g, ' '));
  }
  return sentences.filter((sentence) => sentence.length > 40);
}

/** `count` articles of 12–30 seed sentences in paragraphs, a third of them with a dateline, in sub-folders. */
function generateCorpus(count: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const pool = seedSentences();
  const next = random(count);
  for (let index = 0; index < count; index += 1) {
    const folder = join(dir, `part-${String(Math.floor(index / PER_FOLDER)).padStart(3, '0')}`);
    if (index % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const paragraphs: string[] = [];
    if (next() < 0.33)
      paragraphs.push(
        `${MONTH_NAMES[Math.floor(next() * 12)]} ${1 + Math.floor(next() * 28)}, ${2024 + Math.floor(next() * 2)}`,
      );
    const sentenceCount = 12 + Math.floor(next() * 19);
    let paragraph: string[] = [];
    for (let sentence = 0; sentence < sentenceCount; sentence += 1) {
      paragraph.push(pool[Math.floor(next() * pool.length)] ?? '');
      if (next() < 0.4) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    writeFileSync(join(folder, `article-${String(index).padStart(5, '0')}.txt`), `${paragraphs.join('\n\n')}\n`);
  }
}

/** Runs in the child: compile one folder, write the dataset, report timings and peak memory as JSON on stdout. */
function child(dir: string, out: string): void {
  const started = performance.now();
  const read = readSeedFolder(dir);
  const readDone = performance.now();
  const dataset = compileSources(read);
  const compiled = performance.now();
  const { bytes } = writeDataset(dataset, out);
  const written = performance.now();
  const facts =
    dataset.measures.length +
    dataset.people.length +
    dataset.places.length +
    dataset.meetings.length +
    dataset.events.length;
  const result: ChildResult = {
    articles: dataset.articles.length,
    facts,
    skipped: dataset.report.skipped.length,
    readMs: readDone - started,
    compileMs: compiled - readDone,
    writeMs: written - compiled,
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
    // maxRSS is in kilobytes: the peak of the whole process, loading included.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes,
  };
  process.stdout.write(JSON.stringify(result));
}

function main(): void {
  const rows: string[] = [];
  const results: { size: number; result: ChildResult }[] = [];
  // The machine is shared: a load average above the core count means the figures below are pessimistic.
  const loadBefore = loadavg()[0] ?? 0;
  for (const size of SIZES) {
    const dir = join(TMP, `articles-${size}`);
    generateCorpus(size, dir);
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/compile.bench.ts', '--child', dir, join(TMP, `dataset-${size}.json`)],
      {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024,
        env: { ...process.env, TZ: 'UTC' },
      },
    );
    const result = JSON.parse(output) as ChildResult;
    results.push({ size, result });
    const totalSeconds = (result.readMs + result.compileMs + result.writeMs) / 1000;
    const cpuSeconds = result.cpuMs / 1000;
    const row = `| ${size.toLocaleString('en-US')} | ${result.articles.toLocaleString('en-US')} | ${result.facts.toLocaleString('en-US')} | ${(result.readMs / 1000).toFixed(2)} | ${(result.compileMs / 1000).toFixed(2)} | ${(result.writeMs / 1000).toFixed(2)} | ${totalSeconds.toFixed(2)} | ${Math.round(result.articles / totalSeconds).toLocaleString('en-US')} | ${cpuSeconds.toFixed(1)} | ${Math.round(result.articles / cpuSeconds).toLocaleString('en-US')} | ${Math.round(result.maxRssMb).toLocaleString('en-US')} | ${(result.bytes / 1024 / 1024).toFixed(1)} |`;
    rows.push(row);
    console.log(
      `${size} articles: ${totalSeconds.toFixed(2)} s wall (${cpuSeconds.toFixed(1)} s CPU), ${Math.round(result.articles / totalSeconds)} articles/s, peak RSS ${Math.round(result.maxRssMb)} MB, ${result.facts} facts, ${result.skipped} skipped`,
    );
  }
  const largest = results.at(-1);
  const smallestPerArticle = results.map(({ result }) => result.cpuMs / result.articles);
  const header = [
    '# Compile benchmark',
    '',
    `\`npm run bench\`: articles generated by recombining seed sentences (12–30 a piece, a third with a dateline, ${PER_FOLDER} a sub-folder), each size compiled and written in its own child process (\`node --import tsx\`).`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other builds share the cores). Peak memory is the child's max RSS (module loading included).`,
    'Target: 10,000 articles in under 60 s and under 1.5 GB, cost growing linearly.',
    '',
    '"Compile" is sentences, publication, extraction and corrections; "CPU s" is the child\'s user + system time for the whole process (start-up and module loading included, about 3 s), which does not grow when other jobs share the cores (the compiler is single-threaded, so on a quiet machine wall time ≈ CPU time).',
    '',
    '| Articles | Compiled | Facts | Read s | Compile s | Validate + write s | Wall s | Articles/s (wall) | CPU s | Articles/s (CPU) | Peak RSS MB | Output MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const footer = largest
    ? [
        '',
        `CPU milliseconds per article: ${smallestPerArticle.map((value, index) => `${value.toFixed(2)} at ${SIZES[index]?.toLocaleString('en-US')}`).join(', ')}.`,
        `${largest.size.toLocaleString('en-US')} articles: ${((largest.result.readMs + largest.result.compileMs + largest.result.writeMs) / 1000).toFixed(1)} s wall, ${(largest.result.cpuMs / 1000).toFixed(1)} s CPU (target < 60 s), ${Math.round(largest.result.maxRssMb)} MB (target < 1,536 MB).`,
      ]
    : [];
  const markdown = [...header, ...rows, ...footer, ''].join('\n');
  if (sizesIndex === -1) writeFileSync('bench/results.md', markdown);
  console.log(`\n${markdown}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) child(process.argv[childIndex + 1] ?? '', process.argv[childIndex + 2] ?? '');
  else main();
}
