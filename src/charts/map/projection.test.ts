import { geoConicConformal } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { projectMapGeometry } from '../../../scripts/vite-plugin-map-geometry.ts';
import { tripProjection } from './conic.ts';
import { mapFixture } from './fixture.ts';
import { mapModel } from './model.ts';
import {
  fitView,
  heightFor,
  interpolateView,
  paddingFor,
  viewForStep,
  viewMapping,
  viewTransform,
  type MapView,
} from './projection.ts';

const model = mapModel(mapFixture());
const geometry = projectMapGeometry(model, []);
const near = geometry.stops.filter((stop) => !stop.far);

describe('fitView', () => {
  it('fits a box as d3’s fitExtent fits the points it bounds', () => {
    const points: [number, number][] = [
      [101.7, 3.1],
      [103.9, 1.3],
      [129.2, 35.8],
    ];
    const projection = geoConicConformal().parallels([7, 30]).rotate([-115, 0]);
    const extent: [[number, number], [number, number]] = [
      [40, 56],
      [335, 328],
    ];
    projection.fitExtent(extent, { type: 'MultiPoint', coordinates: points });
    const reference: MapView = { scale: 800, translate: [120, -40] };
    const unit = geoConicConformal().parallels([7, 30]).rotate([-115, 0]).scale(800).translate([120, -40]);
    const xs = points.map((point) => unit(point)![0]);
    const ys = points.map((point) => unit(point)![1]);
    const view = fitView([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], reference, {
      width: 375,
      height: 394,
      padding: { top: 56, right: 40, bottom: 66, left: 40 },
    });
    expect(view.scale).toBeCloseTo(projection.scale(), 6);
    expect(view.translate[0]).toBeCloseTo(projection.translate()[0], 6);
    expect(view.translate[1]).toBeCloseTo(projection.translate()[1], 6);
  });
});

describe('viewForStep', () => {
  for (const width of [320, 375, 768, 1440, 1920]) {
    const height = heightFor(width);
    const options = { width, height, padding: paddingFor(width) };
    for (const step of [null, 0, 1, 2, 3]) {
      it(`keeps north up and east right at ${width} px, step ${step ?? 'overview'}`, () => {
        const projection = tripProjection(geometry.conic, viewForStep(geometry, step, options));
        const centre = projection.invert([width / 2, height / 2])!;
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
      const { k, x, y } = viewMapping(geometry.reference, viewForStep(geometry, null, options));
      for (const stop of near) {
        expect(x + k * stop.x).toBeGreaterThanOrEqual(options.padding.left - 0.5);
        expect(x + k * stop.x).toBeLessThanOrEqual(width - options.padding.right + 0.5);
        expect(y + k * stop.y).toBeGreaterThanOrEqual(options.padding.top - 0.5);
        expect(y + k * stop.y).toBeLessThanOrEqual(height - options.padding.bottom + 0.5);
      }
    });
  }

  it('zooms in on the Kuala Lumpur–Singapore hop so the two stops are far apart on a phone', () => {
    const options = { width: 375, height: heightFor(375), padding: paddingFor(375) };
    const { k } = viewMapping(geometry.reference, viewForStep(geometry, 2, options));
    const [a, b] = [geometry.stops[1]!, geometry.stops[2]!];
    expect(k * Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60);
  });
});

describe('interpolateView', () => {
  it('starts at the first view, ends at the second, and zooms geometrically between', () => {
    const size = { width: 375, height: 394 };
    const options = { ...size, padding: paddingFor(375) };
    const a = viewForStep(geometry, null, options);
    const b = viewForStep(geometry, 2, options);
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
    const [x, y] = tripProjection(geometry.conic, a)([110, 20])!;
    const [bx, by] = tripProjection(geometry.conic, b)([110, 20])!;
    const match = /translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/.exec(viewTransform(a, b))!;
    const [tx, ty, k] = match.slice(1).map(Number) as [number, number, number];
    expect(tx + k * x).toBeCloseTo(bx, 1);
    expect(ty + k * y).toBeCloseTo(by, 1);
  });
});
