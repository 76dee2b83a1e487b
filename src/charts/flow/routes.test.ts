import { describe, expect, it } from 'vitest';
import { flattenPath, segmentCrossesBox } from './collisions.ts';
import { columnRoute, freeCorridor, roundedPath, wideRoute } from './routes.ts';

const box = (id: string, x: number, y: number, width: number, height: number) => ({ id, x, y, width, height });

describe('arrow routes', () => {
  it('roundedPath(points, r) turns each corner with a quarter curve and keeps the end points', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 30, y: 20 }], 5)).toBe('M0,0L0,15Q0,20 5,20L30,20');
    // A corner never takes more than half of a short run.
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 4 }, { x: 30, y: 4 }], 5)).toBe('M0,0L0,2Q0,4 2,4L30,4');
    // Repeated points are dropped.
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 10, y: 0 }], 5)).toBe('M0,0L10,0');
  });

  const cases = [
    { name: 'takes the straight line when nothing is in the way', obstacles: [], from: 50, to: 20, expected: 20 },
    { name: 'goes between obstacles rather than around them', obstacles: [box('a', 0, 0, 30, 100), box('b', 45, 0, 100, 100)], from: 200, to: 10, expected: 35 },
    { name: 'goes round the nearer side when the way between is blocked', obstacles: [box('a', 10, 0, 100, 100)], from: 60, to: 90, expected: 115 },
    { name: 'ignores obstacles outside its vertical span', obstacles: [box('a', 0, 200, 100, 50)], from: 50, to: 20, expected: 20 },
    { name: 'returns null when every x is blocked', obstacles: [box('a', -10, 0, 300, 100)], from: 50, to: 20, expected: null },
  ];
  for (const { name, obstacles, from, to, expected } of cases) {
    it(`freeCorridor ${name}`, () => expect(freeCorridor(obstacles, 10, 90, from, to, 5, 0, 200)).toBe(expected));
  }

  it('wideRoute leaves the answer downwards, runs in the gutters and a free corridor, and enters what it answered from below', () => {
    // A label in a row between the two marks' rows, reaching the left edge: the run must go round its right end.
    const label = box('label', 0, 80, 160, 50);
    const { path, corridor } = wideRoute(
      { x: 100, y: 150, r: 10, gutterY: 170 },
      { x: 20, y: 50, r: 8, gutterY: 70 },
      { obstacles: [label], marginX: 2, width: 300, radius: 4, clearance: 5, sharePenalty: 100 },
    );
    expect(corridor).toBe(165);
    const segments = flattenPath(path);
    expect(segments.some(([a, b]) => segmentCrossesBox(a, b, label))).toBe(false);
    const last = segments[segments.length - 1]!;
    expect(last[1]).toEqual({ x: 20, y: 60 });
    expect(last[1].y).toBeLessThan(last[0].y);
  });

  it('columnRoute runs along the boundary of the answered column that faces the answer', () => {
    const path = columnRoute({ x: 100, y: 300, r: 10, columnLeft: 80, columnRight: 120 }, { x: 60, y: 50, r: 8, columnLeft: 40, columnRight: 80 }, 4, 2);
    expect(path.startsWith('M89,300')).toBe(true);
    expect(path).toContain('L80,');
    expect(path.endsWith('L70,50')).toBe(true);
  });
});
