// The itinerary and meetings of a trip the lexicons do not describe.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';
import { mergeSequences, oneJourney } from './trip.ts';

describe('mergeSequences', () => {
  it('keeps every article’s order and puts a stop after the one it follows', () => {
    expect(
      mergeSequences([
        ['b', 'c'],
        ['a', 'b', 'd'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(
      mergeSequences([
        ['kl', 'sg', 'gj'],
        ['sg', 'gj'],
      ]),
    ).toEqual(['kl', 'sg', 'gj']);
  });
  it('does not modify its input', () => {
    const input = [
      ['a', 'b'],
      ['b', 'c'],
    ];
    mergeSequences(input);
    expect(input).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });
});

describe('a trip in an unseen article', () => {
  const text = [
    'Mexican President Claudia Sheinbaum departs Thursday for a week-long tour of Asia, first stopping in Tokyo for talks with Japanese Prime Minister Shigeru Ishiba.',
    'She will then travel to Seoul, where she will meet with President Lee Jae Myung.',
    'Sheinbaum met Ishiba in Tokyo on Friday, officials said.',
    'There is no meeting scheduled between Sheinbaum and Trump.',
  ].join(' ');
  const facts = extractFacts([
    articleFromText('fixtures/trip.txt', text, {
      published: { value: '2025-06-17', precision: 'day', source: 'front-matter' },
    }),
  ]);

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
    expect(tokyo.meetings.map((id) => meeting(id).participants)).toEqual([
      ['person-claudia-sheinbaum', 'person-shigeru-ishiba'],
    ]);
    expect(meeting(tokyo.meetings[0]!)).toMatchObject({
      status: 'held',
      date: { value: '2025-06-13', precision: 'day' },
    });
    expect(seoul.meetings.map((id) => meeting(id).status)).toEqual(['planned']);
    expect(facts.meetings.some((m) => m.participants.includes('person-donald-trump'))).toBe(false);
  });
});

describe('one journey (made-up probe sentences, not corpus text)', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });
  it('keeps the stops whose dates follow each other, not a visit months away, and the undated stops told with them', () => {
    const stops = [
      { place: 'mexico-city', dates: [{ value: '2025-09', precision: 'month' as const }] },
      { place: 'kuala-lumpur', dates: [day('2025-10-26')] },
      { place: 'singapore', dates: [day('2025-10-28')] },
      { place: 'gyeongju', dates: [] },
      { place: 'beijing', dates: [day('2026-01-15')] },
    ];
    expect([...oneJourney(stops, [['kuala-lumpur', 'singapore', 'gyeongju']])].sort()).toEqual([
      'gyeongju',
      'kuala-lumpur',
      'singapore',
    ]);
  });

  it('neither prepends a planned trip of another month nor makes a country and its city two stops', () => {
    const published = (value: string) => ({
      published: { value, precision: 'day' as const, source: 'front-matter' as const },
    });
    const preview = articleFromText(
      'fixtures/preview.txt',
      'Prime Minister Mark Carney arrives in Malaysia on Saturday for the ASEAN summit in Kuala Lumpur. Mr. Carney will then travel to Singapore on Tuesday before heading to Gyeongju, South Korea.',
      published('2025-10-24'),
    );
    const mexico = articleFromText(
      'fixtures/mexico.txt',
      'Prime Minister Mark Carney is expected to travel to Mexico City on Sept. 18 to meet President Claudia Sheinbaum.',
      published('2025-08-22'),
    );
    const china = articleFromText(
      'fixtures/china.txt',
      'Prime Minister Mark Carney is the first Canadian prime minister to visit China since 2017. He arrived in Beijing on Wednesday and met Premier Li Qiang on Thursday.',
      published('2026-01-16'),
    );
    const facts = extractFacts([preview, mexico, china]);
    expect(facts.trip.stops.map((s) => s.place)).toEqual([
      'place-my-kuala-lumpur',
      'place-sg-singapore',
      'place-kr-gyeongju',
    ]);
    const beijingOnly = extractFacts([china]).trip.stops.map((s) => s.place);
    expect(beijingOnly).toEqual(['place-cn-beijing']);
  });

  it("takes no departure from another trip's report ('departs Tuesday for Beijing' in January, the tour in October)", () => {
    const published = (value: string) => ({
      published: { value, precision: 'day' as const, source: 'front-matter' as const },
    });
    const tour = articleFromText(
      'fixtures/tour.txt',
      'Prime Minister Mark Carney will attend the ASEAN summit in Kuala Lumpur on Sunday, then travel to Singapore on Tuesday before heading to Gyeongju, South Korea, on Thursday.',
      published('2025-10-24'),
    );
    const beijing = articleFromText(
      'fixtures/beijing.txt',
      'Prime Minister Mark Carney departs Tuesday for Beijing, the first visit by a Canadian prime minister since 2017.',
      published('2026-01-12'),
    );
    const stops = extractFacts([tour, beijing]).trip.stops;
    expect(stops.map((s) => s.place)).toEqual(['place-my-kuala-lumpur', 'place-sg-singapore', 'place-kr-gyeongju']);
  });
});
