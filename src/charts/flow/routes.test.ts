import { describe, expect, it } from 'vitest';
import { flattenPath, segmentCrossesBox } from './collisions.ts';
import { chooseCorridor, columnRoute, freeCorridor, roundedPath, wideRoute } from './routes.ts';

const box = (id: string, x: number, y: number, width: number, height: number) => ({ id, x, y, width, height });

describe('arrow routes', () => {
  it('roundedPath(points, r) turns each corner with a quarter curve and keeps the end points', () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 0, y: 20 },
          { x: 30, y: 20 },
        ],
        5,
      ),
    ).toBe('M0,0L0,15Q0,20 5,20L30,20');
    // A corner never takes more than half of a short run.
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 0, y: 4 },
          { x: 30, y: 4 },
        ],
        5,
      ),
    ).toBe('M0,0L0,2Q0,4 2,4L30,4');
    // Repeated points are dropped.
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        5,
      ),
    ).toBe('M0,0L10,0');
  });

  const cases = [
    { name: 'takes the straight line when nothing is in the way', obstacles: [], from: 50, to: 20, expected: 20 },
    {
      name: 'goes between obstacles rather than around them',
      obstacles: [box('a', 0, 0, 30, 100), box('b', 45, 0, 100, 100)],
      from: 200,
      to: 10,
      expected: 35,
    },
    {
      name: 'goes round the nearer side when the way between is blocked',
      obstacles: [box('a', 10, 0, 100, 100)],
      from: 60,
      to: 90,
      expected: 115,
    },
    {
      name: 'ignores obstacles outside its vertical span',
      obstacles: [box('a', 0, 200, 100, 50)],
      from: 50,
      to: 20,
      expected: 20,
    },
    {
      name: 'returns null when every x is blocked',
      obstacles: [box('a', -10, 0, 300, 100)],
      from: 50,
      to: 20,
      expected: null,
    },
  ];
  for (const { name, obstacles, from, to, expected } of cases) {
    it(`freeCorridor ${name}`, () => expect(freeCorridor(obstacles, 10, 90, from, to, 5, 0, 200)).toBe(expected));
  }

  it('chooseCorridor runs between the two ends when it can (forward in time), else at the nearest free x', () => {
    const label = box('label', 0, 80, 160, 50);
    expect(chooseCorridor([label], 70, 170, 20, 100, { marginX: 2, width: 300, clearance: 5 })).toBe(165);
    expect(chooseCorridor([], 70, 170, 20, 100, { marginX: 2, width: 300, clearance: 5 })).toBe(100);
    expect(
      chooseCorridor([box('wall', -10, 0, 400, 300)], 70, 170, 20, 100, { marginX: 2, width: 300, clearance: 5 }),
    ).toBe(2);
  });

  it('wideRoute leaves the measure downwards, runs in the gutters and the corridor, and enters the answer from below', () => {
    const label = box('label', 0, 80, 160, 50);
    const path = wideRoute(
      { x: 20, y: 50, r: 8, gutterY: 70 },
      { x: 200, y: 150, r: 10, gutterY: 170, offset: -3 },
      165,
      4,
    );
    const segments = flattenPath(path);
    expect(segments.some(([a, b]) => segmentCrossesBox(a, b, label))).toBe(false);
    expect(segments[0]![0]).toEqual({ x: 20, y: 59 });
    const last = segments[segments.length - 1]!;
    // The arrowhead's run goes up into the answer, 2 px below its rim, at the given offset.
    expect(last[1].x).toBe(197);
    expect(last[1].y).toBeCloseTo(150 + Math.sqrt(100 - 9) + 2, 1);
    expect(last[1].y).toBeLessThan(last[0].y);
    // Forward only: x never decreases along the way.
    const xs = segments.flatMap(([a, b]) => [a.x, b.x]);
    xs.slice(1).forEach((x, index) => expect(x).toBeGreaterThanOrEqual(xs[index]! - 1e-9));
  });

  it('columnRoute leaves the measure towards its channel, runs down the channel, and enters the answer from that side', () => {
    const path = columnRoute({ x: 60, y: 50, r: 8 }, { x: 100, y: 300, r: 10, dy: 2 }, 80, 4);
    expect(path.startsWith('M69,50')).toBe(true);
    expect(path).toContain('L80,');
    const end = flattenPath(path).at(-1)![1];
    expect(end.y).toBe(302);
    expect(end.x).toBeCloseTo(100 - Math.sqrt(96) - 2, 1);
  });
});
