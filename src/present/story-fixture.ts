// A small dataset for the story and export tests: facts as the compiler writes them, quotes from seeds/ text.
import type { Dataset, Evidence, FactDate } from '../lib/dataset.ts';

const TEXT =
  'China has imposed painful tariffs on Canadian canola, seafood and pork in retaliation for Canada’s levies on Chinese electric vehicles, steel and aluminum. ' +
  'In August 2025, Beijing imposed anti-dumping duties on Canadian canola, accusing exporters of selling below market value. ' +
  'China’s President Xi Jinping met with Canada’s Prime Minister Mark Carney on Friday.';

function evidence(quote: string): Evidence[] {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return [{ articleId: 'a1', start, end: start + quote.length, quote }];
}

const day = (value: string): FactDate => ({ value, precision: 'day' });
const base = (id: string, quote: string) => ({
  id,
  provenance: 'extracted' as const,
  evidence: evidence(quote),
  articleCount: 1,
});

export function storyFixture(): Dataset {
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a1',
        file: '000.txt',
        title: 'Carney hopes to meet Xi',
        titleSource: 'first-line',
        outlet: 'The Canadian Press',
        outletSource: 'byline',
        url: null,
        published: { value: '2025-10-23', precision: 'day', source: 'dateline' },
        text: TEXT,
        sentences: [],
      },
    ],
    measures: [
      {
        ...base('ms-cn-canola-seed', 'Beijing imposed anti-dumping duties on Canadian canola'),
        imposer: 'CN',
        target: 'CA',
        products: ['canola seed'],
        productFamilies: ['agri-food'],
        ratePct: 75.8,
        kind: 'anti-dumping duty',
        action: 'impose',
        date: { value: '2025-08', precision: 'month' },
        respondsTo: ['ms-ca-ev'],
        label: 'China: 75.8% anti-dumping duty on Canadian canola seed',
      },
      {
        ...base('ms-ca-ev', 'Canada’s levies on Chinese electric vehicles'),
        imposer: 'CA',
        target: 'CN',
        products: ['electric vehicles'],
        productFamilies: ['vehicles & batteries'],
        ratePct: 100,
        kind: 'surtax',
        action: 'impose',
        date: day('2024-10-01'),
        respondsTo: [],
        label: 'Canada: 100% surtax on Chinese electric vehicles',
      },
      {
        ...base('ms-cn-canola-oil', 'China has imposed painful tariffs on Canadian canola, seafood and pork'),
        imposer: 'CN',
        target: 'CA',
        products: ['canola oil', 'pork', 'seafood'],
        productFamilies: ['agri-food'],
        ratePct: 100,
        kind: 'tariff',
        action: 'impose',
        date: day('2025-03-20'),
        respondsTo: ['ms-ca-ev'],
        label: 'China: 100% tariff on Canadian canola oil, pork and seafood',
      },
      {
        ...base('ms-us-ca', 'China has imposed painful tariffs'),
        imposer: 'US',
        target: 'CA',
        products: ['all goods'],
        productFamilies: [],
        ratePct: 35,
        kind: 'tariff',
        action: 'impose',
        date: day('2025-08-01'),
        respondsTo: [],
        label: 'United States: 35% tariff on Canadian goods',
      },
    ],
    people: [
      {
        ...base('person-mark-carney', 'Mark Carney'),
        name: 'Mark Carney',
        aliases: ['Carney'],
        role: 'Prime Minister',
        country: 'CA',
      },
      {
        ...base('person-xi-jinping', 'Xi Jinping'),
        name: 'Xi Jinping',
        aliases: ['Xi'],
        role: 'President',
        country: 'CN',
      },
    ],
    places: [
      {
        ...base('pl-kuala-lumpur', 'Mark Carney'),
        name: 'Kuala Lumpur',
        kind: 'city',
        country: 'MY',
        lat: 3.139,
        lon: 101.687,
        coordinatesSource: 'geonames',
      },
      {
        ...base('pl-singapore', 'Mark Carney'),
        name: 'Singapore',
        kind: 'city',
        country: 'SG',
        lat: 1.29,
        lon: 103.85,
        coordinatesSource: 'geonames',
      },
      {
        ...base('pl-gyeongju', 'Mark Carney'),
        name: 'Gyeongju',
        kind: 'city',
        country: 'KR',
        lat: 35.84,
        lon: 129.21,
        coordinatesSource: 'geonames',
      },
    ],
    meetings: [
      {
        ...base('mt-carney-xi', 'China’s President Xi Jinping met with Canada’s Prime Minister Mark Carney on Friday'),
        participants: ['person-mark-carney', 'person-xi-jinping'],
        place: 'pl-gyeongju',
        date: day('2025-10-31'),
        status: 'held',
        occasion: 'APEC summit',
        durationMinutes: 40,
        title: 'Carney meets Xi Jinping',
      },
    ],
    events: [
      {
        ...base('ev-meeting', 'China’s President Xi Jinping met with Canada’s Prime Minister Mark Carney on Friday'),
        date: day('2025-10-31'),
        title: 'Carney and Xi meet at APEC',
        category: 'meeting',
        relatedIds: ['mt-carney-xi'],
      },
      {
        ...base('ev-ev-surtax', 'Canada’s levies on Chinese electric vehicles'),
        date: day('2024-10-01'),
        title: 'Canada’s surtax on Chinese EVs takes effect',
        category: 'trade measure',
        relatedIds: ['ms-ca-ev'],
      },
    ],
    trip: {
      traveller: 'Mark Carney',
      title: 'Carney’s Asia trip',
      stops: [
        {
          id: 'st-1',
          order: 1,
          place: 'pl-kuala-lumpur',
          arrive: day('2025-10-25'),
          depart: day('2025-10-27'),
          label: 'ASEAN summit',
          meetings: [],
          evidence: [],
        },
        {
          id: 'st-2',
          order: 2,
          place: 'pl-singapore',
          arrive: day('2025-10-27'),
          depart: day('2025-10-28'),
          label: 'Visit',
          meetings: [],
          evidence: [],
        },
        {
          id: 'st-3',
          order: 3,
          place: 'pl-gyeongju',
          arrive: day('2025-10-29'),
          depart: day('2025-11-01'),
          label: 'APEC summit',
          meetings: ['mt-carney-xi'],
          evidence: [],
        },
      ],
    },
    conflicts: [],
    countries: [
      { code: 'CA', name: 'Canada' },
      { code: 'CN', name: 'China' },
      { code: 'US', name: 'United States of America' },
    ],
    report: { skipped: [], warnings: [], unresolvedDates: [], corrections: [] },
    credits: ['Place coordinates: GeoNames (CC BY 4.0)', 'Country shapes: Natural Earth'],
  };
}
