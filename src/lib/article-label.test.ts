import { describe, expect, it } from 'vitest';
import { articleLabel, openingWords } from './article-label.ts';

describe('articleLabel', () => {
  it('uses the title when the article has one', () => {
    expect(
      articleLabel({ title: 'China’s Xi & Canada’s Carney vow to advance relations', file: 'a.txt', text: 'Body.' }),
    ).toBe('China’s Xi & Canada’s Carney vow to advance relations');
  });

  it('quotes the opening words of an untitled article instead of its file name', () => {
    const text = 'Prime Minister Mark Carney hopes to meet Chinese President Xi Jinping next week as he tries…';
    expect(articleLabel({ title: null, file: '000_6e48ba967c50f187.txt', text })).toBe(
      '“Prime Minister Mark Carney hopes to meet Chinese…”',
    );
  });

  it('keeps a short text whole, without an ellipsis, and drops trailing punctuation', () => {
    expect(openingWords('Tariffs rise again.')).toBe('“Tariffs rise again”');
  });

  it('falls back to the file name when the text is blank or the title only spaces', () => {
    expect(articleLabel({ title: '  ', file: 'empty.txt', text: '  \n ' })).toBe('empty.txt');
  });
});
