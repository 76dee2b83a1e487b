// Fact dates in words, the one place the page, charts, presentation and exports write a date: never a Date object for
// a fact (no time zone, no locale), never a guessed day for a month- or year-precise date.
//
// API
//   factDateWords(date, { short?, precisionNote? })  "31 October 2025" | "October 2025" | "2025" | NO_DATE;
//                                                    short: "31 Oct 2025"; precisionNote: "March 2025 (month only)"
//   NO_DATE / NO_DATES                               'date not stated' / 'dates not stated': the one wording for none
//   isoDayWords('2025-03-01')                        "1 March 2025"
//   dayRangeWords(from, to)                          "20–24 October 2025", "31 October – 6 November 2025", …
//   dateSpanWords(arrive, depart)                    a stay: "25–27 October 2025", "October 2025 – 2026", NO_DATES
//   fromToWords(arrive, depart)                      the long form: "25 October 2025 to 27 October 2025"; '' for none
//   publishedWords(value, precision)                 a publication date (precision from its length when null)
//   articlePublishedWords(article.published)         …or an inferred one: "20–24 October 2025, inferred from “Friday”"
//   monthYearWords(time, { short? })                 a UTC time's month: "October 2024" / "Oct 2024" (axis ticks)
//   parseFactDate('2025-03')                         { value: '2025-03', precision: 'month' } | null when malformed
//   earliestAndLatest(dates)                         { from, to } of the known dates, or null
//   MONTH_NAMES, MONTH_SHORT_NAMES                   'January'…, 'Jan'… (en-GB, as the copy is written)
import type { Article, DatePrecision, FactDate } from './dataset.ts';
// No import of compare.ts here: with it, a chart importing this module made rolldown split the Svelte runtime out of
// the page's entry chunk into a chunk of its own (1.2 KB more gzipped JavaScript at load; seen 3 Dec 2026).
import { joinList } from './phrases.ts';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const MONTH_SHORT_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** What a fact with no date shows: the words the flow chart's row, the map and the story already used. */
export const NO_DATE = 'date not stated';
/** The same for a span of two dates (a stop's arrival and departure). */
export const NO_DATES = 'dates not stated';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a FactDate with the precision its form implies; null when malformed. */
export function parseFactDate(value: string): FactDate | null {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const precision: DatePrecision = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { value: match[0], precision };
}

function monthName(month: string | undefined, short: boolean): string | undefined {
  if (!month) return undefined;
  return (short ? MONTH_SHORT_NAMES : MONTH_NAMES)[Number(month) - 1];
}

export interface FactDateWordsOptions {
  /** "Oct" for "October" (axis labels, mark labels). */
  short?: boolean;
  /** Say a vague date is vague: "March 2025 (month only)", "2017 (year only)". */
  precisionNote?: boolean;
}

/**
 * A fact's date in words at its precision: "31 October 2025", "October 2025", "2025"; NO_DATE for none. The precision
 * decides, not the value's length: a month-precise "2025-03-15" is "March 2025". A malformed value is shown as it is.
 */
export function factDateWords(date: FactDate | null, options: FactDateWordsOptions = {}): string {
  if (!date) return NO_DATE;
  const match = DATE_PATTERN.exec(date.value);
  if (!match) return date.value;
  const [, year, month, day] = match;
  const name = monthName(month, options.short ?? false);
  if (date.precision === 'day' && day && name) return `${Number(day)} ${name} ${year}`;
  if (date.precision !== 'year' && name)
    return options.precisionNote ? `${name} ${year} (month only)` : `${name} ${year}`;
  return options.precisionNote ? `${year} (year only)` : `${year}`;
}

/** "1 March 2025" for "2025-03-01": a day in words, read the same in every locale and time zone. */
export function isoDayWords(iso: string): string {
  return factDateWords({ value: iso, precision: 'day' });
}

/** "Oct 2024" / "October 2024": the month of a UTC time (ms or Date), for axis ticks. */
export function monthYearWords(time: number | Date, { short = false }: { short?: boolean } = {}): string {
  const date = new Date(+time);
  return `${(short ? MONTH_SHORT_NAMES : MONTH_NAMES)[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "20–24 October 2025", "31 October – 6 November 2025", "30 December 2025 – 2 January 2026" (ISO days). */
export function dayRangeWords(from: string, to: string): string {
  if (from === to) return isoDayWords(from);
  const [fromYear, fromMonth, fromDay] = from.split('-');
  const [toYear, toMonth] = to.split('-');
  const end = isoDayWords(to);
  if (fromYear !== toYear) return `${isoDayWords(from)} – ${end}`;
  if (fromMonth !== toMonth) return `${Number(fromDay)} ${monthName(fromMonth, false)} – ${end}`;
  return `${Number(fromDay)}–${end}`;
}

/**
 * A stay from `arrive` to `depart` in its shortest form: "25–27 October 2025", "31 October – 1 November 2025", one
 * date when only one is known or both are the same, "October 2025 – 2026" otherwise; NO_DATES when neither is known.
 */
export function dateSpanWords(arrive: FactDate | null, depart: FactDate | null): string {
  if (!arrive && !depart) return NO_DATES;
  if (!arrive || !depart || arrive.value === depart.value) return factDateWords(arrive ?? depart);
  if (arrive.precision === 'day' && depart.precision === 'day') return dayRangeWords(arrive.value, depart.value);
  return `${factDateWords(arrive)} – ${factDateWords(depart)}`;
}

/**
 * Two dates in full, "25 October 2025 to 27 October 2025", one when only one is known or both read the same, and ''
 * when neither is (the details panel and the presentation leave the line out then).
 */
export function fromToWords(from: FactDate | null, to: FactDate | null): string {
  const words = [from, to].filter((date) => date !== null).map((date) => factDateWords(date));
  return [...new Set(words)].join(' to ');
}

/** A publication date ("YYYY-MM-DD" or shorter) in words, its precision read from its length when not given; null for none. */
export function publishedWords(value: string | null, precision: DatePrecision | null): string | null {
  if (!value) return null;
  return factDateWords({
    value,
    precision: precision ?? (value.length > 7 ? 'day' : value.length > 4 ? 'month' : 'year'),
  });
}

/**
 * An article's publication date in words; one the compiler inferred reads as its window and the phrases it rests on
 * ("20–24 October 2025, inferred from “next week”, “Friday”"), so a reader sees it is not a dateline. Null for none.
 */
export function articlePublishedWords(published: Article['published']): string | null {
  if (published.source === 'inferred' && published.window) {
    const phrases = [...new Set((published.anchors ?? []).map((anchor) => `“${anchor.phrase}”`))];
    const range = dayRangeWords(published.window.from, published.window.to);
    return phrases.length ? `${range}, inferred from ${joinList(phrases)}` : `${range}, inferred`;
  }
  return publishedWords(published.value, published.precision);
}

/** Earliest and latest of the known dates (by their text, which sorts chronologically), or null when none is known. */
export function earliestAndLatest(dates: readonly (FactDate | null)[]): { from: FactDate; to: FactDate } | null {
  let from: FactDate | null = null;
  let to: FactDate | null = null;
  for (const date of dates) {
    if (!date) continue;
    if (!from || date.value < from.value) from = date;
    if (!to || date.value >= to.value) to = date;
  }
  return from && to ? { from, to } : null;
}
