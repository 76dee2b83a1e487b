import { describe, expect, it } from 'vitest';
import { factDateFromValue, factDateMidpoint, formatFactDate } from './dates.ts';

describe('fact dates on the time axis', () => {
  const cases = [
    { value: '2024-10', precision: 'month', short: 'Oct 2024', long: 'October 2024', midpoint: Date.UTC(2024, 9, 15) },
    { value: '2025-10-31', precision: 'day', short: '31 Oct 2025', long: '31 October 2025', midpoint: Date.UTC(2025, 9, 31, 12) },
    { value: '2024', precision: 'year', short: '2024', long: '2024', midpoint: Date.UTC(2024, 6, 2) },
  ] as const;
  for (const { value, precision, short, long, midpoint } of cases) {
    it(`reads "${value}" as ${precision} precision, places it mid-period and writes it "${short}"`, () => {
      const date = factDateFromValue(value);
      expect(date).toEqual({ value, precision });
      expect(factDateMidpoint(date)).toBe(midpoint);
      expect(formatFactDate(date)).toBe(short);
      expect(formatFactDate(date, true)).toBe(long);
    });
  }

  it('treats a missing or malformed date as undated, without throwing', () => {
    expect(formatFactDate(null)).toBe('date not stated');
    expect(factDateMidpoint(null)).toBeNull();
    expect(factDateFromValue('Oct 2024')).toBeNull();
    expect(factDateMidpoint({ value: '2024-13', precision: 'month' })).toBeNull();
  });
});
