import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesFromTopology } from './vite-plugin-map-projection.ts';
import { basemapText, BASEMAP_OUTPUT, buildBasemap } from './build-basemap.ts';

const require = createRequire(import.meta.url);
const naturalEarth = () =>
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;

describe('the committed basemap', () => {
  const text = readFileSync(BASEMAP_OUTPUT, 'utf8');

  it('is what scripts/build-basemap.ts writes today, the same bytes on every run (rerun it after changing the options)', () => {
    const first = basemapText().text;
    expect(text).toBe(first);
    expect(basemapText().text).toBe(first);
  });

  it('keeps the trip countries, Singapore included, and stays under 100 KB', () => {
    const names = countriesFromTopology(JSON.parse(text) as Topology).map((country) => country.properties.name);
    for (const name of ['Canada', 'Malaysia', 'Singapore', 'South Korea', 'China', 'Japan', 'United States of America'])
      expect(names).toContain(name);
    expect(text.length).toBeLessThan(100_000);
  });

  it('draws a border once for both neighbours (Malaysia and Thailand share an arc), so no gap opens between them', () => {
    const topology = JSON.parse(text) as Topology;
    const arcsOf = (name: string) => {
      const geometry = (topology.objects.countries as GeometryCollection<{ name: string }>).geometries.find(
        (item) => (item.properties as { name?: string } | undefined)?.name === name,
      );
      const rings =
        geometry?.type === 'Polygon' ? geometry.arcs : geometry?.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
      return new Set(rings.flat().map((index) => (index < 0 ? ~index : index)));
    };
    const thailand = arcsOf('Thailand');
    expect([...arcsOf('Malaysia')].some((arc) => thailand.has(arc))).toBe(true);
  });
});

describe('buildBasemap', () => {
  it('keeps finer detail in the trip tier than in the coarse rest: small islands off Singapore stay, as small ones elsewhere go', () => {
    const options = {
      tiers: [{ box: [96, -3, 108, 8] as [number, number, number, number], minTriangle: 2e-4, minRing: 0.01 }],
      coarse: { minTriangle: 0.2, minRing: 3 },
      quantization: 1e4,
    };
    const names = new Set(
      countriesFromTopology(buildBasemap(naturalEarth(), options).topology).map((country) => country.properties.name),
    );
    expect(names.has('Singapore')).toBe(true);
    // Malta (about 0.03 square degrees) is far from the tier: dropped.
    expect(names.has('Malta')).toBe(false);
  });

  it('is built without modifying the Natural Earth topology', () => {
    const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    const copy = structuredClone(source);
    buildBasemap(source);
    expect(source).toEqual(copy);
  });

  it('names the problem when the topology has no countries', () => {
    expect(() => buildBasemap({ type: 'Topology', objects: {}, arcs: [] } as Topology)).toThrow(/no "countries"/);
  });
});
