import { describe, expect, it } from 'vitest';
import { day, event, month } from './fixtures.ts';
import { timelineItems } from './items.ts';
import { heldLevel, laidOutRange, revealTransform } from './view.ts';

describe('heldLevel(current, nextK)', () => {
  const tests = [
    { current: 4, nextK: 4, expected: 4, why: 'keeps the level at its own zoom' },
    { current: 4, nextK: 2, expected: 4, why: 'keeps it down to half of it' },
    { current: 4, nextK: 16, expected: 4, why: 'keeps it up to four times it' },
    { current: 4, nextK: 17, expected: 32, why: 'zooming in past the band: a level above the zoom' },
    { current: 4, nextK: 1.9, expected: 1, why: 'zooming out past the band: a level below the zoom (never below 1)' },
    { current: 16, nextK: 7, expected: 2 * Math.SQRT2, why: 'zooming out from 16 to 7: the level for 3.5' },
  ];
  for (const { current, nextK, expected, why } of tests) {
    it(`${why} (level ${current}, zoom ${nextK})`, () => expect(heldLevel(current, nextK)).toBeCloseTo(expected, 9));
  }
});

describe('laidOutRange(previous, layout, transform, width)', () => {
  const layout = { name: 'level 2' };
  it('lays out the view and a quarter of it again on either side', () => {
    expect(laidOutRange(null, layout, { k: 2, x: -1000 }, 1000)).toEqual({ layout, from: 375, to: 1125 });
  });
  it('keeps the previous range while the view stays inside it, and lays out anew once it leaves or the layout changes', () => {
    const first = laidOutRange(null, layout, { k: 2, x: -1000 }, 1000);
    expect(laidOutRange(first, layout, { k: 2, x: -1100 }, 1000)).toBe(first);
    expect(laidOutRange(first, layout, { k: 2, x: -1600 }, 1000)).not.toBe(first);
    expect(laidOutRange(first, { name: 'level 4' }, { k: 2, x: -1000 }, 1000)).not.toBe(first);
  });
});

describe('revealTransform(transform, item, options)', () => {
  const { items } = timelineItems({
    events: [
      event('early', month('2018-12'), 'detention/consular'),
      event('late', day('2025-10-31'), 'meeting', [], 'Mark Carney – Xi Jinping'),
    ],
    meetings: [],
    measures: [],
    conflicts: [],
  });
  const domain = { start: Date.UTC(2016, 11, 1), end: Date.UTC(2026, 1, 1) };
  const width = 800;
  const at = (transform: { k: number; x: number }, time: number) =>
    ((time - domain.start) / (domain.end - domain.start)) * width * transform.k + transform.x;

  it('pans to the item, leaving room for its label on the right', () => {
    const item = items.find((candidate) => candidate.id === 'early')!;
    const next = revealTransform({ k: 4, x: -3000 }, item, {
      domain,
      width,
      kMax: 200,
      labelRoom: 200,
      standsAlone: () => true,
    });
    expect(at(next, item.start)).toBeGreaterThanOrEqual(23);
    expect(width - at(next, item.end)).toBeGreaterThanOrEqual(180);
  });

  it('zooms in until the item stands alone', () => {
    const item = items.find((candidate) => candidate.id === 'late')!;
    const next = revealTransform({ k: 1, x: 0 }, item, {
      domain,
      width,
      kMax: 200,
      labelRoom: 150,
      standsAlone: (k) => k > 10,
    });
    expect(next.k).toBeGreaterThan(10);
    expect(at(next, item.start)).toBeGreaterThan(0);
    expect(at(next, item.end)).toBeLessThan(width);
  });

  it('leaves a view that already shows the item alone with room as it is', () => {
    const item = items.find((candidate) => candidate.id === 'early')!;
    const transform = { k: 4, x: -at({ k: 4, x: 0 }, item.start) + 100 };
    expect(
      revealTransform(transform, item, { domain, width, kMax: 200, labelRoom: 200, standsAlone: () => true }),
    ).toEqual(transform);
  });
});
