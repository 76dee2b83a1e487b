import { describe, expect, it } from 'vitest';
import { withoutInteractionHints } from './chart-image.ts';

describe('withoutInteractionHints(text)', () => {
  const tests = [
    {
      text: 'Source: 4 articles (The Canadian Press: “Prime Minister Mark Carney plans to meet with…”). Each mark keeps the sentences that report it: hover or focus a mark to read them, or open them in their article from the data table.',
      expected: 'Source: 4 articles (The Canadian Press: “Prime Minister Mark Carney plans to meet with…”).',
    },
    {
      text: 'Source: 5 news articles, compiled into 28 dated and 5 undated items.',
      expected: 'Source: 5 news articles, compiled into 28 dated and 5 undated items.',
    },
    { text: 'Scroll, pinch or use + and − to zoom. Tap a mark to read it.', expected: '' },
    {
      text: 'Routes are great circles between stops, not flight paths. Use the arrow keys to step.',
      expected: 'Routes are great circles between stops, not flight paths.',
    },
  ];
  for (const { text, expected } of tests) {
    it(`keeps "${expected.slice(0, 40)}…" of "${text.slice(0, 40)}…"`, () =>
      expect(withoutInteractionHints(text)).toBe(expected));
  }
});
