// The height an embed needs at a column width: so the iframe shows the whole chart even where the host page strips
// the resize script (many CMSs remove <script>), and the page does not jump where the script runs.

import type { EmbedChart } from './embed-code.ts';

/** Column widths the embed dialog offers, in CSS pixels: a phone, a narrow and a wide article column, a full page. */
export const EMBED_WIDTHS = [320, 480, 640, 800, 1000] as const;

/**
 * Content heights by width, measured in the built site by scripts/measure-embed-heights.ts (default options: title
 * shown, no selection). The dialog measures the embed itself when it can; this table is its fallback.
 */
export const MEASURED_HEIGHTS: Record<EmbedChart, Record<number, number>> = {
  // 3 December 2026, 5 articles in seeds/.
  flow: { 320: 1886, 480: 1384, 640: 1171, 800: 1153, 1000: 1136 },
  map: { 320: 1041, 480: 1078, 640: 868, 800: 966, 1000: 691 },
  timeline: { 320: 1615, 480: 1356, 640: 1298, 800: 1197, 1000: 1199 },
};

/** Room for rounding and a font a little wider than ours, so a measured chart does not get a scroll bar. */
export const HEIGHT_MARGIN = 16;

/**
 * The height to offer at `width`: the taller of the two measured widths around it (a chart's height does not always
 * fall as it widens: the map changes layout), plus the margin; the end values outside the measured range. Pure.
 */
export function tableHeight(chart: EmbedChart, width: number): number | null {
  const measured = MEASURED_HEIGHTS[chart];
  const widths = Object.keys(measured)
    .map(Number)
    .sort((a, b) => a - b);
  if (!widths.length) return null;
  const below = widths.filter((candidate) => candidate <= width).at(-1) ?? widths[0]!;
  const above = widths.find((candidate) => candidate >= width) ?? widths.at(-1)!;
  return Math.max(measured[below]!, measured[above]!) + HEIGHT_MARGIN;
}

/** The height for the embed code: what the dialog measured, else the table's, else the chart's default. */
export function offeredHeight(chart: EmbedChart, width: number, measured: number | null, fallback: number): number {
  if (measured !== null && measured > 0) return Math.ceil(measured) + HEIGHT_MARGIN;
  return tableHeight(chart, width) ?? fallback;
}
