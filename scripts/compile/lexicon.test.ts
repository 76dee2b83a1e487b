// The editable lexicons are checked when loaded: a slip in data/lexicon/*.json names the file and the place in it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compileSources } from './compile.ts';
import { alternation, lexiconFileProblems, loadLexicon, setLexicon, withLexicon, type Lexicon } from './lexicon.ts';
import { parseArticleText } from './read.ts';

const FILES = [
  'actors.json',
  'cues.json',
  'occasions.json',
  'offices.json',
  'people.json',
  'places.json',
  'products.json',
];

describe('lexicon files', () => {
  it('the shipped files pass their schema and load', () => {
    for (const name of FILES)
      expect(lexiconFileProblems(name, JSON.parse(readFileSync(`data/lexicon/${name}`, 'utf8'))), name).toEqual([]);
    expect(loadLexicon().actors.some((actor) => actor.code === 'CA')).toBe(true);
  });

  it('names the entry and field an editor got wrong', () => {
    const products = JSON.parse(readFileSync('data/lexicon/products.json', 'utf8')) as {
      products: Record<string, unknown>[];
    };
    products.products[2] = { ...products.products[2], family: 7 };
    expect(lexiconFileProblems('products.json', products)).toContain('/products/2/family must be string');
    const actors = {
      actors: [{ code: 'Canada', names: ['Canada'], adjectives: [], demonyms: [], metonyms: [], capital: null }],
    };
    expect(lexiconFileProblems('actors.json', actors).join(' ')).toMatch(/\/actors\/0\/code must match pattern/);
  });

  it('says which pattern is not a regular expression', () => {
    const cues = JSON.parse(readFileSync('data/lexicon/cues.json', 'utf8')) as {
      events: { category: string; pattern: string }[];
    };
    cues.events[1] = { ...cues.events[1]!, pattern: 'tariffs (on' };
    expect(lexiconFileProblems('cues.json', cues).join(' ')).toMatch(
      /\/events\/1\/pattern is not a valid regular expression/,
    );
  });
});

describe('a lexicon handed in by a test', () => {
  // A made-up article: neither Freedonia nor glorbs are in data/lexicon/.
  const raw = `---
title: Canada puts a tariff on Freedonian glorbs
published: 2025-03-04
---
OTTAWA — Canada imposed a 25% tariff on glorbs from Freedonia on March 3, 2025, the finance minister said on Tuesday.

Freedonia said it would respond.
`;
  const source = parseArticleText('freedonia.txt', raw);
  if ('skip' in source) throw new Error(source.skip);
  const read = { sources: [source], skipped: [] };
  const shipped = loadLexicon();
  // Tiny: Canada, a fictional country and a fictional product; the cue patterns are the shipped ones.
  const tiny: Lexicon = {
    actors: [
      shipped.actors.find((actor) => actor.code === 'CA')!,
      {
        code: 'QF',
        names: ['Freedonia'],
        adjectives: ['Freedonian'],
        demonyms: ['Freedonians'],
        metonyms: [],
        capital: 'Fredville',
      },
    ],
    offices: shipped.offices,
    nationalityNouns: [],
    people: [],
    products: [{ label: 'glorb fruit', aliases: ['glorbs', 'glorb fruit'], family: 'agri-food' }],
    places: [],
    occasions: [],
    occasionWords: [],
    cues: shipped.cues,
  };
  const measuresOf = (dataset: ReturnType<typeof compileSources>) =>
    dataset.measures.map((m) => ({
      imposer: m.imposer,
      target: m.target,
      products: m.products,
      productFamilies: m.productFamilies,
      ratePct: m.ratePct,
    }));

  afterEach(() => setLexicon(null));

  it('compiles an article with the lexicon given, then with the shipped one again', () => {
    const before = compileSources(read);
    // The shipped lexicon knows neither: no measure, and a warning that the tariff's target is unclear.
    expect(before.measures).toEqual([]);
    expect(before.report.warnings.map((w) => w.message).join(' ')).toMatch(
      /tariff on glorbs whose target the text does not make clear/,
    );

    const withTiny = withLexicon(tiny, () => compileSources(read));
    expect(measuresOf(withTiny)).toEqual([
      { imposer: 'CA', target: 'QF', products: ['glorb fruit'], productFamilies: ['agri-food'], ratePct: 25 },
    ]);
    expect(withTiny.countries).toContainEqual({ code: 'QF', name: 'Freedonia' });

    // The matchers built from the tiny lexicon are not left behind: the shipped lexicon's answers come back.
    expect(loadLexicon()).toBe(shipped);
    expect(compileSources(read)).toEqual(before);
  });

  it('setLexicon serves a beforeEach/afterEach pair, and is undone by null', () => {
    setLexicon(tiny);
    expect(loadLexicon()).toBe(tiny);
    expect(measuresOf(compileSources(read))[0]?.products).toEqual(['glorb fruit']);
    setLexicon(null);
    expect(loadLexicon()).toBe(shipped);
  });

  it('withLexicon puts the previous lexicon back when the work throws', () => {
    expect(() =>
      withLexicon(tiny, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(loadLexicon()).toBe(shipped);
  });

  it('checks a lexicon handed in against the schema, naming the file and the place', () => {
    const broken = {
      ...tiny,
      products: [{ label: 'glorb fruit', aliases: ['glorbs'], family: 7 }],
    } as unknown as Lexicon;
    expect(() => setLexicon(broken)).toThrow(/products\.json: \/products\/0\/family must be string/);
    expect(loadLexicon()).toBe(shipped);
  });

  it('an alternation over no literals never matches (an empty one would match everywhere)', () => {
    const re = new RegExp(`(${alternation([])})`, 'g');
    expect(re.exec('any text at all')).toBeNull();
    expect(alternation(['Korea', 'South Korea'])).toBe('South Korea|Korea');
  });
});
