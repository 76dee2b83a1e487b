// CLI: writes the summit map's country shapes (src/charts/map/basemap.topo.json) from world-atlas' Natural Earth 50m
// countries: fine detail where the trip's Asian stops are, coarse elsewhere, tiny islands dropped, re-quantized.
// topojson-simplify does the work (Visvalingam over the shared arcs, so neighbours keep one border; ring filtering;
// pruning of unused arcs), topojson-client the quantization. The output is committed (world-atlas is pinned, so it
// only changes when the options do) and is the same bytes on every run; run after changing the options:
//   npx tsx scripts/build-basemap.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
export const BASEMAP_SOURCE = 'world-atlas/countries-50m.json';
export const BASEMAP_OUTPUT = fileURLToPath(new URL('../src/charts/map/basemap.topo.json', import.meta.url));

/** Longitude/latitude box: [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** How much detail to keep in a box: smallest triangle kept (Visvalingam, square degrees) and smallest ring kept. */
export interface DetailTier {
  box: Box;
  minTriangle: number;
  minRing: number;
}

export interface BasemapOptions {
  /** Finest first: a point or ring takes the first tier whose box it touches, else `coarse`. */
  tiers: DetailTier[];
  coarse: { minTriangle: number; minRing: number };
  /** Grid size of the output quantization (per axis). */
  quantization: number;
}

// The map zooms closest on Kuala Lumpur–Singapore (a few degrees across), less on East Asia, and shows the rest of the
// northern hemisphere only as context at world scale.
export const DEFAULT_BASEMAP_OPTIONS: BasemapOptions = {
  tiers: [
    { box: [96, -3, 108, 8], minTriangle: 2.25e-4, minRing: 0.01 },
    { box: [85, -12, 150, 50], minTriangle: 0.021, minRing: 0.15 },
  ],
  coarse: { minTriangle: 0.18, minRing: 3 },
  quantization: 2e4,
};

export interface BasemapStats {
  countriesIn: number;
  countriesOut: number;
  pointsIn: number;
  pointsOut: number;
}

type Point = readonly number[];
type SimplifiableTopology = Parameters<typeof presimplify>[0];

const inBox = (box: Box, [x = 0, y = 0]: Point) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

function boxOf(points: readonly Point[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

const countPoints = (topology: Topology) => topology.arcs.reduce((sum, arc) => sum + arc.length, 0);

/**
 * A new topology with only the `countries` object (id and name kept): arcs simplified (finely inside the detail tiers),
 * rings smaller than their tier's minimum dropped, countries left without a ring dropped, unused arcs pruned,
 * coordinates quantized and delta-encoded. Never modifies `topology`.
 */
export function buildBasemap(
  topology: Topology,
  options: BasemapOptions = DEFAULT_BASEMAP_OPTIONS,
): { topology: Topology; stats: BasemapStats } {
  const source = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (!source || source.type !== 'GeometryCollection')
    throw new Error('basemap: the topology has no "countries" GeometryCollection');
  const geometries = source.geometries.flatMap((geometry) =>
    geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
      ? [{ ...geometry, properties: { name: geometry.properties?.name ?? String(geometry.id ?? '') } }]
      : [],
  );
  // presimplify copies the arcs (and decodes them); the objects are rebuilt by filter: the input stays as it was.
  const countriesOnly: SimplifiableTopology = {
    ...topology,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };

  // A triangle's area measured in its tier's unit, so one threshold (1) keeps finer detail where the tiers say.
  const tierOf = (point: Point) => options.tiers.find((tier) => inBox(tier.box, point)) ?? options.coarse;
  const weighted = presimplify(
    countriesOnly,
    (triangle) => planarTriangleArea(triangle) / tierOf(triangle[1]).minTriangle,
  );
  const simplified = simplify(weighted, 1);

  // A ring survives when it is at least its tier's smallest area (the finest tier its box touches); holes likewise.
  const ringTier = (points: readonly Point[]) => {
    const box = boxOf(points);
    return options.tiers.find((tier) => boxesMeet(tier.box, box)) ?? options.coarse;
  };
  // filter hands over a ring as its arc indexes (@types/topojson-simplify says coordinates).
  const keepRing = (ring: unknown) => {
    const arcs = [ring as number[]];
    const points =
      feature(simplified as Topology, { type: 'Polygon', arcs } as TopoPolygon).geometry.coordinates[0] ?? [];
    return points.length >= 4 && planarRingArea(points as [number, number][]) >= ringTier(points).minRing;
  };
  const filtered = filter(simplified, keepRing as (ring: unknown) => boolean);
  // Quantized over the box of what is left (quantize takes the topology's bbox when it has one).
  const unbounded = { ...filtered, bbox: undefined } as unknown as Topology<Record<string, GeometryCollection>>;
  const quantized = quantize(unbounded, options.quantization);
  const countries = quantized.objects.countries as GeometryCollection;
  return {
    topology: {
      type: 'Topology',
      bbox: quantized.bbox,
      transform: quantized.transform,
      objects: { countries: { type: 'GeometryCollection', geometries: countries.geometries } },
      arcs: quantized.arcs,
    },
    stats: {
      countriesIn: source.geometries.length,
      countriesOut: countries.geometries.length,
      pointsIn: countPoints(topology),
      pointsOut: countPoints(quantized),
    },
  };
}

/** The basemap file's text, as the build writes it. */
export function basemapText(): { text: string; stats: BasemapStats } {
  const file = require.resolve(BASEMAP_SOURCE);
  let topology: Topology;
  try {
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  } catch (error) {
    throw new Error(`${file}: cannot read the Natural Earth topology (${(error as Error).message})`, { cause: error });
  }
  const { topology: basemap, stats } = buildBasemap(topology);
  return { text: `${JSON.stringify(basemap)}\n`, stats };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { text, stats } = basemapText();
    writeFileSync(BASEMAP_OUTPUT, text);
    const raw = Buffer.byteLength(text);
    const gzipped = gzipSync(text, { level: 9 }).length;
    console.log(
      `${BASEMAP_OUTPUT}: ${stats.countriesOut}/${stats.countriesIn} countries, ${stats.pointsOut}/${stats.pointsIn} points, ${raw} bytes, ${gzipped} bytes gzipped`,
    );
  } catch (error) {
    console.error(`build-basemap: ${(error as Error).message}`);
    process.exit(1);
  }
}
