// A linear scale from UTC time to pixels with d3's tick choice, for charts that need nothing more of d3-scale:
// scaleUtc pulls in d3-time-format, d3-interpolate and d3-color (about 7 KB gzipped) for features unused here.
import { utcTicks } from 'd3-time';
import { MONTH_SHORT_NAMES } from './date-words.ts';

export interface UtcTimeScale {
  /** Position of a date (Date or ms since the epoch) on the range; the range's middle when the domain is one instant. */
  (value: Date | number): number;
  /** d3-time's utcTicks for the domain: d3-scale's scaleUtc().ticks(count), except that multi-day steps run evenly
   * across a month's end (d3-time 3; d3-scale 4 bundles d3-time 2, which restarts them on the 1st). */
  ticks(count?: number): Date[];
}

/** Same positions as d3-scale's `scaleUtc().domain(domain).range(range)`; ticks as described above. */
export function utcTimeScale(
  domain: readonly [Date | number, Date | number],
  range: readonly [number, number],
): UtcTimeScale {
  // d3's bimap: normalize over the domain in increasing order, then interpolateNumber, step for step, so positions
  // match d3-scale's to the last bit.
  const reversed = +domain[1] < +domain[0];
  const low = reversed ? +domain[1] : +domain[0];
  const span = (reversed ? +domain[0] : +domain[1]) - low;
  const [from, to] = reversed ? [range[1], range[0]] : range;
  const scale = ((value: Date | number) => {
    const t = span ? (+value - low) / span : 0.5;
    return from * (1 - t) + to * t;
  }) as UtcTimeScale;
  scale.ticks = (count = 10) => utcTicks(new Date(+domain[0]), new Date(+domain[1]), count);
  return scale;
}

/** "Oct" (d3's utcFormat('%b') in its default en-US locale). */
export function utcMonthShort(date: Date): string {
  return MONTH_SHORT_NAMES[date.getUTCMonth()] ?? '';
}
