import { describe, expect, it } from 'vitest';
import { capitalise, joinList, plural, possessive } from './phrases.ts';

describe('phrases', () => {
  it('joins lists with commas and a final "and"', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['canola'])).toBe('canola');
    expect(joinList(['canola', 'pork'])).toBe('canola and pork');
    expect(joinList(['canola', 'pork', 'seafood'])).toBe('canola, pork and seafood');
  });
  it('writes possessives, with the apostrophe alone after a final s', () => {
    expect(possessive('Canada')).toBe('Canada’s');
    expect(possessive('United States')).toBe('United States’');
  });
  it('writes counts with the right number', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(5, 'article')).toBe('5 articles');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
  it('opens a sentence with a capital', () => {
    expect(capitalise('date not stated')).toBe('Date not stated');
    expect(capitalise('')).toBe('');
  });
});
