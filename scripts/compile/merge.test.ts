// Corroboration and conflicts: several articles, one measure; disagreements kept with both sides' evidence.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { narrowestProducts, productsCover } from './measure-record.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const published = { value: '2025-06-11', precision: 'day' as const, source: 'front-matter' as const };

describe('products', () => {
  it('lets a kind cover the things under it, both ways, and nothing else', () => {
    expect(productsCover('canola', 'canola seed')).toBe(true);
    expect(productsCover('canola oil', 'canola')).toBe(true);
    expect(productsCover('canola oil', 'canola seed')).toBe(false);
    expect(productsCover('steel', 'aluminum')).toBe(false);
  });
  it('drops a kind when a narrower product is listed, and does not modify its input', () => {
    const input = ['canola', 'canola seed', 'pork'];
    expect(narrowestProducts(input)).toEqual(['canola seed', 'pork']);
    expect(input).toEqual(['canola', 'canola seed', 'pork']);
  });
});

describe('merging measures across articles', () => {
  const a = articleFromText('fixtures/a.txt', 'In May 2024, Mexico imposed a 30% tariff on Japanese steel.', {
    published,
  });
  const b = articleFromText(
    'fixtures/b.txt',
    'Mexico imposed a 35% tariff on Japanese steel in May 2024, officials said.',
    { published },
  );
  const c = articleFromText('fixtures/c.txt', 'Mexico imposed a 30 per cent tariff on Japanese steel in May 2024.', {
    published,
  });

  it('keeps one record with every article’s evidence and the majority rate, and flags the rate conflict', () => {
    const facts = extractFacts([a, b, c]);
    expect(facts.measures).toHaveLength(1);
    const steel = facts.measures[0]!;
    expect(steel).toMatchObject({ ratePct: 30, articleCount: 3, date: { value: '2024-05', precision: 'month' } });
    const conflict = facts.conflicts.find((x) => x.field === 'ratePct')!;
    expect(conflict.factId).toBe(steel.id);
    expect(conflict.sides.map((s) => [s.value, s.evidence.map((e) => e.articleId)])).toEqual([
      ['30%', ['fixtures-a', 'fixtures-c']],
      ['35%', ['fixtures-b']],
    ]);
  });

  it('keeps measures of different dates and rates apart (a later increase is a new measure)', () => {
    const later = articleFromText('fixtures/d.txt', 'In March 2025, Mexico imposed a 50% tariff on Japanese steel.', {
      published,
    });
    const facts = extractFacts([a, later]);
    expect(facts.measures.map((m) => m.ratePct).sort()).toEqual([30, 50]);
    expect(new Set(facts.measures.map((m) => m.id)).size).toBe(2);
    expect(facts.conflicts).toEqual([]);
  });

  it('gives the same ids whatever the order of the articles', () => {
    const one = extractFacts([a, b, c]);
    const two = extractFacts([c, a, b]);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('where a merged fact’s fields come from', () => {
  it('records the sentence of each field and says when they are in different articles (the seeds’ canola-seed measure)', () => {
    // seeds/004 gives the rate and the month, seeds/001 the kind: the fact says so instead of hiding it.
    const a = articleFromText(
      'fixtures/rate.txt',
      'China retaliated in March by imposing a 76% levy on Canadian canola seed imports.',
      { published },
    );
    const b = articleFromText(
      'fixtures/kind.txt',
      'In March 2025, Beijing imposed anti-dumping duties on Canadian canola seed, accusing exporters of selling below market value.',
      { published },
    );
    const [seed] = extractFacts([a, b]).measures;
    expect(seed).toMatchObject({
      imposer: 'CN',
      target: 'CA',
      ratePct: 76,
      kind: 'anti-dumping duty',
      fieldsFromSeveralArticles: true,
    });
    expect(seed!.fieldSources?.ratePct?.articleId).toBe('fixtures-rate');
    expect(seed!.fieldSources?.kind?.articleId).toBe('fixtures-kind');
  });

  it('marks a measure the text only announces as planned (01_financecanada_surtax_final_list.txt)', () => {
    const text =
      'On August 26, 2024, the federal government announced its intent to impose a 25 per cent surtax on imports of steel and aluminum products from China.';
    const [steel] = extractFacts([
      { ...articleFromText('fixtures/intent.txt', text, { published }), outlet: 'Department of Finance Canada' },
    ]).measures;
    expect(steel).toMatchObject({ imposer: 'CA', target: 'CN', ratePct: 25, status: 'planned' });
  });
});
