// Reads the dataset that the build inlined into the page as <script type="application/json" id="dataset">, and
// fetches what the page left out (scripts/vite-plugin-dataset-slices.ts): an article's whole text when the page
// inlined only excerpts, a fact's whole evidence list when the page listed only its first reports.
import type { Article, Dataset, Evidence, FactBase, FactKind, Span } from './dataset.ts';

/** <meta name=… content="./articles/">: present when the inlined articles carry excerpts, naming where the whole texts are. */
export const ARTICLE_TEXTS_META = 'tariff-tracer:article-texts';

export function loadInlinedDataset(doc: Document = document): Dataset {
  const node = doc.getElementById('dataset');
  if (!node?.textContent)
    throw new Error('The page has no inlined dataset (script#dataset): was it built with `npm run build`?');
  return JSON.parse(node.textContent) as Dataset;
}

/**
 * <meta name=… content="…">: in an offline file too large to carry every article's whole text (or every quote), what
 * it left out (scripts/build-single-file.ts). Its articles are excerpts, and it has nowhere to fetch from.
 */
export const ARTICLE_TEXTS_LEFT_OUT_META = 'tariff-tracer:left-out';

/**
 * The URL of an article's whole text; null when the page inlines whole texts (offline file, dev server); '' when the
 * page carries excerpts with nowhere to fetch the whole from (a large offline file: loadWholeArticle says so).
 */
export function articleTextUrl(
  articleId: string,
  doc: Pick<Document, 'querySelector' | 'baseURI'> = document,
): string | null {
  const folder = doc.querySelector(`meta[name="${ARTICLE_TEXTS_META}"]`)?.getAttribute('content');
  if (!folder) return doc.querySelector(`meta[name="${ARTICLE_TEXTS_LEFT_OUT_META}"]`) ? '' : null;
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
  const inRange = sentences.every(
    (span) =>
      Number.isInteger(span?.start) &&
      Number.isInteger(span?.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= length,
  );
  if (!inRange) throw new Error(`articles/${articleId}.json: sentence spans outside the text`);
  return { text: record.text, sentences };
}

/** The article with its whole text: as given when the page inlines whole texts, else fetched (same origin). */
export async function loadWholeArticle(
  article: Article,
  fetcher: typeof fetch = fetch,
  doc: Pick<Document, 'querySelector' | 'baseURI'> = document,
): Promise<Article> {
  const url = articleTextUrl(article.id, doc);
  if (url === null) return article;
  if (url === '')
    throw new Error(
      'this offline copy carries the opening of each article, not its whole text: the published site has it',
    );
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`articles/${article.id}.json: HTTP ${response.status}`);
  return { ...article, ...parseArticleText(await response.json(), article.id) };
}

/** <meta name=… content="./evidence/">: present on the built page, naming where the whole evidence lists are. */
export const FACT_EVIDENCE_META = 'tariff-tracer:evidence';

/** The facts whose evidence the page may cut to its first reports, by selection kind. */
const CUT_KINDS: Partial<Record<FactKind, 'measures' | 'events' | 'people' | 'places'>> = {
  measure: 'measures',
  event: 'events',
  person: 'people',
  place: 'places',
};

/** Whether the fact lists fewer articles than report it: the page carries its first reports only. */
export function evidenceWasCut(fact: Pick<FactBase, 'evidence' | 'articleCount'>): boolean {
  return new Set(fact.evidence.map((item) => item.articleId)).size < fact.articleCount;
}

/** Checks a fetched evidence file: the right fact, and a list of quotes with offsets. */
export function parseFactEvidence(json: unknown, factId: string): Evidence[] {
  const record = json as { id?: unknown; evidence?: unknown } | null;
  if (!record || record.id !== factId || !Array.isArray(record.evidence))
    throw new Error(`evidence/${factId}.json: not the evidence of ${factId}`);
  const valid = (record.evidence as Evidence[]).every(
    (item) =>
      typeof item?.articleId === 'string' &&
      typeof item.quote === 'string' &&
      Number.isInteger(item.start) &&
      Number.isInteger(item.end),
  );
  if (!valid) throw new Error(`evidence/${factId}.json: an item is not a quote with its article and offsets`);
  return record.evidence as Evidence[];
}

/**
 * The dataset with the selected fact's whole evidence list, fetched (same origin) when the page listed only its first
 * reports; the dataset as given when nothing was cut or the page names no folder (offline file, dev server, embeds).
 */
export async function withWholeEvidence(
  dataset: Dataset,
  selection: { kind: FactKind; id: string } | null,
  fetcher: typeof fetch = fetch,
  doc: Pick<Document, 'querySelector' | 'baseURI'> = document,
): Promise<Dataset> {
  const key = selection ? CUT_KINDS[selection.kind] : undefined;
  if (!key || !selection) return dataset;
  const facts: FactBase[] = dataset[key];
  const fact = facts.find((candidate) => candidate.id === selection.id);
  const folder = doc.querySelector(`meta[name="${FACT_EVIDENCE_META}"]`)?.getAttribute('content');
  if (!fact || !evidenceWasCut(fact) || !folder) return dataset;
  const response = await fetcher(new URL(`${encodeURIComponent(fact.id)}.json`, new URL(folder, doc.baseURI)).href);
  if (!response.ok) throw new Error(`evidence/${fact.id}.json: HTTP ${response.status}`);
  const evidence = parseFactEvidence(await response.json(), fact.id);
  return { ...dataset, [key]: facts.map((candidate) => (candidate === fact ? { ...candidate, evidence } : candidate)) };
}
