// Loads the editable lexicons in data/lexicon/ once and compiles them into matchers the stages share.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const lexiconDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/lexicon');

export interface ActorEntry {
  code: string;
  names: string[];
  adjectives: string[];
  demonyms: string[];
  metonyms: string[];
  capital: string | null;
}
export interface OfficeEntry {
  role: string;
  titles: string[];
  leader?: boolean;
}
export interface KnownPerson {
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
}
export interface ProductEntry {
  label: string;
  aliases: string[];
  patterns?: string[];
  family: string;
  broader?: string;
  ellipsis?: { head: string; word: string };
}
export interface PlaceAlias {
  alias: string;
  lookup?: string;
  /** GeoNames first-level admin code of `lookup` ("IL"), when its name is not unique in the country. */
  admin?: string;
  name?: string;
  country: string;
  kind: 'city' | 'country' | 'region';
}
export interface OccasionEntry {
  label: string;
  aliases: string[];
}
export interface Cues {
  measureKinds: { kind: string; pattern: string }[];
  imposeVerbs: string;
  removeVerbs: string;
  reduceVerbs: string;
  referenceCues: string;
  retaliationCues: string;
  followCues: string[];
  negation: string;
  meetingVerbs: string;
  meetingHypothetical: string;
  plannedMarkers: string;
  travelVerbs: string;
  tripNouns: string;
  invitation: string;
  flashbackOpeners: string;
  events: { category: string; pattern: string }[];
}

export interface Lexicon {
  actors: ActorEntry[];
  offices: OfficeEntry[];
  nationalityNouns: string[];
  people: KnownPerson[];
  products: ProductEntry[];
  places: PlaceAlias[];
  occasions: OccasionEntry[];
  occasionWords: string[];
  cues: Cues;
}

function readJson<T>(name: string): T {
  const path = resolve(lexiconDir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`data/lexicon/${name}: ${(error as Error).message}`);
  }
}

let cached: Lexicon | null = null;

/** The lexicon, read from disk on first use. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const occasions = readJson<{ occasions: OccasionEntry[]; words: string[] }>('occasions.json');
  cached = {
    actors: readJson<{ actors: ActorEntry[] }>('actors.json').actors,
    offices: readJson<{ offices: OfficeEntry[] }>('offices.json').offices,
    nationalityNouns: readJson<{ nationalityNouns?: string[] }>('offices.json').nationalityNouns ?? [],
    people: readJson<{ people: KnownPerson[] }>('people.json').people,
    products: readJson<{ products: ProductEntry[] }>('products.json').products,
    places: readJson<{ places: PlaceAlias[] }>('places.json').places,
    occasions: occasions.occasions,
    occasionWords: occasions.words,
    cues: readJson<Cues>('cues.json'),
  };
  return cached;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation over literals, longest first so "South Korea" wins over "Korea"; apostrophes match ' and ’. */
export function alternation(literals: readonly string[]): string {
  return [...new Set(literals)]
    .filter((literal) => literal.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((literal) => escapeRegExp(literal).replace(/'/g, "['’]"))
    .join('|');
}
