// Measure frames on real sentences of the development corpus (each test names its file): who imposes what on whom,
// at what rate, in force when; and what is reported instead of guessed.
import { describe, expect, it } from 'vitest';
import type { Article, Measure } from '../../src/lib/dataset.ts';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

function article(file: string, text: string, published: string | null, outlet: string | null = null): Article {
  const precision = published ? (published.length === 7 ? 'month' : 'day') : null;
  const base = articleFromText(file, text, {
    published: { value: published, precision, source: published ? 'front-matter' : null } as Article['published'],
  });
  return { ...base, outlet };
}

function summary(m: Measure): string {
  return `${m.imposer}->${m.target} ${m.products.join('/')} ${m.ratePct ?? '-'}% ${m.action} ${m.date?.value ?? '-'}`;
}

function measuresOf(...articles: Article[]): string[] {
  return extractFacts(articles).measures.map(summary).sort();
}

describe('imposer, target, products, rate and in-force date from one frame', () => {
  it('reads the effective date after "effective" and the announced one for the intended surtax (01_financecanada_surtax_final_list.txt)', () => {
    const text =
      'On August 26, 2024, the federal government announced a 100 per cent surtax on all Chinese-made electric vehicles (EVs), effective October 1, 2024, and its intent to impose a 25 per cent surtax on imports of steel and aluminum products from China under section 53 of the Customs Tariff.';
    expect(measuresOf(article('01.txt', text, '2024-10-01', 'Department of Finance Canada'))).toEqual([
      'CA->CN electric vehicles 100% impose 2024-10-01',
      'CA->CN steel/aluminum 25% impose 2024-08-26',
    ]);
  });

  it('keeps the direction in a sentence that answers the other side: "in response to China\'s …, Canada imposed" (03_gac_qpnote_china_surtaxes.txt)', () => {
    const text =
      "In October 2024, in response to China's non-market policies and practices, Canada imposed a 100% surtax on imports of EVs, and a 25% surtax on imports of steel and aluminum from China.";
    expect(measuresOf(article('03.txt', text, '2025-05-27'))).toEqual([
      'CA->CN electric vehicles 100% impose 2024-10',
      'CA->CN steel/aluminum 25% impose 2024-10',
    ]);
  });

  it('reads "from 25% to 35%" as the new rate and dates it by "set to go into effect on" (22_whitehouse_factsheet_canada_35pct.txt)', () => {
    const text =
      'ADDRESSING A NATIONAL EMERGENCY: Today, President Donald J. Trump signed an Executive Order increasing the tariff on Canada from 25% to 35%, with the higher tariff set to go into effect on August 1, 2025.';
    expect(measuresOf(article('22.txt', text, '2025-07-31', 'The White House'))).toEqual([
      'US->CA all goods 35% impose 2025-08-01',
    ]);
  });

  it('reads "from nearly all trading partners" as every origin and "Since June 2025" as in force (21_crs_section232_steel_aluminum.txt)', () => {
    const text =
      'Since June 2025, the United States has imposed 50% tariffs on steel, aluminum, and products containing steel and aluminum ("derivatives") from nearly all trading partners.';
    expect(measuresOf(article('21.txt', text, null))).toEqual(['US->XX steel/aluminum 50% impose 2025-06']);
  });

  it("takes the imposer from a person standing for their country and the products from the trigger's modifiers (27_wikipedia_tariffs_second_trump.txt)", () => {
    const text = [
      'During his second term as President of the United States, Donald Trump enacted a series of steep tariffs affecting nearly all goods imported into the country.',
      'Under Section 232 of the 1962 Trade Expansion Act, Trump raised steel, aluminum, and copper tariffs to 50%.',
    ].join(' ');
    expect(measuresOf(article('27.txt', text, null))).toEqual(['US->XX steel/aluminum/copper 50% impose -']);
  });

  it('takes the imposer from a passive agent and leaves a range without a rate (26_usda_fas_china_tariffs_may12.txt)', () => {
    const text =
      'The retaliatory tariffs of 10-15 percent on U.S. agricultural products that were imposed by China on March 10 in retaliation for U.S fentanyl tariffs remain in place.';
    const [measure] = extractFacts([article('26.txt', text, '2025-05-20')]).measures;
    expect(measure).toMatchObject({ imposer: 'CN', target: 'US', products: ['agricultural products'], ratePct: null });
  });

  it('reads an institution behind a possessive as its country (17_wikipedia_canada_china_trade_war.txt)', () => {
    const text =
      '- 8 March: China\'s Customs Tariff Commission of the State Council announced retaliatory tariffs on imports of several Canadian agricultural products, following an "anti-discrimination probe".';
    expect(measuresOf(article('17.txt', text, '2025-06-01'))).toEqual([
      'CN->CA agricultural products -% impose 2025-03-08',
    ]);
  });

  it('splits one frame over two countries and carries the imposer from "The order" back to its signer (18_wikipedia_us_trade_war_canada_mexico.txt)', () => {
    const text = [
      'On February 1, 2025, a trade war started by the United States, against Canada and Mexico began when the U.S. president Donald Trump signed orders imposing near-universal tariffs on goods from the two countries entering the United States.',
      'The order called for 25percent tariffs on all imports from Mexico and all imports from Canada except for oil and energy, which would be taxed at 10percent.',
    ].join(' ');
    expect(measuresOf(article('18.txt', text, null))).toEqual([
      'US->CA all goods 25% impose -',
      'US->CA energy 10% impose -',
      'US->MX all goods 25% impose -',
    ]);
  });

  it('reads "energy products … subject to a 10% tariff" beside the blanket 25% tariff (04_gac_qpnote_us_tariffs_response.txt)', () => {
    const text =
      'IEEPA tariffs: Under the IEEPA, on March 4 the United States imposed a 25% tariff on U.S. imports from Canada, with energy products (since amended to include potash) subject to a 10% tariff.';
    expect(measuresOf(article('04.txt', text, '2025-05-28'))).toEqual([
      'US->CA all goods 25% impose 2025-03-04',
      'US->CA energy/potash 10% impose 2025-03-04',
    ]);
  });

  it('reads a quota at a lower rate as a reduction, announced on the release day (16_pmo_strategic_partnership_china.txt)', () => {
    const text =
      'To help deliver the full potential of these partnerships, and build up our domestic manufacturing sector, Canada will allow up to 49,000 Chinese electric vehicles (EV) into the Canadian market, with the most-favoured-nation tariff rate of 6.1%.';
    expect(measuresOf(article('16.txt', text, '2026-01-16', 'Prime Minister of Canada'))).toEqual([
      'CA->CN electric vehicles 6.1% reduce 2026-01-16',
    ]);
  });

  it("takes an anti-dumping measure's rate and goods from the ruling one sentence back (06_mofcom_canola_preliminary_ruling.txt)", () => {
    const text = [
      'Based on the facts and evidence, the preliminary ruling finds that rape or colza seeds imported from Canada is dumped, with a dumping margin of 75.8%.',
      'The preliminary ruling was announced on August 12, 2025, and provisional anti-dumping measures would be implemented.',
    ].join(' ');
    const facts = extractFacts([
      article('06.txt', text, '2025-08-20', "Ministry of Commerce of the People's Republic of China"),
    ]);
    expect(facts.measures.map(summary)).toEqual(['CN->CA canola seed 75.8% impose 2025-08-12']);
    expect(facts.measures[0]!.evidence[0]!.quote).toContain('75.8%');
  });

  it('reads an exemption of goods as a removal, with the imposer from the sentence before (22_whitehouse_factsheet_canada_35pct.txt)', () => {
    const text = [
      "- In response to Canada's continued inaction and retaliation, President Trump has found it necessary to increase the tariff on Canada from 25% to 35% to effectively address the existing emergency.",
      '- Goods qualifying for preferential tariff treatment under the United States-Mexico-Canada Agreement (USMCA) continue to remain not subject to the IEEPA Canada tariffs.',
    ].join('\n');
    expect(measuresOf(article('22.txt', text, '2025-07-31', 'The White House'))).toEqual([
      'US->CA USMCA/CUSMA-compliant goods -% remove -',
      'US->CA all goods 35% impose 2025-07-31',
    ]);
  });
});

