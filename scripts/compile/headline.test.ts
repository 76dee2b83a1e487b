// Headlines and the clause a date dates, on real development-corpus sentences (each names its file).
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';
import { actionOfDate, clauseAtVerb, clauseHeadline, presentTense } from './headline.ts';
import { tokenize } from './nlp.ts';

/** Every date phrase of the sentence with the headline of the clause it dates. */
function headlines(sentence: string, previous: string | null = null, published: string | null = null) {
  const dates = findDates(sentence, {
    published: published ? { value: published, precision: 'day' } : null,
    previous: previous
      ? { value: previous, precision: previous.length === 4 ? 'year' : previous.length === 7 ? 'month' : 'day' }
      : null,
    flashback: false,
  });
  const spans = dates.map((d) => ({ start: d.start, end: d.end }));
  return dates.map((d) => {
    const clause = actionOfDate(sentence, d, spans);
    return { date: d.date?.value ?? null, title: clause ? clauseHeadline(sentence, clause, spans) : null };
  });
}

describe('clause headlines', () => {
  it('gives each date of a sentence the verb it follows (02_crs_us_canada_ieepa_tariffs.txt)', () => {
    const sentence =
      'The President subsequently paused implementation of the tariffs on February 3, imposed duties on March 4, and indefinitely suspended tariffs on goods compliant with the United States-Mexico-Canada Agreement (USMCA; P.L.';
    expect(headlines(sentence, '2025-02-01')).toEqual([
      { date: '2025-02-03', title: 'President pauses implementation of the tariffs' },
      { date: '2025-03-04', title: 'President imposes duties' },
    ]);
  });

  it('reads past a semicolon inside parentheses to the verb a date follows (02_crs_us_canada_ieepa_tariffs.txt)', () => {
    const sentence =
      'The President subsequently paused implementation of the tariffs on February 3, imposed duties on March 4, and indefinitely suspended tariffs on goods compliant with the United States-Mexico-Canada Agreement (USMCA; P.L. 116-113) on March 7.';
    expect(headlines(sentence, '2025-02-01')[2]).toEqual({
      date: '2025-03-07',
      title: 'President suspends tariffs on goods compliant with the United States-Mexico-Canada Agreement',
    });
  });

  it('reads a verb the tagger calls an adjective after a modal, and a participle after a possessive as a modifier (made-up probe sentence)', () => {
    const sentence =
      'Carney said Beijing would lower its combined tariff on canola seed to about 15% by March 1, down from roughly 85% now.';
    expect(headlines(sentence, null, '2026-01-16')[0]).toEqual({
      date: '2026-03-01',
      title: 'Beijing to lower its combined tariff on canola seed',
    });
  });

  it("reads a report without 'that' as announcing a clause ('announced Canada would impose …', made-up probe sentence)", () => {
    const sentence =
      'Trudeau announced Canada would impose 25 per cent tariffs on U.S. goods, starting with C$30 billion, on Tuesday.';
    const tokens = tokenize(sentence);
    const clause = clauseAtVerb(
      sentence,
      tokens.findIndex((t) => t.text === 'announced'),
      [],
    );
    expect(clauseHeadline(sentence, clause, [])).toBe(
      'Trudeau announces Canada will impose 25 per cent tariffs on U.S. goods',
    );
  });

  it("reads a participle after a preposition as a modifier, not the dated verb ('tariffs on imported steel', made-up probe sentence)", () => {
    const sentence =
      'OTTAWA — The United States doubled its tariffs on imported steel and aluminum to 50 per cent on Wednesday, a move that industry leaders warned could wipe out jobs.';
    expect(headlines(sentence, null, '2025-06-04')[0]).toEqual({
      date: '2025-06-04',
      title: 'United States doubles its tariffs on imported steel and aluminum',
    });
  });

  it('takes the name of an apposition as the subject (16_pmo_strategic_partnership_china.txt)', () => {
    const sentence =
      'To forge a new Canada-China partnership, the Prime Minister, Mark Carney, visited Beijing, the People’s Republic of China, this week.';
    expect(headlines(sentence, null, '2026-01-16')).toEqual([{ date: '2026-01', title: 'Mark Carney visits Beijing' }]);
  });

  it("dates the clause after a chronology item's colon (17_wikipedia_canada_china_trade_war.txt)", () => {
    const sentence =
      '- 1 October: Canada implemented a 100% tariff on Chinese electric vehicles, mirroring similar protectionist measures previously enacted by the United States and European Union.';
    expect(headlines(sentence, '2024')).toEqual([
      { date: '2024-10-01', title: 'Canada implements a 100% tariff on Chinese electric vehicles' },
    ]);
  });

  it('reads past an aside opened by "one day before" to the main verb (18_wikipedia_us_trade_war_canada_mexico.txt)', () => {
    const sentence =
      'On February3, one day before they were set to take effect, both leaders negotiated a one-month delay for the tariffs.';
    expect(headlines(sentence, '2025-02-01').filter((h) => h.date)).toEqual([
      { date: '2025-02-03', title: 'Both leaders negotiate a one-month delay for the tariffs' },
    ]);
  });

  it('keeps a negation and dates a when-clause by its own verb (20_wikipedia_canada_china_relations.txt)', () => {
    const sentence =
      "The Chinese Communist Party (CCP)'s victory in the Chinese Civil War and subsequent proclamation of the People's Republic of China (PRC) in 1949 did not break the relations with the Republic of China until 1970 when Pierre Trudeau's Canada recognized the PRC.";
    const [y1949, y1970] = headlines(sentence);
    expect(y1949!.title).toMatch(/does not break the relations/);
    expect(y1970!.title).toMatch(/recognizes the PRC$/);
  });

  it('makes what was announced the object of "announced that …" (19_wikipedia_two_michaels.txt)', () => {
    const sentence =
      'On September 24, 2021, Canadian Prime Minister Justin Trudeau announced that Kovrig and Spavor had been released from detention in China after 1,019 days, shortly after Meng was released from house arrest in Canada.';
    expect(headlines(sentence)[0]!.title).toBe(
      'Canadian Prime Minister Justin Trudeau announces Kovrig and Spavor released from detention in China',
    );
  });

  it('keeps a participle after a measure noun and a rate cut at "per" (01_financecanada_surtax_final_list.txt)', () => {
    const title =
      'Government announces final list of Chinese-made steel and aluminum products subject to 25 per cent tariff; 100 per cent tariff on Chinese-made EVs in force starting today';
    expect(headlines(title, null, '2024-10-01')).toEqual([{ date: '2024-10-01', title: '100 per cent tariff starts' }]);
    const status =
      '- Status: Canadian tariffs implemented in October 2024, Chinese retaliatory tariffs implemented in March 2025, Both countries reach a preliminary agreement in January 2026';
    expect(headlines(status).map((h) => h.title)).toEqual([
      'Canadian tariffs implemented',
      'Chinese retaliatory tariffs implemented',
      'Both countries reach a preliminary agreement',
    ]);
  });

  it('never ends a headline with an ellipsis or a dangling preposition (06_mofcom_canola_preliminary_ruling.txt)', () => {
    const sentence =
      'The preliminary ruling was announced on August 12, 2025, and provisional anti-dumping measures would be implemented.';
    expect(headlines(sentence)).toEqual([{ date: '2025-08-12', title: 'Preliminary ruling announced' }]);
  });

  it("reads a participle after a noun inside a prepositional phrase as that noun's (02_crs_us_canada_ieepa_tariffs.txt)", () => {
    const sentence =
      'While these IEEPA tariffs remain in effect, Canada is exempt from the 10% U.S. universal tariffs implemented on April 5.';
    expect(headlines(sentence, null, '2025-04-14')).toEqual([
      { date: '2025-04-05', title: '10% U.S. universal tariffs implemented' },
    ]);
  });

  it('names the person before a title in apposition, without the honorific (01_financecanada_surtax_final_list.txt)', () => {
    const sentence =
      'Today, the Honourable Chrystia Freeland, Deputy Prime Minister and Minister of Finance, announced the final list of steel and aluminum products from China that will be subject to the 25 per cent surtax, effective October 22, 2024.';
    expect(headlines(sentence, null, '2024-10-01')[0]).toEqual({
      date: '2024-10-01',
      title: 'Chrystia Freeland announces the final list of steel and aluminum products from China',
    });
  });

  it('reads "in May" before the verb as the month, not the modal (made-up news-style sentence)', () => {
    const [may] = headlines(
      'The U.S. president in May announced new tariffs on Chinese electric vehicles.',
      null,
      '2024-08-26',
    );
    expect(may!.title).toBe('U.S. president announces new tariffs on Chinese electric vehicles');
  });

  it('keeps "no longer" in the headline (made-up news-style sentence)', () => {
    const [march] = headlines('Canadian pork will no longer face Chinese tariffs from March.', null, '2026-01-16');
    expect(march!.title).toBe('Canadian pork to no longer face Chinese tariffs');
  });

  it('does not take a condition for what was announced (23_financecanada_counter_tariffs_us.txt)', () => {
    const sentence =
      'Minister LeBlanc also announced that, should the U.S. continue to apply unjustified tariffs on Canada, the government intends to impose additional countermeasures on $125 billion in imports from the U.S., drawing from a list of goods open for a 21-day comment period, which would bring the scope of countermeasures to a total of $155 billion worth of products.';
    const announced = tokenize(sentence).findIndex((t) => t.text === 'announced');
    expect(clauseHeadline(sentence, clauseAtVerb(sentence, announced, []), [])).toBe('Minister LeBlanc announces');
  });

  it("keeps the subject of a coordinated verb past a reporting verb and a possessive noun (seeds/002: 'followed the Biden administration’s lead and imposed')", () => {
    const sentence =
      'Last October, Canada followed the Biden administration’s lead and imposed a 100 per cent tariff on Chinese-made electric vehicles.';
    expect(headlines(sentence, null, '2025-11-02')).toEqual([
      { date: '2025-10', title: 'Canada imposes a 100 per cent tariff on Chinese-made electric vehicles' },
    ]);
  });

  it("takes the subject before a prepositional phrase when a participle is the main verb (seeds/000: 'Defense ministers from the two nations traveled')", () => {
    const sentence = 'Defense ministers from the two nations traveled to Ottawa this week to make their pitch.';
    expect(headlines(sentence, null, '2025-10-23')[0]!.title).toBe('Defense ministers traveled to Ottawa');
  });

  it("reads what was confirmed past the date ('confirmed in March that …') and keeps 'U.S.' whole (seeds/002, seeds/001)", () => {
    // The participle modifying "four Canadians" is neither the announced act nor a subject.
    const confirmed =
      'The meeting will come seven months after then-foreign affairs minister Melanie Joly confirmed in March that four Canadians holding dual Chinese citizenship were given the death penalty in China.';
    expect(headlines(confirmed, null, '2025-10-27')[0]!.title).toBe(
      'Foreign affairs minister Melanie Joly confirms four Canadians given the death penalty in China',
    );
    const exports =
      "For Prime Minister Mark Carney, the potential meeting represents an opportunity to reassert Canada's place in the world and double non-U.S. exports by 2035.";
    expect(headlines(exports)[0]!.title).not.toMatch(/non-U$|non-U\.$/);
  });

  it('conjugates the present tense for singular and plural subjects', () => {
    const cases: [string, boolean, string][] = [
      ['impose', false, 'imposes'],
      ['impose', true, 'impose'],
      ['reach', false, 'reaches'],
      ['apply', false, 'applies'],
      ['be', false, 'is'],
      ['have', true, 'have'],
    ];
    for (const [lemma, plural, expected] of cases) expect(presentTense(lemma, plural)).toBe(expected);
  });
});
