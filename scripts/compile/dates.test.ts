import { describe, expect, it } from 'vitest';
import type { FactDate } from '../../src/lib/dataset.ts';
import { compareFactDates, datesCompatible } from './calendar.ts';
import { findDates, type DateContext } from './dates.ts';

const day = (value: string): FactDate => ({ value, precision: 'day' });
const month = (value: string): FactDate => ({ value, precision: 'month' });
const year = (value: string): FactDate => ({ value, precision: 'year' });
const context = (published: FactDate | null, previous: FactDate | null = null, flashback = false): DateContext => ({
  published,
  previous,
  flashback,
});

function first(sentence: string, ctx: DateContext) {
  const found = findDates(sentence, ctx);
  expect(found.length, `a date in "${sentence}"`).toBeGreaterThan(0);
  return found[0]!;
}

describe('findDates', () => {
  const cases: {
    name: string;
    sentence: string;
    ctx: DateContext;
    phrase: string;
    value: string | null;
    precision?: string;
    anchor?: string | null;
  }[] = [
    {
      name: "reads 'last October' as the October before the reference month, not the nearest one",
      sentence: 'Last October, Canada imposed a tariff.',
      ctx: context(day('2025-11-02')),
      phrase: 'Last October',
      value: '2025-10',
      anchor: 'publication',
    },
    {
      name: "reads 'last October' in October as the previous year's",
      sentence: 'Last October, Canada imposed a tariff.',
      ctx: context(day('2025-10-20')),
      phrase: 'Last October',
      value: '2024-10',
    },
    {
      name: "reads 'last October' against a year-only publication date as the previous year's October",
      sentence: 'Last October, Canada followed the lead.',
      ctx: context(year('2025')),
      phrase: 'Last October',
      value: '2024-10',
      precision: 'month',
    },
    {
      name: "puts a past-tense 'on Friday' before the publication date",
      sentence: 'Xi met with Carney on Friday, with the leaders vowing to advance relations.',
      ctx: context(day('2025-11-02')),
      phrase: 'on Friday',
      value: '2025-10-31',
      precision: 'day',
    },
    {
      name: "puts a future 'departs Friday' after the publication date",
      sentence: 'Carney departs Friday for a week-long trip.',
      ctx: context(day('2025-10-23')),
      phrase: 'Friday',
      value: '2025-10-24',
    },
    {
      name: "reads 'last Friday' on a Friday as a week before",
      sentence: 'They spoke last Friday.',
      ctx: context(day('2025-10-31')),
      phrase: 'last Friday',
      value: '2025-10-24',
    },
    {
      name: "reads 'next Tuesday' forward even in a past-tense sentence",
      sentence: 'Officials said talks would resume next Tuesday.',
      ctx: context(day('2025-10-31')),
      phrase: 'next Tuesday',
      value: '2025-11-04',
    },
    {
      name: "resolves a bare past month against the publication year ('in March' → the March before)",
      sentence: 'Joly confirmed in March that four Canadians were sentenced.',
      ctx: context(day('2025-10-27')),
      phrase: 'March',
      value: '2025-03',
      precision: 'month',
    },
    {
      name: "resolves 'in March' without a publication date against the previous date of the narrative (the next March)",
      sentence: 'China retaliated in March by imposing tariffs.',
      ctx: context(null, month('2024-10')),
      phrase: 'March',
      value: '2025-03',
      anchor: 'narrative',
    },
    {
      name: "resolves 'Later that same month' to the month of the previous dated sentence",
      sentence: 'Later that same month, Canada placed a 25% tariff on Chinese steel.',
      ctx: context(null, month('2024-10')),
      phrase: 'Later that same month',
      value: '2024-10',
      anchor: 'narrative',
    },
    {
      name: "resolves 'A few days later' to the previous date's month",
      sentence: 'A few days later, Canadians Michael Kovrig and Michael Spavor were arrested.',
      ctx: context(year('2025'), month('2018-12')),
      phrase: 'A few days later',
      value: '2018-12',
    },
    {
      name: "resolves 'earlier this month' to the publication month",
      sentence: 'His foreign minister visited earlier this month.',
      ctx: context(day('2025-10-23')),
      phrase: 'earlier this month',
      value: '2025-10',
      precision: 'month',
    },
    {
      name: "resolves 'last month' to the month before publication",
      sentence: 'Carney met Li Qiang in New York last month.',
      ctx: context(day('2025-10-23')),
      phrase: 'last month',
      value: '2025-09',
    },
    {
      name: "resolves 'next week' to the month of the following week",
      sentence: 'Carney hopes to meet Xi next week.',
      ctx: context(day('2025-10-27')),
      phrase: 'next week',
      value: '2025-11',
    },
    {
      name: 'gives a week that straddles two months only its year',
      sentence: 'Carney hopes to meet Ishiba next week.',
      ctx: context(day('2025-10-26')),
      phrase: 'next week',
      value: '2025',
      precision: 'year',
    },
    {
      name: 'keeps an explicit month and year at month precision',
      sentence: 'In December 2018, Canadian officials arrested Meng Wanzhou.',
      ctx: context(null),
      phrase: 'December 2018',
      value: '2018-12',
      precision: 'month',
      anchor: 'explicit',
    },
    {
      name: "gives 'in 2018' year precision",
      sentence: 'They were taken into custody in 2018.',
      ctx: context(null),
      phrase: '2018',
      value: '2018',
      precision: 'year',
    },
    {
      name: 'reads a range with its start day',
      sentence: 'The APEC summit in Gyeongju runs from Oct. 31 to Nov. 1, officials said.',
      ctx: context(day('2025-10-23')),
      phrase: 'Oct. 31 to Nov. 1',
      value: '2025-10-31',
      precision: 'day',
    },
  ];
  for (const test of cases) {
    it(test.name, () => {
      const found = first(test.sentence, test.ctx);
      expect(found.phrase).toBe(test.phrase);
      expect(found.date?.value ?? null).toBe(test.value);
      if (test.precision) expect(found.date?.precision).toBe(test.precision);
      if (test.anchor !== undefined) expect(found.anchor).toBe(test.anchor);
      expect(test.sentence.slice(found.start, found.end)).toBe(found.phrase);
    });
  }

  it('leaves a weekday unresolved, with the reason, when the publication date is unknown', () => {
    const found = first('The two leaders met for 40 minutes on Friday.', context(null, month('2024-10')));
    expect(found.date).toBeNull();
    expect(found.unresolved).toMatch(/no known publication date/);
  });

  it('leaves a weekday unresolved when the publication date is known only to the year', () => {
    expect(first('He is set to travel to Singapore on Tuesday.', context(year('2025'))).unresolved).toMatch(
      /only to the year/,
    );
  });

  it("does not anchor deictic phrases in a flashback ('Earlier, …') on the publication date", () => {
    const found = first(
      'Last month, Canada signed a trade deal with Indonesia.',
      context(day('2025-11-02'), null, true),
    );
    expect(found.date).toBeNull();
    expect(found.unresolved).toMatch(/Earlier/);
  });

  it("marks 'since 2017' and 'by 2035' as bounds, not the date of the sentence's event", () => {
    const found = findDates(
      'It was the first meeting since 2017, with a goal set for 2035 reached by 2035.',
      context(null),
    );
    expect(found.filter((d) => d.role === 'bound').map((d) => d.phrase)).toEqual(['2017', '2035']);
  });

  it('does not read a duration or the verb "may" as a date, nor guess a day-month order', () => {
    expect(
      findDates(
        'Carney departs for a week-long trip; removing them may undermine talks.',
        context(day('2025-10-23')),
      ).map((d) => d.phrase),
    ).toEqual([]);
    expect(findDates('02-11-2025 DODOMA: Tanzania’s opposition said.', context(null))).toEqual([]);
  });

  it('gives the same results in every time zone', () => {
    const sentence =
      'Xi met with Carney on Friday; Last October, Canada imposed tariffs; earlier this month, talks resumed.';
    const saved = process.env.TZ;
    const results: string[] = [];
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      results.push(JSON.stringify(findDates(sentence, context(day('2025-11-02')))));
    }
    process.env.TZ = saved;
    expect(new Set(results).size).toBe(1);
  });
});

