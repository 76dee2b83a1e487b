// After `vite build`: writes <outDir>/embed/resize.js (the embed host script), <outDir>/tariff-tracer.html
// (the whole site in one self-contained HTML file: JS, CSS, dataset and map shapes inlined; works opened from
// disk, file://, with no server and no network; a dataset too large for one file is cut, and the file says what it
// left out: see OFFLINE_WHOLE_DATASET_BYTES), and writes <outDir>/embed/*.html as self-contained pages.
// Why inline: a page with an opaque origin (opened from file://, or an embed in a sandbox="allow-scripts"
// iframe) fetches module scripts and crossorigin stylesheets in CORS mode, with "Origin: null"; a static host
// that sends no Access-Control-Allow-Origin header then refuses them. One inline module with no chunks needs
// no fetch at all.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildResizeScript } from './build-resize-script.ts';
import { withContentSecurityPolicy } from './vite-plugin-csp.ts';
import { ARTICLE_TEXTS_LEFT_OUT_META } from '../src/lib/load-dataset.ts';
import {
  datasetFile,
  deferDatasetWrites,
  OFFLINE_MODE,
  pageDataset,
  sliceForPage,
  writePageWithDataset,
} from './vite-plugin-dataset.ts';
import { PAGE_ARTICLES_PER_FACT } from './vite-plugin-dataset-slices.ts';

export const SINGLE_FILE_NAME = 'tariff-tracer.html';

/** Script text made safe inside an inline <script>: no "</script" or "<!--" that would end or bend it. */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/script/gi, '\\x3C/script').replace(/<!--/g, '\\x3C!--');
}

