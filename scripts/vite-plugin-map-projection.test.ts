import { geoCentroid, geoDistance, geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASEMAP_OUTPUT } from './build-basemap.ts';
import {
  arcDistance,
  countriesFromTopology,
  globeProjection,
  greatCircleArc,
  projectionFor,
  routeLegs,
  simplifiedCountryPaths,
  sphericalMean,
  svgPath,
  tripFrame,
} from './vite-plugin-map-projection.ts';
import type { MapView } from '../src/charts/map/projection.ts';

// The shapes the site ships; the same file the map is projected from.
const countries = countriesFromTopology(JSON.parse(readFileSync(BASEMAP_OUTPUT, 'utf8')) as Topology);

const STOPS = [
  { id: 'ottawa', lon: -75.69812, lat: 45.41117 },
  { id: 'kuala-lumpur', lon: 101.68653, lat: 3.1412 },
  { id: 'singapore', lon: 103.85007, lat: 1.28967 },
  { id: 'gyeongju', lon: 129.21167, lat: 35.84278 },
];
const frame = tripFrame(STOPS);

/** The absolute points of each line of an SVG path (M, relative l, Z), to compare with another drawing's. */
function pathLines(d: string): number[][] {
  const lines: number[][] = [];
  for (const [, command, body] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    const numbers = (body!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []).map(Number);
    if (command === 'M') lines.push([...numbers]);
    else if (command === 'L') lines.at(-1)!.push(...numbers);
    else if (command === 'l') {
      const line = lines.at(-1)!;
      for (let index = 0; index < numbers.length; index += 2)
        line.push(line.at(-2)! + numbers[index]!, line.at(-1)! + numbers[index + 1]!);
    }
  }
  return lines;
}

/** Area enclosed by path lines (shoelace, signed: holes wound the other way subtract). */
function area(lines: number[][]): number {
  let sum = 0;
  for (const line of lines)
    for (let index = 0; index < line.length; index += 2) {
      const next = (index + 2) % line.length;
      sum += line[index]! * line[next + 1]! - line[next]! * line[index + 1]!;
    }
  return sum / 2;
}

describe('tripFrame', () => {
  it('puts Ottawa, half a world from the Asian stops, on the locator and fits the map to the three others', () => {
    expect(frame.far).toEqual([0]);
    expect(frame.near).toEqual([1, 2, 3]);
  });

  it('centres the cone on the near stops and puts the standard parallels inside their latitudes (one-sixth rule)', () => {
    expect(frame.centralLongitude).toBeGreaterThan(101.68);
    expect(frame.centralLongitude).toBeLessThan(129.22);
    expect(frame.parallels[0]).toBeCloseTo(1.29 + (35.84 - 1.29) / 6, 0);
    expect(frame.parallels[1]).toBeCloseTo(35.84 - (35.84 - 1.29) / 6, 0);
  });

  it('keeps every stop in the frame when none is far away', () => {
    expect(tripFrame(STOPS.slice(1)).far).toEqual([]);
  });

  it('centres the locator globe where every stop is on its visible side', () => {
    for (const stop of STOPS) {
      const [lon, lat] = frame.globeCenter;
      const r = Math.PI / 180;
      const cosine =
        Math.sin(lat * r) * Math.sin(stop.lat * r) +
        Math.cos(lat * r) * Math.cos(stop.lat * r) * Math.cos((stop.lon - lon) * r);
      expect(cosine, stop.id).toBeGreaterThan(0);
    }
  });

  it('throws a clear error when there is nothing to fit', () => {
    expect(() => tripFrame([])).toThrow(/no stops/);
  });
});

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

describe('sphericalMean', () => {
  it('matches d3’s centroid of a MultiPoint, across the antimeridian too', () => {
    for (const coordinates of [
      [
        [-75.7, 45.4],
        [101.7, 3.1],
        [103.8, 1.35],
        [129.2, 35.8],
      ],
      [
        [179, 10],
        [-179, -10],
      ],
      [
        [0, 89],
        [120, 89],
        [-120, 89],
      ],
    ]) {
      const mean = sphericalMean(coordinates);
      const expected = geoCentroid({ type: 'MultiPoint', coordinates });
      expect(mean[0]).toBeCloseTo(expected[0], 6);
      expect(mean[1]).toBeCloseTo(expected[1], 6);
    }
  });

  it('has no centre for no points', () => {
    expect(sphericalMean([]).every(Number.isNaN)).toBe(true);
  });
});

