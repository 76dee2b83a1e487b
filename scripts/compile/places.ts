// Places: finds the cities, regions and countries a sentence uses as locations (and summit mentions), and gives each
// place coordinates from the offline gazetteers (gazetteer-cities.ts); what counts as a location: place-locative.ts.
import countries from 'i18n-iso-countries';
import type { Place } from '../../src/lib/dataset.ts';
import type { OccasionMention, PlaceMention } from './context.ts';
import { remembered } from './build-scope.ts';
import { placeId } from './ids.ts';
import { alternation, lexiconCache, type Lexicon, type PlaceAlias } from './lexicon.ts';
import { countryCentroid, foldName, lookupCity, unknownCity, type City } from './gazetteer-cities.ts';
import { countryNames, isAbbreviation, shortCountryName } from './gazetteer-countries.ts';
import {
  continuesList,
  datelinePlace,
  isAdjectivalAbbreviation,
  isAppositiveCountry,
  usedAsPlace,
} from './place-locative.ts';

/** A GeoNames city as a place, named as the text writes it when that is the same name without accents ("Montreal"). */
function cityEntry(city: City, written: string): PlaceEntry {
  const name = foldName(written) === foldName(city.name) ? written : city.name;
  return { key: placeId(city.country, name), name, kind: 'city', country: city.country, lookup: city.name };
}

/** The short name the news uses ("China", "United States", "Russia"): see shortCountryName. */
export function countryName(code: string): string {
  return shortCountryName(code);
}

// ---------- mentions ----------

/** i18n-iso-countries normalises every country name on each call: remember its answers for the build. */
function alpha2(name: string): string | undefined {
  return remembered('places.alpha2', name, () => countries.getAlpha2Code(name, 'en'));
}

export interface PlaceEntry {
  key: string;
  name: string;
  kind: Place['kind'];
  country: string;
  lookup: string | null;
  /** For a region: the GeoNames admin code its capital (`lookup`) lies in. */
  admin?: string;
}

interface AliasTarget {
  entry: PlaceEntry;
  /** Countries, regions and capitals that name governments are places only where the text uses them as one. */
  needsLocative: boolean;
  abbreviation: boolean;
}

interface AliasMatcher {
  re: RegExp;
  byAlias: Map<string, AliasTarget>;
  byLowerCity: Map<string, PlaceEntry>;
}

/**
 * Every name the matcher knows: the places lexicon (cities, regions, the news' own country aliases) first, then every
 * country name of the gazetteer. A territory Natural Earth draws no shape for (Hong Kong, Macao) is a city of GeoNames.
 */
function getAliasMatcher(): AliasMatcher {
  return lexiconCache('places.aliasMatcher', buildAliasMatcher);
}

function buildAliasMatcher({ places, actors }: Lexicon): AliasMatcher {
  const byAlias = new Map<string, AliasTarget>();
  // Capitals that also name their government ("Beijing imposed duties", "drift away from Washington").
  const governments = new Set(actors.flatMap((actor) => actor.metonyms));
  for (const alias of places) {
    // An institution standing for its city ("the UN", "White House") is the city only where it is a location ("at the UN").
    const institution = alias.name !== undefined && alias.name !== alias.alias;
    const needsLocative = alias.kind !== 'city' || governments.has(alias.alias) || institution;
    byAlias.set(alias.alias, {
      entry: entryFromAlias(alias),
      needsLocative,
      abbreviation: isAbbreviation(alias.alias),
    });
  }
  for (const [name, { code }] of countryNames()) {
    if (byAlias.has(name)) continue;
    // A city-state or territory drawn as a city ("its Hong Kong office") is a place wherever it is named, as cities are.
    const entry = countryEntry(code);
    byAlias.set(name, { entry, needsLocative: entry.kind !== 'city', abbreviation: isAbbreviation(name) });
  }
  const byLowerCity = new Map<string, PlaceEntry>();
  for (const { entry } of byAlias.values())
    if (entry.kind === 'city' && entry.lookup) byLowerCity.set(entry.name.toLowerCase(), entry);
  // Not inside a compound: "Canada–China relations" names two parties, whatever word comes before it.
  return {
    re: new RegExp(`(?<![\\w\\-–])(${alternation([...byAlias.keys()])})(?![\\w\\-–])`, 'g'),
    byAlias,
    byLowerCity,
  };
}

function entryFromAlias(alias: PlaceAlias): PlaceEntry {
  if (alias.kind === 'country') return countryEntry(alias.country);
  const name = alias.name ?? alias.alias;
  // A region has no point of its own in GeoNames: it is drawn at its capital, or left out when none is given.
  // "New York State": a state named like its city keeps its own id but the name the news gives it ("New York").
  const shown = name.replace(/ State$/, '');
  if (alias.kind === 'region')
    return {
      key: placeId(alias.country, name),
      name: shown,
      kind: 'region',
      country: alias.country,
      lookup: alias.lookup ?? null,
      ...(alias.admin ? { admin: alias.admin } : {}),
    };
  return {
    key: placeId(alias.country, name),
    name,
    kind: alias.kind,
    country: alias.country,
    lookup: alias.lookup ?? alias.alias,
  };
}