/** Characters a percent-encoded JSON data URL can keep as they are (they compress far better than base64). */
const JSON_URL_SAFE: Record<string, string> = {
  '%5B': '[',
  '%5D': ']',
  '%7B': '{',
  '%7D': '}',
  '%2C': ',',
  '%3A': ':',
  '%2F': '/',
};

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
 * The offline file carries the whole dataset while the compiled file is at most this size (2,000 generated articles
 * are 30 MB). Beyond it the file would not open: at 20,000 articles it was 290 MB, and headless Chromium had not
 * finished loading it after 5 minutes. It then carries what the main page inlines (the charts' facts, each fact's
 * quotes from its first PAGE_ARTICLES_PER_FACT articles, each article's opening and the sentences the charts read),
 * says so at its top and in the build output, and its reader says the whole text is on the site.
 */
export const OFFLINE_WHOLE_DATASET_BYTES = 40 * 1024 * 1024;

/** What an offline file too large to hold the whole dataset leaves out, in words. */
export function offlineLeftOutMessage(articles: number, datasetBytes: number): string {
  const mb = Math.round(datasetBytes / 1024 / 1024);
  return (
    `This offline copy leaves out the whole texts of the ${articles.toLocaleString('en-US')} articles (it keeps each one’s ` +
    `opening and the sentences the charts read) and, for a fact reported by more than ${PAGE_ARTICLES_PER_FACT} articles, ` +
    `the quotes beyond its first ${PAGE_ARTICLES_PER_FACT}: the whole dataset (${mb} MB) is more than one file a browser ` +
    'can open. The published site has everything.'
  );
}

/** The page with the message as a note above the app (main.ts replaces only #app) and as a meta element. */
export function withLeftOutNote(html: string, message: string): string {
  const text = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const style = 'margin:0;padding:0.5rem 1rem;background:#fff3cd;color:#3d2e00;font:0.95rem/1.4 system-ui,sans-serif';
  if (!/<\/head>/.test(html) || !/<body[^>]*>/.test(html))
    throw new Error(`${SINGLE_FILE_NAME}: no <head> or <body> for the note of what it leaves out`);
  return html
    .replace('</head>', () => `<meta name="${ARTICLE_TEXTS_LEFT_OUT_META}" content="${text}" />\n  </head>`)
    .replace(
      /<body[^>]*>/,
      (body) =>
        `${body}\n    <aside class="offline-note" aria-label="What this offline copy leaves out" style="${style}">${text}</aside>`,
    );
}

/**
 * Builds one HTML entry as a self-contained page (one inline module, inline CSS, assets as data: URLs). `offline`:
 * the whole dataset inline, article texts included (the single file works from file://, where nothing is fetched);
 * otherwise the page inlines its slice (an embed: what its chart draws; see scripts/vite-plugin-dataset.ts).
 */
export async function buildSelfContainedPage(
  entry: string,
  outFile: string,
  options: { offline?: boolean; leftOut?: string } = {},
): Promise<string> {
  const workDir = mkdtempSync(join(tmpdir(), 'tariff-tracer-single-'));
  // The page is built with a stand-in for its dataset, which is written last, into the finished page.
  deferDatasetWrites(true);
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
    if (files.length !== 1)
      throw new Error(`single-file build: expected one script, got ${files.length} (${files.join(', ')})`);
    const builtHtml = join(workDir, entry);
    const html = readFileSync(builtHtml, 'utf8');
    // The policy again, now that the script and styles are inline: their hashes, and nothing to load.
    const inlined = inlineAssets(html, (path) => readFileSync(resolve(dirname(builtHtml), path), 'utf8'));
    const page = withContentSecurityPolicy(
      options.leftOut ? withLeftOutNote(inlined, options.leftOut) : inlined,
      'self-contained',
    );
    mkdirSync(dirname(outFile), { recursive: true });
    // An offline file that leaves things out carries the main page's slice.
    const slice = options.leftOut
      ? 'page'
      : sliceForPage(`/${entry}`, options.offline ? OFFLINE_MODE : 'production', 'build');
    writePageWithDataset(outFile, page, pageDataset(datasetFile(), slice));
    return outFile;
  } finally {
    deferDatasetWrites(false);
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.env.DIST_DIR ?? 'dist';
  try {
    const resize = await buildResizeScript(outDir);
    console.log(`${resize}: ${statSync(resize).size} bytes`);
    // The embeds first, then the offline file: the largest page.
    const pages: [string, string][] = [];
    if (existsSync('embed')) {
      for (const name of readdirSync('embed')
        .filter((file) => file.endsWith('.html'))
        .sort())
        pages.push([`embed/${name}`, resolve(outDir, 'embed', name)]);
    }
    pages.push(['index.html', resolve(outDir, SINGLE_FILE_NAME)]);
    // OFFLINE_WHOLE_DATASET_MB overrides the budget (0 builds the cut file from the seeds, to try it).
    const budgetMb = process.env.OFFLINE_WHOLE_DATASET_MB;
    const offlineBudget =
      budgetMb !== undefined && budgetMb !== '' ? Number(budgetMb) * 1024 * 1024 : OFFLINE_WHOLE_DATASET_BYTES;
    if (Number.isNaN(offlineBudget))
      throw new Error(`OFFLINE_WHOLE_DATASET_MB: "${budgetMb}" is not a number of megabytes`);
    for (const [entry, outFile] of pages) {
      const offline = entry === 'index.html';
      const datasetBytes = statSync(datasetFile()).size;
      let leftOut: string | undefined;
      if (offline && datasetBytes > offlineBudget) {
        leftOut = offlineLeftOutMessage(pageDataset(datasetFile(), null).articles.length, datasetBytes);
        console.log(`${SINGLE_FILE_NAME}: ${leftOut}`);
      }
      const file = await buildSelfContainedPage(entry, outFile, { offline, leftOut });
      const bytes = statSync(file).size;
      // Gzipping a page of tens of megabytes here would cost as much memory again: bench:site-scale measures those.
      const gzipped = bytes <= 16 * 1024 * 1024 ? `, ${gzipSync(readFileSync(file)).length} bytes gzipped` : '';
      console.log(`${file}: ${bytes} bytes${gzipped}`);
    }
  } catch (error) {
    console.error(`build-single-file: ${(error as Error).message}`);
    process.exit(1);
  }
}
