import { describe, expect, it } from 'vitest';
import { dateRange, formatFactDate, joinList, plural, possessive } from './formatting.ts';

describe('formatFactDate', () => {
  const tests = [
    { args: { value: '2025-10-31', precision: 'day' as const }, expected: '31 October 2025' },
    { args: { value: '2024-10', precision: 'month' as const }, expected: 'October 2024' },
    { args: { value: '2017', precision: 'year' as const }, expected: '2017' },
    { args: null, expected: 'date unknown' },
  ];
  for (const { args, expected } of tests) {
    it(`writes ${JSON.stringify(args)} as "${expected}"`, () => expect(formatFactDate(args)).toBe(expected));
  }
});

describe('words', () => {
  it('joins lists with commas and a final "and"', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['canola'])).toBe('canola');
    expect(joinList(['canola', 'pork'])).toBe('canola and pork');
    expect(joinList(['canola', 'pork', 'seafood'])).toBe('canola, pork and seafood');
  });
  it('writes possessives, with the apostrophe alone after a final s', () => {
    expect(possessive('Canada')).toBe('Canada’s');
    expect(possessive('United States')).toBe('United States’');
  });
  it('writes counts with the right number', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(5, 'article')).toBe('5 articles');
  });
  it('finds the earliest and latest of mixed-precision dates and ignores unknown ones', () => {
    const range = dateRange([{ value: '2025-11-02', precision: 'day' }, null, { value: '2017', precision: 'year' }, { value: '2024-10', precision: 'month' }]);
    expect(range).toEqual({ from: { value: '2017', precision: 'year' }, to: { value: '2025-11-02', precision: 'day' } });
    expect(dateRange([null])).toBeNull();
  });
});
