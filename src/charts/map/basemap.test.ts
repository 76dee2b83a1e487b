import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { countriesFromTopology } from './basemap.ts';

describe('countriesFromTopology', () => {
  it('names the file and the problem when the topology has no countries', () => {
    expect(() =>
      countriesFromTopology({ type: 'Topology', objects: {}, arcs: [] } as Topology, 'basemap.topo.json'),
    ).toThrow(/basemap.topo.json: no "countries"/);
  });
});
