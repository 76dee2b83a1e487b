// Timeline events from an unseen article: dates resolved along the narrative, categories, merging, undated reports.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { resolve } from 'node:path';
import { articleFromText, articlesFromFolder } from './seed-articles.test-helper.ts';

describe('events in unseen articles', () => {
  const first = [
    'In March 2019, Philippine authorities arrested Maria Santos, a Canadian citizen.',
    'A few days later, Canadian diplomat John Keller was detained in Manila.',
    'In June 2020, Santos was released.',
    'Earlier, Canada signed a trade deal with Indonesia last month.',
  ].join(' ');
  const second =
    'Canadian citizen Maria Santos was arrested in 2019 by Philippine authorities. Keller was detained in March 2019, officials said.';
  const facts = extractFacts([
    articleFromText('fixtures/a.txt', first, {
      published: { value: '2025-11-02', precision: 'day', source: 'front-matter' },
    }),
    articleFromText('fixtures/b.txt', second),
  ]);
  const byTitle = (pattern: RegExp) => facts.events.filter((e) => pattern.test(e.title));

  it('dates an arrest and resolves "A few days later" against the previous dated sentence', () => {
    const santos = facts.events.find((e) => e.relatedIds.includes('person-maria-santos') && /arrest/.test(e.title))!;
    expect(santos).toMatchObject({ category: 'detention/consular', date: { value: '2019-03', precision: 'month' } });
    const keller = facts.events.find((e) => e.relatedIds.join() === 'person-john-keller')!;
    expect(keller.date).toEqual({ value: '2019-03', precision: 'month' });
  });

  it('merges the same event reported by two articles, keeping the more precise date and both quotes', () => {
    const santos = facts.events.find((e) => e.relatedIds.includes('person-maria-santos') && /arrest/.test(e.title))!;
    expect(santos.articleCount).toBe(2);
    expect(santos.evidence.map((e) => e.quote)).toContain(
      'Canadian citizen Maria Santos was arrested in 2019 by Philippine authorities.',
    );
  });

  it('keeps a release as its own event, after the arrest', () => {
    const release = facts.events.find((e) => /released/.test(e.title))!;
    expect(release.date).toEqual({ value: '2020-06', precision: 'month' });
    expect(facts.events.indexOf(release)).toBeGreaterThan(facts.events.findIndex((e) => /arrest/.test(e.title)));
  });

  it('puts an event whose date cannot be anchored on the timeline undated, never at a guessed date', () => {
    const deal = byTitle(/trade deal with Indonesia/)[0]!;
    expect(deal).toMatchObject({ category: 'agreement', date: null });
    expect(facts.events[facts.events.length - 1]!.date).toBeNull();
    expect(facts.unresolvedDates.some((u) => u.file === 'fixtures/a.txt' && u.phrase === 'last month')).toBe(true);
  });
});

