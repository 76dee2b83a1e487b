// Rates as the corpus writes them: "per cent", "%", "25percent", ranges and changes.
import { describe, expect, it } from 'vitest';
import { findRates } from './measure-rate.ts';

describe('findRates', () => {
  const cases = [
    // 01_financecanada_surtax_final_list.txt
    { text: 'announced a 100 per cent surtax on all Chinese-made electric vehicles', value: 100, from: null },
    // 06_mofcom_canola_preliminary_ruling.txt
    { text: 'with a dumping margin of 75.8%.', value: 75.8, from: null },
    // 18_wikipedia_us_trade_war_canada_mexico.txt (archive artefact, no space)
    { text: 'The order called for 25percent tariffs on all imports from Mexico', value: 25, from: null },
    // 26_usda_fas_china_tariffs_may12.txt: a range names no single rate
    { text: 'The retaliatory tariffs of 10-15 percent on U.S. agricultural products', value: null, from: null },
    // 22_whitehouse_factsheet_canada_35pct.txt: the new rate of a change
    { text: 'increasing the tariff on Canada from 25% to 35%, with the higher tariff', value: 35, from: 25 },
    // 27_wikipedia_tariffs_second_trump.txt
    { text: 'Trump raised steel, aluminum, and copper tariffs to 50%.', value: 50, from: null },
  ];
  for (const { text, value, from } of cases) {
    it(`reads ${JSON.stringify(text)} as ${value}%${from !== null ? ` (from ${from}%)` : ''}`, () => {
      const [rate] = findRates(text);
      expect(rate).toMatchObject({ value, from });
    });
  }

  it('does not read "up to 38%" as a new level reached', () => {
    expect(findRates('duties of up to 38% on Chinese electric vehicles')[0]).toMatchObject({
      value: 38,
      reached: false,
    });
  });
});
