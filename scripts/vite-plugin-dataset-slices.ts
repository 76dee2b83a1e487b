// What each built page inlines of the compiled dataset (pure functions; the plugin in vite-plugin-dataset.ts uses
// them). The compiled file keeps everything; the site build cuts it so a page carries what it draws:
//  - the main page: articles keep their fields, but `text` is cut to an excerpt (see excerptArticle); the reader
//    fetches the whole text from articles/<id>.json when it opens (src/lib/load-dataset.ts); a fact reported by
//    more than PAGE_ARTICLES_PER_FACT articles lists those first ones, the details panel fetches the rest;
//  - an embed: only the facts its chart draws, and only the articles they cite, their text cut to the words that
//    name them and the sentences that link meetings to measures (embedArticle).
// The offline single file (tariff-tracer.html) is not cut: it must work from file://, where nothing can be fetched
// (unless the dataset is too large for one file: then it carries the main page's slice, and says so).
import type { Article, Dataset, Evidence, FactBase, Span } from '../src/lib/dataset.ts';
import { meetingDiscusses, meetingSentences } from '../src/lib/relations.ts';

export type DatasetSlice = 'page' | 'flow' | 'map' | 'timeline';

/** What the reader fetches for one article: the text every evidence offset refers to, and its sentences. */
export interface ArticleText {
  id: string;
  text: string;
  sentences: Span[];
}

/** Tokens of the article's opening kept in the excerpt: article-label.ts names an untitled article by its first 8. */
const OPENING_TOKENS = 12;

/** An article id is used as a file name (articles/<id>.json): the compiler's ids are "NNN-<hex>". */
const SAFE_ID = /^[A-Za-z0-9_-]{1,120}$/;

export function articleTextFile(id: string): string {
  if (!SAFE_ID.test(id))
    throw new Error(
      `dataset: article id "${id.slice(0, 60)}" cannot be a file name (expected letters, digits, "-" or "_")`,
    );
  return `articles/${id}.json`;
}

/** Where the opening's first OPENING_TOKENS whitespace-separated tokens end (or the text's end). */
function openingEnd(text: string): number {
  const tokens = /\S+/g;
  let end = 0;
  for (let count = 0; count < OPENING_TOKENS; count += 1) {
    const match = tokens.exec(text);
    if (!match) return text.length;
    end = match.index + match[0].length;
  }
  return end;
}

/**
 * The article with its text cut to an excerpt the charts can still work from: the opening (its first 12 words,
 * extended to the end of the sentence they cut into; offsets there are unchanged, so the opening words that label
 * an untitled article are the same), then each sentence of `keep` (indexes into article.sentences) after a blank
 * line, with `sentences` pointing into the excerpt. Evidence offsets beyond the opening do not refer to the excerpt:
 * the reader fetches the whole text (ArticleText) before it marks a quote.
 */
export function excerptArticle(article: Article, keep: ReadonlySet<number>): Article {
  let prefixEnd = openingEnd(article.text);
  for (const span of article.sentences) if (span.start < prefixEnd && span.end > prefixEnd) prefixEnd = span.end;
  let text = article.text.slice(0, prefixEnd);
  const sentences: Span[] = [];
  article.sentences.forEach((span, index) => {
    if (span.end <= prefixEnd) {
      sentences.push(span);
      return;
    }
    if (!keep.has(index) || span.start < prefixEnd) return;
    text += '\n\n';
    const start = text.length;
    text += article.text.slice(span.start, span.end);
    sentences.push({ start, end: text.length });
  });
  return { ...article, text, sentences };
}

/**
 * articleLabel (src/lib/article-label.ts) names an untitled article by its first 8 words, with "…" when a 9th
 * follows: an embed, which shows an article only as the source of a quote, keeps no more of its opening.
 */
const LABEL_TOKENS = 9;

/**
 * The article as an embed carries it: no reader opens it there, so its text is what names it and what relations.ts
 * reads. An untitled article keeps its opening's first LABEL_TOKENS words (its label); a titled one none. Then each
 * sentence of `keep` after a blank line, with `sentences` pointing at those alone.
 */
