// `npm run bench:size`: gzipped JavaScript per built page (main page and each embed), following each page's
// static imports (loaded at once) and dynamic imports (loaded later: the charts), plus the embed host script
// and the single-file build. Budgets: main page ≤ 90 KB in total, each embed ≤ 60 KB. Writes bench/results-size.md.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = resolve(process.env.DIST_DIR ?? 'dist');
const KB = 1024;
const BUDGETS: Record<string, number> = { main: 90 * KB, embed: 60 * KB };

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
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
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+\.js)"/g)];
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

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`bench:size: ${outDir}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}

const embedDir = join(outDir, 'embed');
const pages = [join(outDir, 'index.html'), ...(existsSync(embedDir) ? readdirSync(embedDir).filter((name) => name.endsWith('.html')).sort().map((name) => join(embedDir, name)) : [])];
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
if (existsSync(resizeScript)) lines.push(`- Embed host script \`embed/resize.js\`: ${readFileSync(resizeScript).length} bytes, ${gzipBytes(resizeScript)} bytes gzipped.`);
if (existsSync(singleFile)) lines.push(`- Single-file site \`tariff-tracer.html\`: ${kb(readFileSync(singleFile).length)} KB, ${kb(gzipBytes(singleFile))} KB gzipped (everything inlined).`);
lines.push('');

const report = lines.join('\n');
console.log(report);
// Keep the section bench/site-scale.bench.ts writes into the same file (its figures take minutes to remake).
const resultsFile = resolve('bench/results-size.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const siteScale = /<!-- site-scale:start -->[\s\S]*<!-- site-scale:end -->/.exec(previous)?.[0];
writeFileSync(resultsFile, siteScale ? `${report}\n${siteScale}\n` : report);
const over = rows.filter((row) => row.total > BUDGETS[row.kind]!);
if (over.length) console.log(`Over budget: ${over.map((row) => row.page).join(', ')}`);
