import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { describe, expect, it } from 'vitest';
import { utcMonthShort, utcTimeScale } from './utc-time-scale.ts';

const cases = [
  { domain: [Date.UTC(2017, 0, 1), Date.UTC(2025, 10, 1)], range: [0, 960], counts: [2, 5, 10, 14] },
  { domain: [Date.UTC(2025, 2, 1), Date.UTC(2025, 10, 15)], range: [24, 351], counts: [2, 4, 8] },
  { domain: [Date.UTC(2024, 7, 26, 13), Date.UTC(2024, 7, 26, 19)], range: [0, 300], counts: [3, 6] },
  { domain: [Date.UTC(2025, 0, 1), Date.UTC(2024, 0, 1)], range: [500, 10], counts: [4] },
];

describe('utcTimeScale', () => {
  for (const { domain, range, counts } of cases) {
    it(`places dates and picks ticks exactly as d3's scaleUtc (${new Date(domain[0]!).toISOString()} → ${new Date(domain[1]!).toISOString()})`, () => {
      const ours = utcTimeScale([domain[0]!, domain[1]!], [range[0]!, range[1]!]);
      const d3 = scaleUtc().domain(domain).range(range);
      for (let step = 0; step <= 20; step += 1) {
        const time = domain[0]! + ((domain[1]! - domain[0]!) * step) / 17;
        expect(ours(time)).toBe(d3(time));
        expect(ours(new Date(time))).toBe(d3(new Date(time)));
      }
      for (const count of counts) expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
    });
  }

  it('steps days evenly across the end of a month (where d3-scale 4, on d3-time 2, restarted on the 1st)', () => {
    const ticks = utcTimeScale([Date.UTC(2025, 9, 20), Date.UTC(2025, 10, 2)], [0, 300])
      .ticks(8)
      .map(Number);
    expect(ticks.length).toBeGreaterThan(4);
    const steps = new Set(ticks.slice(1).map((time, index) => time - ticks[index]!));
    expect([...steps]).toEqual([2 * 86_400_000]);
  });

  it('puts every date at the middle of the range when the domain is one instant, as d3 does', () => {
    const instant = Date.UTC(2025, 9, 31);
    expect(utcTimeScale([instant, instant], [0, 100])(instant)).toBe(
      scaleUtc().domain([instant, instant]).range([0, 100])(instant),
    );
  });

  it('utcMonthShort writes the month as d3 utcFormat("%b") does', () => {
    const format = utcFormat('%b');
    for (let month = 0; month < 12; month += 1)
      expect(utcMonthShort(new Date(Date.UTC(2025, month, 15)))).toBe(format(new Date(Date.UTC(2025, month, 15))));
  });
});
