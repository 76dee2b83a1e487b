import { geoConicConformal, geoDistance, geoOrthographic } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { globePoint, tripProjection } from './conic.ts';

// d3-geo itself is the oracle: these formulas stand in for it in the browser.
const PLACES: [number, number][] = [
  [-75.69812, 45.41117],
  [101.68653, 3.1412],
  [103.85007, 1.28967],
  [129.21167, 35.84278],
  [-123.1, 49.25],
  [25.2, -28.9],
  [179.5, 10],
  [-179.5, -10],
];

describe('tripProjection', () => {
  const cases = [
    {
      conic: { centralLongitude: 110.3, parallels: [7, 30.1] as [number, number] },
      view: { scale: 1632.77, translate: [400.48, 1041.2] as [number, number] },
    },
    {
      conic: { centralLongitude: -20, parallels: [-40, -10] as [number, number] },
      view: { scale: 300, translate: [0, 0] as [number, number] },
    },
    {
      conic: { centralLongitude: 10, parallels: [-5, 5] as [number, number] },
      view: { scale: 150, translate: [480, 250] as [number, number] },
    },
  ];
  for (const { conic, view } of cases) {
    const d3 = geoConicConformal()
      .parallels(conic.parallels)
      .rotate([-conic.centralLongitude, 0])
      .scale(view.scale)
      .translate(view.translate);
    const ours = tripProjection(conic, view);

    it(`projects as d3’s geoConicConformal does (parallels ${conic.parallels.join(', ')})`, () => {
      for (const place of PLACES) {
        const [x, y] = ours(place)!;
        const [ex, ey] = d3(place)!;
        expect(x).toBeCloseTo(ex, 6);
        expect(y).toBeCloseTo(ey, 6);
      }
    });

    it(`inverts as d3 does, back to the same place (parallels ${conic.parallels.join(', ')})`, () => {
      for (const place of PLACES) {
        const pixel = d3(place)!;
        const [lon, lat] = ours.invert(pixel)!;
        const [elon, elat] = d3.invert!(pixel)!;
        expect(lon).toBeCloseTo(elon, 6);
        expect(lat).toBeCloseTo(elat, 6);
        expect(lat).toBeCloseTo(place[1], 6);
      }
    });
  }
});

describe('globePoint', () => {
  const center: [number, number] = [110.3, 68];
  const d3 = geoOrthographic().rotate([-center[0], -center[1], 0]).scale(1).translate([0, 0]);

  it('puts a place on the near side where d3’s geoOrthographic does, and none on the far side', () => {
    for (const place of PLACES) {
      const point = globePoint(center, place);
      expect(point !== null, `${place}`).toBe(geoDistance(center, place) < Math.PI / 2);
      if (!point) continue;
      const [ex, ey] = d3(place)!;
      expect(point[0]).toBeCloseTo(ex, 9);
      expect(point[1]).toBeCloseTo(ey, 9);
    }
  });

  it('has no point for the far side of the globe', () => {
    expect(globePoint(center, [-69.7, -68])).toBeNull();
    expect(globePoint(center, [25.2, -28.9])).toBeNull();
    const [x, y] = globePoint(center, center)!;
    expect(Math.hypot(x, y)).toBeCloseTo(0, 12);
  });
});
