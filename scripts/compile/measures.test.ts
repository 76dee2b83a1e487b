// Measures on text the extractor has never seen: phrasing, products, rates, retaliation links.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { findProducts } from './measures.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const published = { value: '2025-06-11', precision: 'day' as const, source: 'front-matter' as const };

describe('findProducts', () => {
  const cases = [
    { text: 'on canola oil, meal and peas', expected: ['canola oil', 'canola meal', 'peas'] },
    { text: 'on Chinese electric-vehicle (EV) imports', expected: ['electric vehicles'] },
    { text: 'on steel and aluminium', expected: ['steel', 'aluminum'] },
    { text: 'on all Canadian goods not covered by a free trade agreement', expected: ['all goods'] },
    {
      text: 'on solar panels, critical minerals and other related goods',
      expected: ['solar panels', 'critical minerals'],
    },
    { text: 'on the meal served at dinner', expected: [] },
  ];
  for (const { text, expected } of cases) {
    it(`reads ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () =>
      expect(findProducts(text)).toEqual(expected));
  }
});

describe('measures in an unseen article', () => {
  const text = [
    'Mexico imposed a 30% tariff on Japanese steel in May 2024.',
    "In retaliation for Mexico's tariffs on Japanese steel, Japan slapped a 15 per cent levy on Mexican pork and beef last month.",
    'Tokyo also placed tariffs on Mexican seafood.',
    'Mexico later lifted its tariffs on Japanese steel.',
  ].join(' ');
  const facts = extractFacts([articleFromText('fixtures/trade.txt', text, { published })]);

  it('finds the imposer, the target, the rate, the products and the date', () => {
    const steel = facts.measures.find((m) => m.imposer === 'MX' && m.action === 'impose')!;
    expect(steel).toMatchObject({
      target: 'JP',
      products: ['steel'],
      ratePct: 30,
      kind: 'tariff',
      date: { value: '2024-05', precision: 'month' },
    });
    const pork = facts.measures.find((m) => m.imposer === 'JP' && m.products.includes('pork'))!;
    expect(pork).toMatchObject({
      target: 'MX',
      ratePct: 15,
      kind: 'levy',
      date: { value: '2025-05', precision: 'month' },
    });
    expect(pork.products).toEqual(['pork', 'beef']);
    expect(pork.label).toBe('Japan: 15% levy on Mexican pork and beef');
  });

  it("links the retaliation ('in retaliation for …') to the measure it names", () => {
    const steel = facts.measures.find((m) => m.imposer === 'MX' && m.action === 'impose')!;
    const pork = facts.measures.find((m) => m.imposer === 'JP' && m.products.includes('pork'))!;
    expect(pork.respondsTo).toEqual([steel.id]);
    expect(steel.evidence.map((e) => e.quote)).toContain(
      "In retaliation for Mexico's tariffs on Japanese steel, Japan slapped a 15 per cent levy on Mexican pork and beef last month.",
    );
  });

  it('reads a capital as its country (Tokyo → JP) and a removal as its own measure', () => {
    expect(facts.measures.some((m) => m.imposer === 'JP' && m.products.includes('seafood'))).toBe(true);
    const removal = facts.measures.find((m) => m.action === 'remove')!;
    expect(removal).toMatchObject({ imposer: 'MX', target: 'JP', products: ['steel'] });
    expect(removal.id).toMatch(/-remove$/);
  });

  it('does not invent a measure from a sentence that only mentions tariffs', () => {
    const none = extractFacts([
      articleFromText(
        'fixtures/none.txt',
        'Tariffs cause economic disaster, the ad said. Canada is reviewing the tariffs.',
        { published },
      ),
    ]);
    expect(none.measures).toEqual([]);
  });
});

describe('an unseen dispute (EU, China, Australia)', () => {
  const text = [
    'The European Union imposed duties of up to 38% on Chinese electric vehicles in July 2024, prompting Beijing to open an anti-dumping probe into EU pork.',
    "China said on Tuesday it would impose anti-dumping duties of 62.4% on European pork products in retaliation for the EU's tariffs on Chinese electric vehicles.",
    'In 2023, Australia and China ended a dispute over barley after Beijing lifted its 80.5% tariffs on Australian barley.',
  ].join('\n');
  const facts = extractFacts([
    articleFromText('fixtures/eu.txt', text, {
      published: { value: '2025-09-10', precision: 'day', source: 'front-matter' },
    }),
  ]);

  it('reads a rate written after the noun and stops the products at the clause', () => {
    const ev = facts.measures.find((m) => m.imposer === 'EU')!;
    expect(ev).toMatchObject({
      target: 'CN',
      products: ['electric vehicles'],
      ratePct: 38,
      date: { value: '2024-07', precision: 'month' },
    });
  });

  it('dates an announcement by its saying ("said on Tuesday") and links the retaliation', () => {
    const pork = facts.measures.find((m) => m.products.includes('pork'))!;
    expect(pork).toMatchObject({
      imposer: 'CN',
      target: 'EU',
      ratePct: 62.4,
      kind: 'anti-dumping duty',
      date: { value: '2025-09-09', precision: 'day' },
    });
    expect(pork.respondsTo).toEqual([facts.measures.find((m) => m.imposer === 'EU')!.id]);
    // The timeline has the announcement on its day, tied to the measure (its title is events.ts's business).
    const event = facts.events.find((e) => e.date?.value === '2025-09-09')!;
    expect(event.relatedIds).toContain(pork.id);
  });

  it('reads the lifting of a tariff as a removal', () => {
    expect(facts.measures.find((m) => m.action === 'remove')).toMatchObject({
      imposer: 'CN',
      target: 'AU',
      products: ['barley'],
      ratePct: 80.5,
      label: 'China: removes 80.5% tariff on Australian barley',
    });
  });
});

describe('products the lexicon does not list', () => {
  it('keeps them from the phrase after "on", and drops words that name no product', async () => {
    const { unlistedProducts } = await import('./measures.ts');
    expect(unlistedProducts(' on American almonds and apples.')).toEqual(['almonds', 'apples']);
    expect(unlistedProducts(' on Chinese widgets in retaliation for …')).toEqual(['widgets']);
    expect(unlistedProducts(' on several Canadian agricultural products, including')).toEqual([]);
  });

  it('links "India responded with a levy on American almonds" to the US tariff before it', () => {
    const text =
      'Washington imposed a 25% tariff on all Indian goods in August 2025. India responded with a 10% levy on American almonds and apples.';
    const facts = extractFacts([articleFromText('fixtures/india.txt', text, { published })]);
    const almonds = facts.measures.find((m) => m.imposer === 'IN')!;
    expect(almonds).toMatchObject({
      target: 'US',
      products: ['almonds', 'apples'],
      productFamilies: ['other'],
      ratePct: 10,
    });
    expect(almonds.respondsTo).toEqual([facts.measures.find((m) => m.imposer === 'US')!.id]);
  });
});

describe('a country named as the target', () => {
  it('reads "tariffs on Canada" as tariffs on all Canadian goods', async () => {
    const { unlistedProducts } = await import('./measures.ts');
    expect(unlistedProducts(' on Canada have hurt exporters')).toEqual(['all goods']);
    expect(unlistedProducts(' on New Zealand.')).toEqual(['all goods']);
    expect(unlistedProducts(' on Monday.')).toEqual([]);
  });
});

describe('afterPublication: a measure dated after its report is still to come', () => {
  it('compares at the coarser precision, so a day inside a month-only publication is not after it', async () => {
    const { afterPublication } = await import('./measures.ts');
    expect(afterPublication('2026-03-01', '2026-01-16')).toBe(true);
    expect(afterPublication('2026-01', '2026-01-16')).toBe(false);
    // 06_mofcom_canola_preliminary_ruling.txt is published "2025-08" and reports the ruling of 12 August 2025
    expect(afterPublication('2025-08-12', '2025-08')).toBe(false);
    expect(afterPublication('2025-09-01', '2025-08')).toBe(true);
  });
});
