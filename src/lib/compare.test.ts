import { describe, expect, it } from 'vitest';
import type { FactDate } from './dataset.ts';
import {
  by,
  byDateThenId,
  byLabel,
  byOrder,
  byTextPosition,
  compareFactDates,
  compareStrings,
  descending,
  thenBy,
} from './compare.ts';

const fact = (id: string, value: string | null): { id: string; date: FactDate | null } => ({
  id,
  date: value ? { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' } : null,
});

describe('comparators', () => {
  it('orders ids in code-unit order (capitals before small letters, no locale)', () => {
    expect(['b', 'a', 'B'].sort(compareStrings)).toEqual(['B', 'a', 'b']);
  });

  it('lists facts by date, undated last, ties by id, and leaves the input as it was', () => {
    const facts = [
      fact('m-3', null),
      fact('m-2', '2025-03-04'),
      fact('m-1', '2025-03'),
      fact('m-0', '2025-03-04'),
      fact('m-4', '2017'),
    ];
    const before = facts.map((item) => item.id);
    expect([...facts].sort(byDateThenId).map((item) => item.id)).toEqual(['m-4', 'm-1', 'm-0', 'm-2', 'm-3']);
    expect(facts.map((item) => item.id)).toEqual(before);
  });

  it('puts a month before the days in it, and no date after every date', () => {
    expect(
      compareFactDates({ value: '2025-03', precision: 'month' }, { value: '2025-03-01', precision: 'day' }),
    ).toBeLessThan(0);
    expect(compareFactDates(null, { value: '2999', precision: 'year' })).toBeGreaterThan(0);
  });

  it('sorts trip stops by their order and labels alphabetically', () => {
    expect([{ order: 2 }, { order: 0 }, { order: 1 }].sort(byOrder).map((stop) => stop.order)).toEqual([0, 1, 2]);
    expect([{ label: 'pork' }, { label: 'canola' }].sort(byLabel).map((item) => item.label)).toEqual([
      'canola',
      'pork',
    ]);
  });

  it('sorts by a key, reversed, and breaks ties with the next comparator', () => {
    const filters = [
      { label: 'pork', count: 2 },
      { label: 'canola', count: 5 },
      { label: 'beef', count: 2 },
    ];
    const order = thenBy(descending(by((item: (typeof filters)[number]) => item.count)), byLabel);
    expect([...filters].sort(order).map((item) => item.label)).toEqual(['canola', 'beef', 'pork']);
  });
});

describe('byTextPosition', () => {
  it('puts quotes in reading order', () => {
    const quotes = [
      { start: 40, end: 90 },
      { start: 0, end: 30 },
      { start: 40, end: 60 },
    ];
    expect([...quotes].sort(byTextPosition)).toEqual([
      { start: 0, end: 30 },
      { start: 40, end: 60 },
      { start: 40, end: 90 },
    ]);
  });
});