describe('events in the development corpus: one per dated clause', () => {
  const day = (value: string) => ({ published: { value, precision: 'day' as const, source: 'front-matter' as const } });
  const datesOf = (events: { date: { value: string } | null; evidence: { quote: string }[] }[], quote: RegExp) =>
    events
      .filter((e) => e.evidence.some((x) => quote.test(x.quote)))
      .map((e) => e.date?.value ?? null)
      .sort();

  it('dates two acts of one sentence apart, each with the sentence as evidence (02_crs_us_canada_ieepa_tariffs.txt)', () => {
    const text =
      'The President subsequently paused implementation of the tariffs on February 3, imposed duties on March 4, and indefinitely suspended tariffs on goods.';
    const facts = extractFacts([articleFromText('corpus/02.txt', text, day('2025-04-14'))]);
    expect(datesOf(facts.events, /^The President subsequently paused/)).toEqual(['2025-02-03', '2025-03-04']);
  });

  it("dates an announcement by 'Today' and the trip it announces by both ends of its range (07_pmo_carney_indo_pacific_trip_announced.txt)", () => {
    const text =
      'Today, the Prime Minister, Mark Carney, announced that he will travel to Malaysia, Singapore, and the Republic of Korea, from October 24 to November 1, 2025, to deepen trade relationships in the Indo-Pacific region.';
    const facts = extractFacts([articleFromText('corpus/07.txt', text, day('2025-10-17'))]);
    expect(datesOf(facts.events, /^Today, the Prime Minister/)).toEqual(['2025-10-17', '2025-10-24', '2025-11-01']);
    expect(facts.events.find((e) => e.date?.value === '2025-10-17')!.title).toBe(
      'Mark Carney announces he will travel to Malaysia',
    );
  });

  it("gives a readout's undated announcements its day, and its meeting event the meeting's id (10_pmo_readout_carney_lee_jae_myung.txt)", () => {
    const text = [
      'Today, the Prime Minister, Mark Carney, met with the President of the Republic of Korea, Lee Jae Myung, in Gyeongju, Republic of Korea.',
      'During the meeting, the leaders announced the new Canada-Republic of Korea Security and Defence Cooperation Partnership.',
      'They also announced the conclusion of negotiations for the General Security of Information Agreement to support further defence industry cooperation.',
      'Prime Minister Carney and President Lee agreed to remain in close contact.',
    ].join(' ');
    const facts = extractFacts([articleFromText('corpus/10.txt', text, day('2025-10-30'))]);
    expect(datesOf(facts.events, /agreed to remain in close contact/)).toEqual([]);
    expect(datesOf(facts.events, /^During the meeting/)).toEqual(['2025-10-30']);
    expect(datesOf(facts.events, /^They also announced/)).toEqual(['2025-10-30']);
    const meeting = facts.meetings.find((m) => m.participants.includes('person-lee-jae-myung'))!;
    const event = facts.events.find((e) => e.relatedIds.includes(meeting.id))!;
    expect(event).toMatchObject({ category: 'meeting', date: { value: '2025-10-30' } });
  });

  it("dates 'by agreeing to launch negotiations' by the readout's day, not 'on reaching a peace agreement' (11_pmo_readout_carney_anutin.txt)", () => {
    const text = [
      'Today, the Prime Minister, Mark Carney, met with the Prime Minister of Thailand, Anutin Charnvirakul, on the margins of the Asia-Pacific Economic Cooperation (APEC) Economic Leaders’ Meeting in Gyeongju, Republic of Korea.',
      'Amid rising global uncertainty, the leaders underscored their commitment to cooperation by agreeing to launch negotiations on a bilateral free trade agreement.',
      'Thailand is Canada’s second-largest trading partner in the Association of Southeast Asian Nations (ASEAN), yet there is still tremendous room for growth, building on the Team Canada Trade Mission to Thailand earlier this year.',
      'Prime Minister Carney commended Thailand on reaching a peace agreement with Cambodia and expressed Canada’s full support for its implementation.',
    ].join(' ');
    const facts = extractFacts([articleFromText('corpus/11.txt', text, day('2025-10-30'))]);
    expect(datesOf(facts.events, /^Amid rising global uncertainty/)).toEqual(['2025-10-30']);
    expect(datesOf(facts.events, /^Prime Minister Carney commended/)).toEqual([]);
  });

  it('dates an act under way in a release by its day (23_financecanada_counter_tariffs_us.txt)', () => {
    const text = [
      'Today, the Honourable Dominic LeBlanc, Minister of Finance and Intergovernmental Affairs, and the Honourable Mélanie Joly, Minister of Foreign Affairs, announced that in response to unjustified U.S. tariffs, the Government of Canada is moving forward with 25 per cent tariffs on $155 billion worth of goods.',
      'The government is also taking steps to mitigate the impact of these countermeasures on Canadian workers and businesses by establishing a remission process to consider requests for exceptional relief from the tariffs imposed as part of our response to the U.S. applying unjustified tariffs on Canada.',
    ].join(' ');
    const facts = extractFacts([articleFromText('corpus/23.txt', text, day('2025-03-04'))]);
    expect(datesOf(facts.events, /^The government is also taking steps/)).toEqual(['2025-03-04']);
  });

  it("names each clause's kind from its own words (17_wikipedia_canada_china_trade_war.txt)", () => {
    const text =
      '- Status: Canadian tariffs implemented in October 2024, Chinese retaliatory tariffs implemented in March 2025, Both countries reach a preliminary agreement in January 2026';
    const facts = extractFacts([articleFromText('corpus/17.txt', text)]);
    const kinds = Object.fromEntries(facts.events.map((e) => [e.date?.value, e.category]));
    expect(kinds['2026-01']).toBe('agreement');
    expect(kinds['2024-10']).not.toBe('agreement');
  });

  it("dates nothing by a law's year or a birth date in parentheses (21_crs_section232_steel_aluminum.txt, 19_wikipedia_two_michaels.txt)", () => {
    const law =
      'In 2025, President Trump has expanded and increased existing steel and aluminum tariffs, imposed since 2018 under Section 232 of the Trade Expansion Act of 1962.';
    const born = 'Michael Kovrig (born February 3, 1972) is a Canadian former diplomat and geopolitical analyst.';
    const facts = extractFacts([articleFromText('corpus/21.txt', law), articleFromText('corpus/19.txt', born)]);
    const dates = facts.events.map((e) => e.date?.value);
    expect(dates).toContain('2025');
    expect(dates).not.toContain('1962');
    expect(dates).not.toContain('1972-02-03');
  });
});