describe('findDates on the development corpus', () => {
  const read = (sentence: string, ctx: DateContext) =>
    findDates(sentence, ctx).map((d) => [d.phrase, d.date?.value ?? null, d.endDate?.value ?? null]);

  it("reads Wikipedia's glued 'February3' and 'March4' against the narrative (18_wikipedia_us_trade_war_canada_mexico.txt)", () => {
    expect(
      read(
        "The U.S. tariffs took effect on March4; Canada's retaliatory tariffs began simultaneously.",
        context(null, day('2025-02-03')),
      ),
    ).toEqual([['March4', '2025-03-04', null]]);
    expect(
      read(
        'On March6, Trump exempted goods compliant with the United States–Mexico–Canada Agreement (USMCA) from tariffs.',
        context(null, day('2025-03-04')),
      ),
    ).toEqual([['March6', '2025-03-06', null]]);
  });

  it("takes a chronology heading's year for the bare dates below it (17_wikipedia_canada_china_trade_war.txt)", () => {
    expect(read('=== 2025 ===', context(null))).toEqual([['=== 2025 ===', '2025', null]]);
    expect(
      read(
        "- 8 March: China's Customs Tariff Commission of the State Council announced retaliatory tariffs.",
        context(null, year('2025')),
      ),
    ).toEqual([['8 March', '2025-03-08', null]]);
  });

  it("gives 'From January to April 2025' the year written at its end (27_wikipedia_tariffs_second_trump.txt)", () => {
    expect(
      read(
        'From January to April 2025, the overall average effective US tariff rate rose from 2.5% to an estimated 27%.',
        context(null, year('2024')),
      ),
    ).toEqual([['January to April 2025', '2025-01', '2025-04']]);
  });

  it("reads 'From 2018 to 2022' as a range of years (21_crs_section232_steel_aluminum.txt)", () => {
    expect(
      read('From 2018 to 2022, the United States negotiated country exemptions (see Figure 1).', context(null)),
    ).toEqual([['From 2018 to 2022', '2018', '2022']]);
  });

  it("reads 'On the morning of January 16' as that day (15_mfa_xi_meets_carney_beijing.txt)", () => {
    expect(
      read(
        'On the morning of January 16, President Xi Jinping met with Canadian Prime Minister Mark Carney.',
        context(day('2026-01-16')),
      ),
    ).toEqual([['January 16', '2026-01-16', null]]);
  });

  it("puts 'May 12' in the publication's own month when only the month is known (26_usda_fas_china_tariffs_may12.txt)", () => {
    expect(
      read(
        'On May 12, the United States and the People’s Republic of China jointly announced a reduction of Chinese tariffs.',
        context(month('2025-05')),
      ),
    ).toEqual([['May 12', '2025-05-12', null]]);
  });

  it("reads 'look forward to meeting … in October' as ahead (29_pmo_call_carney_wong.txt)", () => {
    const sentence =
      'Prime Minister Carney and Prime Minister Wong welcomed progress toward a Canada-ASEAN free trade agreement and look forward to meeting at the ASEAN Summit in Malaysia in October.';
    expect(read(sentence, context(day('2025-07-29')))).toEqual([['October', '2025-10', null]]);
  });

  it("reads no range into a dateline run into 'Today' (14_pmo_readout_carney_li_qiang.txt)", () => {
    const [mention] = findDates(
      'CANADA, January 15 - Today, the Prime Minister, Mark Carney, met with the Premier of the People’s Republic of China, Li Qiang.',
      context(day('2026-01-15')),
    );
    expect([mention!.date?.value, mention!.endDate]).toEqual(['2026-01-15', null]);
  });

  it("reads a present 'goes into effect' as ahead of a past 'announced' (22_whitehouse_factsheet_canada_35pct.txt, its year dropped as a news report writes it)", () => {
    expect(
      read('The higher tariff, announced on July 31, goes into effect on August 1.', context(day('2025-07-31'))),
    ).toEqual([
      ['July 31', '2025-07-31', null],
      ['August 1', '2025-08-01', null],
    ]);
  });

  it("reads 'is expected to' as a plan though 'expected' looks past (no corpus sentence has it: written as a wire report would)", () => {
    expect(
      read(
        'In return, China is expected to lower tariffs on Canadian canola seed by March 1.',
        context(day('2026-01-16')),
      ),
    ).toEqual([['March 1', '2026-03-01', null]]);
  });

  it("reads no past tense into 'canola seed' (seeds: 'China retaliated in March by imposing tariffs … canola seed imports')", () => {
    // The tense comes from "retaliated", before the date; "seed" after it is a noun.
    expect(
      read(
        'China will retaliate in March by imposing tariffs on Canadian canola seed imports.',
        context(day('2025-10-27')),
      ),
    ).toEqual([['March', '2026-03', null]]);
    expect(
      read(
        'China retaliated in March by imposing tariffs on Canadian canola seed imports.',
        context(day('2025-10-27')),
      ),
    ).toEqual([['March', '2025-03', null]]);
  });

  it("resolves 'the next day' from the previous day and leaves 'one day after <event>' to the event it counts from", () => {
    expect(read('The next day, the two leaders met again.', context(null, day('2025-10-30')))).toEqual([
      ['The next day', '2025-10-31', null],
    ]);
    // seeds/004: the day comes from the meeting the sentence is about (events.ts), not from the narrative.
    const [after] = findDates(
      "Carney's APEC meeting with Xi in South Korea comes one day after the Chinese president met with Donald Trump.",
      context(null, year('2018')),
    );
    expect(after).toMatchObject({ phrase: 'one day after', date: null, relativeDays: -1 });
  });
});

