// What the details box and the table say about a measure: plain strings, so the components only place them.
import type { Article, Measure } from '../../lib/dataset.ts';
import { factDateWords } from '../../lib/date-words.ts';
import { formatRate, productsText } from './marks.ts';
import { articleLabel } from '../../lib/article-label.ts';

export interface EvidenceLine {
  key: string;
  articleId: string;
  start: number;
  end: number;
  source: string;
  quote: string;
}

/** An article's short name, for lists of sources: "Outlet: Title", or its opening words when it has no title. */
export function articleName(article: Article | undefined, fallbackId: string): string {
  if (!article) return fallbackId;
  const title = articleLabel(article);
  return article.outlet ? `${article.outlet}: ${title}` : title;
}

/**
 * Who a quote is from, as a reader would cite it: "Outlet: Title, Oct 2025"; an untitled article is "the article
 * beginning “…”" (or "Outlet article beginning “…”"), so its opening words are not taken for a second quote.
 */
export function quoteSource(article: Article | undefined, fallbackId: string): string {
  if (!article) return fallbackId;
  const title = article.title?.trim();
  const opening = articleLabel(article);
  const name = title
    ? article.outlet
      ? `${article.outlet}: ${title}`
      : title
    : opening === article.file
      ? `${article.outlet ? `${article.outlet}, ` : ''}${opening}`
      : `${article.outlet ? `${article.outlet} article` : 'the article'} beginning ${opening}`;
  const published = article.published.value
    ? factDateWords(
        { value: article.published.value, precision: article.published.precision ?? 'day' },
        { short: true },
      )
    : '';
  return published ? `${name}, ${published}` : name;
}

export function rateDescription(measure: Measure): string {
  const rate = measure.ratePct === null ? 'rate not stated' : formatRate(measure.ratePct);
  if (measure.action === 'remove') return `lifted (${rate})`;
  if (measure.action === 'reduce') return `cut to ${rate}`;
  return rate;
}

/** The details box's facts; `otherDates` are the other dates articles give (a disputed date), as text. */
export function measureFacts(
  measure: Measure,
  actorName: (code: string) => string,
  otherDates: readonly string[] = [],
): { term: string; value: string }[] {
  const date = factDateWords(measure.date);
  return [
    { term: 'Who → whom', value: `${actorName(measure.imposer)} → ${actorName(measure.target)}` },
    { term: 'Products', value: productsText(measure) },
    { term: 'Rate', value: `${rateDescription(measure)} · ${measure.kind}` },
    {
      term: 'Date',
      value: otherDates.length ? `${date} (disputed: another article gives ${otherDates.join(', ')})` : date,
    },
  ];
}

/** Each evidence quote with the name of its article. */
export function evidenceLines(measure: Measure, articles: readonly Article[]): EvidenceLine[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return measure.evidence.map((evidence) => ({
    key: `${evidence.articleId}:${evidence.start}-${evidence.end}`,
    articleId: evidence.articleId,
    start: evidence.start,
    end: evidence.end,
    source: quoteSource(byId.get(evidence.articleId), evidence.articleId),
    quote: evidence.quote,
  }));
}

/**
 * The source note: "Source: 3 articles (Global News, BBC, …)." from the articles the measures cite. `short`: one
 * line for a projector, where the slide already quotes its source and a long list would push the chart off screen.
 */
export function sourceNote(
  measures: readonly Measure[],
  articles: readonly Article[],
  canRead = false,
  short = false,
): string {
  const cited = new Set(measures.flatMap((measure) => measure.evidence.map((evidence) => evidence.articleId)));
  const names = articles.filter((article) => cited.has(article.id)).map((article) => articleName(article, article.id));
  if (!names.length) return 'Source: no article reports a tariff measure yet.';
  const count = `${names.length} article${names.length === 1 ? '' : 's'}`;
  if (short) return `Source: ${count} (named on the page).`;
  const how = canRead
    ? 'Each mark keeps the sentences that report it: hover or focus a mark to read them, or open them in their article from the data table.'
    : 'Each mark keeps the sentences that report it: hover or focus a mark, or open the data table, to read them.';
  return `Source: ${count} (${names.join('; ')}). ${how}`;
}
