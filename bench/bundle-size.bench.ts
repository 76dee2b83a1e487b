// `npm run bench:size`: gzipped JavaScript per built page (main page and each embed), following each page's
// static imports (loaded at once) and dynamic imports (loaded later: the charts), plus the embed host script
// and the single-file build. Budgets: main page ≤ 80 KB in total (issue 17), each embed ≤ 60 KB. Writes
// bench/results-size.md. Where the bytes go: build with source maps and the report adds the page's heaviest source
// files, `DIST_DIR=/tmp/x npx vite build --sourcemap && DIST_DIR=/tmp/x npm run bench:size`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const KB = 1024;
const BUDGETS: Record<string, number> = { main: 80 * KB, embed: 60 * KB };

/** Gzipped size; a chunk's source-map comment (a `--sourcemap` build) is not counted: the site ships without. */
function gzipBytes(path: string): number {
  const text = readFileSync(path, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  return gzipSync(text, { level: 9 }).length;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Chunks reachable from `entries`: those loaded at once (static imports) and those loaded later (dynamic). */
function reachableChunks(entries: string[]): { initial: Set<string>; lazy: Set<string> } {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, isLazy: boolean) => {
    if (initial.has(file) || (isLazy && lazy.has(file))) return;
    if (!existsSync(file)) throw new Error(`${relative(outDir, file)}: referenced but missing from the build`);
    (isLazy ? lazy : initial).add(file);
    if (!isLazy) lazy.delete(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), match[1]!), isLazy);
    for (const match of code.matchAll(DYNAMIC_IMPORT)) visit(resolve(dirname(file), match[1]!), true);
  };
  for (const entry of entries) visit(entry, false);
  for (const file of initial) lazy.delete(file);
  return { initial, lazy };
}

function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+\.js)"/g),
  ];
  return sources.map((match) => resolve(dirname(htmlFile), match[1]!));
}

interface PageRow {
  page: string;
  kind: 'main' | 'embed';
  initial: number;
  lazy: number;
  total: number;
  html: number;
  /** Data inlined in the scripts as data: URLs (gzipped), counted apart from the code. */
  data: number;
  chunks: number;
}

/** Inline module scripts (the embeds and the single file are self-contained after build-single-file.ts). */
/** A data: URL inside code (the map's country shapes, inlined so a sandboxed embed fetches nothing). */
const DATA_URL = /data:[a-z]+\/[a-z0-9.+-]+(?:;base64)?,[^"'`\s]{256,}/g;

function inlineScriptBytes(htmlFile: string): { bytes: number; dataBytes: number; count: number } {
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const gz = (text: string) => (text ? gzipSync(text, { level: 9 }).length : 0);
  let bytes = 0;
  let dataBytes = 0;
  for (const code of scripts) {
    const data = [...code.matchAll(DATA_URL)].map((match) => match[0]);
    bytes += gz(code.replace(DATA_URL, '""'));
    dataBytes += gz(data.join('\n'));
  }
  return { bytes, dataBytes, count: scripts.length };
}

function measurePage(htmlFile: string): PageRow {
  const { initial, lazy } = reachableChunks(pageScripts(htmlFile));
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipBytes(file), 0);
  const page = relative(outDir, htmlFile);
  const inline = inlineScriptBytes(htmlFile);
  const initialBytes = sum(initial) + inline.bytes;
  const lazyBytes = sum(lazy);
  return {
    page,
    kind: page.startsWith('embed/') ? 'embed' : 'main',
    initial: initialBytes,
    lazy: lazyBytes,
    total: initialBytes + lazyBytes,
    html: gzipBytes(htmlFile),
    data: inline.dataBytes,
    chunks: initial.size + lazy.size + inline.count,
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's "mappings" (Source Map v3, base64 VLQ): per generated line, each segment's [column, source index]
 * (undefined for a segment that maps to no source). */
function decodeMappings(mappings: string): [number, number | undefined][][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, number | undefined][] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value % 2 ? -Math.floor(value / 2) : value / 2);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1]!;
      segments.push([column, fields.length > 1 ? source : undefined]);
    }
    return segments;
  });
}

/**
 * Each source file's share of one chunk: raw bytes from its source map, and gzip bytes estimated by compressing each
 * file's pieces alone, scaled so the chunk's parts add up to its real gzip size. Code mapped to no source counts for
 * the next file that is mapped (Svelte's compiled templates come just before their component's code).
 */
function sourceShares(chunkFile: string, mapFile: string): Map<string, { raw: number; gzip: number }> {
  const code = readFileSync(chunkFile, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const name = (index: number) => relative(process.cwd(), resolve(dirname(chunkFile), map.sources[index] ?? '?'));
  const pieces = new Map<string, string[]>();
  let pending: string[] = [];
  const add = (source: string, text: string) => {
    pieces.set(source, [...(pieces.get(source) ?? []), ...pending, text]);
    pending = [];
  };
  const codeLines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = codeLines[lineIndex] ?? '';
    pending.push(line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], index) => {
      const text = line.slice(column, segments[index + 1]?.[0] ?? line.length);
      if (source === undefined) pending.push(text);
      else add(name(source), text);
    });
  });
  if (pending.join('')) add('(no source)', '');
  const gzipOf = (text: string) => gzipSync(text, { level: 9 }).length;
  const estimates = [...pieces].map(([source, texts]) => {
    const text = texts.join('');
    return { source, raw: text.length, gzip: gzipOf(text) };
  });
  const scale = gzipBytes(chunkFile) / estimates.reduce((total, estimate) => total + estimate.gzip, 0);
  return new Map(estimates.map(({ source, raw, gzip }) => [source, { raw, gzip: gzip * scale }]));
}

