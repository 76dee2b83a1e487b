// The editable lexicons are checked when loaded: a slip in data/lexicon/*.json names the file and the place in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconFileProblems, loadLexicon } from './lexicon.ts';

const FILES = ['actors.json', 'cues.json', 'occasions.json', 'offices.json', 'people.json', 'places.json', 'products.json'];

describe('lexicon files', () => {
  it('the shipped files pass their schema and load', () => {
    for (const name of FILES) expect(lexiconFileProblems(name, JSON.parse(readFileSync(`data/lexicon/${name}`, 'utf8'))), name).toEqual([]);
    expect(loadLexicon().actors.some((actor) => actor.code === 'CA')).toBe(true);
  });

  it('names the entry and field an editor got wrong', () => {
    const products = JSON.parse(readFileSync('data/lexicon/products.json', 'utf8')) as { products: Record<string, unknown>[] };
    products.products[2] = { ...products.products[2], family: 7 };
    expect(lexiconFileProblems('products.json', products)).toContain('/products/2/family must be string');
    const actors = { actors: [{ code: 'Canada', names: ['Canada'], adjectives: [], demonyms: [], metonyms: [], capital: null }] };
    expect(lexiconFileProblems('actors.json', actors).join(' ')).toMatch(/\/actors\/0\/code must match pattern/);
  });

  it('says which pattern is not a regular expression', () => {
    const cues = JSON.parse(readFileSync('data/lexicon/cues.json', 'utf8')) as { events: { category: string; pattern: string }[] };
    cues.events[1] = { ...cues.events[1]!, pattern: 'tariffs (on' };
    expect(lexiconFileProblems('cues.json', cues).join(' ')).toMatch(/\/events\/1\/pattern is not a valid regular expression/);
  });
});
