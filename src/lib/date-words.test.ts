import { describe, expect, it } from 'vitest';
import type { FactDate } from './dataset.ts';
import {
  NO_DATE,
  articlePublishedWords,
  dateSpanWords,
  dayRangeWords,
  earliestAndLatest,
  factDateWords,
  fromToWords,
  isoDayWords,
  monthYearWords,
  parseFactDate,
  publishedWords,
} from './date-words.ts';

const day = (value: string): FactDate => ({ value, precision: 'day' });
const month = (value: string): FactDate => ({ value, precision: 'month' });
const year = (value: string): FactDate => ({ value, precision: 'year' });

describe('factDateWords', () => {
  const tests = [
    { date: day('2025-10-31'), options: {}, expected: '31 October 2025' },
    { date: day('2025-10-01'), options: {}, expected: '1 October 2025' },
    { date: month('2025-03'), options: {}, expected: 'March 2025' },
    { date: year('2017'), options: {}, expected: '2017' },
    { date: null, options: {}, expected: 'date not stated' },
    { date: day('2024-10-12'), options: { short: true }, expected: '12 Oct 2024' },
    { date: month('2024-10'), options: { short: true }, expected: 'Oct 2024' },
    { date: month('2025-03'), options: { precisionNote: true }, expected: 'March 2025 (month only)' },
    { date: year('2017'), options: { precisionNote: true }, expected: '2017 (year only)' },
    { date: day('2025-10-31'), options: { precisionNote: true }, expected: '31 October 2025' },
  ];
  for (const { date, options, expected } of tests) {
    it(`writes ${JSON.stringify(date)} ${JSON.stringify(options)} as "${expected}"`, () => {
      expect(factDateWords(date, options)).toBe(expected);
    });
  }

  it('never shows a day the precision does not give', () => {
    expect(factDateWords(month('2025-03-15'))).toBe('March 2025');
    expect(factDateWords(year('2025-03'))).toBe('2025');
  });

  it('shows a malformed value as it is rather than a guessed date', () => {
    expect(factDateWords(day('sometime'))).toBe('sometime');
  });

  it('has one wording for no date', () => expect(NO_DATE).toBe('date not stated'));
});

describe('days, ranges and spans', () => {
  it('writes an ISO day in words', () => expect(isoDayWords('2025-03-01')).toBe('1 March 2025'));

  it('writes a window of days within a month, across months and across years', () => {
    expect(dayRangeWords('2025-10-20', '2025-10-24')).toBe('20–24 October 2025');
    expect(dayRangeWords('2025-10-31', '2025-11-06')).toBe('31 October – 6 November 2025');
    expect(dayRangeWords('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(dayRangeWords('2025-10-28', '2025-10-28')).toBe('28 October 2025');
  });

  it('writes a stay in its shortest form', () => {
    expect(dateSpanWords(day('2025-10-25'), day('2025-10-27'))).toBe('25–27 October 2025');
    expect(dateSpanWords(day('2025-10-31'), day('2025-11-01'))).toBe('31 October – 1 November 2025');
    expect(dateSpanWords(day('2025-10-31'), null)).toBe('31 October 2025');
    expect(dateSpanWords(month('2025-10'), day('2025-11-01'))).toBe('October 2025 – 1 November 2025');
    expect(dateSpanWords(null, null)).toBe('dates not stated');
  });

  it('writes two dates in full, once when they read the same, and nothing for none', () => {
    expect(fromToWords(day('2025-10-25'), day('2025-10-27'))).toBe('25 October 2025 to 27 October 2025');
    expect(fromToWords(day('2025-10-25'), day('2025-10-25'))).toBe('25 October 2025');
    expect(fromToWords(null, month('2025-11'))).toBe('November 2025');
    expect(fromToWords(null, null)).toBe('');
  });

  it('writes the month of a UTC time for an axis tick, in any time zone', () => {
    expect(monthYearWords(Date.UTC(2024, 9, 1), { short: true })).toBe('Oct 2024');
    expect(monthYearWords(new Date(Date.UTC(2024, 11, 31, 23)))).toBe('December 2024');
  });
});

describe('parseFactDate', () => {
  it('reads the precision from the form', () => {
    expect(parseFactDate('2025')).toEqual(year('2025'));
    expect(parseFactDate('2025-03')).toEqual(month('2025-03'));
    expect(parseFactDate(' 2025-03-01 ')).toEqual(day('2025-03-01'));
  });
  it('gives null for what is not a date', () => {
    expect(parseFactDate('March 2025')).toBeNull();
    expect(parseFactDate('')).toBeNull();
  });
});

describe('publication dates', () => {
  it('reads a publication date by its length when the precision is not given', () => {
    expect(publishedWords('2025-11-02', null)).toBe('2 November 2025');
    expect(publishedWords('2025-11', null)).toBe('November 2025');
    expect(publishedWords(null, null)).toBeNull();
  });

  it('says an inferred date is inferred, and from which phrases (each once)', () => {
    type Anchor = NonNullable<Parameters<typeof articlePublishedWords>[0]['anchors']>[number];
    const anchor = (phrase: string) => ({ phrase }) as Anchor;
    const published = {
      value: '2025',
      precision: 'year' as const,
      source: 'inferred' as const,
      window: { from: '2025-10-31', to: '2025-11-06' },
      anchors: [anchor('on Friday'), anchor('on Friday')],
    };
    expect(articlePublishedWords(published)).toBe('31 October – 6 November 2025, inferred from “on Friday”');
    expect(articlePublishedWords({ ...published, anchors: [] })).toBe('31 October – 6 November 2025, inferred');
  });

  it('writes a dateline date as it is, and nothing for an unknown one', () => {
    expect(articlePublishedWords({ value: '2025-11-02', precision: 'day', source: 'dateline' })).toBe(
      '2 November 2025',
    );
    expect(articlePublishedWords({ value: null, precision: null, source: null })).toBeNull();
  });
});

describe('earliestAndLatest', () => {
  it('finds the earliest and latest of mixed-precision dates and ignores unknown ones', () => {
    const range = earliestAndLatest([day('2025-11-02'), null, year('2017'), month('2024-10')]);
    expect(range).toEqual({ from: year('2017'), to: day('2025-11-02') });
    expect(earliestAndLatest([null])).toBeNull();
  });
});
