// Plain measure objects for tests, the benchmark and the dev page: a chain shaped like the seeds' story, and a
// seeded synthetic dataset of any size (no Math.random: the same seed gives the same measures).
import type { Conflict, Evidence, Measure } from '../../lib/dataset.ts';

function evidence(articleId: string, quote: string): Evidence {
  return { articleId, start: 0, end: quote.length, quote };
}

export function measureFixture(overrides: Partial<Measure> & Pick<Measure, 'id'>): Measure {
  return {
    provenance: 'extracted',
    evidence: [evidence('a1', `Quote for ${overrides.id}.`)],
    articleCount: 1,
    imposer: 'CA',
    target: 'CN',
    products: ['electric vehicles'],
    productFamilies: ['vehicles & batteries'],
    ratePct: 100,
    kind: 'tariff',
    action: 'impose',
    date: { value: '2024-10', precision: 'month' },
    respondsTo: [],
    label: overrides.id,
    ...overrides,
  };
}

/** The story the seeds tell: the US acts, Canada follows, China answers against Canadian farm goods; the US–Canada front. */
export function storyMeasures(): Measure[] {
  return [
    measureFixture({
      id: 'm-us-ev',
      imposer: 'US',
      target: 'CN',
      date: null,
      label: 'United States: tariff on Chinese electric vehicles',
      ratePct: null,
    }),
    measureFixture({
      id: 'm-ca-ev',
      products: ['electric vehicles', 'batteries'],
      respondsTo: ['m-us-ev'],
      label: 'Canada: 100% tariff on Chinese electric vehicles',
    }),
    measureFixture({
      id: 'm-ca-steel',
      ratePct: 25,
      products: ['steel', 'aluminium'],
      productFamilies: ['metals'],
      label: 'Canada: 25% tariff on Chinese steel and aluminium',
    }),
    measureFixture({
      id: 'm-cn-canola-seed',
      imposer: 'CN',
      target: 'CA',
      ratePct: 76,
      products: ['canola seed'],
      productFamilies: ['agri-food'],
      date: { value: '2025-03', precision: 'month' },
      respondsTo: ['m-ca-ev'],
      label: 'China: 76% levy on Canadian canola seed',
      kind: 'levy',
    }),
    measureFixture({
      id: 'm-cn-canola-oil',
      imposer: 'CN',
      target: 'CA',
      ratePct: 100,
      products: ['canola oil', 'canola meal', 'peas'],
      productFamilies: ['agri-food'],
      date: { value: '2025-03', precision: 'month' },
      respondsTo: ['m-ca-ev'],
      label: 'China: 100% levy on canola oil, meal and peas',
      kind: 'levy',
    }),
    measureFixture({
      id: 'm-cn-seafood',
      imposer: 'CN',
      target: 'CA',
      ratePct: null,
      products: ['seafood', 'pork'],
      productFamilies: ['agri-food'],
      date: null,
      respondsTo: ['m-ca-ev', 'm-ca-steel'],
      label: 'China: tariffs on Canadian seafood and pork',
    }),
    measureFixture({
      id: 'm-us-all',
      imposer: 'US',
      target: 'CA',
      ratePct: 35,
      products: ['all goods'],
      productFamilies: ['all goods'],
      date: null,
      label: 'United States: 35% tariff on Canadian goods',
    }),
    measureFixture({
      id: 'm-us-steel',
      imposer: 'US',
      target: 'CA',
      ratePct: 50,
      products: ['steel', 'aluminium'],
      productFamilies: ['metals'],
      date: null,
      label: 'United States: 50% levy on Canadian steel and aluminium',
      kind: 'levy',
    }),
    measureFixture({
      id: 'm-us-autos',
      imposer: 'US',
      target: 'CA',
      ratePct: 25,
      products: ['automobiles'],
      productFamilies: ['vehicles & batteries'],
      date: null,
      label: 'United States: 25% levy on Canadian automobiles',
      kind: 'levy',
    }),
  ];
}

/**
 * The dev corpus's shape (35 articles, Nov 2026), where the chart once drew a bundle of parallel lines: Canada's two
 * October 2024 measures each answered by the same three Chinese measures of March 2025 (one day-precise, two
 * month-precise), a same-day US–Canada exchange (each side answering the other), measures from 2018 and 2023 that
 * stretch the time axis, and undated measures on both sides of an answer.
 */
