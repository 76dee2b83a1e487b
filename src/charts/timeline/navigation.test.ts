import { describe, expect, it } from 'vitest';
import { day, event, month } from './fixtures.ts';
import { timeExtent, timelineItems } from './items.ts';
import { assignLanes } from './lanes.ts';
import { layoutAtLevel, onScreen } from './level-marks.ts';
import { firstOnScreen, keyboardOrder, markHolding, stepIndex } from './navigation.ts';
import { paddedDomain } from './zoom.ts';

const WIDTH = 1000;

function marksAt(level: number) {
  const { items } = timelineItems({
    events: [
      event('arrests', month('2018-12'), 'detention/consular'),
      event('tariff', month('2024-10'), 'trade measure'),
      event('levy', day('2025-03-20'), 'trade measure'),
      event('li-carney', month('2025-09'), 'meeting'),
      event('carney-xi', day('2025-10-31'), 'meeting'),
      event('statement-a', day('2025-10-01'), 'statement'),
      event('statement-b', day('2025-10-02'), 'statement'),
    ],
    meetings: [],
    measures: [],
    conflicts: [],
  });
  const options = {
    domain: paddedDomain(timeExtent(items)!),
    width: WIDTH,
    dotRadius: 5,
    minGap: 13,
    clusterMinWidth: 26,
    pillHeight: 18,
  };
  return layoutAtLevel(assignLanes(items).placed, level, options).marks;
}

describe('keyboardOrder(marks, view)', () => {
  it('lists the marks on screen left to right, as they stand on screen', () => {
    const marks = marksAt(1);
    const order = keyboardOrder(marks, { k: 1, x: 0, width: WIDTH, dotRadius: 5 });
    expect(order.length).toBe(marks.length);
    expect(order.map((mark) => mark.x0)).toEqual([...order.map((mark) => mark.x0)].sort((a, b) => a - b));
  });
  it('leaves out the marks beyond the edges', () => {
    const marks = marksAt(8);
    // The view over the last year or so of 2016–2026, at zoom 8.
    const order = keyboardOrder(marks, { k: 8, x: -7000, width: WIDTH, dotRadius: 5 });
    expect(order.map((mark) => mark.id)).not.toContain('arrests');
    expect(order.every((mark) => mark.x1 >= 0 && mark.x0 <= WIDTH)).toBe(true);
  });
});

describe('firstOnScreen(marks, view)', () => {
  it('is the first mark of the keyboard order, or null when nothing is on screen', () => {
    const marks = marksAt(8);
    for (const x of [0, -3000, -7000]) {
      const view = { k: 8, x, width: WIDTH, dotRadius: 5 };
      expect(firstOnScreen(marks, view)?.id ?? null).toBe(keyboardOrder(marks, view)[0]?.id ?? null);
    }
    // Each mark (cluster, dot, bar) with its right end half a pixel inside the left edge, then half a pixel beyond it,
    // at several levels: the same answer as the keyboard order's, worked out from onScreen.
    for (const level of [1, 2, 8]) {
      const atLevel = marksAt(level);
      for (const mark of atLevel) {
        for (const inside of [0.5, -0.5]) {
          const view = { k: level, x: inside - onScreen(mark, level, 0, 5).x1, width: WIDTH, dotRadius: 5 };
          expect(firstOnScreen(atLevel, view)?.id ?? null).toBe(keyboardOrder(atLevel, view)[0]?.id ?? null);
        }
      }
    }
    // Mid-2021 to mid-2022: no event then.
    expect(firstOnScreen(marks, { k: 8, x: -2400, width: WIDTH, dotRadius: 5 })).toBeNull();
  });
});

describe('markHolding(marks, itemId)', () => {
  it("is the item's own mark, or the cluster that holds it", () => {
    const wide = marksAt(1);
    const cluster = wide.find(
      (mark) => mark.type === 'cluster' && mark.members.some((member) => member.item.id === 'statement-b'),
    );
    expect(cluster, 'two statements a day apart cluster at zoom 1').toBeDefined();
    expect(markHolding(wide, 'statement-b')).toBe(cluster!.id);
    expect(markHolding(wide, 'arrests')).toBe('arrests');
    expect(markHolding(wide, 'nowhere')).toBeNull();
  });
});

describe('stepIndex(count, current, delta)', () => {
  it('steps one item either way, held at the ends, and starts from the first (Next) or last (Previous)', () => {
    expect(stepIndex(5, 2, 1)).toBe(3);
    expect(stepIndex(5, 2, -1)).toBe(1);
    expect(stepIndex(5, 4, 1)).toBe(4);
    expect(stepIndex(5, 0, -1)).toBe(0);
    expect(stepIndex(5, -1, 1)).toBe(0);
    expect(stepIndex(5, -1, -1)).toBe(4);
    expect(stepIndex(0, -1, 1)).toBeNull();
  });
});