describe('goal years', () => {
  it("dates no event by a target's year ('to double non-U.S. exports by 2035', seeds/001)", () => {
    const text =
      'For Prime Minister Mark Carney, the potential meeting represents an opportunity to reassert Canada’s role in Asia just as his government pushes a broader “Global Diversification Strategy” to double non-U.S. exports by 2035.';
    const facts = extractFacts([
      articleFromText('seeds/001.txt', text, {
        published: { value: '2025-10-27', precision: 'day', source: 'front-matter' },
      }),
    ]);
    expect(facts.events.map((e) => e.date?.value)).not.toContain('2035');
    expect(facts.events.map((e) => e.title).join(' | ')).not.toMatch(/non-U$|non-U\b(?!\.S\.)/);
  });
  it("keeps a past act's 'by' year ('By 1942, Canada sent an ambassador', 20_wikipedia_canada_china_relations.txt)", () => {
    const facts = extractFacts([
      articleFromText('corpus/20.txt', 'By 1942, Canada sent an ambassador to the Republic of China (ROC).'),
    ]);
    expect(facts.events.map((e) => e.date?.value)).toContain('1942');
  });
});

describe('event titles in news prose (made-up probe sentences, red team)', () => {
  const titles = (text: string, published: string) =>
    extractFacts([
      articleFromText('probe/a.txt', text, {
        published: { value: published, precision: 'day', source: 'front-matter' },
      }),
    ]).events.map((e) => `${e.date?.value} ${e.title}`);
  it("keeps a possibility's modal and dates it ahead ('Ottawa could remove … on Sept. 1')", () => {
    expect(
      titles('Ottawa could remove many of the measures on Sept. 1, though no decision has been made.', '2025-07-31'),
    ).toEqual(['2025-09-01 Ottawa could remove many of the measures']);
  });
  it('leaves an aside between subject and verb out of a fallback title, never reading a rate as the subject', () => {
    expect(
      titles(
        'The increase, from 25 per cent, was ordered by President Donald Trump in a proclamation signed late Tuesday.',
        '2025-06-04',
      ),
    ).toEqual(['2025-06-03 The increase was ordered by President Donald Trump in a proclamation']);
  });
  it('never takes a word of a known name as the verb, nor a dateline as the subject', () => {
    expect(
      titles('Ontario Premier Doug Ford said on Friday he would pause the ad campaign.', '2025-10-27').join(' '),
    ).not.toMatch(/fords/);
    expect(
      titles('WASHINGTON (Reuters) - Trump raised tariffs on Canadian goods to 35% on Friday.', '2025-08-01'),
    ).toEqual(['2025-08-01 Trump raises tariffs on Canadian goods']);
  });
  it('keeps a written amount whole once ("C$30 billion", not "C$30 30 billion")', () => {
    expect(
      titles('OTTAWA — The tariff starts with C$30 billion of U.S. goods on Tuesday, it said.', '2025-02-02').join(' '),
    ).toMatch(/C\$30 billion of U\.S\. goods/);
  });
  it('passes over a date after the first words of a fallback title, and drops dangling quotation marks (seeds/004)', () => {
    const text =
      "Kinew said earlier this month that Canada has now found itself in a 'two-front trade war' with the U.S. and China.";
    expect(titles(text, '2025-11-03')).toEqual([
      '2025-11 Kinew said that Canada has now found itself in a two-front trade war',
    ]);
  });
  it("leaves a sentence's opening phrase out of a fallback title and ends it on the first verb (20_wikipedia_canada_china_relations.txt)", () => {
    // Made-up probe sentence: the pronoun subject makes the headline give way to the clause.
    const opener = titles(
      'During the talks in Beijing, it was agreed on Friday that tariffs on canola would be cut.',
      '2026-01-18',
    );
    expect(opener).toEqual(['2026-01-16 It was agreed']);
    const relations = titles(
      'Relations between the Canadian and Chinese governments had deteriorated significantly after the detention of Huawei CFO Meng Wanzhou by Canada in 2018.',
      '2025-05-01',
    );
    expect(relations).toEqual(['2018 Relations between the Canadian and Chinese governments had deteriorated']);
  });
  it("titles a 'said … that' sentence by the reported act (made-up probe sentence after a red-team article)", () => {
    const text =
      'The ministry said in a statement that the anti-dumping investigation, launched in September last year, had been extended by six months to March 9 next year because of the complexity of the case.';
    expect(titles(text, '2025-08-12')).toContain(
      '2026-03-09 The anti-dumping investigation had been extended by six months',
    );
  });
  it("falls back to the sentence when the subject belongs to another clause ('Relations soured in 2018 after Canada detained …')", () => {
    const all = titles(
      'Relations soured in 2018 after Canada detained Huawei executive Meng Wanzhou on a U.S. warrant.',
      '2025-10-31',
    ).join(' | ');
    expect(all).not.toMatch(/Relations detains/);
  });
});