export function crossfireMeasures(): Measure[] {
  const day = (value: string) => ({ value, precision: 'day' as const });
  const month = (value: string) => ({ value, precision: 'month' as const });
  const both = ['ca-ev', 'ca-steel'];
  return [
    measureFixture({
      id: 'us-steel-2018',
      imposer: 'US',
      target: 'XX',
      ratePct: 25,
      products: ['steel'],
      productFamilies: ['metals'],
      date: day('2018-03-08'),
    }),
    measureFixture({
      id: 'us-aluminum-2023',
      imposer: 'US',
      target: 'RU',
      ratePct: 200,
      products: ['aluminum'],
      productFamilies: ['metals'],
      date: { value: '2023', precision: 'year' },
    }),
    measureFixture({ id: 'us-ev', imposer: 'US', target: 'CN', ratePct: null, date: null }),
    measureFixture({
      id: 'ca-ev',
      products: ['electric vehicles', 'batteries'],
      date: day('2024-10-01'),
      respondsTo: ['us-ev'],
    }),
    measureFixture({
      id: 'ca-solar',
      ratePct: null,
      products: ['solar panels', 'critical minerals'],
      productFamilies: ['energy'],
      date: month('2024-10'),
      kind: 'levy',
    }),
    measureFixture({
      id: 'ca-steel',
      ratePct: 25,
      products: ['steel', 'aluminum'],
      productFamilies: ['metals'],
      date: day('2024-10-22'),
    }),
    measureFixture({
      id: 'us-all-25',
      imposer: 'US',
      target: 'CA',
      ratePct: 25,
      products: ['all goods'],
      productFamilies: ['all goods'],
      date: day('2025-03-04'),
      respondsTo: ['ca-all'],
    }),
    measureFixture({
      id: 'us-energy',
      imposer: 'US',
      target: 'CA',
      ratePct: 10,
      products: ['energy', 'potash'],
      productFamilies: ['energy'],
      date: day('2025-03-04'),
    }),
    measureFixture({
      id: 'ca-all',
      imposer: 'CA',
      target: 'US',
      ratePct: 25,
      products: ['all goods'],
      productFamilies: ['all goods'],
      date: day('2025-03-04'),
      respondsTo: ['us-all-25', 'us-energy'],
    }),
    measureFixture({
      id: 'ca-juice',
      imposer: 'CA',
      target: 'US',
      ratePct: 25,
      products: ['orange juice', 'wine', 'appliances'],
      productFamilies: ['agri-food'],
      date: day('2025-03-04'),
    }),
    measureFixture({
      id: 'cn-agri',
      imposer: 'CN',
      target: 'CA',
      ratePct: null,
      products: ['agricultural products'],
      productFamilies: ['agri-food'],
      date: day('2025-03-08'),
      respondsTo: both,
    }),
    measureFixture({
      id: 'cn-oil',
      imposer: 'CN',
      target: 'CA',
      products: ['canola oil', 'canola meal', 'peas'],
      productFamilies: ['agri-food'],
      date: month('2025-03'),
      respondsTo: both,
      kind: 'levy',
    }),
    measureFixture({
      id: 'cn-seed',
      imposer: 'CN',
      target: 'CA',
      ratePct: 76,
      products: ['canola seed'],
      productFamilies: ['agri-food'],
      date: month('2025-03'),
      respondsTo: both,
      kind: 'levy',
    }),
    measureFixture({
      id: 'cn-seafood',
      imposer: 'CN',
      target: 'CA',
      ratePct: null,
      products: ['seafood', 'pork'],
      productFamilies: ['agri-food'],
      date: null,
      respondsTo: [...both, 'ca-solar'],
    }),
    measureFixture({
      id: 'us-all-35',
      imposer: 'US',
      target: 'CA',
      ratePct: 35,
      products: ['all goods'],
      productFamilies: ['all goods'],
      date: day('2025-08-01'),
    }),
    measureFixture({ id: 'ca-ev-cut', ratePct: 6.1, action: 'reduce', date: day('2026-01-16') }),
    measureFixture({
      id: 'us-chips',
      imposer: 'US',
      target: 'XX',
      ratePct: null,
      products: ['semiconductors'],
      productFamilies: ['technology'],
      date: null,
      status: 'planned',
    }),
  ];
}

/** A date conflict like the seeds': one article dates the canola duty March 2025, another August 2025. */
export function storyConflicts(): Conflict[] {
  return [
    {
      id: 'c-canola-date',
      factId: 'm-cn-canola-seed',
      field: 'date',
      subject: "Date of China's 76% levy on canola seed",
      sides: [
        { value: '2025-03', evidence: [evidence('a4', 'China retaliated in March')] },
        {
          value: '2025-08',
          evidence: [evidence('a1', 'In August 2025, Beijing imposed anti-dumping duties on Canadian canola')],
        },
      ],
    },
  ];
}

const PRODUCTS: [string, string][] = [
  ['canola seed', 'agri-food'],
  ['pork', 'agri-food'],
  ['seafood', 'agri-food'],
  ['peas', 'agri-food'],
  ['electric vehicles', 'vehicles & batteries'],
  ['batteries', 'vehicles & batteries'],
  ['automobiles', 'vehicles & batteries'],
  ['steel', 'metals'],
  ['aluminium', 'metals'],
  ['solar panels', 'energy'],
  ['critical minerals', 'energy'],
  ['all goods', 'all goods'],
];

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` measures among `actorCount` actors over two years; ~10% undated, ~15% rate unknown, answers to earlier ones. */
export function syntheticMeasures(count: number, actorCount: number, seed = 1): Measure[] {
  const next = random(seed);
  const actors = ['US', 'CA', 'CN', 'MX', 'JP', 'KR', 'DE', 'FR', 'IN', 'BR', 'AU', 'GB'].slice(0, actorCount);
  const measures: Measure[] = [];
  for (let index = 0; index < count; index++) {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const imposer = pick(actors);
    let target = pick(actors);
    if (target === imposer) target = actors[(actors.indexOf(imposer) + 1) % actors.length]!;
    const productCount = 1 + Math.floor(next() * 3);
    const picked = Array.from({ length: productCount }, () => pick(PRODUCTS));
    const products = [...new Set(picked.map(([product]) => product))];
    const families = [...new Set(picked.map(([, family]) => family))];
    const dayOffset = Math.floor(next() * 730);
    const date = new Date(Date.UTC(2024, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
    // Answers answer what came before them (or a measure whose date the articles do not give).
    const earlier = measures.filter(
      (measure) => measure.target === imposer && (measure.date === null || measure.date.value <= date),
    );
    const respondsTo = earlier.length && next() < 0.5 ? [pick(earlier).id] : [];
    measures.push(
      measureFixture({
        id: `syn-${index}`,
        imposer,
        target,
        products,
        productFamilies: families,
        ratePct: next() < 0.15 ? null : Math.round(5 + next() * 120),
        date: next() < 0.1 ? null : { value: date, precision: 'day' },
        respondsTo,
        label: `${imposer} on ${target}: ${products.join(', ')}`,
      }),
    );
  }
  return measures;
}
