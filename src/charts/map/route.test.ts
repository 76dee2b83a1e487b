import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, legFractions, routeLegs } from './route.ts';

const OTTAWA: [number, number] = [-75.69812, 45.41117];
const KUALA_LUMPUR: [number, number] = [101.68653, 3.1412];

describe('greatCircleArc', () => {
  it('starts and ends exactly at the two stops', () => {
    const arc = greatCircleArc(OTTAWA, KUALA_LUMPUR);
    expect(arc[0]).toEqual(OTTAWA);
    expect(arc[arc.length - 1]).toEqual(KUALA_LUMPUR);
    expect(arc).toHaveLength(33);
  });

  it('follows the great circle: its pieces add up to the great-arc distance (Ottawa to Kuala Lumpur crosses the Arctic)', () => {
    const arc = greatCircleArc(OTTAWA, KUALA_LUMPUR, 64);
    const along = arc.slice(1).reduce((sum, point, index) => sum + geoDistance(arc[index]!, point), 0);
    expect(along).toBeCloseTo(geoDistance(OTTAWA, KUALA_LUMPUR), 6);
    expect(Math.max(...arc.map((point) => point[1]))).toBeGreaterThan(70);
  });
});

describe('routeLegs', () => {
  const stops = [
    { id: 'a', lon: OTTAWA[0], lat: OTTAWA[1] },
    { id: 'b', lon: KUALA_LUMPUR[0], lat: KUALA_LUMPUR[1] },
    { id: 'c', lon: 103.85, lat: 1.29 },
  ];

  it('joins consecutive stops in order, each leg ending on its stops', () => {
    const legs = routeLegs(stops);
    expect(legs.map((leg) => [leg.from, leg.to])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    for (const leg of legs) {
      const from = stops.find((stop) => stop.id === leg.from)!;
      const to = stops.find((stop) => stop.id === leg.to)!;
      expect(leg.coordinates[0]).toEqual([from.lon, from.lat]);
      expect(leg.coordinates[leg.coordinates.length - 1]).toEqual([to.lon, to.lat]);
    }
  });

  it('has no leg for a single stop and does not modify its input', () => {
    const copy = structuredClone(stops);
    expect(routeLegs(stops.slice(0, 1))).toEqual([]);
    routeLegs(stops);
    expect(stops).toEqual(copy);
  });
});

describe('legFractions', () => {
  const tests = [
    { step: null, expected: [1, 1, 1] },
    { step: 0, expected: [0, 0, 0] },
    { step: 1, expected: [1, 0, 0] },
    { step: 3, expected: [1, 1, 1] },
  ];
  for (const { step, expected } of tests) {
    it(`draws the legs up to stop ${step ?? '(overview)'}: ${expected.join(', ')}`, () => {
      expect(legFractions(3, step)).toEqual(expected);
    });
  }
});
