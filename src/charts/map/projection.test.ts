import { describe, expect, it } from 'vitest';
import { fitView, heightFor, interpolateView, paddingFor, projectionFor, viewForStep } from './projection.ts';

const STOPS = [
  { id: 'ottawa', lon: -75.69812, lat: 45.41117 },
  { id: 'kuala-lumpur', lon: 101.68653, lat: 3.1412 },
  { id: 'singapore', lon: 103.85007, lat: 1.28967 },
  { id: 'gyeongju', lon: 129.21167, lat: 35.84278 },
];

describe('viewForStep', () => {
  for (const width of [320, 375, 768, 1440]) {
    const height = heightFor(width);
    const options = { width, height, padding: paddingFor(width), minRadius: 4 };
    it(`keeps every stop inside the padded frame in the overview at ${width} px`, () => {
      const projection = projectionFor(viewForStep(STOPS, null, options));
      for (const stop of STOPS) {
        const [x, y] = projection([stop.lon, stop.lat])!;
        expect(x).toBeGreaterThanOrEqual(options.padding.left - 0.5);
        expect(x).toBeLessThanOrEqual(width - options.padding.right + 0.5);
        expect(y).toBeGreaterThanOrEqual(options.padding.top - 0.5);
        expect(y).toBeLessThanOrEqual(height - options.padding.bottom + 0.5);
      }
    });

    it(`keeps both ends of each leg inside the frame at its step at ${width} px`, () => {
      for (let step = 1; step < STOPS.length; step++) {
        const projection = projectionFor(viewForStep(STOPS, step, options));
        for (const stop of [STOPS[step - 1]!, STOPS[step]!]) {
          const [x, y] = projection([stop.lon, stop.lat])!;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(height);
        }
      }
    });
  }

  it('zooms in on the Kuala Lumpur–Singapore hop so the two stops are far apart on a phone', () => {
    const options = { width: 375, height: heightFor(375), padding: paddingFor(375), minRadius: 4 };
    const projection = projectionFor(viewForStep(STOPS, 2, options));
    const [a, b] = [projection([STOPS[1]!.lon, STOPS[1]!.lat])!, projection([STOPS[2]!.lon, STOPS[2]!.lat])!];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(60);
  });

  it('never zooms closer than the minimum radius', () => {
    const options = { width: 400, height: 400, padding: paddingFor(400), minRadius: 4 };
    const single = fitView([[103.85, 1.29]], options);
    const projection = projectionFor(single);
    const [x1] = projection([99.85, 1.29])!;
    const [x2] = projection([107.85, 1.29])!;
    expect(x1).toBeGreaterThanOrEqual(options.padding.left - 1);
    expect(x2).toBeLessThanOrEqual(400 - options.padding.right + 1);
  });

  it('throws a clear error when there is nothing to fit', () => {
    expect(() => fitView([], { width: 300, height: 300, padding: paddingFor(300), minRadius: 4 })).toThrow(/no points/);
  });
});

describe('interpolateView', () => {
  it('starts at the first view and ends at the second', () => {
    const options = { width: 375, height: 356, padding: paddingFor(375), minRadius: 4 };
    const a = viewForStep(STOPS, null, options);
    const b = viewForStep(STOPS, 2, options);
    const interpolate = interpolateView(a, b);
    expect(interpolate(0)).toEqual(a);
    expect(interpolate(1).scale).toBeCloseTo(b.scale, 6);
    expect(interpolate(1).center).toEqual(b.center);
    const middle = interpolate(0.5).scale;
    expect(middle).toBeGreaterThan(Math.min(a.scale, b.scale));
    expect(middle).toBeLessThan(Math.max(a.scale, b.scale));
  });

  it('keeps regional views north up and rolls only the hemisphere view when that draws it larger', () => {
    const options = { width: 1440, height: heightFor(1440), padding: paddingFor(1440), minRadius: 4 };
    expect(viewForStep(STOPS, 2, options).roll).toBe(0);
    expect(viewForStep(STOPS, 3, options).roll).toBe(0);
    // The whole route runs north–south over the pole: on a landscape frame it is turned on its side.
    expect(viewForStep(STOPS, null, options).roll).not.toBe(0);
  });
});
