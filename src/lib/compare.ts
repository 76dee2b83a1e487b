// Comparators for Array.prototype.sort, so an order is written once and reads as what it is.
//
// API
//   compareStrings(a, b)            code-unit order (ids, ISO dates, lexicon labels)
//   compareNumbers(a, b)            ascending numbers
//   compareFactDates(a, b)          FactDate | null by value; undated last; a month sorts at its start ("2025-03" < "2025-03-01")
//   byDateThenId(a, b)              facts with `date` and `id`: date order, undated last, ties by id
//   byId, byLabel, byName, byOrder  on the field of that name (`order`: trip stops, numbers)
//   byTextPosition(a, b)            spans of an article's text ({ start, end }) in reading order
//   by(key)                         ascending on a string or number key: by((stop) => stop.order)
//   descending(comparator)          the reverse order
//   thenBy(first, …rest)            the first comparator that tells two items apart
//
// Code-unit order, not localeCompare: its first call loads the ICU collation data (~30 ms of main-thread time on a
// phone, on the page's first draw), and none of these strings need a locale.
import type { FactDate } from './dataset.ts';

export type Comparator<T> = (left: T, right: T) => number;

export function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

export function compareNumbers(left: number, right: number): number {
  return left - right;
}

/** Sort key of a fact date: its text sorts chronologically; undated sorts after every year. */
function dateKey(date: FactDate | null | undefined): string {
  return date?.value ?? '9999';
}

/** Date order by the dates' text; undated last; a month-precise date sorts at its month's start. */
export function compareFactDates(left: FactDate | null | undefined, right: FactDate | null | undefined): number {
  return compareStrings(dateKey(left), dateKey(right));
}

/** Ascending on a string or number key (strings in code-unit order). */
export function by<T>(key: (item: T) => string | number): Comparator<T> {
  return (left, right) => {
    const a = key(left);
    const b = key(right);
    return typeof a === 'number' && typeof b === 'number' ? a - b : compareStrings(String(a), String(b));
  };
}

/** The reverse of `comparator`. */
export function descending<T>(comparator: Comparator<T>): Comparator<T> {
  return (left, right) => comparator(right, left);
}

/** The first comparator that tells the two apart. */
export function thenBy<T>(...comparators: Comparator<T>[]): Comparator<T> {
  return (left, right) => {
    for (const comparator of comparators) {
      const order = comparator(left, right);
      if (order !== 0) return order;
    }
    return 0;
  };
}

export function byId(left: { id: string }, right: { id: string }): number {
  return compareStrings(left.id, right.id);
}

export function byLabel(left: { label: string }, right: { label: string }): number {
  return compareStrings(left.label, right.label);
}

export function byName(left: { name: string }, right: { name: string }): number {
  return compareStrings(left.name, right.name);
}

/** Trip stops (and anything else with a numeric `order`) in that order. */
export function byOrder(left: { order: number }, right: { order: number }): number {
  return left.order - right.order;
}

/** Spans of a text ({ start, end }: evidence, quotes) in reading order; the shorter first when both start together. */
export function byTextPosition(left: { start: number; end: number }, right: { start: number; end: number }): number {
  return left.start - right.start || left.end - right.end;
}

/** Facts in date order, undated last, ties by id: the order lists, tables and exports show. */
export function byDateThenId(
  left: { date: FactDate | null; id: string },
  right: { date: FactDate | null; id: string },
): number {
  return compareFactDates(left.date, right.date) || compareStrings(left.id, right.id);
}
