// Words for the page: dates, lists and possessives written the same way by every piece of copy.
import type { Article, FactDate } from '../lib/dataset.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "31 October 2025", "October 2025" or "2025", by the date's precision; "date unknown" for null. No Date object: no time zone. */
export function formatFactDate(date: FactDate | null): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === 'day' && monthName && day) return `${Number(day)} ${monthName} ${year}`;
  if ((date.precision === 'day' || date.precision === 'month') && monthName) return `${monthName} ${year}`;
  return year ?? date.value;
}

/** A publication date ("YYYY-MM-DD" or shorter) as words, or null. */
export function formatPublished(value: string | null, precision: FactDate['precision'] | null): string | null {
  if (!value) return null;
  return formatFactDate({ value, precision: precision ?? (value.length > 7 ? 'day' : value.length > 4 ? 'month' : 'year') });
}

/** "20–24 October 2025", "31 October – 6 November 2025", "30 December 2025 – 2 January 2026" (ISO days). */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatFactDate({ value: from, precision: 'day' });
  const [fromYear, fromMonth, fromDay] = from.split('-');
  const [toYear, toMonth] = to.split('-');
  const end = formatFactDate({ value: to, precision: 'day' });
  if (fromYear !== toYear) return `${formatFactDate({ value: from, precision: 'day' })} – ${end}`;
  if (fromMonth !== toMonth) return `${Number(fromDay)} ${MONTHS[Number(fromMonth) - 1]} – ${end}`;
  return `${Number(fromDay)}–${end}`;
}

/** An article's publication date as words; one the compiler inferred reads as its window and the phrases it rests
 * on ("20–24 October 2025, inferred from “next week”, “Friday”"), so a reader sees it is not a dateline. */
export function formatArticlePublished(published: Article['published']): string | null {
  if (published.source === 'inferred' && published.window) {
    const phrases = [...new Set((published.anchors ?? []).map((anchor) => `“${anchor.phrase}”`))];
    const range = formatDayRange(published.window.from, published.window.to);
    return phrases.length ? `${range}, inferred from ${joinList(phrases)}` : `${range}, inferred`;
  }
  return formatPublished(published.value, published.precision);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Canada’s", "the United States’" stays "United States’": names ending in s take the apostrophe alone. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** "1 article", "5 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Earliest and latest dates (by their text, which sorts chronologically), or null when none. */
export function dateRange(dates: readonly (FactDate | null)[]): { from: FactDate; to: FactDate } | null {
  const known = dates.filter((date): date is FactDate => date !== null).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const from = known[0];
  const to = known[known.length - 1];
  return from && to ? { from, to } : null;
}
