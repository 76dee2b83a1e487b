// Words for the timeline's marks, details box and text alternative: date phrases, sources, the list by year.
import type { Article, Evidence, FactDate, MeasureStage, TimelineEvent } from '../../lib/dataset.ts';
import type { DisputedPosition, TimelineItem } from './items.ts';
import type { LevelMark } from './level-marks.ts';
import { articleLabel } from '../../lib/article-label.ts';
import { factDateWords } from '../../lib/date-words.ts';

/** "31 October 2025", "March 2025 (month only)", "2017 (year only)": the precision said, never a guessed day. */
export function dateText(date: FactDate, { withPrecision = true }: { withPrecision?: boolean } = {}): string {
  return factDateWords(date, { precisionNote: withPrecision });
}

export const CATEGORY_NAMES: Record<TimelineEvent['category'], string> = {
  'trade measure': 'Trade measure',
  meeting: 'Meeting',
  'detention/consular': 'Detention or consular case',
  statement: 'Statement',
  visit: 'Visit',
  agreement: 'Agreement',
};

export interface SourceLine {
  key: string;
  quote: string;
  /** Article title (or file name) and outlet. */
  source: string;
}

/** Each evidence quote with the name of the article it comes from. */
export function sourceLines(evidence: readonly Evidence[], articles: readonly Article[]): SourceLine[] {
  return evidence.map((item, index) => {
    const article = articles.find((candidate) => candidate.id === item.articleId);
    const name = article ? articleLabel(article) : item.articleId;
    return {
      key: `${item.articleId}:${item.start}:${index}`,
      quote: item.quote,
      source: article?.outlet ? `${name} (${article.outlet})` : name,
    };
  });
}

/** Distinct article names behind a fact, in evidence order. */
export function articleNames(evidence: readonly Evidence[], articles: readonly Article[]): string[] {
  return [...new Set(sourceLines(evidence, articles).map((line) => line.source))];
}

export interface YearGroup {
  year: string;
  items: TimelineItem[];
}

/** Items (in date order) grouped by calendar year, for the text alternative. */
export function groupByYear(items: readonly TimelineItem[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = item.date.value.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

const STAGE_WORDS: Record<MeasureStage, string> = {
  announced: 'announced',
  'in force': 'put in force',
  raised: 'raised',
  cut: 'cut',
  paused: 'paused',
  exempted: 'some goods exempted',
  lifted: 'lifted',
};

const DIRECTION_WORDS = { escalation: 'Escalation', 'de-escalation': 'De-escalation', exemption: 'Exemption' } as const;

/**
 * "Escalation (raised)", "De-escalation (cut, lifted)", "Exemption (some goods exempted)": what the chevron (or the
 * exemption's mark) says; '' for no direction.
 */
export function directionText(item: Pick<TimelineItem, 'direction' | 'stages'>): string {
  if (!item.direction) return '';
  const head = DIRECTION_WORDS[item.direction];
  return item.stages.length ? `${head} (${item.stages.map((stage) => STAGE_WORDS[stage]).join(', ')})` : head;
}

/** Accessible name of a mark: its visible label first (WCAG 2.5.3), then what the drawing shows. */
export function itemName(item: TimelineItem, { notInForce = false }: { notInForce?: boolean } = {}): string {
  const parts = [item.title, `${CATEGORY_NAMES[item.category]}, ${dateText(item.date)}`];
  if (item.direction) parts.push(directionText(item));
  // With a day chosen on the page: a trade mark faded because none of its measures was in force that day.
  if (notInForce) parts.push('Not in force on the chosen day');
  if (item.disputes.length)
    parts.push(
      `Date disputed: the sources also give ${item.disputes.map((position) => dateText(position.date, { withPrecision: false })).join(' and ')}`,
    );
  return parts.join('. ');
}

/** What the details box shows: one fact (a dated item, or an undated event), or the items of a cluster. */
export type DetailsTarget =
  | {
      type: 'fact';
      fact: Pick<TimelineEvent, 'id' | 'title' | 'category' | 'evidence' | 'date'> & { disputes?: DisputedPosition[] };
    }
  | { type: 'cluster'; items: TimelineItem[]; canZoom: boolean };

type DetailsFact = Extract<DetailsTarget, { type: 'fact' }>['fact'];

/**
 * What the details box shows for the first of `ids` (in order of precedence; null skipped) that is a mark drawn or a
 * fact: a numbered group's members (`canZoom`: whether Enter can still zoom into it), or the fact; else null.
 */
export function detailsTargetOf(
  ids: readonly (string | null)[],
  marks: ReadonlyMap<string, LevelMark>,
  factOf: (id: string) => DetailsFact | undefined,
  canZoom: boolean,
): DetailsTarget | null {
  for (const id of ids) {
    if (!id) continue;
    const mark = marks.get(id);
    if (mark?.type === 'cluster') return { type: 'cluster', items: mark.members.map((member) => member.item), canZoom };
    const fact = factOf(id);
    if (fact) return { type: 'fact', fact };
  }
  return null;
}
