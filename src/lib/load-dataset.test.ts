import { describe, expect, it } from 'vitest';
import type { Article } from './dataset.ts';
import { ARTICLE_TEXTS_META, articleTextUrl, loadWholeArticle, parseArticleText } from './load-dataset.ts';

/** The two things the loader reads of a document: the meta element's content and the base URL. */
function page(textsFolder: string | null, baseURI = 'https://tracer.example/site/index.html') {
  return {
    baseURI,
    querySelector: (selector: string) =>
      selector === `meta[name="${ARTICLE_TEXTS_META}"]` && textsFolder !== null ? ({ getAttribute: () => textsFolder } as unknown as Element) : null,
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
const whole = { id: excerpt.id, text: 'China said. Canada answered.', sentences: [{ start: 0, end: 11 }, { start: 12, end: 28 }] };

const reply = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('articleTextUrl', () => {
  it('points into the folder the page names, beside the page', () => {
    expect(articleTextUrl(excerpt.id, page('./articles/'))).toBe('https://tracer.example/site/articles/001-b3d2ae8b626ef560.json');
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
    await expect(loadWholeArticle(excerpt, reply(404, {}), page('./articles/'))).rejects.toThrow('articles/001-b3d2ae8b626ef560.json: HTTP 404');
  });
});

describe('parseArticleText', () => {
  it('refuses another article’s text', () => {
    expect(() => parseArticleText({ ...whole, id: 'other' }, excerpt.id)).toThrow(/not the text of article 001-b3d2ae8b626ef560/);
  });

  it('refuses sentence spans outside the text', () => {
    expect(() => parseArticleText({ ...whole, sentences: [{ start: 0, end: 99 }] }, excerpt.id)).toThrow(/sentence spans outside the text/);
  });
});
