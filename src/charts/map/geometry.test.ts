import { describe, expect, it } from 'vitest';
import { projectMapGeometry } from '../../../scripts/vite-plugin-map-geometry.ts';
import { mapFixture } from './fixture.ts';
import { clipLine, geometryProblem, linePath } from './geometry.ts';
import { mapModel } from './model.ts';

const box = { left: 0, top: 0, right: 100, bottom: 50 };

describe('clipLine', () => {
  const tests = [
    { name: 'keeps a line inside whole', line: [10, 10, 20, 20, 30, 10], expected: [[10, 10, 20, 20, 30, 10]] },
    { name: 'cuts a line where it leaves', line: [50, 25, 150, 25], expected: [[50, 25, 100, 25]] },
    { name: 'cuts a line where it enters', line: [-50, 25, 50, 25], expected: [[0, 25, 50, 25]] },
    {
      name: 'makes two parts of a line that leaves and comes back',
      line: [10, 10, 10, 90, 20, 90, 20, 10],
      expected: [
        [10, 10, 10, 50],
        [20, 50, 20, 10],
      ],
    },
    { name: 'keeps nothing of a line outside', line: [-10, -10, -20, 60], expected: [] },
    {
      name: 'keeps the part of a line crossing the box from side to side',
      line: [-10, 0, 110, 60],
      expected: [[0, 5, 90, 50]],
    },
  ];
  for (const { name, line, expected } of tests) {
    it(name, () => {
      const parts = clipLine(line, box);
      expect(parts.length).toBe(expected.length);
      parts.forEach((part, index) => part.forEach((value, at) => expect(value).toBeCloseTo(expected[index]![at]!, 9)));
    });
  }

  it('does not modify its input', () => {
    const line = [50, 25, 150, 25];
    clipLine(line, box);
    expect(line).toEqual([50, 25, 150, 25]);
  });
});

describe('linePath', () => {
  it('draws each line from a move, to a tenth of a pixel', () => {
    expect(
      linePath([
        [1.04, 2.06, 3.5, 4],
        [5, 6, 7.25, 8],
      ]),
    ).toBe('M1,2.1L3.5,4M5,6L7.3,8');
    expect(linePath([])).toBe('');
  });
});

describe('geometryProblem', () => {
  const model = mapModel(mapFixture());
  const geometry = projectMapGeometry(model, []);

  it('accepts the projected map of the same stops', () => {
    expect(geometryProblem(model, geometry)).toBeNull();
  });

  it('names the stops when the projected map was made from another dataset', () => {
    const other = { ...geometry, stops: geometry.stops.slice(1) };
    expect(geometryProblem(model, other)).toMatch(/st-kuala-lumpur, st-singapore, st-gyeongju.*st-ottawa/);
  });
});
