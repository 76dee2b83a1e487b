// Calendar arithmetic on FactDates and "YYYY-MM-DD" days, in UTC only from noon-UTC instants: the machine's time zone
// never changes a result.
import type { DatePrecision, FactDate } from '../../src/lib/dataset.ts';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "January|February|…", "Sunday|Monday|…": capitalised alternations for the patterns of dates, titles and places. */
export const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
export const WEEKDAY_NAMES = WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|');

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDate(parts: { year: number; month?: number; day?: number }, precision: DatePrecision): FactDate {
  if (precision === 'year') return { value: pad(parts.year, 4), precision };
  if (precision === 'month') return { value: `${pad(parts.year, 4)}-${pad(parts.month ?? 1)}`, precision };
  return { value: `${pad(parts.year, 4)}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`, precision };
}

/** Parses a FactDate back into its parts (missing parts default to 1). */
export function dateParts(date: FactDate): YMD {
  const [year, month, day] = date.value.split('-').map(Number);
  return { year: year!, month: month ?? 1, day: day ?? 1 };
}

/** A noon-UTC instant: the same calendar day in every time zone that reads it back with UTC getters. */
export function noonUtc(parts: YMD): Date {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12));
}

export function addDays(parts: YMD, days: number): YMD {
  const date = noonUtc(parts);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "2025-10-31" → "*", "2025", "2025-10", "2025-10-31": the buckets a dated cluster is found under (any, year, month, day). */
export function datePrefixes(date: FactDate | null): string[] {
  if (!date) return ['*'];
  const [year, month, day] = date.value.split('-');
  return ['*', year!, ...(month ? [`${year}-${month}`] : []), ...(day ? [date.value] : [])];
}

/** True when one date lies within the other ("2025-03" and "2025-03-14"), i.e. they can describe the same day. */
export function datesCompatible(a: FactDate | null, b: FactDate | null): boolean {
  if (!a || !b) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The more precise of two compatible dates. */
export function moreSpecificDate(a: FactDate | null, b: FactDate | null): FactDate | null {
  if (!a) return b;
  if (!b) return a;
  return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision] ? b : a;
}

/** Chronological order; a less precise date sorts before the dates inside it; null last. */
export function compareFactDates(a: FactDate | null, b: FactDate | null): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

export function firstDay(date: FactDate): string {
  return formatDate(dateParts(date), 'day').value;
}

export function lastDay(date: FactDate): string {
  const parts = dateParts(date);
  if (date.precision === 'day') return date.value;
  if (date.precision === 'year') return formatDate({ year: parts.year, month: 12, day: 31 }, 'day').value;
  const next = addMonths(parts.year, parts.month, 1);
  return formatDate(addDays({ ...next, day: 1 }, -1), 'day').value;
}

/** Days from `first` to `last` inclusive ("YYYY-MM-DD"). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  let current = dateParts({ value: first, precision: 'day' });
  for (let value = first; value <= last; value = formatDate(current, 'day').value) {
    days.push(value);
    current = addDays(current, 1);
  }
  return days;
}

/** Whole days from `a` to `b` ("YYYY-MM-DD"), negative when `b` is earlier. */
export function dayDifference(a: string, b: string): number {
  return Math.round(
    (noonUtc(dateParts({ value: b, precision: 'day' })).getTime() -
      noonUtc(dateParts({ value: a, precision: 'day' })).getTime()) /
      86_400_000,
  );
}

/** Moves a "YYYY-MM-DD" day by `delta` days. */
export function shiftDay(day: string, delta: number): string {
  return formatDate(addDays(dateParts({ value: day, precision: 'day' }), delta), 'day').value;
}
