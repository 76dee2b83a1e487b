import { describe, expect, it } from 'vitest';
import type { Dataset, Evidence } from '../../src/lib/dataset.ts';
import { articleId, compileFolder, creditsFor } from './compile.ts';
import { loadCorrections } from './corrections.ts';
import { listFiles } from './read.ts';
import { datasetSchemaErrors } from './schema.ts';
import { evidenceSpanErrors } from './write.ts';

function allEvidence(dataset: Dataset): Evidence[] {
  return [
    ...dataset.measures,
    ...dataset.people,
    ...dataset.places,
    ...dataset.meetings,
    ...dataset.events,
    ...dataset.trip.stops,
  ]
    .flatMap((fact) => fact.evidence)
    .concat(dataset.conflicts.flatMap((conflict) => conflict.sides.flatMap((side) => side.evidence)));
}

describe('compileFolder on the seeds', () => {
  const { corrections } = loadCorrections('data/corrections.json');
  const dataset = compileFolder('seeds', { corrections });

  it('compiles all five articles into a dataset that matches the schema', () => {
    expect(dataset.articles.map((article) => article.file)).toEqual(listFiles('seeds'));
    expect(datasetSchemaErrors(dataset)).toEqual([]);
    expect(dataset.report.skipped).toEqual([]);
  });

  it('derives article ids from file names', () => {
    expect(dataset.articles.map((article) => article.id)).toEqual([
      '000-6e48ba967c50f187',
      '001-b3d2ae8b626ef560',
      '002-41a25a383985b1e7',
      '003-ef5e682fc679a06b',
      '004-40a4ebee507d1c7b',
    ]);
  });

  it('records the publication dates the seeds state, and reports the ones they do not', () => {
    const sources = dataset.articles.map((article) => article.published.source);
    expect(sources).toEqual(['inferred', null, 'inferred', 'dateline', 'inferred']);
    expect(dataset.articles[3]!.published).toMatchObject({
      value: '2025-11-02',
      precision: 'day',
      window: null,
      anchors: [],
    });
    const undated = dataset.report.warnings.filter((warning) => warning.message.startsWith('no publication date'));
    expect(undated.map((warning) => warning.file)).toEqual([
      '000_6e48ba967c50f187.txt',
      '001_b3d2ae8b626ef560.txt',
      '004_40a4ebee507d1c7b.txt',
    ]);
  });

  it('infers the publication window of the undated seeds from what they say about facts dated elsewhere', () => {
    const [bloomberg, reuters, canadianPress, , bbc] = dataset.articles.map((article) => article.published);
    // "hopes to meet Xi next week" + the meeting of 31 Oct (article 003) → the week of 20 Oct; "departs Friday" must
    // come before the Singapore stop of 28 Oct (article 002) → not the weekend.
    expect(bloomberg).toMatchObject({
      value: '2025-10',
      precision: 'month',
      source: 'inferred',
      window: { from: '2025-10-20', to: '2025-10-24' },
    });
    expect(bloomberg!.anchors!.map((a) => [a.kind, a.phrase, a.factId])).toEqual([
      ['reference', 'next week', 'meeting-mark-carney-xi-jinping-1c1fbadd'],
      ['reference', 'last month', 'meeting-li-qiang-mark-carney-868449e0'],
      ['itinerary', 'Friday', 'stop-2-sg-singapore'],
    ]);
    expect(bloomberg!.anchors![0]!.evidence!.quote).toMatch(
      /^Prime Minister Mark Carney hopes to meet Chinese President Xi Jinping next week/,
    );
    // "© 2025" + "at APEC later this week" + "travel to Singapore on Tuesday before ending the trip at APEC".
    expect(canadianPress).toMatchObject({ source: 'inferred', window: { from: '2025-10-27', to: '2025-10-28' } });
    expect(canadianPress!.anchors![0]).toMatchObject({
      kind: 'stated',
      factDate: { value: '2025', precision: 'year' },
    });
    // "the two leaders met … on Friday": written on the Friday of the meeting or in the six days after it.
    expect(bbc).toMatchObject({
      value: '2025',
      precision: 'year',
      source: 'inferred',
      window: { from: '2025-10-31', to: '2025-11-06' },
    });
    // Article 001 refers to no dated fact with a relative phrase: nothing to infer from.
    expect(reuters).toMatchObject({ value: null, source: null, window: null, anchors: [] });
  });

  it('dates the trip from the inferred windows: Ottawa on Friday 24 Oct, Singapore on Tuesday 28 Oct, Gyeongju on 31 Oct', () => {
    const stops = dataset.trip.stops.map((stop) => [
      stop.place,
      stop.arrive?.value ?? null,
      stop.depart?.value ?? null,
    ]);
    expect(stops).toEqual([
      ['place-ca-ottawa', null, '2025-10-24'],
      ['place-my-kuala-lumpur', null, null],
      ['place-sg-singapore', '2025-10-28', '2025-10-28'],
      ['place-kr-gyeongju', '2025-10-31', '2025-10-31'],
    ]);
    const departure = dataset.events.find((event) => event.date?.value === '2025-10-24')!;
    expect(departure.evidence[0]!.quote).toMatch(/^Carney departs Friday for a week-long trip in Asia/);
  });

  it('meets Anwar Ibrahim in Kuala Lumpur, Lawrence Wong in Singapore, and Lee, Albanese, Luxon and Xi in Gyeongju', () => {
    const placeOf = (name: string) =>
      dataset.meetings
        .filter((m) => m.participants.includes('person-mark-carney') && m.participants.includes(name))
        .map((m) => m.place);
    expect(placeOf('person-anwar-ibrahim')).toEqual(['place-my-kuala-lumpur']);
    expect(placeOf('person-lawrence-wong')).toEqual(['place-sg-singapore']);
    for (const name of [
      'person-lee-jae-myung',
      'person-anthony-albanese',
      'person-christopher-luxon',
      'person-xi-jinping',
    ])
      expect(placeOf(name)).toEqual(['place-kr-gyeongju']);
    const stops = new Map(dataset.trip.stops.map((stop) => [stop.place, stop.meetings.length]));
    expect(Object.fromEntries(stops)).toEqual({
      'place-ca-ottawa': 0,
      'place-my-kuala-lumpur': 1,
      'place-sg-singapore': 1,
      'place-kr-gyeongju': 3,
    });
  });

  it('names a capital as a place only where the text uses it as one ("traveled to Ottawa"), not as its government', () => {
    const place = (id: string) => dataset.places.find((p) => p.id === id);
    // "drift away from Washington", "Ottawa slapped tariffs", "Beijing imposed", "Beijing detaining": governments.
    expect(place('place-us-washington')).toBeUndefined();
    for (const quote of place('place-ca-ottawa')!.evidence.map((e) => e.quote))
      expect(quote).toMatch(/traveled to Ottawa|in Beijing and Ottawa/);
    for (const quote of place('place-cn-beijing')!.evidence.map((e) => e.quote))
      expect(quote).toMatch(/in Beijing|visit to Beijing/);
    // "the world’s attention will be on Seoul, where …": a place, as the text says (if not where the summit was).
    expect(place('place-kr-seoul')!.evidence.map((e) => e.quote)).toEqual([expect.stringMatching(/on Seoul, where/)]);
  });

  it('leaves open what the windows do not settle, and says why', () => {
    const open = dataset.report.unresolvedDates
      .filter((entry) => entry.file === '004_40a4ebee507d1c7b.txt')
      .map((entry) => entry.phrase);
    expect(open).toEqual(['last week', 'earlier this month']);
    const earlier = dataset.report.unresolvedDates.find(
      (entry) => entry.phrase === 'earlier this month' && entry.file === '004_40a4ebee507d1c7b.txt',
    )!;
    expect(earlier.message).toMatch(
      /only inferred to 2025-10-31…2025-11-06 .*2025-10 if published on 2025-10-31; 2025-11 if published 2025-11-01…2025-11-06/,
    );
  });

  it('quotes every fact exactly: quote === text.slice(start, end) for each evidence object', () => {
    const evidence = allEvidence(dataset);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidenceSpanErrors(dataset)).toEqual([]);
    const texts = new Map(dataset.articles.map((article) => [article.id, article.text]));
    for (const item of evidence) expect(texts.get(item.articleId)?.slice(item.start, item.end)).toBe(item.quote);
  });

  it('splits each article into sentences that lie inside its text', () => {
    for (const article of dataset.articles) {
      expect(article.sentences.length).toBeGreaterThan(10);
      for (const { start, end } of article.sentences) {
        expect(end).toBeLessThanOrEqual(article.text.length);
        expect(start).toBeLessThan(end);
      }
    }
  });

  it('applies every committed correction: none names a fact that no longer exists', () => {
    expect(dataset.report.corrections).toEqual([]);
    const corrected = [
      ...dataset.measures,
      ...dataset.people,
      ...dataset.places,
      ...dataset.meetings,
      ...dataset.events,
    ].filter((fact) => fact.provenance !== 'extracted');
    expect(corrected.map((fact) => fact.id).sort()).toEqual(
      [
        ...new Set(
          corrections.flatMap((correction) =>
            'id' in correction && correction.action === 'amend' ? [correction.id] : [],
          ),
        ),
      ].sort(),
    );
  });

  it('credits the sources of the coordinates and names it uses', () => {
    const sources = new Set(dataset.places.map((place) => place.coordinatesSource));
    expect(dataset.credits.some((credit) => credit.includes('GeoNames'))).toBe(sources.has('geonames'));
    expect(dataset.credits.some((credit) => credit.includes('Natural Earth'))).toBe(sources.has('natural-earth'));
    expect(creditsFor({ places: [], countries: [] })).toEqual([]);
  });

  it('gives the same dataset twice (ids included)', () => {
    expect(JSON.stringify(compileFolder('seeds', { corrections }))).toBe(JSON.stringify(dataset));
  });
});