describe('verbs the tagger misses and retaliation without a named target', () => {
  // No development-corpus sentence has these shapes; the wording follows the January 2026 deal as news reported it.
  it('reads "will lower" as the verb even when tagged as an adjective, and "from March 1" as in force', () => {
    const text =
      'Under the deal, China will lower tariffs on Canadian canola meal, lobsters, crabs and peas from March 1.';
    expect(measuresOf(article('news.txt', text, '2026-01-16'))).toEqual([
      'CN->CA canola meal/lobster/crab/peas -% reduce 2026-03-01',
    ]);
  });

  it('aims a retaliation at the side it answers when the goods name no origin', () => {
    const text =
      "Canada's 100% tariff on Chinese EVs prompted Beijing to retaliate with levies on canola oil and meal.";
    expect(measuresOf(article('news.txt', text, '2026-01-16'))).toEqual([
      'CA->CN electric vehicles 100% impose -',
      'CN->CA canola oil/canola meal -% impose -',
    ]);
  });
});

describe('removals and cuts: announced or only asked for', () => {
  it('keeps a cut a government says it will make, as planned (wording of the January 2026 deal reports)', () => {
    const facts = extractFacts([
      article(
        'news.txt',
        'China said it would lower its tariffs on Canadian canola seed to about 15 per cent, down from nearly 85 per cent.',
        '2026-01-16',
      ),
    ]);
    expect(facts.measures.map(summary)).toEqual(['CN->CA canola seed 15% reduce -']);
    expect(facts.measures[0]!.status).toBe('planned');
  });

  it('makes no removal of a removal only urged (seeds/002_41a25a383985b1e7.txt)', () => {
    const text =
      'He and Manitoba Premier Wab Kinew have both urged Carney to end Canada’s tariffs on Chinese EVs in order to end the trade dispute.';
    expect(
      extractFacts([article('002.txt', text, '2025-10-27')]).measures.filter((m) => m.action === 'remove'),
    ).toEqual([]);
  });
});

