// Fact dates as numbers on a time axis and as short English text ("Oct 2024"), without the browser's locale.
import type { DatePrecision, FactDate } from '../../lib/dataset.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a FactDate with the precision its form implies; null when malformed. */
export function factDateFromValue(value: string): FactDate | null {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const precision: DatePrecision = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { value: match[0], precision };
}

/**
 * The middle of the period the date names, in ms since the epoch (UTC): a month-precise date sits mid-month and a
 * year-precise one mid-year, so a vague date is not drawn as if it were the first day. Null when malformed.
 */
export function factDateMidpoint(date: FactDate | null): number | null {
  if (!date) return null;
  const match = DATE_PATTERN.exec(date.value);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return Date.UTC(year, 6, 2);
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (!match[3]) return Date.UTC(year, month, 15);
  const day = Number(match[3]);
  if (day < 1 || day > 31) return null;
  return Date.UTC(year, month, day, 12);
}

/** "12 Oct 2024", "Oct 2024" or "2024" (as precise as the text was); "date not stated" for null. */
export function formatFactDate(date: FactDate | null, long = false): string {
  if (!date) return 'date not stated';
  const match = DATE_PATTERN.exec(date.value);
  if (!match) return date.value;
  const names = long ? MONTH_NAMES : MONTHS;
  if (!match[2]) return match[1] ?? date.value;
  const month = names[Number(match[2]) - 1] ?? match[2];
  if (!match[3]) return `${month} ${match[1]}`;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Axis tick text for a UTC time: "Oct 2024". */
export function formatTick(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The period a date names, [start, end) in ms since the epoch (UTC): its day, month or year. Null when malformed. */
export function factDatePeriod(date: FactDate | null): [number, number] | null {
  const middle = factDateMidpoint(date);
  if (middle === null || !date) return null;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
}
