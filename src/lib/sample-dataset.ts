// A small dataset written by hand for unit tests of the page's copy and details (the real compiled seeds are tested too).
import type { Dataset, Evidence, FactBase } from './dataset.ts';

const TEXT_A =
  'A trade dispute has been escalating since Canada placed a 100% tariff on Chinese electric vehicles (EVs) in October 2024. China retaliated in March by imposing tariffs on several Canadian agricultural products, including a 76% levy on Canadian canola seed imports and a 100% levy on canola oil, meal and peas.';
const TEXT_B =
  'In August 2025, Beijing imposed anti-dumping duties on Canadian canola. Carney met Xi for 40 minutes in Gyeongju.';

function evidence(articleId: string, text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sample dataset: "${sentence}" is not in article ${articleId}`);
  return { articleId, start, end: start + sentence.length, quote: sentence };
}

function fact(id: string, items: Evidence[]): FactBase {
  return {
    id,
    provenance: 'extracted',
    evidence: items,
    articleCount: new Set(items.map((item) => item.articleId)).size,
  };
}

/** Builds a fresh copy each call, so a test that modified it could not leak into another. */
export function sampleDataset(): Dataset {
  const evSentence = evidence(
    'a',
    TEXT_A,
    'A trade dispute has been escalating since Canada placed a 100% tariff on Chinese electric vehicles (EVs) in October 2024.',
  );
  const canolaSentence = evidence(
    'a',
    TEXT_A,
    'China retaliated in March by imposing tariffs on several Canadian agricultural products, including a 76% levy on Canadian canola seed imports and a 100% levy on canola oil, meal and peas.',
  );
  const augustSentence = evidence(
    'b',
    TEXT_B,
    'In August 2025, Beijing imposed anti-dumping duties on Canadian canola.',
  );
  const meetingSentence = evidence('b', TEXT_B, 'Carney met Xi for 40 minutes in Gyeongju.');
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a',
        file: 'bbc.txt',
        title: 'Carney accepts invitation',
        titleSource: 'first-line',
        outlet: 'BBC',
        outletSource: 'copyright',
        url: null,
        published: { value: '2025-10-31', precision: 'day', source: 'dateline' },
        text: TEXT_A,
        sentences: [
          { start: 0, end: evSentence.end },
          { start: canolaSentence.start, end: canolaSentence.end },
        ],
      },
      {
        id: 'b',
        file: 'sub/other.txt',
        title: null,
        titleSource: null,
        outlet: null,
        outletSource: null,
        url: null,
        published: { value: null, precision: null, source: null },
        text: TEXT_B,
        sentences: [
          { start: 0, end: augustSentence.end },
          { start: meetingSentence.start, end: meetingSentence.end },
        ],
      },
    ],
    measures: [
      {
        ...fact('ms-ev', [evSentence]),
        imposer: 'CA',
        target: 'CN',
        products: ['electric vehicles'],
        productFamilies: ['vehicles & batteries'],
        ratePct: 100,
        kind: 'tariff',
        action: 'impose',
        date: { value: '2024-10', precision: 'month' },
        respondsTo: [],
        label: 'Canada: 100% tariff on Chinese electric vehicles',
      },
      {
        ...fact('ms-seed', [canolaSentence, augustSentence, canolaSentence]),
        imposer: 'CN',
        target: 'CA',
        products: ['canola seed'],
        productFamilies: ['agri-food'],
        ratePct: 76,
        kind: 'levy',
        action: 'impose',
        date: { value: '2025-03', precision: 'month' },
        respondsTo: ['ms-ev'],
        label: 'China: 76% levy on Canadian canola seed',
      },
      {
        ...fact('ms-oil', [canolaSentence]),
        imposer: 'CN',
        target: 'CA',
        products: ['canola oil', 'canola meal', 'peas'],
        productFamilies: ['agri-food'],
        ratePct: 100,
        kind: 'levy',
        action: 'impose',
        date: { value: '2025-03', precision: 'month' },
        respondsTo: ['ms-ev'],
        label: 'China: 100% levy on Canadian canola oil, meal and peas',
      },
    ],
    people: [
      {
        ...fact('ps-carney', [meetingSentence]),
        name: 'Mark Carney',
        aliases: ['Carney'],
        role: 'Prime Minister',
        country: 'CA',
      },
      { ...fact('ps-xi', [meetingSentence]), name: 'Xi Jinping', aliases: ['Xi'], role: 'President', country: 'CN' },
    ],
    places: [
      {
        ...fact('pl-gyeongju', [meetingSentence]),
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
        ...fact('mt-carney-xi', [meetingSentence]),
        participants: ['ps-carney', 'ps-xi'],
        place: 'pl-gyeongju',
        date: { value: '2025-10-31', precision: 'day' },
        status: 'held',
        occasion: 'APEC summit',
        durationMinutes: 40,
        title: 'Carney meets Xi',
      },
    ],
    events: [
      {
        ...fact('ev-ev', [evSentence]),
        date: { value: '2024-10', precision: 'month' },
        title: 'Canada taxes Chinese EVs',
        category: 'trade measure',
        relatedIds: ['ms-ev'],
      },
      {
        ...fact('ev-meeting', [meetingSentence]),
        date: { value: '2025-10-31', precision: 'day' },
        title: 'Carney meets Xi',
        category: 'meeting',
        relatedIds: ['mt-carney-xi'],
      },
      {
        ...fact('ev-2017', [evSentence]),
        date: { value: '2017', precision: 'year' },
        title: 'Earlier visit',
        category: 'visit',
        relatedIds: [],
      },
    ],
    trip: {
      traveller: 'ps-carney',
      title: 'Carney in Asia',
      stops: [
        {
          id: 'st-gyeongju',
          order: 0,
          place: 'pl-gyeongju',
          arrive: { value: '2025-10-30', precision: 'day' },
          depart: { value: '2025-11-01', precision: 'day' },
          label: 'APEC summit',
          meetings: ['mt-carney-xi'],
          evidence: [meetingSentence],
        },
      ],
    },
    conflicts: [
      {
        id: 'cf-seed-date',
        factId: 'ms-seed',
        field: 'date',
        subject: 'Date of China’s 76% levy on canola seed',
        sides: [
          { value: '2025-03', evidence: [canolaSentence] },
          { value: '2025-08', evidence: [augustSentence] },
        ],
      },
    ],
    countries: [
      { code: 'CA', name: 'Canada' },
      { code: 'CN', name: 'China' },
      { code: 'KR', name: 'South Korea' },
    ],
    report: { skipped: [], warnings: [], unresolvedDates: [], corrections: [] },
    credits: [],
  };
}