describe('compileFolder on the bad-input fixture folder', () => {
  const dataset = compileFolder('tests/fixtures/compiler/mixed');

  it('lists every input file either as an article or as skipped, with the reason', () => {
    const accounted = [
      ...dataset.articles.map((article) => article.file),
      ...dataset.report.skipped.map((entry) => entry.file),
    ].sort();
    expect(accounted).toEqual(listFiles('tests/fixtures/compiler/mixed'));
    expect(dataset.report.skipped.map((entry) => `${entry.file}: ${entry.message}`)).toContain(
      'sub-folder/no-dates-copy.txt: duplicate of no-dates.txt (same text once whitespace and case are ignored)',
    );
    expect(datasetSchemaErrors(dataset)).toEqual([]);
  });

  it('keeps the front matter of an article apart from its text, and its offsets refer to the text', () => {
    const article = dataset.articles.find((item) => item.file === 'front-matter.md');
    expect(article).toMatchObject({
      id: 'front-matter',
      title: 'Canada and China agree to talk trade',
      outlet: 'Example Daily',
      url: 'https://example.org/canada-china-talks',
      published: { value: '2025-10-31', precision: 'day', source: 'front-matter' },
    });
    const first = article?.sentences[0];
    expect(article?.text.slice(first?.start, first?.end)).toBe(
      'Prime Minister Mark Carney met Chinese President Xi Jinping on Friday in Gyeongju, South Korea.',
    );
  });

  it('warns about HTML it removed and about an article with no date', () => {
    const warnings = dataset.report.warnings.map((entry) => `${entry.file}: ${entry.message}`);
    expect(warnings).toContain(
      'html-article.txt: HTML markup removed (10 tags, 2 script/style elements dropped); evidence refers to the text without tags',
    );
    expect(warnings).toContain(
      'no-dates.txt: no publication date (no front matter, dateline, dated file name or copyright line): relative dates in it cannot be resolved',
    );
  });
});

describe('compileFolder on the XSS fixture', () => {
  it('keeps hostile markup in titles, outlets and text as plain characters (the site must render it as text)', () => {
    const [article] = compileFolder('tests/fixtures/xss').articles;
    expect(article?.title).toBe('Tariff news <script>alert(1)</script>');
    expect(article?.outlet).toBe('Hostile <img src=x onerror=alert(1)> Wire');
    expect(article?.text).toContain('<img src=x onerror=alert(1)>');
    expect(article?.text).toContain('<script>alert(1)</script>');
  });
});

describe('articleId', () => {
  it('is the file path without extension, as a slug, and tells apart files that differ only by extension', () => {
    expect(articleId('gov/002_X Report.txt')).toBe('gov-002-x-report');
    expect(articleId('a.md', new Set(['a']))).toBe('a-md');
    expect(articleId('Überblick.txt')).toBe('uberblick');
  });
});