function countryEntry(code: string): PlaceEntry {
  const name = countryName(code);
  if (!countryCentroid(code)) {
    // Natural Earth's small-scale shapes leave out city-states and territories: GeoNames has them as cities.
    const names = [name, ...[...countryNames()].filter(([, entry]) => entry.code === code).map(([alias]) => alias)];
    const lookup = names.find((alias) => lookupCity(alias, code));
    if (lookup) return { key: placeId(code, name), name, kind: 'city', country: code, lookup };
  }
  return { key: placeId(code, name), name, kind: 'country', country: code, lookup: null };
}

/** Capitalised words after a locative preposition that the gazetteer knows ("visited Hanoi"): places not in the lexicon. */
const LOCATIVE = /\b(?:in|to|from|visiting|visit|at|(city|town|village|port) of) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b/g;

interface Judged extends PlaceMention {
  country: string;
  kind: PlaceEntry['kind'];
  /** Used as a location by its context, not merely a city name: what a list or an appositive may continue. */
  locative: boolean;
}

/** The dateline's city ("GYEONGJU, Republic of Korea, Oct. 30"), in the country named after it when there is one. */
function datelineMention(sentence: string): { entry: PlaceEntry; start: number; end: number } | null {
  const dateline = datelinePlace(sentence);
  if (!dateline || countryNames().has(dateline.name)) return null; // "CANADA, October 30": a distributor's convention
  const { byLowerCity } = getAliasMatcher();
  const known = byLowerCity.get(dateline.name.toLowerCase());
  if (known) return { entry: known, start: dateline.start, end: dateline.end };
  const countryAfter = [...countryNames()].find(([name]) => dateline.rest.startsWith(name))?.[1].code ?? null;
  const city = lookupCity(dateline.name, countryAfter);
  if (!city || (!countryAfter && city.population < 100_000)) return null;
  return { entry: cityEntry(city, dateline.name), start: dateline.start, end: dateline.end };
}

/** "in Davos, Switzerland", "in Windsor, Ontario", "to Gyeongju, South Korea": a name, a comma, then its country or region. */
const CITY_THEN_AREA =
  /\b(?:in|at|to|from|near|outside|visit|visits|visited|visiting)\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}),\s+(?:the\s+)?/gu;

/**
 * Cities the lexicon does not know, placed by the country or region written after them: any GeoNames city of that
 * name there counts, however small, since the text says where it is (a region must hold it: its capital's admin code).
 */
function citiesBeforeTheirCountry(sentence: string): { entry: PlaceEntry; start: number; end: number }[] {
  const { byAlias } = getAliasMatcher();
  const found: { entry: PlaceEntry; start: number; end: number }[] = [];
  CITY_THEN_AREA.lastIndex = 0;
  for (let m = CITY_THEN_AREA.exec(sentence); m; m = CITY_THEN_AREA.exec(sentence)) {
    const name = m[1]!;
    if (byAlias.has(name)) continue;
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const area = [...byAlias].find(
      ([alias, target]) =>
        target.entry.kind !== 'city' && rest.startsWith(alias) && !/^[\w-]/.test(rest.slice(alias.length)),
    )?.[1].entry;
    if (!area) continue;
    const admin =
      area.kind === 'region' && area.lookup ? lookupCity(area.lookup, area.country, area.admin)?.adminCode : undefined;
    if (area.kind === 'region' && !admin) continue;
    const city = lookupCity(name, area.country, admin);
    if (!city) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ entry: { ...cityEntry(city, name), ...(admin ? { admin } : {}) }, start, end: start + name.length });
  }
  return found;
}

