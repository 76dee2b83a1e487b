// The classroom story, written from the dataset: a list of steps, each pointing at a chart and what to show on it.
import { actorName } from '../lib/actors.ts';
import type { Dataset, Evidence, FactDate, Measure, Meeting, TimelineEvent } from '../lib/dataset.ts';
import type { Selection } from '../lib/selection.ts';
import { openingWords } from '../lib/article-label.ts';
import { compareStrings } from '../lib/compare.ts';

export type StoryChart = 'flow' | 'map' | 'timeline';

export interface StoryQuote {
  text: string;
  /** Where it is from: outlet or article title, and the publication date when known. */
  source: string;
}

export interface StoryStep {
  /** Stable name of the step ("first-measure", "trip-2", …), for tests and analytics-free debugging. */
  key: string;
  chart: StoryChart;
  /** Small line above the title: "The first measure", "The trip · stop 2 of 4". */
  kicker: string;
  title: string;
  body: string;
  quote: StoryQuote | null;
  selection: Selection | null;
  /** The chart's 0-based step (map: stop index), or null. */
  step: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 October 2024", "August 2025", "2017"; "" for no date. */
export function formatFactDate(date: FactDate | null): string {
  if (!date) return '';
  const [year, month, day] = date.value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === 'day' && day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (date.precision !== 'year' && monthName) return `${monthName} ${year}`;
  return year ?? '';
}

/** Sort key: undated facts last; a month-precision date sorts at its month's start. */
function dateKey(date: FactDate | null): string {
  return date?.value ?? '9999';
}

function byDate<T extends { date: FactDate | null; id: string }>(a: T, b: T): number {
  return compareStrings(dateKey(a.date), dateKey(b.date)) || compareStrings(a.id, b.id);
}

/** "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Long enough for the claim, short enough to fit a slide beside its chart at 24px. */
const QUOTE_LIMIT = 170;

/** Shortens at a word boundary so a quote fits one slide. */
export function shortenQuote(text: string, limit = QUOTE_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The quote for a step: the first piece of evidence, or, given `reportedFrom`, the first from an article
 * published on or after that date (a held meeting is better told by the report than by the plans before it).
 */
function quoteFrom(dataset: Dataset, evidence: readonly Evidence[], reportedFrom?: string): StoryQuote | null {
  const published = (item: Evidence) => dataset.articles.find((article) => article.id === item.articleId)?.published.value ?? '';
  const first = (reportedFrom ? evidence.find((item) => published(item) >= reportedFrom) : undefined) ?? evidence[0];
  if (!first) return null;
  const article = dataset.articles.find((candidate) => candidate.id === first.articleId);
  // Seeds often lack a title and outlet: the article's first few words still tell the class where to look (few: the
  // quote and its source must fit the slide's column at 24 px).
  const name = article?.outlet || article?.title?.trim() || (article ? `the article beginning ${openingWords(article.text, 5) ?? article.file}` : first.articleId);
  const when = article?.published.value
    ? formatFactDate({ value: article.published.value, precision: article.published.precision ?? 'day' })
    : '';
  return { text: shortenQuote(first.quote), source: when ? `${name}, ${when}` : name };
}

/** "a" or "an" before a word or a number as it is read aloud ("an 80% tariff", "an 11% duty", "a surtax"). */
export function indefiniteArticle(phrase: string): string {
  if (/^(8\d*|11|18)(\.\d+)?(\D|$)/.test(phrase)) return 'an';
  return /^[aeio]/i.test(phrase) ? 'an' : 'a';
}

function measureSentence(dataset: Dataset, measure: Measure): string {
  const imposer = actorName(measure.imposer, dataset);
  const target = actorName(measure.target, dataset);
  const rate = measure.ratePct !== null ? `${measure.ratePct}% ` : '';
  const products = measure.products.length ? listWords(measure.products) : 'goods';
  const verb = measure.action === 'impose' ? 'imposes' : measure.action === 'remove' ? 'removes' : 'reduces';
  const article = measure.action === 'impose' ? indefiniteArticle(`${rate}${measure.kind}`) : 'its';
  const when = formatFactDate(measure.date);
  return `${when ? `${when}: ` : ''}${imposer} ${verb} ${article} ${rate}${measure.kind} on ${products} from ${target}.`;
}

function measureStep(dataset: Dataset, measure: Measure, key: string, kicker: string, extra = ''): StoryStep {
  return {
    key,
    chart: 'flow',
    kicker,
    title: measure.label,
    body: `${measureSentence(dataset, measure)}${extra ? ` ${extra}` : ''}`,
    quote: quoteFrom(dataset, measure.evidence),
    selection: { kind: 'measure', id: measure.id },
    step: null,
  };
}

/** The measure that opened the dispute: the earliest dated imposition that another measure answers, else the earliest. */
function firstMeasure(measures: readonly Measure[]): Measure | undefined {
  const imposed = measures.filter((measure) => measure.action === 'impose' && measure.date).sort(byDate);
  const answered = new Set(measures.flatMap((measure) => measure.respondsTo));
  return imposed.find((measure) => answered.has(measure.id)) ?? imposed[0];
}

/** Answers to `first`: measures that say they respond to it, else the other side's earliest measures against it. */
function retaliations(measures: readonly Measure[], first: Measure): Measure[] {
  const answers = measures.filter((measure) => measure.respondsTo.includes(first.id)).sort(byDate);
  if (answers.length) return answers;
  return measures.filter((measure) => measure.imposer === first.target && measure.target === first.imposer).sort(byDate).slice(0, 1);
}

/** The meeting the trip builds to: held, with the most corroboration, the latest on ties. */
function keyMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  const held = meetings.filter((meeting) => meeting.status === 'held');
  return [...(held.length ? held : meetings)].sort((a, b) => b.articleCount - a.articleCount || byDate(b, a))[0];
}

/** Participants are person ids in the dataset; a name given directly is kept as it is. */
function personName(dataset: Dataset, idOrName: string): string {
  return dataset.people.find((person) => person.id === idOrName)?.name ?? idOrName;
}

function placeName(dataset: Dataset, placeId: string | null): string {
  return dataset.places.find((place) => place.id === placeId)?.name ?? placeId ?? '';
}

function dateRange(arrive: FactDate | null, depart: FactDate | null): string {
  const from = formatFactDate(arrive);
  const to = formatFactDate(depart);
  if (from && to && from !== to) return `${from} to ${to}`;
  return from || to;
}

/** The steps of the presentation, in order. Steps whose facts the dataset lacks are left out. Pure. */
export function buildStory(dataset: Dataset): StoryStep[] {
  const steps: StoryStep[] = [];
  const measures = dataset.measures;
  const dated = [...measures, ...dataset.events].map((fact) => fact.date?.value).filter((value): value is string => Boolean(value)).sort();
  const span = dated.length ? `from ${formatFactDate({ value: dated[0]!.slice(0, 7), precision: 'month' })} to ${formatFactDate({ value: dated[dated.length - 1]!.slice(0, 7), precision: 'month' })}` : '';

  steps.push({
    key: 'overview',
    chart: 'timeline',
    kicker: 'The story',
    title: 'Canada, China and the tariff tit-for-tat',
    body: `${dataset.articles.length} news articles, ${measures.length} tariff measures and ${dataset.events.length} dated events${span ? `, ${span}` : ''}. Each step shows one part of the dispute and the sentence that reports it.`,
    quote: null,
    selection: null,
    step: null,
  });

  const first = firstMeasure(measures);
  if (first) {
    steps.push(measureStep(dataset, first, 'first-measure', 'The first measure'));
    const answers = retaliations(measures, first).slice(0, 3);
    answers.forEach((answer, index) => {
      const kicker = answers.length > 1 ? `The retaliation · ${index + 1} of ${answers.length}` : 'The retaliation';
      steps.push(measureStep(dataset, answer, `retaliation-${index + 1}`, kicker, `In response to: ${first.label}.`));
    });
  }

  const usMeasure = measures.filter((measure) => measure.imposer === 'US' && measure.action === 'impose').sort(byDate)[0];
  if (usMeasure) steps.push(measureStep(dataset, usMeasure, 'us-front', 'The US front', 'Canada looks for other markets.'));

  const stops = [...dataset.trip.stops].sort((a, b) => a.order - b.order);
  // The first stop with no arrival is where the trip starts (the articles' "departs Friday").
  const traveller = dataset.trip.traveller ? personName(dataset, dataset.trip.traveller) : 'The delegation';
  stops.forEach((stop, index) => {
    const meetings = stop.meetings
      .map((id) => dataset.meetings.find((meeting) => meeting.id === id)?.title)
      .filter((title): title is string => Boolean(title));
    const when = dateRange(stop.arrive, stop.depart);
    steps.push({
      key: `trip-${index + 1}`,
      chart: 'map',
      kicker: `The trip · stop ${index + 1} of ${stops.length}`,
      title: `${placeName(dataset, stop.place)}: ${stop.label}`,
      body: `${when ? `${when}. ` : ''}${meetings.length ? `Meetings: ${meetings.join('; ')}.` : `${traveller} ${index === 0 && !stop.arrive ? 'sets out from' : 'stops in'} ${placeName(dataset, stop.place)}.`}`,
      quote: quoteFrom(dataset, stop.evidence),
      selection: { kind: 'stop', id: stop.id },
      step: index,
    });
  });

  const meeting = keyMeeting(dataset.meetings);
  if (meeting) {
    const event = dataset.events.find((candidate) => candidate.relatedIds.includes(meeting.id));
    const details = [
      formatFactDate(meeting.date),
      meeting.place ? `in ${placeName(dataset, meeting.place)}` : '',
      meeting.occasion ? `at the ${meeting.occasion}` : '',
      meeting.durationMinutes ? `for ${meeting.durationMinutes} minutes` : '',
    ].filter(Boolean);
    steps.push({
      key: 'meeting',
      chart: 'timeline',
      kicker: 'The meeting',
      title: meeting.title,
      body: `${listWords(meeting.participants.map((participant) => personName(dataset, participant)))} met${details.length ? ` ${details.join(' ')}` : ''}. ${meeting.articleCount} of ${dataset.articles.length} articles report it.`,
      quote: quoteFrom(dataset, meeting.evidence, meeting.status === 'held' ? meeting.date?.value : undefined),
      selection: event ? { kind: 'event', id: event.id } : { kind: 'meeting', id: meeting.id },
      step: null,
    });
    const after = latestEventAfter(dataset.events, meeting, event);
    if (after) {
      steps.push({
        key: 'next',
        chart: 'timeline',
        kicker: 'What comes next',
        title: after.title,
        body: `${formatFactDate(after.date) || 'Undated'}: the latest event the articles report.`,
        quote: quoteFrom(dataset, after.evidence),
        selection: { kind: 'event', id: after.id },
        step: null,
      });
    }
  }
  return steps;
}

function latestEventAfter(events: readonly TimelineEvent[], meeting: Meeting, meetingEvent: TimelineEvent | undefined): TimelineEvent | undefined {
  if (!meeting.date) return undefined;
  const later = events.filter((event) => event !== meetingEvent && event.date && event.date.value > meeting.date!.value).sort(byDate);
  return later[later.length - 1];
}

/** Clamps a 1-based step number from the URL to the story's range. */
export function clampStep(step: number, total: number): number {
  if (total <= 0) return 1;
  return Math.min(Math.max(1, Math.round(step)), total);
}
