import { describe, expect, it } from 'vitest';
import { dateRange, formatArticlePublished, formatDayRange, formatFactDate, joinList, plural, possessive } from './formatting.ts';

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

describe('publication dates', () => {
  it('writes a window of days within a month, across months and across years', () => {
    expect(formatDayRange('2025-10-20', '2025-10-24')).toBe('20–24 October 2025');
    expect(formatDayRange('2025-10-31', '2025-11-06')).toBe('31 October – 6 November 2025');
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(formatDayRange('2025-10-28', '2025-10-28')).toBe('28 October 2025');
  });

  it('says an inferred date is inferred, and from which phrases (each once)', () => {
    const anchor = (phrase: string) => ({ phrase }) as NonNullable<Parameters<typeof formatArticlePublished>[0]['anchors']>[number];
    const published = { value: '2025', precision: 'year' as const, source: 'inferred' as const, window: { from: '2025-10-31', to: '2025-11-06' }, anchors: [anchor('on Friday'), anchor('on Friday')] };
    expect(formatArticlePublished(published)).toBe('31 October – 6 November 2025, inferred from “on Friday”');
  });

  it('writes a dateline date as it is, and nothing for an unknown one', () => {
    expect(formatArticlePublished({ value: '2025-11-02', precision: 'day', source: 'dateline' })).toBe('2 November 2025');
    expect(formatArticlePublished({ value: null, precision: null, source: null })).toBeNull();
  });
});
