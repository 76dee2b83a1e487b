// Publication windows on articles the compiler has never seen (tests/fixtures/compiler/inferred-dates/): one dated
// report of a meeting, and undated articles that refer to it relative to their own day of writing.
import { describe, expect, it } from 'vitest';
import type { Article, PublicationAnchor } from '../../src/lib/dataset.ts';
import { compileFolder } from './compile.ts';
import { findDates } from './dates.ts';
import { daysAllowing, narrowByItinerary } from './publication-window.ts';

const dataset = compileFolder('tests/fixtures/compiler/inferred-dates');
const article = (file: string): Article => dataset.articles.find((a) => a.file === file)!;
const unresolved = (file: string, phrase: string) =>
  dataset.report.unresolvedDates.find((u) => u.file === file && u.phrase === phrase);
const meeting = dataset.meetings.find((m) => m.participants.join() === 'person-mark-carney,person-sanae-takaichi')!;

describe('publication windows inferred from references to facts dated elsewhere', () => {
  it('dates the meeting from the dated report ("met … on Thursday", dateline Saturday 14 March 2026), not from its dateline', () => {
    expect(meeting.date).toEqual({ value: '2026-03-12', precision: 'day' });
    expect(article('a-summit-report.txt').published).toMatchObject({
      value: '2026-03-14',
      source: 'dateline',
      window: null,
      anchors: [],
    });
  });

  it('puts "will meet Takaichi next week" in the week before the meeting, with the sentence as evidence', () => {
    const published = article('b-preview.txt').published;
    expect(published).toMatchObject({
      value: '2026-03',
      precision: 'month',
      source: 'inferred',
      window: { from: '2026-03-02', to: '2026-03-08' },
    });
    expect(published.anchors).toHaveLength(1);
    expect(published.anchors![0]).toMatchObject({
      kind: 'reference',
      phrase: 'next week',
      factId: meeting.id,
      factDate: { value: '2026-03-12', precision: 'day' },
    });
    const evidence = published.anchors![0]!.evidence!;
    expect(article('b-preview.txt').text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(evidence.quote).toMatch(
      /^Prime Minister Mark Carney will meet Japanese Prime Minister Sanae Takaichi next week/,
    );
  });

  it('resolves what every day of the window agrees on ("last month" → February 2026) and leaves the rest open, saying why', () => {
    const visit = dataset.events.find((e) => e.evidence.some((ev) => ev.quote.includes('last month')))!;
    expect(visit.date).toEqual({ value: '2026-02', precision: 'month' });
    // "on Tuesday" (past): 24 Feb if written on Monday 2 March, else 3 March: never guessed.
    expect(unresolved('b-preview.txt', 'on Tuesday')?.message).toMatch(
      /only inferred to 2026-03-02…2026-03-08 .*2026-02-24 if published on 2026-03-02; 2026-03-03 if published 2026-03-03…2026-03-08/,
    );
  });

  it('infers nothing when the anchors disagree ("met … yesterday" and "will meet … next week"), and reports both', () => {
    expect(article('c-contradiction.txt').published).toMatchObject({
      value: null,
      source: null,
      window: null,
      anchors: [],
    });
    const warning = dataset.report.warnings.find(
      (w) => w.file === 'c-contradiction.txt' && w.message.includes('anchors disagree'),
    )!;
    expect(warning.message).toMatch(
      /"yesterday" \(meeting-mark-carney-sanae-takaichi-\w+ on 2026-03-12\) allows 2026-03-13…2026-03-13/,
    );
    expect(warning.message).toMatch(/"next week" .* allows 2026-03-02…2026-03-08/);
    expect(unresolved('c-contradiction.txt', 'on Monday')?.message).toMatch(/no known publication date/);
  });

  it('keeps a year-wide window ("this year") to the year, and does not read a weekday in it', () => {
    expect(article('d-wide.txt').published).toMatchObject({
      value: '2026',
      precision: 'year',
      source: 'inferred',
      window: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(unresolved('d-wide.txt', 'on Monday')?.message).toMatch(/only inferred to 2026-01-01…2026-12-31 .*; …$/);
  });

  it('infers the same windows, byte for byte, whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    const runs = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/St_Johns'].map((tz) => {
      process.env.TZ = tz;
      const again = compileFolder('tests/fixtures/compiler/inferred-dates');
      return JSON.stringify([again.articles.map((a) => a.published), again.report, again.events]);
    });
    process.env.TZ = saved;
    expect(new Set(runs).size).toBe(1);
    expect(runs[0]).toContain('"window":{"from":"2026-03-02","to":"2026-03-08"}');
  });

  it('does not take "Their ministers spoke" for a meeting of the leaders themselves', () => {
    expect(meeting.evidence.map((e) => e.quote)).not.toContain('Their ministers spoke again on Monday about energy.');
  });
});

describe('daysAllowing', () => {
  const mention = (sentence: string) => findDates(sentence, { published: null, previous: null, flashback: false })[0]!;
  const cases = [
    { sentence: 'Carney will meet Xi next week.', fact: '2025-10-31', from: '2025-10-20', to: '2025-10-26' },
    { sentence: 'Xi met Carney on Friday.', fact: '2025-10-31', from: '2025-10-31', to: '2025-11-06' },
    { sentence: 'Carney departs Friday.', fact: '2025-10-24', from: '2025-10-18', to: '2025-10-24' },
    { sentence: 'The leaders meet later this week.', fact: '2025-10-31', from: '2025-10-27', to: '2025-10-31' },
    { sentence: 'Carney met Li Qiang last month.', fact: '2025-09-24', from: '2025-10-01', to: '2025-10-31' },
  ];
  for (const test of cases) {
    it(`"${test.sentence}" about ${test.fact} → written ${test.from}…${test.to}`, () => {
      const days = daysAllowing(mention(test.sentence), test.fact, test.fact);
      expect([days[0], days[days.length - 1]]).toEqual([test.from, test.to]);
      expect(days).toHaveLength(new Set(days).size);
    });
  }
});

describe('narrowByItinerary', () => {
  const day = (value: string) => ({ value, precision: 'day' as const });
  const stop = (order: number, place: string, date: string | null) => ({
    id: `stop-${order}-${place}`,
    order,
    place,
    arrive: date ? day(date) : null,
    depart: date ? day(date) : null,
    label: 'Visit',
    meetings: [],
    evidence: [],
  });
  const sentence = 'He is set to travel to Singapore on Tuesday before ending the trip in Gyeongju.';
  const mention = findDates(sentence, { published: null, previous: null, flashback: false })[0]!;
  const evidence = { articleId: 'a', start: 0, end: sentence.length, quote: sentence };
  const trip = (gyeongju: string) => ({
    traveller: 'person-x',
    title: 'Trip',
    stops: [stop(0, 'ottawa', null), stop(1, 'singapore', null), stop(2, 'gyeongju', gyeongju)],
  });

  it('keeps the days of writing that put "on Tuesday" before the next dated stop, and records that stop as the anchor', () => {
    const windows = new Map([
      ['a', { days: ['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30'], anchors: [] as PublicationAnchor[] }],
    ]);
    const result = narrowByItinerary(
      trip('2025-10-31'),
      [{ stopIndex: 1, articleId: 'a', mention, evidence }],
      windows,
      new Map([['a', 'a.txt']]),
    );
    expect([...result.changed]).toEqual(['a']);
    expect(windows.get('a')!.days).toEqual(['2025-10-27', '2025-10-28']);
    expect(windows.get('a')!.anchors).toEqual([
      {
        kind: 'itinerary',
        phrase: 'on Tuesday',
        factId: 'stop-2-gyeongju',
        factDate: day('2025-10-31'),
        from: '2025-10-27',
        to: '2025-10-28',
        evidence,
      },
    ]);
  });

  it('keeps the window and warns when no day of it fits the stops around', () => {
    const days = ['2025-10-29', '2025-10-30'];
    const windows = new Map([['a', { days: [...days], anchors: [] as PublicationAnchor[] }]]);
    const result = narrowByItinerary(
      trip('2025-10-31'),
      [{ stopIndex: 1, articleId: 'a', mention, evidence }],
      windows,
      new Map([['a', 'a.txt']]),
    );
    expect(result.changed.size).toBe(0);
    expect(windows.get('a')!.days).toEqual(days);
    expect(result.warnings).toEqual([
      {
        file: 'a.txt',
        message: expect.stringMatching(/"on Tuesday" \(singapore\) should fall on or before 2025-10-31/),
      },
    ]);
  });
});