describe('direction', () => {
  it('does not take the object of "followed" for the imposer (news wording)', () => {
    expect(
      measuresOf(
        article('news.txt', 'Canada followed the U.S. in imposing a 100% tariff on Chinese EVs in 2024.', '2026-01-16'),
      ),
    ).toEqual(['CA->CN electric vehicles 100% impose 2024']);
  });

  it('reads ", and China retaliated with …" as China acting, in a sentence about the U.S. tariff before it (news wording)', () => {
    const text =
      'The United States last week raised tariffs on Chinese goods to 145%, and China retaliated with 125% tariffs on U.S. goods.';
    expect(measuresOf(article('news.txt', text, '2025-04-18'))).toEqual([
      'CN->US all goods 125% impose 2025-04',
      'US->CN all goods 145% impose 2025-04',
    ]);
  });
});

describe('goods excepted from a blanket tariff and taxed at another rate', () => {
  it('reads "except for oil and energy, which would be taxed at 10percent" against the country before it (18_wikipedia_us_trade_war_canada_mexico.txt)', () => {
    const text = [
      'On February 1, 2025, a trade war started by the United States, against Canada and Mexico began when the U.S. president Donald Trump signed orders imposing near-universal tariffs on goods from the two countries entering the United States.',
      'The order called for 25percent tariffs on all imports from Mexico and all imports from Canada except for oil and energy, which would be taxed at 10percent.',
    ].join(' ');
    expect(measuresOf(article('18.txt', text, null))).toEqual([
      'US->CA all goods 25% impose -',
      'US->CA energy 10% impose -',
      'US->MX all goods 25% impose -',
    ]);
  });
});

