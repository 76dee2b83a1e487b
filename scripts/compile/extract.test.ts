// Runs the real extraction on the five real seed articles and checks what a reader would check.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Evidence, Measure } from '../../src/lib/dataset.ts';
import { extractFacts, type ExtractedFacts } from './extract.ts';
import { articlesFromFolder } from './seed-articles.test-helper.ts';

let articles: Article[];
let facts: ExtractedFacts;

// The first extraction loads the gazetteers and the tagger: on a shared, loaded machine that outlasts the 10 s default.
beforeAll(() => {
  articles = articlesFromFolder(resolve(import.meta.dirname, '../../seeds'));
  facts = extractFacts(articles);
}, 120_000);

function measure(imposer: string, target: string, product: string, rate?: number | null): Measure {
  const found = facts.measures.filter(
    (m) =>
      m.imposer === imposer &&
      m.target === target &&
      m.products.includes(product) &&
      (rate === undefined || m.ratePct === rate),
  );
  expect(found, `${imposer}→${target} ${product} ${rate ?? ''}`).toHaveLength(1);
  return found[0]!;
}

function quotes(evidence: readonly Evidence[]): string {
  return evidence.map((e) => e.quote).join('\n');
}

describe('extractFacts on the seeds: measures', () => {
  it("merges Canada's 100% tariff on Chinese EVs (Oct 2024) from several articles", () => {
    const ev = measure('CA', 'CN', 'electric vehicles', 100);
    expect(ev.date).toEqual({ value: '2024-10', precision: 'month' });
    expect(ev.articleCount).toBeGreaterThanOrEqual(2);
    expect(quotes(ev.evidence)).toMatch(/in October 2024/);
    expect(quotes(ev.evidence)).toMatch(/Last October/);
  });

  it('links the EV tariff to the implied US measure it followed, with the cue sentence as evidence', () => {
    const ev = measure('CA', 'CN', 'electric vehicles', 100);
    const us = facts.measures.find(
      (m) => m.imposer === 'US' && m.target === 'CN' && m.products.includes('electric vehicles'),
    )!;
    expect(us).toBeDefined();
    expect(us.ratePct).toBeNull();
    expect(ev.respondsTo).toContain(us.id);
    expect(quotes(us.evidence)).toMatch(/Biden administration’s lead|mirroring similar action by the US/);
  });

  it("finds Canada's 25% tariff on steel and aluminium, dated by 'Later that same month', and its levies on solar panels and critical minerals", () => {
    const steel = measure('CA', 'CN', 'steel', 25);
    expect(steel.products).toEqual(expect.arrayContaining(['steel', 'aluminum']));
    expect(steel.date?.value).toBe('2024-10');
    const solar = measure('CA', 'CN', 'solar panels');
    expect(solar.products).toContain('critical minerals');
  });

  it("links China's 100% levy on canola oil, meal and peas to Canada's measures as retaliation", () => {
    const oil = measure('CN', 'CA', 'canola oil', 100);
    expect(oil.products).toEqual(expect.arrayContaining(['canola oil', 'canola meal', 'peas']));
    expect(oil.date?.value).toBe('2025-03');
    expect(oil.respondsTo).toEqual(
      expect.arrayContaining([measure('CA', 'CN', 'electric vehicles', 100).id, measure('CA', 'CN', 'steel', 25).id]),
    );
  });

  it("links China's tariffs on pork and seafood to Canada's levies ('in retaliation for', 'responded with')", () => {
    const pork = measure('CN', 'CA', 'pork');
    expect(pork.products).toContain('seafood');
    expect(pork.articleCount).toBe(2);
    expect(pork.respondsTo).toContain(measure('CA', 'CN', 'electric vehicles', 100).id);
  });

  it('merges the 76% canola-seed levy (March 2025) with the August 2025 anti-dumping duties, and flags the date conflict', () => {
    const seed = measure('CN', 'CA', 'canola seed', 76);
    expect(seed.articleCount).toBe(2);
    const conflict = facts.conflicts.find((c) => c.factId === seed.id && c.field === 'date')!;
    expect(conflict).toBeDefined();
    expect(conflict.sides.map((s) => s.value)).toEqual(['2025-03', '2025-08']);
    expect(quotes(conflict.sides[0]!.evidence)).toMatch(/China retaliated in March/);
    expect(quotes(conflict.sides[1]!.evidence)).toMatch(/In August 2025, Beijing imposed anti-dumping duties/);
  });

  it('finds the US 35% tariff on all Canadian goods, 50% on steel and aluminium and 25% on automobiles', () => {
    expect(measure('US', 'CA', 'all goods', 35)).toBeDefined();
    expect(measure('US', 'CA', 'steel', 50).products).toContain('aluminum');
    expect(measure('US', 'CA', 'automobiles', 25)).toBeDefined();
  });
});