describe('arcDistance', () => {
  it('agrees with d3’s geoDistance', () => {
    const pairs = [
      [
        [-75.7, 45.4],
        [101.7, 3.1],
      ],
      [
        [101.7, 3.1],
        [103.9, 1.3],
      ],
      [
        [0, 0],
        [180, 0],
      ],
      [
        [10, 89.9],
        [-170, 89.9],
      ],
    ] as const;
    for (const [a, b] of pairs) expect(arcDistance(a, b)).toBeCloseTo(geoDistance([...a], [...b]), 9);
  });
});

describe('svgPath', () => {
  // The trip's cone (Kuala Lumpur, Singapore, Gyeongju) at a wide view and a close one.
  const asia = tripFrame(STOPS.slice(1));
  const views: MapView[] = [
    { scale: 300, translate: [480, 300] },
    { scale: 6000, translate: [187, 200] },
  ];

  it('draws every country as d3’s geoPath does, each point to the rounding of its digits', () => {
    for (const view of views) {
      const projection = projectionFor(asia, view, { width: 960, height: 600 });
      const path = geoPath(projection);
      let drawn = 0;
      for (const country of countries) {
        const expected = pathLines(path(country) ?? '');
        const actual = pathLines(svgPath(projection, country, 2));
        // Rounding may join two points d3 keeps apart (a step of 0 is left out): compare the points that are drawn.
        expect(actual.length).toBe(expected.length);
        for (const [index, line] of actual.entries()) {
          const reference = expected[index]!;
          expect(line.length).toBeLessThanOrEqual(reference.length);
          for (let at = 0; at < line.length; at += 2) {
            const nearest = Math.min(
              ...reference
                .filter((_, i) => i % 2 === 0)
                .map((x, i) => Math.hypot(x - line[at]!, reference[2 * i + 1]! - line[at + 1]!)),
            );
            expect(nearest).toBeLessThanOrEqual(0.005 * Math.SQRT2 + 1e-9);
          }
        }
        if (actual.length) drawn += 1;
      }
      expect(drawn).toBeGreaterThan(0);
    }
  });

  it('draws the sphere’s outline and open lines without closing them', () => {
    const projection = globeProjection(asia, 100);
    expect(svgPath(projection, { type: 'Sphere' })).toMatch(/^M[^Z]+Z$/);
    const line = svgPath(projectionFor(asia, views[0]!, { width: 960, height: 600 }), {
      type: 'LineString',
      coordinates: [
        [139.7, 35.7],
        [151.2, -33.9],
      ],
    });
    expect(line).toMatch(/^M/);
    expect(line).not.toContain('Z');
  });

  it('draws nothing for what the view cannot show', () => {
    const projection = projectionFor(asia, views[1]!, { width: 375, height: 400 });
    expect(
      svgPath(projection, {
        type: 'LineString',
        coordinates: [
          [-75, 45],
          [-80, 40],
        ],
      }),
    ).toBe('');
  });
});

describe('simplifiedCountryPaths', () => {
  const globe = globeProjection(frame, 100, 2);
  const large = countries.filter((country) =>
    ['Canada', 'China', 'Japan', 'Malaysia'].includes(country.properties.name),
  );

  it('draws the globe’s countries with far fewer points, each country’s area within 1 % (or 1 px²)', () => {
    const full = large.map((country) => pathLines(svgPath(globe, country, 1)));
    const simplified = simplifiedCountryPaths(globe, large, 0.5).map(pathLines);
    expect(simplified).toHaveLength(full.length);
    const points = (shapes: number[][][]) => shapes.flat(2).length / 2;
    expect(points(simplified)).toBeLessThan(points(full) * 0.6);
    // Radius 100 here; the largest globe drawn is 80 px across its radius.
    const squarePixels = 0.8 ** 2;
    for (const [index, shape] of simplified.entries()) {
      const expected = Math.abs(area(full[index]!)) * squarePixels;
      const change = Math.abs(area(shape) - area(full[index]!)) * squarePixels;
      expect(change, large[index]!.properties.name).toBeLessThan(Math.max(1, expected / 100));
    }
  });

  it('draws nothing for no countries', () => {
    expect(simplifiedCountryPaths(globe, [], 0.5)).toEqual([]);
  });
});

describe('countriesFromTopology', () => {
  it('names the file and the problem when the topology has no countries', () => {
    expect(() =>
      countriesFromTopology({ type: 'Topology', objects: {}, arcs: [] } as Topology, 'basemap.topo.json'),
    ).toThrow(/basemap.topo.json: no "countries"/);
  });
});
