// Loads the editable lexicons in data/lexicon/ once and compiles them into matchers the stages share.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

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

const LEXICON_SCHEMA = resolve(lexiconDir, '../lexicon.schema.json');
let validators: InstanceType<typeof Ajv2020> | null = null;

/** Problems with one lexicon file's content, each naming the place in the file ("/products/3/family must be string"). */
export function lexiconFileProblems(name: string, content: unknown): string[] {
  if (!validators) {
    const schema = JSON.parse(readFileSync(LEXICON_SCHEMA, 'utf8')) as { $id: string };
    validators = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validators.addSchema(schema);
  }
  const validate = validators.getSchema(`https://tariff-tracer.local/lexicon.schema.json#/$defs/${name}`);
  if (!validate) return [`no schema for ${name} (data/lexicon.schema.json lists the files the compiler reads)`];
  const problems = validate(content) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
  // Patterns are regular expressions: one that does not compile would stop every article, so say which.
  const patterns: [string, string][] = [];
  const c = content as { measureKinds?: { pattern: string }[]; events?: { pattern: string }[]; products?: { patterns?: string[] }[] };
  c.measureKinds?.forEach((k, i) => patterns.push([`/measureKinds/${i}/pattern`, k.pattern]));
  c.events?.forEach((k, i) => patterns.push([`/events/${i}/pattern`, k.pattern]));
  c.products?.forEach((p, i) => p.patterns?.forEach((pattern, j) => patterns.push([`/products/${i}/patterns/${j}`, pattern])));
  for (const [where, pattern] of patterns) {
    if (typeof pattern !== 'string') continue;
    try {
      new RegExp(pattern, 'iu');
    } catch (error) {
      problems.push(`${where} is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  return problems;
}

function readJson<T>(name: string): T {
  const path = resolve(lexiconDir, name);
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`data/lexicon/${name}: ${(error as Error).message}`);
  }
  const problems = lexiconFileProblems(name, content);
  if (problems.length > 0) throw new Error(`data/lexicon/${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  return content as T;
}

let cached: Lexicon | null = null;

/** The lexicon, read from disk and checked against data/lexicon.schema.json on first use. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const occasions = readJson<{ occasions: OccasionEntry[]; words: string[] }>('occasions.json');
  const offices = readJson<{ offices: OfficeEntry[]; nationalityNouns?: string[] }>('offices.json');
  cached = {
    actors: readJson<{ actors: ActorEntry[] }>('actors.json').actors,
    offices: offices.offices,
    nationalityNouns: offices.nationalityNouns ?? [],
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