export function embedArticle(article: Article, keep: ReadonlySet<number>): Article {
  const tokens = /\S+/g;
  let openingEnd = 0;
  if (!article.title?.trim()) {
    for (let count = 0; count < LABEL_TOKENS; count += 1) {
      const match = tokens.exec(article.text);
      if (!match) break;
      openingEnd = match.index + match[0].length;
    }
  }
  let text = article.text.slice(0, openingEnd);
  const sentences: Span[] = [];
  article.sentences.forEach((span, index) => {
    if (!keep.has(index)) return;
    if (text) text += '\n\n';
    const start = text.length;
    text += article.text.slice(span.start, span.end);
    sentences.push({ start, end: text.length });
  });
  return { ...article, text, sentences };
}

/**
 * For each article, the sentences (indexes) that relations.ts reads from its text: those meetingSentences finds
 * naming every participant of a meeting the article reports. Computed with meetingSentences itself, one article at
 * a time, so the excerpts give the charts exactly the meeting–measure links the whole texts give.
 */
export function sentencesRelationsRead(
  dataset: Pick<Dataset, 'people' | 'articles' | 'meetings'>,
): Map<string, Set<number>> {
  const byId = new Map(dataset.articles.map((article) => [article.id, article]));
  const kept = new Map<string, Set<number>>();
  for (const meeting of dataset.meetings) {
    const evidenceByArticle = new Map<string, Evidence[]>();
    for (const item of meeting.evidence)
      evidenceByArticle.set(item.articleId, [...(evidenceByArticle.get(item.articleId) ?? []), item]);
    for (const [articleId, evidence] of evidenceByArticle) {
      const article = byId.get(articleId);
      if (!article) continue;
      // What meetingSentences adds after the evidence quotes are this article's sentences, in order. Asked with this
      // article's quotes only: a meeting reported by thousands of articles would otherwise copy all its quotes per article.
      const found = meetingSentences({ people: dataset.people, articles: [article] }, { ...meeting, evidence }).slice(
        evidence.length,
      );
      if (!found.length) continue;
      const indexes = kept.get(articleId) ?? new Set<number>();
      let cursor = 0;
      for (const sentence of found) {
        while (cursor < article.sentences.length) {
          const span = article.sentences[cursor]!;
          cursor += 1;
          if (article.text.slice(span.start, span.end) === sentence) {
            indexes.add(cursor - 1);
            break;
          }
        }
      }
      kept.set(articleId, indexes);
    }
  }
  return kept;
}

/**
 * Of the sentences relations.ts could read (sentencesRelationsRead), the few an embed needs to link each meeting to
 * the same measures: for every meeting–measure pair the whole set of sentences links, sentences are added in order
 * until the pair is linked. Linking only grows with more sentences, so the result links exactly the same pairs.
 */
export function sentencesLinkingMeetings(
  dataset: Pick<Dataset, 'people' | 'articles' | 'meetings' | 'measures'>,
): Map<string, Set<number>> {
  const candidates = sentencesRelationsRead(dataset);
  const byId = new Map(dataset.articles.map((article) => [article.id, article]));
  const chosen = new Map<string, Set<number>>();
  for (const meeting of dataset.meetings) {
    const articleIds = [...new Set(meeting.evidence.map((item) => item.articleId))].filter((id) => byId.has(id));
    const options = articleIds.flatMap((id) =>
      [...(candidates.get(id) ?? [])].sort((a, b) => a - b).map((index) => ({ id, index })),
    );
    if (!options.length) continue;
    const view = (sentences: Map<string, Set<number>>) => ({
      people: dataset.people,
      articles: articleIds.map((id) => embedArticle(byId.get(id)!, sentences.get(id) ?? new Set())),
    });
    const whole = view(candidates);
    for (const measure of dataset.measures) {
      if (!meetingDiscusses(whole, meeting, measure) || meetingDiscusses(view(chosen), meeting, measure)) continue;
      for (const { id, index } of options) {
        const set = chosen.get(id) ?? new Set<number>();
        if (set.has(index)) continue;
        chosen.set(id, set.add(index));
        if (meetingDiscusses(view(chosen), meeting, measure)) break;
      }
    }
  }
  return chosen;
}

/**
 * One object for each quote the dataset repeats: the compiler writes a sentence's evidence once per fact it supports
 * (a measure, its event, the people and places it names), so at 20,000 articles 750,000 evidence items are 310,000
 * distinct ones, and sharing them cuts the parsed dataset from about 1 GB to 0.3 GB. Replaces items in place in the
 * `evidence` arrays of `fact` (and of its conflict sides or trip stops); the JSON it gives is unchanged. `pool` is
 * kept from one fact to the next.
 */