describe('future clauses in news prose (made-up probe sentences, red team)', () => {
  const at = (sentence: string, published: string, phrase: string) =>
    findDates(sentence, context(day(published), day('2024-10-01'))).find((d) => d.phrase.includes(phrase))?.date?.value;
  it("reads a participle after a modal and 'be' as the future ('will be reduced … from Aug. 1')", () => {
    expect(at('The higher rate will be reduced to 10% from Aug. 1.', '2025-07-20', 'Aug')).toBe('2025-08-01');
    expect(at('Tariffs on Canadian peas will be lifted on March 1.', '2026-01-16', 'March')).toBe('2026-03-01');
  });
  it("does not count an adjective after a possessive ('its combined tariff') as a past verb", () => {
    expect(
      at(
        'Carney said Beijing would lower its combined tariff on canola seed to about 15% by March 1.',
        '2026-01-16',
        'March',
      ),
    ).toBe('2026-03-01');
  });
  it("reads 'is due to', 'would have imposed' and 'is scheduled to' as plans", () => {
    expect(
      at("Carney is due to host the G7 leaders' summit in Kananaskis from June 15 to 17.", '2025-06-04', 'June'),
    ).toBe('2025-06-15');
    expect(
      at(
        'The tariffs, announced on Saturday, would have imposed a 25% levy on most Canadian imports from Tuesday.',
        '2025-02-03',
        'Tuesday',
      ),
    ).toBe('2025-02-04');
    expect(at('Joly is scheduled to meet auto executives in Windsor on Thursday.', '2026-01-20', 'Thursday')).toBe(
      '2026-01-22',
    );
  });
  it("takes the month nearest the publication for a plan under a past verb ('accepted an invitation … to visit China in January')", () => {
    expect(
      at('He said he had accepted an invitation from Xi to visit China in January.', '2025-10-31', 'January'),
    ).toBe('2026-01');
    expect(at('He said he had agreed to visit China in January.', '2026-02-10', 'January')).toBe('2026-01');
    // An aspectual verb's infinitive is the past act itself.
    expect(at('China began to collect the duties on Jan. 5.', '2025-12-10', 'Jan')).toBe('2025-01-05');
  });
  it("moves '<date> next year' to the year after the publication", () => {
    expect(at('China extended the anti-dumping investigation to March 9 next year.', '2025-08-12', 'March')).toBe(
      '2026-03-09',
    );
  });
  it('keeps a finite past verb past', () => {
    expect(at('China retaliated on March 8 with tariffs on canola oil.', '2025-06-04', 'March')).toBe('2025-03-08');
    expect(at('Ottawa imposed the duties from Oct. 1.', '2025-06-04', 'Oct')).toBe('2024-10-01');
  });
  it("reads a start date after a past verb ('announced a surtax, effective Oct. 15') as the start nearest the report", () => {
    expect(
      at(
        'The minister announced a 25 per cent surtax on imported Chinese steel, effective Oct. 15.',
        '2024-08-26',
        'Oct',
      ),
    ).toBe('2024-10-15');
    // Published after the start, the same words look back.
    expect(
      at(
        'The minister announced a 25 per cent surtax on imported Chinese steel, effective Oct. 15.',
        '2024-11-20',
        'Oct',
      ),
    ).toBe('2024-10-15');
    expect(
      at(
        'Beijing set a 40 per cent deposit on Canadian rubber, starting Aug. 14, the ministry said.',
        '2025-08-12',
        'Aug',
      ),
    ).toBe('2025-08-14');
  });
  it("reads no date of its own in someone's month-named act ('after the premier's January visit')", () => {
    const ctx = context(day('2026-02-27'));
    expect(findDates("Beijing said it would drop the duties after the premier's January visit.", ctx)).toEqual([]);
    expect(findDates('Beijing said it would drop the duties after a visit in January.', ctx)[0]?.date).toBeTruthy();
  });
  it("reads no date in a contract month ('ICE November canola futures fell'), but keeps a dated one", () => {
    const ctx = context(day('2025-08-12'));
    expect(findDates('ICE November canola futures fell 6 per cent after the announcement.', ctx)).toEqual([]);
    expect(findDates('Canola futures fell on November 3 after the announcement.', ctx)[0]?.date).toEqual(
      day('2024-11-03'),
    );
  });
  it("does not count 'hours after Carney met Xi' from the article's last date; 'two days later' still does", () => {
    const ctx = context(day('2026-01-16'), month('2026-03'));
    expect(findDates('The pact comes hours after the prime minister met the president.', ctx)).toEqual([]);
    expect(
      first('Two days later, the ministry confirmed the cut.', context(day('2026-01-20'), day('2026-01-10'))).date,
    ).toEqual(month('2026-01'));
  });
  it("reads 'from Thursday' after a past verb as the nearer Thursday; 'took effect on Thursday' stays past", () => {
    // Published on a Tuesday: Thursday comes in two days, the one before was five days ago.
    expect(at('Beijing has set a provisional duty on Canadian canola from Thursday.', '2025-08-12', 'Thursday')).toBe(
      '2025-08-14',
    );
    expect(at('The provisional duty on Canadian canola took effect on Thursday.', '2025-08-12', 'Thursday')).toBe(
      '2025-08-07',
    );
  });
});

describe('date comparison', () => {
  it('treats a month and a day inside it as compatible, and different months as not', () => {
    expect(datesCompatible(month('2025-03'), day('2025-03-14'))).toBe(true);
    expect(datesCompatible(month('2025-03'), month('2025-08'))).toBe(false);
    expect(datesCompatible(null, month('2025-08'))).toBe(true);
  });
  it('orders dates chronologically with undated last', () => {
    const dates = [null, month('2025-03'), year('2017'), day('2025-10-31')];
    expect([...dates].sort(compareFactDates)).toEqual([year('2017'), month('2025-03'), day('2025-10-31'), null]);
  });
});
