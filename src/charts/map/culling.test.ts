import { geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countriesFromTopology } from './basemap.ts';
import { capOf, capsMeet, frameCap } from './culling.ts';
import { heightFor, paddingFor, projectionFor, viewForStep } from './projection.ts';

const countries = countriesFromTopology(JSON.parse(readFileSync('src/charts/map/basemap.topo.json', 'utf8')) as Topology);
const STOPS = [
  { id: 'ottawa', lon: -75.69812, lat: 45.41117 },
  { id: 'kuala-lumpur', lon: 101.68653, lat: 3.1412 },
  { id: 'singapore', lon: 103.85007, lat: 1.28967 },
  { id: 'gyeongju', lon: 129.21167, lat: 35.84278 },
];

/** Whether a shape leaves any ink inside the frame, by its projected, clipped path's bounds. */
function drawsInFrame(path: ReturnType<typeof geoPath>, country: (typeof countries)[number], width: number, height: number): boolean {
  if (!path(country)) return false;
  const [[x0, y0], [x1, y1]] = path.bounds(country);
  return x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height && x1 - x0 > 0.5 && y1 - y0 > 0.5;
}

describe('country culling', () => {
  for (const width of [375, 1440]) {
    const height = heightFor(width);
    const options = { width, height, padding: paddingFor(width), minRadius: 4 };
    for (const step of [null, 0, 1, 2, 3]) {
      it(`keeps every country that shows in the frame, at step ${step ?? 'overview'} and ${width} px`, () => {
        const projection = projectionFor(viewForStep(STOPS, step, options), { width, height });
        const path = geoPath(projection);
        const view = frameCap(projection, { width, height });
        const dropped = countries.filter((country) => !capsMeet(capOf(country), view) && drawsInFrame(path, country, width, height));
        expect(dropped.map((country) => country.properties.name)).toEqual([]);
      });
    }
  }

  it('skips most of the world when a step shows the Strait of Malacca', () => {
    const width = 375;
    const height = heightFor(width);
    const projection = projectionFor(viewForStep(STOPS, 2, { width, height, padding: paddingFor(width), minRadius: 4 }), { width, height });
    const view = frameCap(projection, { width, height });
    const kept = countries.filter((country) => capsMeet(capOf(country), view)).map((country) => country.properties.name);
    expect(kept).toContain('Malaysia');
    expect(kept).toContain('Singapore');
    expect(kept).not.toContain('Canada');
    expect(kept.length).toBeLessThan(countries.length / 3);
  });
});
