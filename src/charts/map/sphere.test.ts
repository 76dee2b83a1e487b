import { geoCentroid, geoDistance, geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countriesFromTopology } from './basemap.ts';
import { globeProjection, projectionFor, tripFrame, type MapView } from './projection.ts';
import { arcDistance, groupThousands, sphericalMean, svgPath } from './sphere.ts';

// The shapes the site ships; the same file the map draws.
const countries = countriesFromTopology(
  JSON.parse(readFileSync('src/charts/map/basemap.topo.json', 'utf8')) as Topology,
);

/** The numbers of a path string, to compare shapes drawn at different precisions. */
function numbers(d: string): number[] {
  return (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
}

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

describe('svgPath', () => {
  // The trip's cone (Kuala Lumpur, Singapore, Gyeongju) at a wide view and a close one.
  const frame = tripFrame([
    { id: 'kl', lon: 101.7, lat: 3.1 },
    { id: 'sg', lon: 103.9, lat: 1.3 },
    { id: 'gj', lon: 129.2, lat: 35.8 },
  ]);
  const views: MapView[] = [
    { scale: 300, translate: [480, 300] },
    { scale: 6000, translate: [187, 200] },
  ];

  it('draws every country as d3’s geoPath does, to a tenth of a pixel', () => {
    for (const view of views) {
      const projection = projectionFor(frame, view, { width: 960, height: 600 });
      const path = geoPath(projection);
      let drawn = 0;
      for (const country of countries) {
        const expected = path(country) ?? '';
        const actual = svgPath(projection, country);
        expect(actual.replace(/[^MLZ]/g, '')).toBe(expected.replace(/[^MLZ]/g, ''));
        const a = numbers(actual);
        const b = numbers(expected);
        expect(a.length).toBe(b.length);
        expect(Math.max(0, ...a.map((value, index) => Math.abs(value - b[index]!)))).toBeLessThanOrEqual(0.05 + 1e-9);
        if (actual) drawn += 1;
      }
      expect(drawn).toBeGreaterThan(0);
    }
  });

  it('draws the sphere’s outline and open lines without closing them', () => {
    const projection = globeProjection(frame, 100);
    expect(svgPath(projection, { type: 'Sphere' })).toMatch(/^M[^Z]+Z$/);
    const line = svgPath(projectionFor(frame, views[0]!, { width: 960, height: 600 }), {
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
    const projection = projectionFor(frame, views[1]!, { width: 375, height: 400 });
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

describe('groupThousands', () => {
  it('writes thousands with commas', () => {
    expect([0, 950, 1000, 14600, 1234567].map(groupThousands)).toEqual(['0', '950', '1,000', '14,600', '1,234,567']);
  });
});
