// Loads the editable lexicons in data/lexicon/ once (or takes one a test hands in) and keeps what stages compile from it.
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
  const problems = validate(content)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}`);
  // Patterns are regular expressions: one that does not compile would stop every article, so say which.
  const patterns: [string, string][] = [];
  const c = content as {
    measureKinds?: { pattern: string }[];
    events?: { pattern: string }[];
    products?: { patterns?: string[] }[];
  };
  c.measureKinds?.forEach((k, i) => patterns.push([`/measureKinds/${i}/pattern`, k.pattern]));
  c.events?.forEach((k, i) => patterns.push([`/events/${i}/pattern`, k.pattern]));
  c.products?.forEach((p, i) =>
    p.patterns?.forEach((pattern, j) => patterns.push([`/products/${i}/patterns/${j}`, pattern])),
  );
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
    throw new Error(`data/lexicon/${name}: ${(error as Error).message}`, { cause: error });
  }
  const problems = lexiconFileProblems(name, content);
  if (problems.length > 0)
    throw new Error(
      `data/lexicon/${name}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
  return content as T;
}

/** The lexicon's parts as the files hold them, to check a lexicon handed in by a test like one read from disk. */
function lexiconAsFiles(lexicon: Lexicon): [string, unknown][] {
  return [
    ['actors.json', { actors: lexicon.actors }],
    ['offices.json', { offices: lexicon.offices, nationalityNouns: lexicon.nationalityNouns }],
    ['people.json', { people: lexicon.people }],
    ['products.json', { products: lexicon.products }],
    ['places.json', { places: lexicon.places }],
    ['occasions.json', { occasions: lexicon.occasions, words: lexicon.occasionWords }],
    ['cues.json', lexicon.cues],
  ];
}

/** Problems with a whole lexicon, each naming the file it would live in ("products.json: /products/0/family …"). */
export function lexiconProblems(lexicon: Lexicon): string[] {
  return lexiconAsFiles(lexicon).flatMap(([name, content]) =>
    lexiconFileProblems(name, content).map((problem) => `${name}: ${problem}`),
  );
}

let fromDisk: Lexicon | null = null;
/** A lexicon handed in by `withLexicon`/`setLexicon` (tests); null uses data/lexicon/. */
let handedIn: Lexicon | null = null;

/** The lexicon in use: one handed in by `withLexicon`/`setLexicon`, else data/lexicon/, read and checked on first use. */
export function loadLexicon(): Lexicon {
  if (handedIn) return handedIn;
  if (fromDisk) return fromDisk;
  const occasions = readJson<{ occasions: OccasionEntry[]; words: string[] }>('occasions.json');
  const offices = readJson<{ offices: OfficeEntry[]; nationalityNouns?: string[] }>('offices.json');
  fromDisk = {
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
  return fromDisk;
}

/**
 * Uses `lexicon` instead of data/lexicon/ until called with null (a test's beforeEach/afterEach). It is checked
 * against data/lexicon.schema.json like the files are: a slip throws, naming the file and the place.
 */
export function setLexicon(lexicon: Lexicon | null): void {
  if (lexicon) {
    const problems = lexiconProblems(lexicon);
    if (problems.length > 0)
      throw new Error(
        `lexicon handed in: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
      );
  }
  handedIn = lexicon;
}

/**
 * Runs `run` with `lexicon` in use, then puts back the lexicon that was in use before (also when `run` throws).
 * `run` must be synchronous, as the compiler is: the lexicon is put back when it returns, not when a promise settles.
 */
export function withLexicon<T>(lexicon: Lexicon, run: () => T): T {
  const previous = handedIn;
  setLexicon(lexicon);
  try {
    return run();
  } finally {
    handedIn = previous;
  }
}

// Matchers and memos compiled from a lexicon belong to that lexicon: kept per lexicon object, so a test's own lexicon
// gets its own and the default one's are still there afterwards (a WeakMap: a test's lexicon leaves with the test).
const derivedByLexicon = new WeakMap<Lexicon, Map<string, unknown>>();

/**
 * What `build` makes from the lexicon in use, built once per lexicon and per `key` (one key per cache, e.g.
 * 'places.aliasMatcher'). Every matcher or set compiled from the lexicon is kept here, never in a module variable;
 * answers about a stretch of text are remembered per build instead (build-scope.ts).
 */
export function lexiconCache<T>(key: string, build: (lexicon: Lexicon) => T): T {
  const lexicon = loadLexicon();
  let derived = derivedByLexicon.get(lexicon);
  if (!derived) derivedByLexicon.set(lexicon, (derived = new Map()));
  if (derived.has(key)) return derived.get(key) as T;
  const value = build(lexicon);
  derived.set(key, value);
  return value;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation over literals, longest first so "South Korea" wins over "Korea"; apostrophes match ' and ’. No
 * literals (a lexicon with no places, say) gives a pattern that never matches: an empty one would match the empty
 * string everywhere, and a global scan over it would never advance.
 */
export function alternation(literals: readonly string[]): string {
  const alternatives = [...new Set(literals)]
    .filter((literal) => literal.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((literal) => escapeRegExp(literal).replace(/'/g, "['’]"));
  return alternatives.length > 0 ? alternatives.join('|') : '(?!)';
}
