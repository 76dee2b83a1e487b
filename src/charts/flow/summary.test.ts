import { describe, expect, it } from 'vitest';
import { measureFixture, storyConflicts, storyMeasures } from './fixtures.ts';
import { listText, nameInText, summarizeChain } from './summary.ts';

const names: Record<string, string> = { CA: 'Canada', CN: 'China', US: 'United States' };
const actorName = (code: string) => names[code] ?? code;

describe('summarizeChain(measures, options)', () => {
  const sentences = summarizeChain(storyMeasures(), { actorName, conflicts: storyConflicts() });

  it('opens with how many measures each actor imposed', () => {
    expect(sentences[0]).toBe(
      'The articles report 9 tariff measures: 4 by the United States, 2 by Canada and 3 by China.',
    );
  });

  it('tells the chain in time order, naming what each measure followed or answered', () => {
    expect(sentences[1]).toBe(
      'In October 2024, Canada imposed a 100% tariff on Chinese electric vehicles and batteries, following the United States’ tariff on Chinese electric vehicles.',
    );
    expect(sentences[2]).toBe('The same month, Canada imposed a 25% tariff on Chinese steel and aluminium.');
    expect(sentences[3]).toMatch(
      /^In March 2025, China imposed a 100% levy on Canadian canola oil, canola meal and peas, in retaliation for Canada’s 100% tariff/,
    );
  });

  it('puts "the" before names that take it in running text', () => {
    expect(nameInText('United States')).toBe('the United States');
    expect(nameInText('Philippines')).toBe('the Philippines');
    expect(nameInText('Canada')).toBe('Canada');
  });

  it('names every measure answered in one phrase', () => {
    expect(sentences.find((sentence) => sentence.includes('seafood and pork'))).toBe(
      'Also at an unstated date, China imposed a tariff (rate not stated) on Canadian seafood and pork, in retaliation for Canada’s 100% tariff on Chinese electric vehicles and batteries and Canada’s 25% tariff on Chinese steel and aluminium.',
    );
  });

  it('says when articles disagree on a date', () => {
    expect(sentences.find((sentence) => sentence.includes('76% levy'))).toContain(
      'Articles disagree on its date: another gives August 2025.',
    );
  });

  it('keeps undated measures and unknown rates, and says so', () => {
    const undated = sentences.filter((sentence) => /unstated date|do not give/.test(sentence));
    expect(undated).toHaveLength(5);
    expect(sentences.join(' ')).toContain('a tariff (rate not stated) on Canadian seafood and pork');
    expect(sentences.join(' ')).toContain('a 35% tariff on all Canadian goods');
  });

  it('has one sentence per measure plus the overview', () => {
    expect(sentences).toHaveLength(storyMeasures().length + 1);
  });

  it('words removals, reductions and "an 18%"', () => {
    const [, lifted, cut] = summarizeChain(
      [
        measureFixture({ id: 'x', action: 'remove', date: { value: '2025-11-03', precision: 'day' } }),
        measureFixture({ id: 'y', action: 'reduce', ratePct: 18, date: { value: '2025-12-01', precision: 'day' } }),
      ],
      { actorName },
    );
    expect(lifted).toBe('On 3 November 2025, Canada lifted its 100% tariff on Chinese electric vehicles.');
    expect(cut).toBe('On 1 December 2025, Canada cut its tariff on Chinese electric vehicles to 18%.');
  });

  it('says when nothing matches', () => {
    expect(summarizeChain([], { actorName })).toEqual(['No tariff measure matches the current filters.']);
  });

  it('listText joins with commas and "and"', () => {
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