export function findPlaces(sentence: string, places: Map<string, PlaceEntry>): PlaceMention[] {
  const { re, byAlias } = getAliasMatcher();
  const accepted: Judged[] = [];
  const accept = (entry: PlaceEntry, start: number, end: number, locative: boolean): void => {
    if (!places.has(entry.key)) places.set(entry.key, entry);
    accepted.push({ key: entry.key, start, end, country: entry.country, kind: entry.kind, locative });
  };
  /** Countries the sentence names in any role: they settle which "London" or "Windsor" it means. */
  const named = new Set<string>();
  const dateline = datelineMention(sentence);
  if (dateline) accept(dateline.entry, dateline.start, dateline.end, true);
  for (const city of citiesBeforeTheirCountry(sentence)) {
    if (!accepted.some((p) => city.start < p.end && p.start < city.end)) accept(city.entry, city.start, city.end, true);
  }
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (accepted.some((p) => start < p.end && p.start < end)) continue;
    const target = byAlias.get(m[1]!) ?? byAlias.get(m[1]!.replace(/’/g, "'"));
    if (!target) continue;
    named.add(target.entry.country);
    if (/^['’]s\b/.test(sentence.slice(end))) continue; // "Australia's Anthony Albanese": an actor
    if (target.abbreviation && isAdjectivalAbbreviation(sentence, end)) continue; // "U.S. goods"
    // "12:01 a.m. New York time": a time zone, not a place.
    if (/^\s+time\b/.test(sentence.slice(end))) continue;
    // "New York state", and "New York" among states ("exported to Minnesota, New York and Michigan"): the state.
    const state = target.entry.kind === 'city' ? byAlias.get(`${m[1]!} State`) : undefined;
    if (state && state.entry.kind === 'region') {
      const stateWord = /^\s+(?:state|State)\b/.exec(sentence.slice(end));
      const previousPlace = accepted.filter((p) => p.end <= start).sort((a, b) => b.end - a.end)[0];
      const nextName = /^\s*,?\s*(?:and|or)?\s*(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)/u.exec(sentence.slice(end))?.[1];
      const nextRegion = nextName ? byAlias.get(nextName) : undefined;
      const amongStates =
        (previousPlace?.kind === 'region' &&
          previousPlace.country === state.entry.country &&
          continuesList(sentence.slice(previousPlace.end, start), sentence.slice(end, end + 12))) ||
        (nextRegion?.entry.kind === 'region' &&
          nextRegion.entry.country === state.entry.country &&
          /^\s*(?:,|and\b|or\b)/.test(sentence.slice(end)));
      if (stateWord || amongStates) {
        accept(state.entry, start, stateWord ? end + stateWord[0].length : end, true);
        continue;
      }
    }
    if (target.entry.kind === 'city' && /^\s+(?:state|State)\b/.test(sentence.slice(end))) continue; // "Washington state": not the city
    // "Mexico City", "Quebec City", "Kuwait City": a country's or region's name opening a city's.
    const cityName = target.entry.kind !== 'city' ? /^ (?:City|Town)\b/.exec(sentence.slice(end)) : null;
    const city = cityName ? lookupCity(m[1]! + cityName[0], target.entry.country) : null;
    if (city) {
      if (usedAsPlace(sentence, start, end + cityName![0].length) || !target.needsLocative) {
        accept(cityEntry(city, m[1]! + cityName![0]), start, end + cityName![0].length, true);
      }
      continue;
    }
    const previous = accepted.filter((p) => p.end <= start).sort((a, b) => b.end - a.end)[0];
    const between = previous ? sentence.slice(previous.end, start) : '';
    const locative =
      usedAsPlace(sentence, start, end) ||
      Boolean(previous?.locative && continuesList(between, sentence.slice(end, end + 12))) ||
      Boolean(
        previous &&
        previous.kind === 'city' &&
        target.entry.kind !== 'city' &&
        previous.country === target.entry.country &&
        isAppositiveCountry(between),
      );
    if (target.needsLocative && !locative) continue;
    accept(target.entry, start, end, locative);
  }
  LOCATIVE.lastIndex = 0;
  for (let m = LOCATIVE.exec(sentence); m; m = LOCATIVE.exec(sentence)) {
    const name = m[2]!;
    const start = m.index + m[0].length - name.length;
    if (accepted.some((p) => start < p.end && p.start < start + name.length)) continue;
    if (/^['’]s\b/.test(sentence.slice(start + name.length))) continue;
    // A known name was judged above; a country name left out of the gazetteer is ambiguous ("Georgia", "Congo").
    if (byAlias.has(name) || alpha2(name)) continue;
    // "the southern Chinese city of Zhanjiang": the text says it is a city, so a small one counts too.
    const city = unknownCity(name, named, m[1] ? 1_000 : undefined);
    if (city) accept(cityEntry(city, name), start, start + name.length, true);
  }
  return accepted.map(({ key, start, end }) => ({ key, start, end })).sort((a, b) => a.start - b.start);
}

function occasionMatcher(): { re: RegExp; byAlias: Map<string, string> } {
  return lexiconCache('places.occasionMatcher', ({ occasions }) => {
    const byAlias = new Map<string, string>();
    for (const occasion of occasions) for (const alias of occasion.aliases) byAlias.set(alias, occasion.label);
    return { re: new RegExp(`(?<![\\w-])(${alternation([...byAlias.keys()])})(?![\\w-])`, 'g'), byAlias };
  });
}

export function findOccasions(sentence: string): OccasionMention[] {
  const { re, byAlias } = occasionMatcher();
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
export function placeCoordinates(
  entry: PlaceEntry,
): { lat: number; lon: number; source: Place['coordinatesSource'] } | { problem: string } {
  if (entry.kind !== 'country') {
    if (!entry.lookup)
      return { problem: `region "${entry.name}" (${entry.country}) has no capital ('lookup') to draw it at` };
    const city = lookupCity(entry.lookup, entry.country, entry.admin);
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
