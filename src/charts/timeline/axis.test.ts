import { describe, expect, it } from 'vitest';
import { axisTicks, viewEdgeLabels } from './axis.ts';

describe('axisTicks(view, width, labelWidth)', () => {
  it('labels years across a long view and months across a short one, in order, within the width', () => {
    const long = axisTicks({ start: Date.UTC(2017, 0, 1), end: Date.UTC(2026, 0, 1) }, 1000, 50);
    expect(long.filter((tick) => tick.major).map((tick) => tick.label)).toContain('2020');
    const short = axisTicks({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) }, 400, 50);
    expect(short.map((tick) => tick.label)).toContain('Mar');
    for (const ticks of [long, short]) {
      for (let index = 1; index < ticks.length; index++) expect(ticks[index]!.x).toBeGreaterThan(ticks[index - 1]!.x);
      expect(ticks.every((tick) => tick.x >= 0 && tick.x <= 1000)).toBe(true);
      expect(ticks.every((tick) => tick.time >= Date.UTC(2017, 0, 1))).toBe(true);
    }
  });

  it('keeps labels apart: fewer ticks on a phone than on a desktop', () => {
    const view = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2026, 0, 1) };
    const phone = axisTicks(view, 375, 50);
    const desktop = axisTicks(view, 1440, 50);
    expect(phone.length).toBeGreaterThanOrEqual(3);
    expect(desktop.length).toBeGreaterThan(phone.length);
    // At 12 px, each label (about 0.65 em a character) fits before the next tick.
    for (let index = 1; index < phone.length; index++) {
      expect(phone[index]!.x - phone[index - 1]!.x).toBeGreaterThan(phone[index - 1]!.label.length * 12 * 0.65 + 6);
    }
  });
});

describe('viewEdgeLabels(view, ticks)', () => {
  const edges = (start: number, end: number) => viewEdgeLabels({ start, end }, axisTicks({ start, end }, 1440, 55));

  it('gives the first and last dates of the view to the unit of its ticks, each with its year', () => {
    // Years on the axis: years at the ends.
    expect(edges(Date.UTC(2015, 6, 1), Date.UTC(2026, 3, 1))).toEqual(['2015', '2026']);
    // Months: month and year (the last instant of the view is 31 March, not 1 April).
    expect(edges(Date.UTC(2024, 1, 10), Date.UTC(2025, 3, 1))).toEqual(['Feb 2024', 'Mar 2025']);
    // Days: day, month and year.
    expect(edges(Date.UTC(2025, 9, 28, 12), Date.UTC(2025, 10, 3))).toEqual(['28 Oct 2025', '2 Nov 2025']);
  });

  it('falls back to the year when there are no ticks', () => {
    expect(viewEdgeLabels({ start: Date.UTC(2019, 4, 1), end: Date.UTC(2020, 0, 1) }, [])).toEqual(['2019', '2019']);
  });
});
