import { describe, expect, it } from 'vitest';
import { compressedTimeScale, monthTicks } from './time-axis.ts';

const at = (value: string) => Date.parse(`${value}T00:00:00Z`);

describe('compressedTimeScale(times, range, maxGap)', () => {
  it('keeps close times in proportion and shortens a long empty stretch to maxGap, reporting a break there', () => {
    const times = [at('2018-03-08'), at('2024-10-01'), at('2024-10-22'), at('2024-11-12')];
    const scale = compressedTimeScale(times, [0, 1000], 60 * 86_400_000);
    // Three weeks and three weeks take the same width; six years take no more than 30 days would (half of maxGap).
    expect(scale(times[2]!) - scale(times[1]!)).toBeCloseTo(scale(times[3]!) - scale(times[2]!), 6);
    expect(scale(times[1]!) - scale(times[0]!)).toBeCloseTo(((scale(times[3]!) - scale(times[1]!)) * 30) / 42, 6);
    expect(scale.breaks).toHaveLength(1);
    expect(scale.breaks[0]!.from).toBe(times[0]);
    expect(scale.breaks[0]!.to).toBe(times[1]);
    expect(scale(times[3]!)).toBeCloseTo(1000, 6);
    // The axis starts at the first time's month.
    expect(scale.domain[0]).toBe(at('2018-03-01'));
    expect(scale(at('2018-03-01'))).toBe(0);
  });

  it('keeps time order: a later time is never left of an earlier one', () => {
    const times = [at('2020-01-01'), at('2023-06-01'), at('2023-06-02'), at('2025-03-04')];
    const scale = compressedTimeScale(times, [10, 500]);
    const probe = [at('2019-12-15'), ...times, at('2021-05-05'), at('2024-01-01')].sort((a, b) => a - b);
    probe.slice(1).forEach((time, index) => expect(scale(time)).toBeGreaterThanOrEqual(scale(probe[index]!)));
  });

  it('gives a single instant two months, so it sits near the left', () => {
    const scale = compressedTimeScale([at('2024-10-15')], [0, 600]);
    expect(scale(at('2024-10-15'))).toBeLessThan(200);
    expect(scale.breaks).toEqual([]);
  });
});

describe('monthTicks(scale, fontSize, minX, maxX)', () => {
  it('puts no tick inside a break, names the year after one, and keeps labels apart', () => {
    const scale = compressedTimeScale(
      [at('2018-03-08'), at('2024-10-01'), at('2025-01-20'), at('2025-03-04')],
      [40, 1200],
    );
    const ticks = monthTicks(scale, 13, 0, 1240);
    const texts = ticks.map((tick) => tick.text);
    expect(texts[0]).toBe('Mar 2018');
    expect(texts).toContain('Oct 2024');
    expect(texts.some((text) => /^(Apr|May|Jun|Jul) 2018$|2019|2020|2021|2022|2023/.test(text))).toBe(false);
    ticks.slice(1).forEach((tick, index) => expect(tick.x - ticks[index]!.x).toBeGreaterThan(30));
    // No label over a break's symbol.
    for (const gap of scale.breaks) for (const tick of ticks) expect(Math.abs(tick.x - gap.x)).toBeGreaterThan(13);
  });
});
