// After `vite build`: writes <outDir>/embed/resize.js (the embed host script), <outDir>/tariff-tracer.html
// (the whole site in one self-contained HTML file: JS, CSS, dataset and map shapes inlined; works opened from
// disk, file://, with no server and no network), and writes <outDir>/embed/*.html as self-contained pages.
// Why inline: a page with an opaque origin (opened from file://, or an embed in a sandbox="allow-scripts"
// iframe) fetches module scripts and crossorigin stylesheets in CORS mode, with "Origin: null"; a static host
// that sends no Access-Control-Allow-Origin header then refuses them. One inline module with no chunks needs
// no fetch at all.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildResizeScript } from './build-resize-script.ts';
import { withContentSecurityPolicy } from './vite-plugin-csp.ts';
import { OFFLINE_MODE } from './vite-plugin-dataset.ts';

export const SINGLE_FILE_NAME = 'tariff-tracer.html';

/** Script text made safe inside an inline <script>: no "</script" or "<!--" that would end or bend it. */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/script/gi, '\\x3C/script').replace(/<!--/g, '\\x3C!--');
}

/** Characters a percent-encoded JSON data URL can keep as they are (they compress far better than base64). */
const JSON_URL_SAFE: Record<string, string> = { '%5B': '[', '%5D': ']', '%7B': '{', '%7D': '}', '%2C': ',', '%3A': ':', '%2F': '/' };

/**
 * Rewrites base64 JSON data URLs (how vite inlines a `?url` JSON asset, such as the map's country shapes) as
 * percent-encoded text: about a fifth smaller once gzipped. Quotes, backticks, `$`, `\` and `<` stay encoded,
 * so the URL stays inert inside any JS string literal and inside <script>.
 */
export function compactJsonDataUrls(code: string): string {
  return code.replace(/data:application\/json;base64,([A-Za-z0-9+/]+={0,2})/g, (_, base64: string) => {
    const json = Buffer.from(base64, 'base64').toString('utf8');
    const encoded = encodeURIComponent(json)
      .replace(/'/g, '%27')
      .replace(/!/g, '%21')
      .replace(/%(5B|5D|7B|7D|2C|3A|2F)/g, (match) => JSON_URL_SAFE[match] ?? match);
    return `data:application/json,${encoded}`;
  });
}

/** CSS made safe inside <style>. */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/style/gi, '\\3C/style');
}

/** Replaces the built page's script and stylesheet links with their contents; throws on anything left outside. */
export function inlineAssets(html: string, readAsset: (path: string) => string): string {
  let page = html.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  page = page.replace(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
    return `<script type="module">${escapeInlineScript(compactJsonDataUrls(readAsset(src)))}</script>`;
  });
  page = page.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_, href: string) => {
    return `<style>${escapeInlineStyle(readAsset(href))}</style>`;
  });
  // Look for file references in the markup only, not inside the inlined code (which may build HTML strings).
  const markup = page.replace(/<script type="module">[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  const leftover = /<(?:script|link|img)\b[^>]*\s(?:src|href)="(?!data:|#|https?:)([^"]+)"/i.exec(markup);
  if (leftover && !/rel="canonical"/.test(leftover[0])) {
    throw new Error(`${SINGLE_FILE_NAME}: still refers to the file "${leftover[1]}" after inlining`);
  }
  return page;
}

/**
 * Builds one HTML entry as a self-contained page (one inline module, inline CSS, assets as data: URLs). `offline`:
 * the whole dataset inline, article texts included (the single file works from file://, where nothing is fetched);
 * otherwise the page inlines its slice (an embed: what its chart draws; see scripts/vite-plugin-dataset.ts).
 */
export async function buildSelfContainedPage(entry: string, outFile: string, options: { offline?: boolean } = {}): Promise<string> {
  const workDir = mkdtempSync(join(tmpdir(), 'tariff-tracer-single-'));
  try {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'error',
      ...(options.offline ? { mode: OFFLINE_MODE } : {}),
      build: {
        outDir: workDir,
        emptyOutDir: true,
        copyPublicDir: false,
        cssCodeSplit: false,
        modulePreload: false,
        // Every asset (map shapes, images) as a data: URL, so nothing is fetched from disk.
        assetsInlineLimit: () => true,
        rollupOptions: {
          // A string replaces (rather than merges with) the config's object of HTML entries: this page only.
          input: resolve(entry),
          output: { codeSplitting: false },
        },
      },
    });
    const files = readdirSync(join(workDir, 'assets')).filter((name) => name.endsWith('.js'));
    if (files.length !== 1) throw new Error(`single-file build: expected one script, got ${files.length} (${files.join(', ')})`);
    const builtHtml = join(workDir, entry);
    const html = readFileSync(builtHtml, 'utf8');
    // The policy again, now that the script and styles are inline: their hashes, and nothing to load.
    const page = withContentSecurityPolicy(
      inlineAssets(html, (path) => readFileSync(resolve(dirname(builtHtml), path), 'utf8')),
      'self-contained',
    );
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, page);
    return outFile;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.env.DIST_DIR ?? 'dist';
  try {
    const resize = await buildResizeScript(outDir);
    console.log(`${resize}: ${statSync(resize).size} bytes`);
    // The embeds first: the offline file inlines the whole dataset, and is the one that can run out of memory.
    const pages: [string, string][] = [];
    if (existsSync('embed')) {
      for (const name of readdirSync('embed').filter((file) => file.endsWith('.html')).sort()) pages.push([`embed/${name}`, resolve(outDir, 'embed', name)]);
    }
    pages.push(['index.html', resolve(outDir, SINGLE_FILE_NAME)]);
    for (const [entry, outFile] of pages) {
      const file = await buildSelfContainedPage(entry, outFile, { offline: entry === 'index.html' });
      const text = readFileSync(file);
      console.log(`${file}: ${text.length} bytes, ${gzipSync(text).length} bytes gzipped`);
    }
  } catch (error) {
    console.error(`build-single-file: ${(error as Error).message}`);
    process.exit(1);
  }
}