describe('removals that name no country', () => {
  it('lift the tariffs the article has just named, on each country they hit (18_wikipedia_us_trade_war_canada_mexico.txt)', () => {
    const text = [
      'On February 1, 2025, a trade war started by the United States, against Canada and Mexico began when the U.S. president Donald Trump signed orders imposing near-universal tariffs on goods from the two countries entering the United States.',
      'The order called for 25percent tariffs on all imports from Mexico and all imports from Canada except for oil and energy, which would be taxed at 10percent.',
      'On March 6, 2025, Trump exempted goods compliant with the United States–Mexico–Canada Agreement (USMCA) from tariffs.',
    ].join(' ');
    const removals = extractFacts([article('18.txt', text, null)])
      .measures.filter((m) => m.action === 'remove')
      .map(summary)
      .sort();
    expect(removals).toEqual([
      'US->CA USMCA/CUSMA-compliant goods -% remove 2025-03-06',
      'US->MX USMCA/CUSMA-compliant goods -% remove 2025-03-06',
    ]);
  });
});

describe('cuts', () => {
  it('reads a verb form the tagger takes for a noun ("The deal cuts China\'s tariffs …") and keeps the new rate (news wording)', () => {
    expect(
      measuresOf(
        article('news.txt', "The deal cuts China's tariffs on Canadian canola seed to about 15%.", '2026-01-16'),
      ),
    ).toEqual(['CN->CA canola seed 15% reduce -']);
  });

  it('gives a cut no rate when the text names only the old one ("reduce its 100% tariff")', () => {
    const text =
      'Prime Minister Mark Carney said on Friday that Canada would reduce its 100% tariff on Chinese electric vehicles for a quota of 49,000 cars.';
    expect(measuresOf(article('news.txt', text, '2026-01-16'))).toEqual([
      'CA->CN electric vehicles -% reduce 2026-01-16',
    ]);
  });
});

describe('a news report of the January 2026 deal', () => {
  // Written the way a wire report puts it; no development-corpus text has this shape.
  const text = [
    'BEIJING, Jan 16 (Reuters) - Canada and China struck a preliminary trade deal on Friday that will see Beijing cut tariffs on Canadian canola seed, Prime Minister Mark Carney said.',
    'Under the deal, China will lower the combined tariff on canola seed to about 15% by March 1, Carney told reporters.',
    'Canada imposed a 100% tariff on Chinese-made EVs in 2024.',
    'China imposed duties on canola oil and meal in March last year in response to the EV tariffs.',
  ].join('\n');
  const found = measuresOf(article('reuters.txt', text, '2026-01-16'));

  it('takes "will see Beijing cut tariffs" as Beijing acting, and carries the target to the next sentence', () => {
    // The cut takes effect "by March 1" (a planned change's deadline), not on the day it was announced.
    expect(found).toContain('CN->CA canola seed 15% reduce 2026-03-01');
  });

  it('reads goods "to be exempt from" tariffs as a planned removal, and a country exempt as no removal', () => {
    const exempt =
      'China imposed a 100% tariff on Canadian canola meal and peas in March 2025. Beijing also expects canola meal, lobsters, crabs and peas to be exempt from anti-discrimination tariffs from March 1, Carney said.';
    expect(measuresOf(article('reuters.txt', exempt, '2026-01-16'))).toContain(
      'CN->CA canola meal/lobster/crab/peas -% remove 2026-03-01',
    );
    // 02_crs_us_canada_ieepa_tariffs.txt: Canada is spared, the universal tariff stands.
    const spared =
      'While these IEEPA tariffs remain in effect, Canada is exempt from the 10% U.S. universal tariffs implemented on April 5.';
    expect(measuresOf(article('02.txt', spared, '2025-04-14'))).toEqual(['US->XX all goods 10% impose 2025-04-05']);
  });

  it('aims "in response to the EV tariffs" at the side that imposed them', () => {
    expect(found).toContain('CN->CA canola oil/canola meal -% impose 2025-03');
  });
});

describe('two rates in one frame', () => {
  it('reads "100% on … and 25% on …" as two measures (wording of the March 2025 retaliation reports)', () => {
    const text =
      'China imposed tariffs of 100% on Canadian canola oil and peas and 25% on Canadian pork and seafood in March.';
    expect(measuresOf(article('news.txt', text, '2026-01-16'))).toEqual([
      'CN->CA canola oil/peas 100% impose 2025-03',
      'CN->CA pork/seafood 25% impose 2025-03',
    ]);
  });
});

