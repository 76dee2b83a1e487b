import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const sentencesOf = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  const tests: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'keeps news abbreviations inside their sentence: a law number, a province, a time, a title (made-up probe sentences)',
      text: 'The suspension covers goods under the USMCA (P.L. 116-113) from March 7. Joly met executives in Windsor, Ont. Premier Doug Ford was there at 9 a.m. Eastern time. Mr. Carney left. No. 2 is next. They met in Windsor, Ont. The talks ended.',
      expected: [
        'The suspension covers goods under the USMCA (P.L. 116-113) from March 7.',
        'Joly met executives in Windsor, Ont. Premier Doug Ford was there at 9 a.m. Eastern time.',
        'Mr. Carney left.',
        'No. 2 is next.',
        'They met in Windsor, Ont.',
        'The talks ended.',
      ],
    },
    {
      name: 'splits at full stops, question and exclamation marks',
      text: 'Canada acted. Did China answer? It did!',
      expected: ['Canada acted.', 'Did China answer?', 'It did!'],
    },
    {
      name: 'does not split after month abbreviations, titles and company suffixes',
      text: 'The summit runs from Oct. 31 to Nov. 1 in Gyeongju. Dr. Tan spoke. Hanwha Ocean Co.’s yard is next.',
      expected: [
        'The summit runs from Oct. 31 to Nov. 1 in Gyeongju.',
        'Dr. Tan spoke.',
        'Hanwha Ocean Co.’s yard is next.',
      ],
    },
    {
      name: 'keeps "U.S." inside a sentence but ends a sentence on it when a new one plainly starts',
      text: 'It offsets U.S. tariffs and the U.S. Commerce Department agreed. Ottawa sided with the U.S. The move hurt.',
      expected: [
        'It offsets U.S. tariffs and the U.S. Commerce Department agreed.',
        'Ottawa sided with the U.S.',
        'The move hurt.',
      ],
    },
    {
      name: 'keeps a closing quotation mark with its sentence',
      text: '“We’re hopeful,” the official said. “There’s interest on both sides.” Talks followed.',
      expected: ['“We’re hopeful,” the official said.', '“There’s interest on both sides.”', 'Talks followed.'],
    },
    {
      name: 'treats a line without a full stop (a heading or a dateline) as a sentence',
      text: 'Sunday , November 2 2025\n\nXi & Carney vow to advance relations\n\nThe leaders met on Friday.',
      expected: ['Sunday , November 2 2025', 'Xi & Carney vow to advance relations', 'The leaders met on Friday.'],
    },
    {
      name: 'joins a hard-wrapped line to the next when it continues in lower case',
      text: 'Canada imposed a 100% surtax on Chinese electric vehicles and a 25% surtax on\nsteel and aluminum products in 2024. China answered.',
      expected: [
        'Canada imposed a 100% surtax on Chinese electric vehicles and a 25% surtax on\nsteel and aluminum products in 2024.',
        'China answered.',
      ],
    },
    {
      name: 'does not split after an initial or a decimal number',
      text: 'Mark J. Carney said growth was 1.5 per cent. Exports fell.',
      expected: ['Mark J. Carney said growth was 1.5 per cent.', 'Exports fell.'],
    },
    {
      name: 'reads "No." before a number as an abbreviation, and "no." before a word as a sentence end',
      text: 'It ranked No. 2 among buyers. Asked about talks, they said no. Then they left.',
      expected: ['It ranked No. 2 among buyers.', 'Asked about talks, they said no.', 'Then they left.'],
    },
    { name: 'returns nothing for blank text', text: ' \n\n ', expected: [] },
  ];
  for (const { name, text, expected } of tests) {
    it(name, () => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  }

  it('does not modify its input', () => {
    const text = 'One. Two.';
    splitSentences(text);
    expect(text).toBe('One. Two.');
  });
});

describe('splitSentences on the seed articles', () => {
  for (const file of readdirSync('seeds').sort()) {
    const text = readFileSync(`seeds/${file}`, 'utf8').trim();
    const spans = splitSentences(text);

    it(`${file}: spans are ordered, trimmed, non-overlapping and cover every non-blank character`, () => {
      let previousEnd = 0;
      for (const { start, end } of spans) {
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
        expect(text.slice(previousEnd, start).trim()).toBe('');
        previousEnd = end;
      }
      expect(text.slice(previousEnd).trim()).toBe('');
    });

    it(`${file}: no sentence starts with a lower-case letter (no split inside an abbreviation)`, () => {
      const starts = spans.map(({ start }) => text.slice(start, start + 20));
      expect(starts.filter((start) => /^[a-z]/.test(start))).toEqual([]);
    });
  }

  it('keeps "Oct. 31 to Nov. 1" and "Hanwha Ocean Co.’s" inside their sentences in 000', () => {
    const text = readFileSync('seeds/000_6e48ba967c50f187.txt', 'utf8');
    const sentences = sentencesOf(text);
    expect(sentences).toContain(
      'Carney is pursuing a meeting with the Chinese leader on the sidelines of the Asia-Pacific Economic Cooperation summit in Gyeongju, South Korea, from Oct. 31 to Nov. 1, but nothing has been confirmed, a Canadian government official told reporters in a background briefing on Thursday.',
    );
    expect(
      sentences.some((sentence) =>
        sentence.startsWith('As well, he will visit Hanwha Ocean Co.’s submarine manufacturing facility'),
      ),
    ).toBe(true);
  });

  it('joins the paragraph of 000 that a blank line breaks mid-sentence', () => {
    const sentences = sentencesOf(readFileSync('seeds/000_6e48ba967c50f187.txt', 'utf8'));
    expect(sentences).toContain(
      'He’s bullish on shipping more\n\nliquefied natural gas to Asia and appears open to a possible new oil pipeline to Canada’s west coast.',
    );
  });

  it('makes the subheadings of 001 sentences of their own', () => {
    const sentences = sentencesOf(readFileSync('seeds/001_b3d2ae8b626ef560.txt', 'utf8'));
    expect(sentences).toContain('A Relationship in Need of Repair');
    expect(sentences).toContain('Strategic Timing for Carney');
  });
});