export function shareEvidence(fact: unknown, pool: Map<string, Evidence>): void {
  const record = fact as { evidence?: unknown; sides?: unknown; stops?: unknown } | null;
  if (!record || typeof record !== 'object') return;
  if (Array.isArray(record.evidence)) {
    const evidence = record.evidence as Evidence[];
    for (let index = 0; index < evidence.length; index += 1) {
      const item = evidence[index]!;
      if (typeof item?.articleId !== 'string' || Object.keys(item).length !== 4) continue;
      const key = `${item.articleId}\u0000${item.start}\u0000${item.end}`;
      const known = pool.get(key);
      if (!known) pool.set(key, item);
      else if (known.quote === item.quote) evidence[index] = known;
    }
  }
  for (const list of [record.sides, record.stops])
    if (Array.isArray(list)) for (const item of list) shareEvidence(item, pool);
}

/** The whole text of every article, for articles/<id>.json. */
export function articleTexts(dataset: Pick<Dataset, 'articles'>): ArticleText[] {
  return dataset.articles.map((article) => ({ id: article.id, text: article.text, sentences: article.sentences }));
}

/**
 * The main page lists a fact's reports from at most this many articles (every quote of each, in the compiler's
 * order). At 20,000 articles one person is quoted from thousands (the people's lists alone were 82 MB of the page's
 * 234 MB); the whole list of a fact cut here is written to evidence/<id>.json, which the details panel fetches when
 * the fact is selected (src/lib/load-dataset.ts). A seed fact is reported by 12 articles at most: nothing is cut.
 * Meetings are never cut (relations.ts reads their articles to link them to measures), nor trip stops (they have no
 * articleCount to tell a cut list from a whole one) nor conflicts (both sides of a disagreement are shown whole).
 */
export const PAGE_ARTICLES_PER_FACT = 20;

/** The facts the main page cuts to their first reports. */
const PAGE_CUT_FACTS = ['measures', 'events', 'people', 'places'] as const;

/** The evidence from the first `count` articles it cites, every quote of each, in the list's order. */
export function evidenceOfFirstArticles(evidence: readonly Evidence[], count: number): Evidence[] {
  const articles = new Set<string>();
  return evidence.filter((item) => {
    if (articles.has(item.articleId)) return true;
    if (articles.size >= count) return false;
    articles.add(item.articleId);
    return true;
  });
}

/** What the details panel fetches for a fact whose list the page cut: the whole evidence list. */
export interface FactEvidence {
  id: string;
  evidence: Evidence[];
}

export function factEvidenceFile(id: string): string {
  return `evidence/${id}.json`;
}

/** Whether the page cuts this fact's list (and writes it whole to factEvidenceFile): ids that are safe file names. */
function cutOnPage(fact: { id: string; evidence: Evidence[]; articleCount: number }): boolean {
  if (fact.articleCount <= PAGE_ARTICLES_PER_FACT || !SAFE_ID.test(fact.id)) return false;
  return new Set(fact.evidence.map((item) => item.articleId)).size > PAGE_ARTICLES_PER_FACT;
}

/** The whole evidence list of every fact the main page cuts, for evidence/<id>.json. */
export function* pageCutEvidence(dataset: Pick<Dataset, (typeof PAGE_CUT_FACTS)[number]>): Generator<FactEvidence> {
  for (const key of PAGE_CUT_FACTS)
    for (const fact of dataset[key]) if (cutOnPage(fact)) yield { id: fact.id, evidence: fact.evidence };
}

/**
 * An embed quotes at most this many reports of each fact (the first, in the compiler's order). At scale one fact is
 * reported by thousands of articles (1,424 evidence items for one measure at 2,000 generated articles); an embed
 * cannot carry them all and stay small, and its reader cannot use them. `articleCount` keeps the true number of
 * reports ("Reported by 1,424 articles"), and the embed's credit link leads to the site, which has every quote.
 */
export const EMBED_QUOTES_PER_FACT = 2;

function withFirstQuotes<T extends { evidence: Evidence[] }>(fact: T): T {
  return fact.evidence.length <= EMBED_QUOTES_PER_FACT
    ? fact
    : { ...fact, evidence: fact.evidence.slice(0, EMBED_QUOTES_PER_FACT) };
}

