// Reads the dataset that the build inlined into the page as <script type="application/json" id="dataset">, and
// fetches an article's whole text when the page inlined only excerpts (scripts/vite-plugin-dataset.ts).
import type { Article, Dataset, Span } from './dataset.ts';

/** <meta name=… content="./articles/">: present when the inlined articles carry excerpts, naming where the whole texts are. */
export const ARTICLE_TEXTS_META = 'tariff-tracer:article-texts';

export function loadInlinedDataset(doc: Document = document): Dataset {
  const node = doc.getElementById('dataset');
  if (!node?.textContent) throw new Error('The page has no inlined dataset (script#dataset): was it built with `npm run build`?');
  return JSON.parse(node.textContent) as Dataset;
}

/** The URL of an article's whole text, or null when the page inlines whole texts (offline file, dev server). */
export function articleTextUrl(articleId: string, doc: Pick<Document, 'querySelector' | 'baseURI'> = document): string | null {
  const folder = doc.querySelector(`meta[name="${ARTICLE_TEXTS_META}"]`)?.getAttribute('content');
  if (!folder) return null;
  return new URL(`${encodeURIComponent(articleId)}.json`, new URL(folder, doc.baseURI)).href;
}

/** Checks a fetched article text file: the right article, a string text and in-range sentence spans. */
export function parseArticleText(json: unknown, articleId: string): Pick<Article, 'text' | 'sentences'> {
  const record = json as { id?: unknown; text?: unknown; sentences?: unknown } | null;
  if (!record || record.id !== articleId || typeof record.text !== 'string' || !Array.isArray(record.sentences)) {
    throw new Error(`articles/${articleId}.json: not the text of article ${articleId}`);
  }
  const length = record.text.length;
  const sentences = record.sentences as Span[];
  const inRange = sentences.every((span) => Number.isInteger(span?.start) && Number.isInteger(span?.end) && span.start >= 0 && span.start <= span.end && span.end <= length);
  if (!inRange) throw new Error(`articles/${articleId}.json: sentence spans outside the text`);
  return { text: record.text, sentences };
}

/** The article with its whole text: as given when the page inlines whole texts, else fetched (same origin). */
export async function loadWholeArticle(article: Article, fetcher: typeof fetch = fetch, doc: Pick<Document, 'querySelector' | 'baseURI'> = document): Promise<Article> {
  const url = articleTextUrl(article.id, doc);
  if (!url) return article;
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`articles/${article.id}.json: HTTP ${response.status}`);
  return { ...article, ...parseArticleText(await response.json(), article.id) };
}
