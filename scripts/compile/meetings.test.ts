// Meetings from unseen text: who, where, when, held or planned, and where articles disagree.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const published = { value: '2025-11-02', precision: 'day' as const, source: 'front-matter' as const };

describe('meetings', () => {
  it('merges a planned and a held report of one meeting into one held record with both quotes', () => {
    const planned = articleFromText('fixtures/planned.txt', 'Prime Minister Mark Carney hopes to meet Japanese Prime Minister Shigeru Ishiba in Tokyo next week.', {
      published: { value: '2025-10-26', precision: 'day', source: 'front-matter' },
    });
    const held = articleFromText('fixtures/held.txt', 'Carney met Ishiba in Tokyo on Friday, officials said.', { published });
    const facts = extractFacts([planned, held]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({ status: 'held', place: 'place-jp-tokyo', date: { value: '2025-10-31', precision: 'day' }, articleCount: 2 });
  });

  it('keeps meetings of the same pair in different years apart', () => {
    const text = 'Trudeau and Xi spoke on the margins of the G20 in 2019 and again in 2022.';
    const facts = extractFacts([articleFromText('fixtures/g20.txt', text, { published })]);
    expect(facts.meetings.map((m) => m.date?.value)).toEqual(['2019', '2022']);
    expect(facts.meetings.every((m) => m.participants.join() === 'person-justin-trudeau,person-xi-jinping')).toBe(true);
  });

  it('ignores a meeting the text says is not happening', () => {
    const facts = extractFacts([articleFromText('fixtures/none.txt', 'There is no bilateral meeting scheduled between Carney and Trump at the summit.', { published })]);
    expect(facts.meetings).toEqual([]);
  });

  it('flags two articles that put the same meeting in different cities', () => {
    const a = articleFromText('fixtures/a.txt', 'Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday.', { published });
    const b = articleFromText('fixtures/b.txt', 'Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba in Seoul on Friday.', { published });
    const c = articleFromText('fixtures/c.txt', 'Japan’s Shigeru Ishiba met with Carney in Tokyo on Friday.', { published });
    const facts = extractFacts([a, b, c]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]!.place).toBe('place-jp-tokyo');
    const conflict = facts.conflicts.find((x) => x.field === 'place')!;
    expect(conflict.factId).toBe(facts.meetings[0]!.id);
    expect(conflict.sides.map((s) => [s.value, s.evidence.length])).toEqual([
      ['Seoul', 1],
      ['Tokyo', 2],
    ]);
  });
});

describe('meetings in a where-clause', () => {
  it('takes the place and time of the where-clause, not of the sentence', () => {
    const text = 'Indian Prime Minister Narendra Modi arrived in Washington on Wednesday after a stop in Paris, where he met French President Emmanuel Macron.';
    const facts = extractFacts([articleFromText('fixtures/modi.txt', text, { published: { value: '2025-09-04', precision: 'day', source: 'front-matter' } })]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({ participants: ['person-emmanuel-macron', 'person-narendra-modi'], place: 'place-fr-paris', date: null, status: 'held' });
    expect(facts.events.filter((e) => e.category === 'meeting').map((e) => e.date)).toEqual([null]);
  });
});
