// The itinerary and meetings of a trip the lexicons do not describe.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';
import { mergeSequences } from './trip.ts';

describe('mergeSequences', () => {
  it('keeps every article’s order and puts a stop after the one it follows', () => {
    expect(mergeSequences([['b', 'c'], ['a', 'b', 'd']])).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeSequences([['kl', 'sg', 'gj'], ['sg', 'gj']])).toEqual(['kl', 'sg', 'gj']);
  });
  it('does not modify its input', () => {
    const input = [['a', 'b'], ['b', 'c']];
    mergeSequences(input);
    expect(input).toEqual([['a', 'b'], ['b', 'c']]);
  });
});

describe('a trip in an unseen article', () => {
  const text = [
    'Mexican President Claudia Sheinbaum departs Thursday for a week-long tour of Asia, first stopping in Tokyo for talks with Japanese Prime Minister Shigeru Ishiba.',
    'She will then travel to Seoul, where she will meet with President Lee Jae Myung.',
    'Sheinbaum met Ishiba in Tokyo on Friday, officials said.',
    'There is no meeting scheduled between Sheinbaum and Trump.',
  ].join(' ');
  const facts = extractFacts([articleFromText('fixtures/trip.txt', text, { published: { value: '2025-06-17', precision: 'day', source: 'front-matter' } })]);

  it('orders the stops from the traveller’s home capital, with the departure sentence as evidence', () => {
    expect(facts.trip.traveller).toBe('person-claudia-sheinbaum');
    expect(facts.trip.title).toBe("Claudia Sheinbaum's trip to Asia");
    expect(facts.trip.stops.map((s) => s.place)).toEqual(['place-mx-mexico-city', 'place-jp-tokyo', 'place-kr-seoul']);
    expect(facts.trip.stops[0]!.evidence[0]!.quote).toMatch(/departs Thursday/);
    expect(facts.trip.stops[0]!.depart).toEqual({ value: '2025-06-19', precision: 'day' });
  });

  it('ties each meeting to its stop, planned or held, and skips a denied one', () => {
    const tokyo = facts.trip.stops.find((s) => s.place === 'place-jp-tokyo')!;
    const seoul = facts.trip.stops.find((s) => s.place === 'place-kr-seoul')!;
    const meeting = (id: string) => facts.meetings.find((m) => m.id === id)!;
    expect(tokyo.meetings.map((id) => meeting(id).participants)).toEqual([['person-claudia-sheinbaum', 'person-shigeru-ishiba']]);
    expect(meeting(tokyo.meetings[0]!)).toMatchObject({ status: 'held', date: { value: '2025-06-13', precision: 'day' } });
    expect(seoul.meetings.map((id) => meeting(id).status)).toEqual(['planned']);
    expect(facts.meetings.some((m) => m.participants.includes('person-donald-trump'))).toBe(false);
  });
});
