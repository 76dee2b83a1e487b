// Loads the summit map's country shapes (a TopoJSON file served beside the page) and turns them into GeoJSON features.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** The countries of a basemap topology, as GeoJSON features; throws a clear message on a malformed file. */
export function countriesFromTopology(topology: Topology, source = 'basemap'): CountryFeature[] {
  const countries = topology?.objects?.countries as GeometryCollection<{ name: string }> | undefined;
  if (!countries || countries.type !== 'GeometryCollection') throw new Error(`${source}: no "countries" GeometryCollection in the topology`);
  const collection = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features;
}

/** Fetches and decodes the basemap from `url` (same origin); rejects with the url and the reason. */
export async function loadBasemap(url: string, fetchImpl: typeof fetch = fetch): Promise<CountryFeature[]> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return countriesFromTopology((await response.json()) as Topology, url);
}
