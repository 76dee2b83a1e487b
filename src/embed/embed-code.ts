// The copy-ready embed code: a sandboxed, lazy iframe plus the host script that resizes it.
import { chartNamed, type ChartName } from '../chart-registry.ts';
import type { EmbedTheme } from './embed-options.ts';

/** Every chart of chart-registry.ts has its embed page. */
export type EmbedChart = ChartName;

export interface EmbedCodeOptions {
  chart: EmbedChart;
  /** The site's base URL (the folder holding index.html), e.g. "https://example.org/tariff-tracer/". */
  siteUrl: string;
  /** The iframe's accessible name. */
  title: string;
  /** Initial height in px before the first resize message arrives. */
  height?: number;
  theme?: EmbedTheme;
  showTitle?: boolean;
  /** Hash to open the chart on, as the main page writes it ("#meeting=…"), or "". */
  hash?: string;
}

/** Initial heights close to each chart's usual height, so the page jumps little when the script runs. */
export const DEFAULT_HEIGHTS: Record<EmbedChart, number> = { flow: 640, map: 620, timeline: 600 };

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page's URL with its options. */
export function embedUrl(options: EmbedCodeOptions): string {
  const url = new URL(chartNamed(options.chart).embedPage, options.siteUrl);
  if (options.theme && options.theme !== 'auto') url.searchParams.set('theme', options.theme);
  if (options.showTitle === false) url.searchParams.set('title', '0');
  if (options.hash && options.hash !== '#') url.hash = options.hash;
  return url.href;
}

/** The resize script's URL. */
export function resizeScriptUrl(siteUrl: string): string {
  return new URL('embed/resize.js', siteUrl).href;
}

/** Two lines of HTML to paste into an article. */
export function embedCode(options: EmbedCodeOptions): string {
  const height = Math.round(options.height ?? DEFAULT_HEIGHTS[options.chart]);
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(options.title)}"` +
    // allow-popups(-to-escape-sandbox): the credit link opens the full site in a new tab, outside the sandbox.
    ` sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy" style="width:100%;border:0" height="${height}"></iframe>`;
  const script = `<script src="${escapeAttribute(resizeScriptUrl(options.siteUrl))}" defer></script>`;
  return `${iframe}\n${script}`;
}

/** The site's base URL seen from a page of the site (the main page or an embed page). */
export function siteUrlFrom(pageHref: string): string {
  const url = new URL(pageHref);
  url.hash = '';
  url.search = '';
  const base = url.pathname.replace(/\/embed\/[^/]*$/, '/').replace(/[^/]*$/, '');
  url.pathname = base;
  return url.href;
}