describe('origins a frame leaves open', () => {
  it('reads goods of two nationalities as two blanket measures (news wording)', () => {
    expect(
      measuresOf(
        article('news.txt', 'Washington slapped 25% tariffs on Canadian and Mexican goods in March.', '2026-01-16'),
      ),
    ).toEqual(['US->CA all goods 25% impose 2025-03', 'US->MX all goods 25% impose 2025-03']);
  });

  it('does not take a sectoral tariff with no origin for a global one unless the text speaks of global measures', () => {
    const text =
      'Relations between Canada and China soured in 2024. Beijing imposed a 100% tariff on canola oil and peas in March.';
    const facts = extractFacts([article('news.txt', text, '2026-01-16')]);
    expect(facts.measures).toEqual([]);
    expect(facts.warnings.map((w) => w.message).join('\n')).toMatch(/target the text does not make clear/);
  });
});

describe('what is not a fact of its own', () => {
  it('keeps "tariffs on Canadian goods" with no rate out of the facts (23_financecanada_counter_tariffs_us.txt)', () => {
    const text =
      'Canada will not stand by as the United States imposes unwarranted and unreasonable tariffs on Canadian goods.';
    expect(measuresOf(article('23.txt', text, '2025-03-04', 'Department of Finance Canada'))).toEqual([]);
  });

  it('reports a measure whose imposer is not named instead of guessing it (28_crs_presidential_tariff_actions_2025.txt)', () => {
    const facts = extractFacts([
      article(
        '28.txt',
        'Currently, the Trump Administration is in negotiations with some trade partners. Some trading partners have announced a 10% tariff on U.S. exports.',
        '2025-05-27',
      ),
    ]);
    expect(facts.measures).toEqual([]);
    expect(facts.warnings.map((w) => w.message).join('\n')).toMatch(/imposer the text does not make clear/);
  });

  it('dates the measures named before by "imposed duties on March 4", and makes it their evidence (02_crs_us_canada_ieepa_tariffs.txt)', () => {
    const text = [
      'On February 1, 2025, President Donald J. Trump issued Executive Order 14193.',
      'The executive order declared a national emergency and invoked the International Emergency Economic Powers Act of 1977 (IEEPA; 50 U.S.C. §§1701 et seq.) to impose a 10% tariff on Canadian energy imports and a 25% tariff on all other Canadian goods.',
      'The President subsequently paused implementation of the tariffs on February 3, imposed duties on March 4, and indefinitely suspended tariffs on goods compliant with the United States-Mexico-Canada Agreement (USMCA; P.L. 116-113) on March 7.',
    ].join(' ');
    const facts = extractFacts([article('02.txt', text, '2025-04-14')]);
    expect(facts.measures.map(summary).sort()).toEqual([
      'US->CA USMCA/CUSMA-compliant goods -% remove 2025-03-07',
      'US->CA all goods 25% impose 2025-03-04',
      'US->CA energy 10% impose 2025-03-04',
    ]);
    const energy = facts.measures.find((m) => m.ratePct === 10)!;
    expect(energy.evidence[0]!.quote).toMatch(/to impose a 10% tariff/);
    expect(energy.evidence.map((e) => e.quote).join(' ')).toMatch(/imposed duties on March 4/);
  });

  it('attaches a mention that adds nothing to the fact it refers to, the fuller sentence first (04_gac_qpnote_us_tariffs_response.txt)', () => {
    const text = [
      'The United States has imposed a number of unjustified tariffs against Canadian goods:',
      'IEEPA tariffs: Under the IEEPA, on March 4 the United States imposed a 25% tariff on U.S. imports from Canada.',
    ].join('\n');
    const facts = extractFacts([article('04.txt', text, '2025-05-28')]);
    expect(facts.measures.map(summary)).toEqual(['US->CA all goods 25% impose 2025-03-04']);
    expect(facts.measures[0]!.evidence).toHaveLength(2);
    expect(facts.measures[0]!.evidence[0]!.quote).toMatch(/25% tariff/);
  });
});
