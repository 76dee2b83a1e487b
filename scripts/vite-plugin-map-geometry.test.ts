import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import type { MapGeometry } from '../src/charts/map/geometry.ts';
import { mapFixture } from '../src/charts/map/fixture.ts';
import { MAP_GEOMETRY_MODULE, mapGeometry, mapGeometryText } from './vite-plugin-map-geometry.ts';

const dataset = mapFixture();

describe('mapGeometryText', () => {
  const text = mapGeometryText(dataset);
  const geometry = JSON.parse(text) as MapGeometry;

  it('is the same bytes on every build of the same dataset and basemap', () => {
    expect(mapGeometryText(structuredClone(dataset))).toBe(text);
  });

  it('projects every stop in trip order, the far one (Ottawa) with its neighbour and distance', () => {
    expect(geometry.stops.map((stop) => stop.id)).toEqual([
      'st-ottawa',
      'st-kuala-lumpur',
      'st-singapore',
      'st-gyeongju',
    ]);
    expect(geometry.stops[0]!.far).toEqual({ neighbour: 1, km: expect.any(Number) as number });
    expect(geometry.stops[0]!.far!.km).toBeGreaterThan(13000);
    expect(geometry.stops.slice(1).every((stop) => !stop.far)).toBe(true);
    // The reference view is the overview fitted to a 1000 px square: the near stops are inside it.
    for (const stop of geometry.stops.slice(1)) {
      expect(stop.x).toBeGreaterThanOrEqual(0);
      expect(stop.x).toBeLessThanOrEqual(1000);
      expect(stop.y).toBeGreaterThanOrEqual(0);
      expect(stop.y).toBeLessThanOrEqual(1000);
    }
  });

  it('has a leg between each pair of stops, starting and ending on them', () => {
    expect(geometry.legs).toHaveLength(geometry.stops.length - 1);
    for (const [index, leg] of geometry.legs.entries()) {
      const [from, to] = [geometry.stops[index]!, geometry.stops[index + 1]!];
      const first = leg[0]!;
      const last = leg.at(-1)!;
      // Ottawa's leg is cut by the projection's antimeridian, far outside the frame: its ends are still the stops.
      expect(Math.hypot(first[0]! - from.x, first[1]! - from.y)).toBeLessThan(0.02);
      expect(Math.hypot(last.at(-2)! - to.x, last.at(-1)! - to.y)).toBeLessThan(0.02);
    }
  });

  it('bounds each step: the overview first, then one per stop, the Kuala Lumpur–Singapore hop closest', () => {
    expect(geometry.steps).toHaveLength(geometry.stops.length + 1);
    const size = (box: number[]) => Math.max(box[2]! - box[0]!, box[3]! - box[1]!);
    expect(size(geometry.steps[3]!)).toBeLessThan(size(geometry.steps[0]!) / 3);
  });

  it('carries the country shapes near the trip and on the globe, and the places the articles mention', () => {
    expect(geometry.countries.length).toBeGreaterThan(15);
    expect(geometry.globe.countries.length).toBeGreaterThan(15);
    expect(geometry.globe.legs).toHaveLength(geometry.legs.length);
    // Every place that is not a stop, wherever it is: the view decides what is seen.
    expect(geometry.context.map((place) => place.id)).toEqual(['pl-new-york', 'pl-beijing', 'pl-south-africa']);
    const beijing = geometry.context[1]!;
    const gyeongju = geometry.stops[3]!;
    // Beijing is north-west of Gyeongju.
    expect(beijing.x).toBeLessThan(gyeongju.x);
    expect(beijing.y).toBeLessThan(gyeongju.y);
  });

  it('names the basemap file when it cannot be read', () => {
    expect(() => mapGeometryText(dataset, '/nonexistent/basemap.topo.json')).toThrow(
      /\/nonexistent\/basemap\.topo\.json: cannot read/,
    );
  });
});

describe('the plugin', () => {
  // The dataset the build would inline: the fixture, as a file.
  const file = join(mkdtempSync(join(tmpdir(), 'map-geometry-')), 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  type Load = (this: unknown, id: string) => string | undefined;
  function loadWith(config: Partial<ResolvedConfig>, emitted: { source?: string } = {}) {
    const plugin = mapGeometry({ file });
    (plugin.configResolved as (config: ResolvedConfig) => void)(config as ResolvedConfig);
    const id = (plugin.resolveId as (id: string) => string | undefined)(MAP_GEOMETRY_MODULE)!;
    const context = {
      addWatchFile: () => {},
      emitFile: (file: { source: string }) => {
        emitted.source = file.source;
        return 'ref1';
      },
    };
    return (plugin.load as Load).call(context, id)!;
  }

  it('gives a data: URL of the projected map where the build inlines its assets (the embeds, the offline file)', () => {
    const code = loadWith({
      command: 'build',
      build: { assetsInlineLimit: () => true } as unknown as ResolvedConfig['build'],
    });
    const url = /^export default "data:application\/json;base64,([^"]+)";$/.exec(code)![1]!;
    const geometry = JSON.parse(Buffer.from(url, 'base64').toString('utf8')) as MapGeometry;
    expect(`${JSON.stringify(geometry)}\n`).toBe(mapGeometryText(dataset));
  });

  it('emits the projected map as a file of its own for the site', () => {
    const emitted: { source?: string } = {};
    const code = loadWith(
      { command: 'build', build: { assetsInlineLimit: 4096 } as unknown as ResolvedConfig['build'] },
      emitted,
    );
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect((JSON.parse(emitted.source!) as MapGeometry).countries.length).toBeGreaterThan(15);
  });
});
