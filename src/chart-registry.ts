// The three charts, each declared once: its name, its chapter on the page, its title, the words labels use for it
// and its embed page. Read by the page (App.svelte), the presentation, the embed pages and dialog, and the exports.
// How each chart's code loads is in chart-loaders.ts, apart: an embed page is one self-contained script in which
// every import() is inlined, so a module holding all three loaders would put all three charts in each embed (the map
// embed grew from 80.5 to 128.5 KB gzipped when one module held both). This one imports no chart code.
import type { ChartName } from './lib/chart-props.ts';

export type { ChartName };

export interface ChartEntry {
  /** The chart's one name: its embed page, its export files (tariff-tracer-<name>.csv), the presentation's steps. */
  name: ChartName;
  /** The id of its chapter on the page, the page's #anchor; "trip" for the map (links in the wild point at #trip). */
  chapter: string;
  /** The chapter's heading on the page; the embed dialog's iframe title until the chart's own title is read. */
  title: string;
  /** What the chart is, in running text: "Download the summit map image as SVG". */
  noun: string;
  /** The embed page, relative to the site's folder. Public: embed codes pasted into articles carry it. */
  embedPage: string;
}

/** The charts in the page's order. */
export const CHARTS: readonly ChartEntry[] = [
  {
    name: 'flow',
    chapter: 'flow',
    title: 'Tariff for tariff',
    noun: 'tariff flow chart',
    embedPage: 'embed/flow.html',
  },
  { name: 'map', chapter: 'trip', title: 'The trip to Asia', noun: 'summit map', embedPage: 'embed/map.html' },
  {
    name: 'timeline',
    chapter: 'timeline',
    title: 'A long freeze, then a thaw',
    noun: 'timeline',
    embedPage: 'embed/timeline.html',
  },
];

/** The chart of that name. */
export function chartNamed(name: ChartName): ChartEntry {
  const entry = CHARTS.find((chart) => chart.name === name);
  if (!entry) throw new Error(`chart-registry.ts: no chart named "${name}"`);
  return entry;
}

/** The chart a chapter id or a chart name stands for ("trip" and "map" are the map), or null. */
export function chartFor(chapterOrName: string): ChartEntry | null {
  return CHARTS.find((chart) => chart.chapter === chapterOrName || chart.name === chapterOrName) ?? null;
}