const EMPTY_REPORT: Dataset['report'] = { skipped: [], warnings: [], unresolvedDates: [], corrections: [] };

/** The dataset a page inlines: for 'page' every fact; for an embed the facts its chart draws. Never mutates `dataset`. */
export function sliceDataset(dataset: Dataset, slice: DatasetSlice): Dataset {
  if (slice === 'page') {
    const keep = sentencesRelationsRead(dataset);
    const cut = <T extends FactBase>(facts: T[]) =>
      facts.map((fact) =>
        cutOnPage(fact) ? { ...fact, evidence: evidenceOfFirstArticles(fact.evidence, PAGE_ARTICLES_PER_FACT) } : fact,
      );
    return {
      ...dataset,
      measures: cut(dataset.measures),
      events: cut(dataset.events),
      people: cut(dataset.people),
      places: cut(dataset.places),
      articles: dataset.articles.map((article) => excerptArticle(article, keep.get(article.id) ?? new Set())),
    };
  }

  const none: Pick<Dataset, 'measures' | 'people' | 'places' | 'meetings' | 'events' | 'conflicts'> = {
    measures: [],
    people: [],
    places: [],
    meetings: [],
    events: [],
    conflicts: [],
  };
  let facts: Partial<Dataset>;
  if (slice === 'flow') {
    facts = { measures: dataset.measures };
  } else if (slice === 'map') {
    // The map draws the trip's stops, their places and meetings; people name the meetings' participants.
    const placeIds = new Set([
      ...dataset.trip.stops.map((stop) => stop.place),
      ...dataset.meetings.map((meeting) => meeting.place),
    ]);
    facts = {
      meetings: dataset.meetings,
      places: dataset.places.filter((place) => placeIds.has(place.id)),
      people: dataset.people.map((person) => ({ ...person, evidence: [] })),
    };
  } else {
    // The timeline draws events, meetings and measures; people (names only) let relations.ts tie meetings to
    // measures, as on the page.
    facts = {
      events: dataset.events,
      meetings: dataset.meetings,
      measures: dataset.measures,
      people: dataset.people.map((person) => ({ ...person, evidence: [] })),
    };
  }
  const drawn = { ...none, ...facts };
  for (const key of ['measures', 'meetings', 'events', 'places'] as const)
    (drawn[key] as { evidence: Evidence[] }[]) = drawn[key].map(withFirstQuotes);
  const factIds = new Set(
    [...drawn.measures, ...drawn.meetings, ...drawn.events, ...drawn.places, ...drawn.people].map((fact) => fact.id),
  );
  if (slice === 'map') for (const stop of dataset.trip.stops) factIds.add(stop.id);
  const conflicts = dataset.conflicts
    .filter((conflict) => factIds.has(conflict.factId))
    .map((conflict) => ({ ...conflict, sides: conflict.sides.map(withFirstQuotes) }));
  const trip = { ...dataset.trip, stops: slice === 'map' ? dataset.trip.stops.map(withFirstQuotes) : [] };
  const cited = new Set(
    [
      ...drawn.measures,
      ...drawn.meetings,
      ...drawn.events,
      ...drawn.places,
      ...trip.stops,
      ...conflicts.flatMap((conflict) => conflict.sides),
    ].flatMap((fact) => fact.evidence.map((item) => item.articleId)),
  );
  // An embed has no reader and no sources list: an article is there to name a quote's source. The publication
  // anchors (the reasoning behind an inferred date, shown in the reader) stay on the page.
  // Only where meetings and measures are drawn together (the timeline) does relations.ts read the articles'
  // sentences: those of the meetings' quoted articles, as the embed has them.
  const keep =
    slice === 'timeline'
      ? sentencesLinkingMeetings({
          people: drawn.people,
          meetings: drawn.meetings,
          measures: drawn.measures,
          articles: dataset.articles,
        })
      : new Map<string, Set<number>>();
  const articles = dataset.articles
    .filter((article) => cited.has(article.id))
    .map((article) => {
      const published = { ...article.published };
      delete published.anchors;
      return embedArticle({ ...article, published }, keep.get(article.id) ?? new Set());
    });
  return { ...dataset, ...drawn, conflicts, trip, articles, report: EMPTY_REPORT };
}
