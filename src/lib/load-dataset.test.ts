import { describe, expect, it } from 'vitest';
import type { Article, Dataset, Person } from './dataset.ts';
import {
  ARTICLE_TEXTS_LEFT_OUT_META,
  ARTICLE_TEXTS_META,
  articleTextUrl,
  FACT_EVIDENCE_META,
  loadWholeArticle,
  parseArticleText,
  parseFactEvidence,
  withWholeEvidence,
} from './load-dataset.ts';

/** The two things the loader reads of a document: the meta element's content and the base URL. */
function page(textsFolder: string | null, baseURI = 'https://tracer.example/site/index.html') {
  return {
    baseURI,
    querySelector: (selector: string) =>
      selector === `meta[name="${ARTICLE_TEXTS_META}"]` && textsFolder !== null
        ? ({ getAttribute: () => textsFolder } as unknown as Element)
        : null,
  };
}

const excerpt: Article = {
  id: '001-b3d2ae8b626ef560',
  file: '001.txt',
  title: 'Canola',
  titleSource: 'front-matter',
  outlet: null,
  outletSource: null,
  url: null,
  published: { value: null, precision: null, source: null },
  text: 'China said.',
  sentences: [{ start: 0, end: 11 }],
};
const whole = {
  id: excerpt.id,
  text: 'China said. Canada answered.',
  sentences: [
    { start: 0, end: 11 },
    { start: 12, end: 28 },
  ],
};

const reply = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('articleTextUrl', () => {
  it('points into the folder the page names, beside the page', () => {
    expect(articleTextUrl(excerpt.id, page('./articles/'))).toBe(
      'https://tracer.example/site/articles/001-b3d2ae8b626ef560.json',
    );
  });

  it('is null when the page inlines whole texts (offline file, dev server)', () => {
    expect(articleTextUrl(excerpt.id, page(null))).toBeNull();
  });
});

describe('loadWholeArticle', () => {
  it('returns the article with its whole text and sentences, other fields kept', async () => {
    const loaded = await loadWholeArticle(excerpt, reply(200, whole), page('./articles/'));
    expect(loaded).toEqual({ ...excerpt, text: whole.text, sentences: whole.sentences });
  });

  it('returns the article as given when the text is inline, fetching nothing', async () => {
    const refuse = (async () => {
      throw new Error('fetched');
    }) as unknown as typeof fetch;
    await expect(loadWholeArticle(excerpt, refuse, page(null))).resolves.toBe(excerpt);
  });

  it('fails with the file name when the server has no such file', async () => {
    await expect(loadWholeArticle(excerpt, reply(404, {}), page('./articles/'))).rejects.toThrow(
      'articles/001-b3d2ae8b626ef560.json: HTTP 404',
    );
  });
});

describe('parseArticleText', () => {
  it('refuses another article’s text', () => {
    expect(() => parseArticleText({ ...whole, id: 'other' }, excerpt.id)).toThrow(
      /not the text of article 001-b3d2ae8b626ef560/,
    );
  });

  it('refuses sentence spans outside the text', () => {
    expect(() => parseArticleText({ ...whole, sentences: [{ start: 0, end: 99 }] }, excerpt.id)).toThrow(
      /sentence spans outside the text/,
    );
  });
});

describe('withWholeEvidence', () => {
  const quote = (articleId: string) => ({ articleId, start: 0, end: 11, quote: 'China said.' });
  // A person reported by three articles, of whom the page lists the first only.
  const person: Person = {
    id: 'person-anand',
    provenance: 'extracted',
    evidence: [quote('a1')],
    articleCount: 3,
    name: 'Anita Anand',
    aliases: [],
    role: null,
    country: 'CA',
  };
  const dataset = {
    measures: [],
    events: [],
    places: [],
    meetings: [],
    people: [person, { ...person, id: 'person-other', articleCount: 1 }],
  } as unknown as Dataset;
  const wholeList = { id: person.id, evidence: [quote('a1'), quote('a2'), quote('a3')] };
  const evidencePage = {
    baseURI: 'https://tracer.example/site/index.html',
    querySelector: (selector: string) =>
      selector === `meta[name="${FACT_EVIDENCE_META}"]`
        ? ({ getAttribute: () => './evidence/' } as unknown as Element)
        : null,
  };

  it('fetches the selected fact’s whole list from the folder the page names, other facts kept', async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(wholeList));
    }) as unknown as typeof fetch;
    const loaded = await withWholeEvidence(dataset, { kind: 'person', id: person.id }, fetcher, evidencePage);
    expect(asked).toEqual(['https://tracer.example/site/evidence/person-anand.json']);
    expect(loaded.people[0]!.evidence.map((item) => item.articleId)).toEqual(['a1', 'a2', 'a3']);
    expect(loaded.people[1]).toBe(dataset.people[1]);
    expect(dataset.people[0]!.evidence).toHaveLength(1);
  });

  it('fetches nothing for a fact listed whole, a meeting, no selection, or a page that names no folder', async () => {
    const fetcher = (async () => {
      throw new Error('fetched');
    }) as unknown as typeof fetch;
    expect(await withWholeEvidence(dataset, { kind: 'person', id: 'person-other' }, fetcher, evidencePage)).toBe(
      dataset,
    );
    expect(await withWholeEvidence(dataset, { kind: 'meeting', id: person.id }, fetcher, evidencePage)).toBe(dataset);
    expect(await withWholeEvidence(dataset, null, fetcher, evidencePage)).toBe(dataset);
    expect(await withWholeEvidence(dataset, { kind: 'person', id: person.id }, fetcher, page(null))).toBe(dataset);
  });

  it('fails with the file name when the server has no such file, or sends another fact’s list', async () => {
    await expect(
      withWholeEvidence(dataset, { kind: 'person', id: person.id }, reply(404, {}), evidencePage),
    ).rejects.toThrow('evidence/person-anand.json: HTTP 404');
    await expect(
      withWholeEvidence(
        dataset,
        { kind: 'person', id: person.id },
        reply(200, { ...wholeList, id: 'x' }),
        evidencePage,
      ),
    ).rejects.toThrow(/not the evidence of person-anand/);
    expect(() =>
      parseFactEvidence({ id: 'p', evidence: [{ articleId: 'a', start: '0', end: 1, quote: 'q' }] }, 'p'),
    ).toThrow(/not a quote/);
  });
});

describe('an offline file that carries excerpts only', () => {
  const offline = {
    baseURI: 'file:///home/teacher/tariff-tracer.html',
    querySelector: (selector: string) =>
      selector === `meta[name="${ARTICLE_TEXTS_LEFT_OUT_META}"]`
        ? ({ getAttribute: () => 'left out' } as unknown as Element)
        : null,
  };

  it('has no whole text to show, and the reader says where it is, fetching nothing', async () => {
    expect(articleTextUrl(excerpt.id, offline)).toBe('');
    const fetcher = (async () => {
      throw new Error('fetched');
    }) as unknown as typeof fetch;
    await expect(loadWholeArticle(excerpt, fetcher, offline)).rejects.toThrow(
      /offline copy carries the opening of each article, not its whole text/,
    );
  });
});
