import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/dataset.ts';
import { evidenceLines, measureFacts, quoteSource, sourceNote } from './details.ts';
import { measureFixture } from './fixtures.ts';

function article(overrides: Partial<Article> & Pick<Article, 'id'>): Article {
  return {
    file: `${overrides.id}.txt`,
    title: null,
    titleSource: null,
    outlet: null,
    outletSource: null,
    url: null,
    published: { value: null, precision: null, source: null } as unknown as Article['published'],
    text: 'Prime Minister Mark Carney hopes to meet Chinese President Xi Jinping next week as he tries to offset U.S. tariffs.',
    sentences: [],
    ...overrides,
  };
}

describe('how the flow chart cites articles', () => {
  const cases = [
    {
      name: 'an untitled article by its opening words, as an article (not a second quote)',
      given: article({ id: 'a' }),
      expected: 'the article beginning “Prime Minister Mark Carney hopes to meet Chinese…”',
    },
    {
      name: 'an untitled article with an outlet and a publication month',
      given: article({
        id: 'b',
        outlet: 'The Canadian Press',
        published: { value: '2025-10', precision: 'month', source: 'inferred' } as Article['published'],
      }),
      expected: 'The Canadian Press article beginning “Prime Minister Mark Carney hopes to meet Chinese…”, Oct 2025',
    },
    {
      name: 'a titled article by its title',
      given: article({ id: 'c', title: 'China’s Xi & Canada’s Carney vow to advance relations' }),
      expected: 'China’s Xi & Canada’s Carney vow to advance relations',
    },
    { name: 'an article with no words by its file name', given: article({ id: 'd', text: '' }), expected: 'd.txt' },
  ];
  for (const { name, given, expected } of cases) {
    it(`quoteSource names ${name}`, () => expect(quoteSource(given, given.id)).toBe(expected));
  }

  it('evidence lines carry the quote as text and its source by name; the source note lists the cited articles', () => {
    const measure = measureFixture({
      id: 'm',
      evidence: [{ articleId: 'a', start: 0, end: 10, quote: 'Prime Minister <b>' }],
    });
    const articles = [article({ id: 'a' }), article({ id: 'z', title: 'Not cited' })];
    const [line] = evidenceLines(measure, articles);
    expect(line).toMatchObject({
      quote: 'Prime Minister <b>',
      source: 'the article beginning “Prime Minister Mark Carney hopes to meet Chinese…”',
    });
    expect(sourceNote([measure], articles)).toMatch(
      /^Source: 1 article \(“Prime Minister Mark Carney hopes to meet Chinese…”\)\./,
    );
    expect(sourceNote([measure], articles, false, true)).toBe('Source: 1 article (named on the page).');
  });

  it('the details say when articles disagree on the date', () => {
    const measure = measureFixture({ id: 'm', date: { value: '2025-03', precision: 'month' } });
    const facts = (other: string[]) =>
      measureFacts(measure, (code) => code, other).find((fact) => fact.term === 'Date')?.value;
    expect(facts([])).toBe('March 2025');
    expect(facts(['Aug 2025'])).toBe('March 2025 (disputed: another article gives Aug 2025)');
  });
});
