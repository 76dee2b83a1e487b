import { describe, expect, it } from 'vitest';
import { touchWording } from './touch-wording.ts';

describe('touchWording: the charts’ instructions for a finger, not a mouse or keyboard', () => {
  const tests: { text: string; expected: string }[] = [
    {
      // The flow chart's description.
      text: 'Each mark keeps the sentences that report it: hover or focus a mark to read them, or open them in their article from the data table.',
      expected:
        'Each mark keeps the sentences that report it: tap a mark to read them, or open them in their article from the data table.',
    },
    {
      // The flow chart's source note, without the reader.
      text: 'Source: 3 articles (Global News; BBC). Each mark keeps the sentences that report it: hover or focus a mark, or open the data table, to read them.',
      expected:
        'Source: 3 articles (Global News; BBC). Each mark keeps the sentences that report it: tap a mark, or open the data table, to read them.',
    },
    {
      // The timeline's description.
      text: 'Scroll, pinch or use + and − to zoom; drag or Shift + arrow keys to pan; numbered pills group events too close to tell apart.',
      expected: 'Pinch or use + and − to zoom; drag to pan; numbered pills group events too close to tell apart.',
    },
    {
      text: 'Select an event, or hover or focus one, to read what the articles say about it.',
      expected: 'Select an event to read what the articles say about it.',
    },
    {
      text: '4 stops and 5 meetings: Ottawa → Gyeongju. Use “Next stop” or the arrow keys to follow it.',
      expected: '4 stops and 5 meetings: Ottawa → Gyeongju. Use “Next stop” to follow it.',
    },
    { text: 'Selected. Escape clears.', expected: 'Selected.' },
    { text: 'Click or press Enter to select.', expected: 'Tap to select.' },
    {
      text: '10 measures. Use the arrow keys to move between them, Enter to select. Lines join answers.',
      expected: '10 measures. Lines join answers.',
    },
  ];
  for (const { text, expected } of tests) {
    it(`“${text.slice(0, 40)}…”`, () => {
      expect(touchWording(text)).toBe(expected);
      expect(touchWording(expected)).toBe(expected);
    });
  }

  it('keeps text with no keyboard or hover wording as it is', () => {
    const text = 'Who taxed whom, and what answered what. Source: 5 articles.';
    expect(touchWording(text)).toBe(text);
  });
});
