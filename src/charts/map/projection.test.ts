import { describe, expect, it } from 'vitest';
import {
  fitView,
  heightFor,
  interpolateView,
  paddingFor,
  projectionFor,
  tripFrame,
  viewForStep,
  viewTransform,
} from './projection.ts';

const STOPS = [
  { id: 'ottawa', lon: -75.69812, lat: 45.41117 },
  { id: 'kuala-lumpur', lon: 101.68653, lat: 3.1412 },
  { id: 'singapore', lon: 103.85007, lat: 1.28967 },
  { id: 'gyeongju', lon: 129.21167, lat: 35.84278 },
];
const frame = tripFrame(STOPS);

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
    expect(() => fitView(frame, [], { width: 300, height: 300, padding: paddingFor(300), minRadius: 4 })).toThrow(
      /no points/,
    );
  });
});

describe('viewForStep', () => {
  for (const width of [320, 375, 768, 1440, 1920]) {
    const height = heightFor(width);
    const options = { width, height, padding: paddingFor(width), minRadius: 3 };
    for (const step of [null, 0, 1, 2, 3]) {
      it(`keeps north up and east right at ${width} px, step ${step ?? 'overview'}`, () => {
        const projection = projectionFor(frame, viewForStep(frame, STOPS, step, options));
        const centre = projection.invert!([width / 2, height / 2])!;
        const [x0, y0] = projection(centre)!;
        const [xn, yn] = projection([centre[0], centre[1] + 1])!;
        const [xe, ye] = projection([centre[0] + 1, centre[1]])!;
        // Angles from straight up and straight right, degrees: a conic's meridians converge a little off its
        // central meridian (its cone constant × the longitude difference), never more than a few degrees here.
        const north = (Math.atan2(xn - x0, y0 - yn) * 180) / Math.PI;
        const east = (Math.atan2(ye - y0, xe - x0) * 180) / Math.PI;
        expect(Math.abs(north)).toBeLessThan(5);
        expect(Math.abs(east)).toBeLessThan(5);
      });
    }

    it(`keeps the near stops inside the padded frame in the overview at ${width} px`, () => {
      const projection = projectionFor(frame, viewForStep(frame, STOPS, null, options));
      for (const stop of STOPS.slice(1)) {
        const [x, y] = projection([stop.lon, stop.lat])!;
        expect(x).toBeGreaterThanOrEqual(options.padding.left - 0.5);
        expect(x).toBeLessThanOrEqual(width - options.padding.right + 0.5);
        expect(y).toBeGreaterThanOrEqual(options.padding.top - 0.5);
        expect(y).toBeLessThanOrEqual(height - options.padding.bottom + 0.5);
      }
    });
  }

  it('zooms in on the Kuala Lumpur–Singapore hop so the two stops are far apart on a phone', () => {
    const options = { width: 375, height: heightFor(375), padding: paddingFor(375), minRadius: 3 };
    const projection = projectionFor(frame, viewForStep(frame, STOPS, 2, options));
    const [a, b] = [projection([STOPS[1]!.lon, STOPS[1]!.lat])!, projection([STOPS[2]!.lon, STOPS[2]!.lat])!];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(60);
  });
});

describe('interpolateView', () => {
  it('starts at the first view, ends at the second, and zooms geometrically between', () => {
    const size = { width: 375, height: 394 };
    const options = { ...size, padding: paddingFor(375), minRadius: 3 };
    const a = viewForStep(frame, STOPS, null, options);
    const b = viewForStep(frame, STOPS, 2, options);
    const interpolate = interpolateView(a, b, size);
    expect(interpolate(0)).toEqual(a);
    expect(interpolate(1)).toEqual(b);
    expect(interpolate(0.5).scale).toBeCloseTo(Math.sqrt(a.scale * b.scale), 6);
  });
});

describe('viewTransform', () => {
  it('moves a point projected with one view to where another view projects it', () => {
    const a = { scale: 500, translate: [100, 200] as [number, number] };
    const b = { scale: 1500, translate: [-40, 90] as [number, number] };
    const [x, y] = projectionFor(frame, a)([110, 20])!;
    const [bx, by] = projectionFor(frame, b)([110, 20])!;
    const match = /translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/.exec(viewTransform(a, b))!;
    const [tx, ty, k] = match.slice(1).map(Number) as [number, number, number];
    expect(tx + k * x).toBeCloseTo(bx, 1);
    expect(ty + k * y).toBeCloseTo(by, 1);
  });
});
