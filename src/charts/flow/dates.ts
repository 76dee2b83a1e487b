// Fact dates as times on the flow chart's axis (UTC ms): where a day-, month- or year-precise date sits, and the
// period it covers. In words they are written by src/lib/date-words.ts.
import type { FactDate } from '../../lib/dataset.ts';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

/** The period a date names, [start, end) in ms since the epoch (UTC): its day, month or year. Null when malformed. */
export function factDatePeriod(date: FactDate | null): [number, number] | null {
  const middle = factDateMidpoint(date);
  if (middle === null || !date) return null;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
  return [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day + 1)];
}