/** The page's JS by source file, over every chunk that has a source map beside it; null when none has. */
function pageSources(chunks: string[]): { source: string; raw: number; gzip: number }[] | null {
  const mapped = chunks.filter((chunk) => existsSync(`${chunk}.map`));
  if (!mapped.length) return null;
  const totals = new Map<string, { raw: number; gzip: number }>();
  for (const chunk of mapped) {
    for (const [source, share] of sourceShares(chunk, `${chunk}.map`)) {
      const total = totals.get(source) ?? { raw: 0, gzip: 0 };
      totals.set(source, { raw: total.raw + share.raw, gzip: total.gzip + share.gzip });
    }
  }
  return [...totals].map(([source, total]) => ({ source, ...total })).sort((a, b) => b.gzip - a.gzip);
}

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`bench:size: ${outDir}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}

const embedDir = join(outDir, 'embed');
const pages = [
  join(outDir, 'index.html'),
  ...(existsSync(embedDir)
    ? readdirSync(embedDir)
        .filter((name) => name.endsWith('.html'))
        .sort()
        .map((name) => join(embedDir, name))
    : []),
];
const rows = pages.map(measurePage);
const kb = (bytes: number) => (bytes / KB).toFixed(1);

const lines = [
  '# Bundle size (gzip -9)',
  '',
  `Build: \`${relative(process.cwd(), outDir) || '.'}\`, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. JS = the page's scripts (inline or files) and every chunk they import; "later" = chunks loaded by dynamic import (the charts). Embed pages are self-contained (one inline script); "data in JS" = data: URLs inside that script (the map's country shapes, a separate .json file on the main page), gzipped on their own and not counted as JS. HTML = the whole page gzipped, inlined dataset included.`,
  '',
  '| Page | JS at load (KB) | JS later (KB) | JS total (KB) | Budget (KB) | Within | Data in JS (KB) | HTML (KB) | Chunks |',
  '| --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const budget = BUDGETS[row.kind]!;
    return `| ${row.page} | ${kb(row.initial)} | ${kb(row.lazy)} | ${kb(row.total)} | ${kb(budget)} | ${row.total <= budget ? 'yes' : '**no**'} | ${kb(row.data)} | ${kb(row.html)} | ${row.chunks} |`;
  }),
];
const resizeScript = join(embedDir, 'resize.js');
const singleFile = join(outDir, 'tariff-tracer.html');
lines.push('');
if (existsSync(resizeScript))
  lines.push(
    `- Embed host script \`embed/resize.js\`: ${readFileSync(resizeScript).length} bytes, ${gzipBytes(resizeScript)} bytes gzipped.`,
  );
if (existsSync(singleFile))
  lines.push(
    `- Single-file site \`tariff-tracer.html\`: ${kb(readFileSync(singleFile).length)} KB, ${kb(gzipBytes(singleFile))} KB gzipped (everything inlined).`,
  );
lines.push('');

const mainChunks = reachableChunks(pageScripts(join(outDir, 'index.html')));
const sources = pageSources([...mainChunks.initial, ...mainChunks.lazy]);
if (sources) {
  const SHOWN = 25;
  const sum = (rows: typeof sources, key: 'raw' | 'gzip') => rows.reduce((total, row) => total + row[key], 0);
  lines.push(
    `## Main page: the ${SHOWN} heaviest source files`,
    '',
    'From the source maps (a build with `--sourcemap`): gzip bytes estimated per file (its code compressed alone, ' +
      'scaled so each chunk adds up to its real size); code with no mapping counts for the next mapped file.',
    '',
    '| Source file | Gzip (KB) | Raw (KB) |',
    '| --- | ---: | ---: |',
    ...sources.slice(0, SHOWN).map((row) => `| ${row.source} | ${kb(row.gzip)} | ${kb(row.raw)} |`),
    `| all ${sources.length} files | ${kb(sum(sources, 'gzip'))} | ${kb(sum(sources, 'raw'))} |`,
    '',
  );
  // By part: a package, a chart's folder, or a folder of src/.
  const partOf = (source: string) =>
    /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
    /^src\/(charts\/[^/]+|[^/]+\/)/.exec(source)?.[1] ??
    source;
  const parts = new Map<string, number>();
  for (const row of sources) {
    const part = partOf(row.source);
    parts.set(part, (parts.get(part) ?? 0) + row.gzip);
  }
  const byPart = [...parts].sort((a, b) => b[1] - a[1]).map(([part, gzip]) => `${part} ${kb(gzip)}`);
  lines.push(`By part (gzip KB): ${byPart.join(', ')}.`, '');
}

const report = lines.join('\n');
console.log(report);
// Keep the section bench/site-scale.bench.ts writes into the same file (its figures take minutes to remake).
const resultsFile = resolve('bench/results-size.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const siteScale = /<!-- site-scale:start -->[\s\S]*<!-- site-scale:end -->/.exec(previous)?.[0];
writeFileSync(resultsFile, siteScale ? `${report}\n${siteScale}\n` : report);
const over = rows.filter((row) => row.total > BUDGETS[row.kind]!);
if (over.length) console.log(`Over budget: ${over.map((row) => row.page).join(', ')}`);
