import { describe, expect, it } from 'vitest';
import { parseFactDate } from '../../lib/date-words.ts';
import { factDateMidpoint, factDatePeriod } from './dates.ts';

describe('fact dates on the time axis', () => {
  const cases = [
    { value: '2024-10', midpoint: Date.UTC(2024, 9, 15), period: [Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1)] },
    {
      value: '2025-10-31',
      midpoint: Date.UTC(2025, 9, 31, 12),
      period: [Date.UTC(2025, 9, 31), Date.UTC(2025, 10, 1)],
    },
    { value: '2024', midpoint: Date.UTC(2024, 6, 2), period: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)] },
  ] as const;
  for (const { value, midpoint, period } of cases) {
    it(`places "${value}" mid-period, not on its first day, and covers its whole period`, () => {
      const date = parseFactDate(value);
      expect(factDateMidpoint(date)).toBe(midpoint);
      expect(factDatePeriod(date)).toEqual(period);
    });
  }

  it('treats a missing or malformed date as undated, without throwing', () => {
    expect(factDateMidpoint(null)).toBeNull();
    expect(factDatePeriod(null)).toBeNull();
    expect(factDateMidpoint({ value: '2024-13', precision: 'month' })).toBeNull();
  });
});
