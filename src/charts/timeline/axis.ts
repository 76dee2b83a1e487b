// Axis ticks for the view in px: years when zoomed out, months, then days; tick count from the width.
import { utcMonth, utcYear } from 'd3-time';
import { utcMonthShort, utcTimeScale } from '../../lib/utc-time-scale.ts';
import type { TimeInterval } from './items.ts';

export interface AxisTick {
  /** The tick's date (ms), a stable key while the view moves. */
  time: number;
  x: number;
  label: string;
  /** A year boundary: drawn stronger. */
  major: boolean;
}

const formatYear = (date: Date) => String(date.getUTCFullYear());
const formatMonth = utcMonthShort;
export const formatMonthYear = (date: Date) => `${utcMonthShort(date)} ${date.getUTCFullYear()}`;
const formatDay = (date: Date) => `${date.getUTCDate()} ${utcMonthShort(date)}`;
const formatDayYear = (date: Date) => `${formatDay(date)} ${date.getUTCFullYear()}`;

/** Ticks for the dates in view, spaced so their labels (about `labelWidth` px) never touch. */
export function axisTicks(view: TimeInterval, width: number, labelWidth: number): AxisTick[] {
  const scale = utcTimeScale([view.start, view.end], [0, width]);
  const count = Math.max(2, Math.floor(width / (labelWidth * 1.2)));
  const ticks = scale.ticks(count);
  return ticks.map((date, index) => {
    const isYear = utcYear.floor(date).getTime() === date.getTime();
    const isMonth = utcMonth.floor(date).getTime() === date.getTime();
    let label: string;
    if (isYear) label = formatYear(date);
    else if (isMonth) label = index === 0 || date.getUTCMonth() === 0 ? formatMonthYear(date) : formatMonth(date);
    else label = formatDay(date);
    return { time: date.getTime(), x: scale(date), label, major: isYear };
  });
}

/**
 * The view's first and last dates, to the ticks' finest unit (days, months or years), for the axis's two ends while a
 * zoom moves the view: both carry the year, since between them no tick label says it.
 */
export function viewEdgeLabels(view: TimeInterval, ticks: readonly AxisTick[]): [string, string] {
  const first = new Date(view.start);
  const last = new Date(view.end - 1);
  const onMonth = (tick: AxisTick) => utcMonth.floor(new Date(tick.time)).getTime() === tick.time;
  const format = ticks.some((tick) => !onMonth(tick))
    ? formatDayYear
    : ticks.some((tick) => !tick.major)
      ? formatMonthYear
      : formatYear;
  return [format(first), format(last)];
}