describe('merging reports across articles (made-up probe sentences)', () => {
  it('keeps two acts of one day apart when different actors do them', () => {
    const a = articleFromText(
      'probe/a.txt',
      'President Donald Trump on Thursday exempted goods from the 25% tariffs he imposed on the two countries earlier this week.',
      { published: { value: '2025-03-06', precision: 'day', source: 'front-matter' } },
    );
    const b = articleFromText(
      'probe/b.txt',
      'The government imposed 25 per cent tariffs on about $30 billion worth of American goods in March in response to Donald Trump.',
      { published: { value: '2025-08-22', precision: 'day', source: 'front-matter' } },
    );
    const events = extractFacts([a, b]).events.filter((e) => e.date?.value === '2025-03');
    expect(events.every((e) => new Set(e.evidence.map((x) => x.articleId)).size === 1)).toBe(true);
  });
});

describe('events counted from a meeting', () => {
  it("dates 'one day after the Chinese president met with Donald Trump' from the meeting the sentence is about (seeds/004)", () => {
    const facts = extractFacts(articlesFromFolder(resolve(import.meta.dirname, '../../seeds')));
    const event = facts.events.find(
      (e) =>
        e.evidence.some((x) =>
          x.quote.startsWith("Carney's APEC meeting with Xi in South Korea comes one day after"),
        ) && e.date?.value === '2025-10-30',
    );
    expect(event?.title).toBe('Chinese president meets with Donald Trump');
  });
});
