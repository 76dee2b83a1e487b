// Words for the page: dates, lists and possessives written the same way by every piece of copy.
import type { FactDate } from '../lib/dataset.ts';

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
