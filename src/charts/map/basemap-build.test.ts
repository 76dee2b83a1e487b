import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { basemapText, BASEMAP_OUTPUT } from '../../../scripts/build-basemap.ts';
import { countriesFromTopology } from './basemap.ts';
import { buildBasemap, simplifyLine } from './basemap-build.ts';

const require = createRequire(import.meta.url);

describe('simplifyLine', () => {
  it('drops points closer to the line than the tolerance and keeps both ends', () => {
    const line: [number, number][] = [[0, 0], [1, 0.01], [2, -0.01], [3, 5], [4, 6], [5, 7.01], [6, 8]];
    const simple = simplifyLine(line, 0.1);
    expect(simple[0]).toEqual([0, 0]);
    expect(simple[simple.length - 1]).toEqual([6, 8]);
    expect(simple).toContainEqual([3, 5]);
    expect(simple).not.toContainEqual([1, 0.01]);
  });
});

describe('the committed basemap', () => {
  const text = readFileSync(BASEMAP_OUTPUT, 'utf8');

  it('is what scripts/build-basemap.ts writes today (rerun it after changing the options)', () => {
    expect(text).toBe(basemapText().text);
  });

  it('keeps the trip countries, Singapore included, and stays under 100 KB', () => {
    const names = countriesFromTopology(JSON.parse(text) as Topology).map((country) => country.properties.name);
    for (const name of ['Canada', 'Malaysia', 'Singapore', 'South Korea', 'China', 'Japan', 'United States of America']) expect(names).toContain(name);
    expect(text.length).toBeLessThan(100_000);
  });

  it('is built without modifying the Natural Earth topology', () => {
    const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    const copy = structuredClone(source);
    buildBasemap(source);
    expect(source).toEqual(copy);
  });
});

describe('countriesFromTopology', () => {
  it('names the file and the problem when the topology has no countries', () => {
    expect(() => countriesFromTopology({ type: 'Topology', objects: {}, arcs: [] } as Topology, 'basemap.topo.json')).toThrow(/basemap.topo.json: no "countries"/);
  });
});