describe('extractFacts on the seeds: people, meetings, trip, events', () => {
  it('finds the people with roles and countries', () => {
    const byName = new Map(facts.people.map((p) => [p.name, p]));
    expect(byName.get('Mark Carney')).toMatchObject({ role: 'Prime Minister', country: 'CA' });
    expect(byName.get('Xi Jinping')).toMatchObject({ role: 'President', country: 'CN' });
    expect(byName.get('Li Qiang')).toMatchObject({ role: 'Premier', country: 'CN' });
    for (const name of [
      'Anita Anand',
      'Wang Yi',
      'Donald Trump',
      'Anwar Ibrahim',
      'Lawrence Wong',
      'Lee Jae Myung',
      'Anthony Albanese',
      'Christopher Luxon',
      'Justin Trudeau',
      'Meng Wanzhou',
      'Michael Kovrig',
      'Michael Spavor',
      'Scott Moe',
      'Wab Kinew',
      'Kody Blois',
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(facts.people.some((p) => /New Zealand|Biden/.test(p.name))).toBe(false);
  });

  it("flags 'Kovring' as a spelling conflict on Michael Kovrig", () => {
    const kovrig = facts.people.find((p) => p.name === 'Michael Kovrig')!;
    expect(kovrig.aliases).toContain('Michael Kovring');
    const conflict = facts.conflicts.find((c) => c.factId === kovrig.id && c.field === 'name')!;
    expect(conflict.sides.map((s) => s.value)).toEqual(['Michael Kovrig', 'Michael Kovring']);
  });

  it('holds the Carney–Xi meeting of 31 Oct 2025 at APEC in Gyeongju, held, 40 minutes, with planned reports merged in', () => {
    const meeting = facts.meetings.find(
      (m) => m.participants.join() === 'person-mark-carney,person-xi-jinping' && m.date?.value === '2025-10-31',
    )!;
    expect(meeting).toMatchObject({
      status: 'held',
      place: 'place-kr-gyeongju',
      occasion: 'APEC summit',
      durationMinutes: 40,
    });
    expect(meeting.articleCount).toBe(5);
    expect(quotes(meeting.evidence)).toMatch(/hopes to meet Chinese President Xi Jinping next week/);
  });

  it('finds the planned meetings of the trip and the earlier Trudeau–Xi meetings', () => {
    const pairs = facts.meetings.map(
      (m) => `${m.participants.join('+')}@${m.place}:${m.status}:${m.date?.value ?? ''}`,
    );
    expect(pairs).toContain('person-anwar-ibrahim+person-mark-carney@place-my-kuala-lumpur:planned:');
    expect(pairs).toContain('person-lawrence-wong+person-mark-carney@place-sg-singapore:planned:');
    expect(
      pairs.some((p) => p.startsWith('person-anthony-albanese+person-christopher-luxon+person-mark-carney@place-kr-')),
    ).toBe(true);
    expect(pairs).toContain('person-li-qiang+person-mark-carney@place-us-new-york:held:2025-09');
    expect(pairs).toContain('person-anita-anand+person-wang-yi@place-cn-beijing:held:');
    expect(
      pairs.filter((p) => p.startsWith('person-justin-trudeau+person-xi-jinping')).map((p) => p.split(':')[2]),
    ).toEqual(['2017', '2019', '2022']);
    expect(pairs.some((p) => p.startsWith('person-donald-trump+person-xi-jinping@place-kr-gyeongju:held'))).toBe(true);
  });

  it('builds the trip Ottawa → Kuala Lumpur → Singapore → Gyeongju with meetings per stop', () => {
    expect(facts.trip.traveller).toBe('person-mark-carney');
    expect(facts.trip.stops.map((s) => s.place)).toEqual([
      'place-ca-ottawa',
      'place-my-kuala-lumpur',
      'place-sg-singapore',
      'place-kr-gyeongju',
    ]);
    expect(quotes(facts.trip.stops[0]!.evidence)).toMatch(/departs|embarks/);
    const gyeongju = facts.trip.stops[3]!;
    expect(gyeongju.arrive?.value).toBe('2025-10-31');
    expect(gyeongju.meetings.length).toBeGreaterThanOrEqual(2);
    for (const stop of facts.trip.stops)
      for (const id of stop.meetings) expect(facts.meetings.some((m) => m.id === id)).toBe(true);
  });

  it('dates events from 2017 to November 2025, with their categories', () => {
    const dated = facts.events.filter((e) => e.date).map((e) => `${e.date!.value} ${e.category}`);
    for (const expected of [
      '2017 meeting',
      '2018-12 detention/consular',
      '2021-09 detention/consular',
      '2025-03 detention/consular',
      '2024-10 trade measure',
      '2025-03 trade measure',
      '2025-08 trade measure',
      '2025-09 meeting',
      '2025-10-31 meeting',
    ]) {
      expect(dated, expected).toContain(expected);
    }
    const kovrigArrest = facts.events.find(
      (e) => e.date?.value === '2018-12' && e.relatedIds.includes('person-michael-kovrig'),
    )!;
    expect(kovrigArrest.title).toMatch(/arrested/);
    expect(facts.events.some((e) => e.category === 'agreement' && /Indonesia/.test(e.title))).toBe(true);
    for (const event of facts.events)
      for (const id of event.relatedIds) expect(id).toMatch(/^(measure|meeting|person)-/);
  });
});

describe('extractFacts: the guarantees every fact keeps', () => {
  it('quotes exactly the text its evidence points to, from a real article, and counts distinct articles', () => {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    const all = [...facts.measures, ...facts.people, ...facts.places, ...facts.meetings, ...facts.events];
    expect(all.length).toBeGreaterThan(50);
    for (const fact of all) {
      expect(fact.provenance).toBe('extracted');
      expect(fact.evidence.length, fact.id).toBeGreaterThan(0);
      for (const e of fact.evidence) expect(texts.get(e.articleId)!.slice(e.start, e.end)).toBe(e.quote);
      expect(fact.articleCount).toBe(new Set(fact.evidence.map((e) => e.articleId)).size);
    }
  });

  it('gives places coordinates from the gazetteer (cities) or Natural Earth (countries)', () => {
    const gyeongju = facts.places.find((p) => p.id === 'place-kr-gyeongju')!;
    expect(gyeongju.coordinatesSource).toBe('geonames');
    expect(gyeongju.lat).toBeCloseTo(35.84, 1);
    expect(gyeongju.lon).toBeCloseTo(129.21, 1);
    const ottawa = facts.places.find((p) => p.id === 'place-ca-ottawa')!;
    expect(ottawa.lat).toBeCloseTo(45.41, 1);
    for (const country of facts.places.filter((p) => p.kind === 'country'))
      expect(country.coordinatesSource).toBe('natural-earth');
  });

  it('sorts every array and derives ids from content: same facts whatever the article order', () => {
    const again = extractFacts([...articles].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(facts));
    for (const list of [facts.measures, facts.people, facts.places, facts.conflicts])
      expect(list.map((f) => f.id)).toEqual([...list.map((f) => f.id)].sort());
    expect(new Set(facts.measures.map((m) => m.id)).size).toBe(facts.measures.length);
  });

  it('reports relative dates it cannot anchor instead of guessing them', () => {
    // Article 001: "confirmed on Thursday" with no publication date and no phrase that dates a fact known elsewhere.
    expect(
      facts.unresolvedDates.some(
        (u) => u.phrase === 'on Thursday' && u.file.startsWith('001') && /no known publication date/.test(u.message),
      ),
    ).toBe(true);
    for (const entry of facts.unresolvedDates) expect(articles.some((a) => a.file === entry.file)).toBe(true);
  });
});

describe('extractFacts on the seeds: summit hosts', () => {
  it('places the G20 in South Africa at the Natural Earth centroid, read from the text', () => {
    const southAfrica = facts.places.find((p) => p.id === 'place-za-south-africa')!;
    expect(southAfrica).toMatchObject({ kind: 'country', country: 'ZA', coordinatesSource: 'natural-earth' });
    expect(southAfrica.lat).toBeLessThan(-20);
    expect(southAfrica.lon).toBeGreaterThan(15);
    expect(southAfrica.evidence[0]!.quote).toMatch(/G20 Summit in South Africa/);
  });
});

describe('extractFacts: edge cases', () => {
  it('gives byte-identical facts whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    const runs: string[] = [];
    for (const tz of ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/St_Johns']) {
      process.env.TZ = tz;
      const facts = extractFacts(articles);
      // The inferred publication windows too (a Map, which JSON.stringify would write as {}).
      runs.push(JSON.stringify({ ...facts, publications: [...facts.publications] }));
    }
    process.env.TZ = saved;
    expect(new Set(runs).size).toBe(1);
  });

  it('returns empty, well-formed facts for no articles and for an article with no sentences', () => {
    for (const input of [[], [{ ...articles[0]!, id: 'empty', file: 'empty.txt', text: '', sentences: [] }]]) {
      const empty = extractFacts(input);
      expect(empty).toMatchObject({
        measures: [],
        people: [],
        places: [],
        meetings: [],
        events: [],
        conflicts: [],
        unresolvedDates: [],
      });
      expect(empty.trip).toEqual({ traveller: null, title: '', stops: [] });
    }
  });
});
