// Loads the summit map's country shapes (a TopoJSON file served beside the page), turns them into GeoJSON features
// and projects them once, in slices that keep each task short.
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { svgPath } from './sphere.ts';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** The countries of a basemap topology, as GeoJSON features; throws a clear message on a malformed file. */
export function countriesFromTopology(topology: Topology, source = 'basemap'): CountryFeature[] {
  const countries = topology?.objects?.countries as GeometryCollection<{ name: string }> | undefined;
  if (!countries || countries.type !== 'GeometryCollection')
    throw new Error(`${source}: no "countries" GeometryCollection in the topology`);
  const collection = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features;
}

/** Fetches and decodes the basemap from `url` (same origin); rejects with the url and the reason. */
export async function loadBasemap(url: string, fetchImpl: typeof fetch = fetch): Promise<CountryFeature[]> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return countriesFromTopology((await response.json()) as Topology, url);
}

/**
 * The SVG paths of `countries` under `projection` (empty shapes left out), computed a few countries at a time so no
 * task blocks the page for long: after each `budgetMs` of work it waits for the next macrotask. Projected once per
 * trip: steps and resizes then move the result with a transform (see viewTransform).
 */
export async function projectCountries(
  countries: readonly CountryFeature[],
  projection: GeoProjection,
  options: {
    budgetMs?: number;
    digits?: number;
    pause?: () => Promise<void>;
    keep?: (country: CountryFeature) => boolean;
  } = {},
): Promise<string[]> {
  const budget = options.budgetMs ?? 8;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const paths: string[] = [];
  let started = performance.now();
  for (const country of countries) {
    if (options.keep && !options.keep(country)) continue;
    const d = svgPath(projection, country, options.digits ?? 2);
    if (d) paths.push(d);
    if (performance.now() - started > budget) {
      await pause();
      started = performance.now();
    }
  }
  return paths;
}

/** A country's longitude–latitude box [west, south, east, north] (a country across the antimeridian spans all longitudes). */
export function countryBox(country: CountryFeature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings =
    country.geometry.type === 'Polygon' ? country.geometry.coordinates : country.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  return box;
}

/** Whether two longitude–latitude boxes meet (no wrap: a box across the antimeridian already spans every longitude). */
export function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;
}
