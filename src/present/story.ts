// The classroom story, written from the dataset: a list of steps, each pointing at a chart and what to show on it.
import { actorName } from '../lib/actors.ts';
import type { Dataset, Evidence, Measure, Meeting, TimelineEvent } from '../lib/dataset.ts';
import type { Selection } from '../lib/selection.ts';
import { openingWords } from '../lib/article-label.ts';
import { byDateThenId, byOrder, compareFactDates, compareStrings } from '../lib/compare.ts';
import { indexDataset } from '../lib/dataset-index.ts';
import { factDateWords, fromToWords, isoDayWords, publishedWords } from '../lib/date-words.ts';
import { changeDays, describeInForce, inForceOn } from '../lib/in-force.ts';
import { capitalise, joinList, possessive } from '../lib/phrases.ts';

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
  /** View params handed to the chart (the "in force" step: `on`, the day shown). */
  params?: Record<string, string>;
}

/** "Canada’s", "the United States’". */
function possessiveName(name: string): string {
  return possessive(/^United /.test(name) ? `the ${name}` : name);
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
  const articles = indexDataset(dataset).articles;
  const published = (item: Evidence) => articles.get(item.articleId)?.published.value ?? '';
  const first = (reportedFrom ? evidence.find((item) => published(item) >= reportedFrom) : undefined) ?? evidence[0];
  if (!first) return null;
  const article = articles.get(first.articleId);
  // Seeds often lack a title and outlet: the article's first few words still tell the class where to look (few: the
  // quote and its source must fit the slide's column at 24 px).
  const name =
    article?.outlet ||
    article?.title?.trim() ||
    (article ? `the article beginning ${openingWords(article.text, 5) ?? article.file}` : first.articleId);
  const when = article ? publishedWords(article.published.value, article.published.precision) : null;
  return { text: shortenQuote(first.quote), source: when ? `${name}, ${when}` : name };
}

/** "a" or "an" before a word or a number as it is read aloud ("an 80% tariff", "an 11% duty", "a surtax"). */
export function indefiniteArticle(phrase: string): string {
  if (/^(8\d*|11|18)(\.\d+)?(\D|$)/.test(phrase)) return 'an';
  return /^[aeio]/i.test(phrase) ? 'an' : 'a';
}

const PLANNED_VERBS: Record<Measure['action'], string> = {
  impose: 'plans to impose',
  remove: 'plans to remove',
  reduce: 'plans to reduce',
};
const VERBS: Record<Measure['action'], string> = { impose: 'imposes', remove: 'removes', reduce: 'reduces' };

/** "a 100% tariff on electric vehicles and batteries": what a measure is, without who imposes it. */
function measureWhat(measure: Measure, withArticle: boolean): string {
  const rate = measure.ratePct !== null ? `${measure.ratePct}% ` : '';
  const products = measure.products.length ? joinList(measure.products) : 'goods';
  const article = withArticle ? `${indefiniteArticle(`${rate}${measure.kind}`)} ` : '';
  return `${article}${rate}${measure.kind} on ${products}`;
}

/** "October 2024: Canada imposes a 100% tariff on … from China." One sentence for measures of one imposer and date. */
function measuresSentence(dataset: Dataset, group: readonly Measure[]): string {
  const first = group[0]!;
  const imposer = actorName(first.imposer, dataset);
  const target = actorName(first.target, dataset);
  // A planned measure stays planned in the words: "plans to impose", never "imposes".
  const planned = group.every((measure) => measure.status === 'planned');
  const verb = (planned ? PLANNED_VERBS : VERBS)[first.action];
  const what = group.map((measure) =>
    first.action === 'impose'
      ? `${measureWhat(measure, true)}${!planned && measure.status === 'planned' ? ' (planned)' : ''}`
      : `its ${measureWhat(measure, false)}`,
  );
  const when = capitalise(factDateWords(first.date));
  return `${when}: ${imposer} ${verb} ${joinList(what)} from ${target}.`;
}

/** "Canada’s 100% tariff on electric vehicles and 25% tariff on steel": the measures answered, by imposer. */
export function answeredWords(dataset: Dataset, answered: readonly Measure[]): string {
  const imposers = [...new Set(answered.map((measure) => measure.imposer))];
  return joinList(
    imposers.map((imposer) => {
      const theirs = answered.filter((measure) => measure.imposer === imposer);
      return `${possessiveName(actorName(imposer, dataset))} ${joinList(theirs.map((measure) => `${measureWhat(measure, false)}${measure.status === 'planned' ? ' (planned)' : ''}`))}`;
    }),
  );
}

/** The measures `measure` says it answers, in date order (those the dataset lacks are left out). */
function answeredBy(dataset: Dataset, measure: Measure): Measure[] {
  return measure.respondsTo
    .map((id) => indexDataset(dataset).measures.get(id))
    .filter((found): found is Measure => Boolean(found))
    .sort(byDateAsReported);
}

function measureStep(dataset: Dataset, measure: Measure, key: string, kicker: string, extra = ''): StoryStep {
  const answered = answeredBy(dataset, measure);
  const response = answered.length ? ` In response to ${answeredWords(dataset, answered)}.` : '';
  return {
    key,
    chart: 'flow',
    kicker,
    title: `${measure.label}${measure.status === 'planned' ? ' (planned)' : ''}`,
    body: `${measuresSentence(dataset, [measure])}${response}${extra ? ` ${extra}` : ''}`,
    quote: quoteFrom(dataset, measure.evidence),
    selection: { kind: 'measure', id: measure.id },
    step: null,
  };
}

/** Where an article first quotes a measure, by article id. */
function firstQuotes(measure: Measure): Map<string, number> {
  const starts = new Map<string, number>();
  for (const item of measure.evidence)
    starts.set(item.articleId, Math.min(starts.get(item.articleId) ?? Infinity, item.start));
  return starts;
}

/**
 * Date order; measures of one date in the order an article that reports both names them ("a 100 per cent tariff on
 * Chinese EVs … later that same month, a 25% tariff on steel"); else by id, as nothing tells their order.
 */
function byDateAsReported(a: Measure, b: Measure): number {
  const byDay = compareFactDates(a.date, b.date);
  if (byDay) return byDay;
  const quotesA = firstQuotes(a);
  const quotesB = firstQuotes(b);
  // The first article that tells them apart (one sentence naming both, "levies on EVs, steel and aluminum", does not).
  const shared = [...quotesA.keys()].filter((articleId) => quotesB.has(articleId)).sort(compareStrings);
  const byText = shared
    .map((articleId) => quotesA.get(articleId)! - quotesB.get(articleId)!)
    .find((difference) => difference !== 0);
  return byText || compareStrings(a.id, b.id);
}

/**
 * The measures that opened the dispute: the earliest dated impositions that another measure answers, with the
 * same imposer's other impositions of that date (the articles report Canada's EV and steel tariffs together).
 */
function openingMeasures(measures: readonly Measure[]): Measure[] {
  const imposed = measures.filter((measure) => measure.action === 'impose' && measure.date).sort(byDateAsReported);
  const answered = new Set(measures.flatMap((measure) => measure.respondsTo));
  const first = imposed.find((measure) => answered.has(measure.id)) ?? imposed[0];
  if (!first) return [];
  return imposed.filter(
    (measure) =>
      measure.imposer === first.imposer &&
      measure.date?.value === first.date?.value &&
      (measure === first || answered.has(measure.id)),
  );
}

/** Answers to the opening measures: measures that say they respond to any of them, else the other side's earliest. */
function retaliations(measures: readonly Measure[], opening: readonly Measure[]): Measure[] {
  const ids = new Set(opening.map((measure) => measure.id));
  const answers = measures.filter((measure) => measure.respondsTo.some((id) => ids.has(id))).sort(byDateAsReported);
  if (answers.length) return answers;
  const first = opening[0]!;
  return measures
    .filter((measure) => measure.imposer === first.target && measure.target === first.imposer)
    .sort(byDateAsReported)
    .slice(0, 1);
}

/** The meeting the trip builds to: held, with the most corroboration, the latest on ties. */
function keyMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  const held = meetings.filter((meeting) => meeting.status === 'held');
  return [...(held.length ? held : meetings)].sort((a, b) => b.articleCount - a.articleCount || byDateThenId(b, a))[0];
}

/** Participants are person ids in the dataset; a name given directly is kept as it is. */
function personName(dataset: Dataset, idOrName: string): string {
  return indexDataset(dataset).people.get(idOrName)?.name ?? idOrName;
}

function placeName(dataset: Dataset, placeId: string | null): string {
  return (placeId === null ? undefined : indexDataset(dataset).places.get(placeId)?.name) ?? placeId ?? '';
}

/** "Meeting held: A – B. Meetings planned: C – D; E – F." Held and planned told apart, held first. */
export function meetingWords(meetings: readonly Meeting[]): string {
  const held = meetings.filter((meeting) => meeting.status === 'held').map((meeting) => meeting.title);
  const planned = meetings.filter((meeting) => meeting.status !== 'held').map((meeting) => meeting.title);
  const part = (titles: string[], state: string) =>
    titles.length ? `${titles.length > 1 ? 'Meetings' : 'Meeting'} ${state}: ${titles.join('; ')}.` : '';
  return [part(held, 'held'), part(planned, 'planned')].filter(Boolean).join(' ');
}

/** The steps of the presentation, in order. Steps whose facts the dataset lacks are left out. Pure. */
export function buildStory(dataset: Dataset): StoryStep[] {
  const steps: StoryStep[] = [];
  const measures = dataset.measures;
  const dated = [...measures, ...dataset.events]
    .map((fact) => fact.date?.value)
    .filter((value): value is string => Boolean(value))
    .sort();
  const month = (value: string) => factDateWords({ value: value.slice(0, 7), precision: 'month' });
  const span = dated.length ? `from ${month(dated[0]!)} to ${month(dated[dated.length - 1]!)}` : '';

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

  const opening = openingMeasures(measures);
  if (opening.length === 1) {
    steps.push(measureStep(dataset, opening[0]!, 'first-measure', 'The first measure'));
  } else if (opening.length > 1) {
    const first = opening[0]!;
    const planned = opening.every((measure) => measure.status === 'planned');
    steps.push({
      key: 'first-measure',
      chart: 'flow',
      kicker: 'The first measures',
      title: `${possessiveName(actorName(first.imposer, dataset))} ${planned ? 'planned ' : ''}${first.action === 'impose' ? 'tariffs' : 'measures'}, ${factDateWords(first.date)}`,
      body: [
        measuresSentence(dataset, opening),
        ...opening
          .filter((measure) => measure.respondsTo.length)
          .map(
            (measure) =>
              `Its ${measureWhat(measure, false)} answers ${answeredWords(dataset, answeredBy(dataset, measure))}.`,
          ),
      ].join(' '),
      quote: quoteFrom(dataset, first.evidence),
      selection: { kind: 'measure', id: first.id },
      step: null,
    });
  }
  if (opening.length) {
    const answers = retaliations(measures, opening).slice(0, 4);
    answers.forEach((answer, index) => {
      const kicker = answers.length > 1 ? `The retaliation · ${index + 1} of ${answers.length}` : 'The retaliation';
      steps.push(measureStep(dataset, answer, `retaliation-${index + 1}`, kicker));
    });
  }

  const usMeasure = measures
    .filter((measure) => measure.imposer === 'US' && measure.action === 'impose')
    .sort(byDateThenId)[0];
  if (usMeasure)
    steps.push(measureStep(dataset, usMeasure, 'us-front', 'The US front', 'Canada looks for other markets.'));

  const stops = [...dataset.trip.stops].sort(byOrder);
  // The first stop with no arrival is where the trip starts (the articles' "departs Friday").
  const traveller = dataset.trip.traveller ? personName(dataset, dataset.trip.traveller) : 'The delegation';
  stops.forEach((stop, index) => {
    const meetings = stop.meetings
      .map((id) => indexDataset(dataset).meetings.get(id))
      .filter((meeting): meeting is Meeting => Boolean(meeting));
    const when = fromToWords(stop.arrive, stop.depart);
    steps.push({
      key: `trip-${index + 1}`,
      chart: 'map',
      kicker: `The trip · stop ${index + 1} of ${stops.length}`,
      title: `${placeName(dataset, stop.place)}: ${stop.label}`,
      body: `${when ? `${when}. ` : ''}${meetings.length ? meetingWords(meetings) : `${traveller} ${index === 0 && !stop.arrive ? 'sets out from' : 'stops in'} ${placeName(dataset, stop.place)}.`}`,
      quote: quoteFrom(dataset, stop.evidence),
      selection: { kind: 'stop', id: stop.id },
      step: index,
    });
  });

  const meeting = keyMeeting(dataset.meetings);
  if (meeting) {
    const event = dataset.events.find((candidate) => candidate.relatedIds.includes(meeting.id));
    const details = [
      meeting.date ? factDateWords(meeting.date) : '',
      meeting.place ? `in ${placeName(dataset, meeting.place)}` : '',
      meeting.occasion ? `at the ${meeting.occasion}` : '',
      meeting.durationMinutes ? `for ${meeting.durationMinutes} minutes` : '',
    ].filter(Boolean);
    steps.push({
      key: 'meeting',
      chart: 'timeline',
      kicker: 'The meeting',
      title: meeting.title,
      body: `${joinList(meeting.participants.map((participant) => personName(dataset, participant)))} ${meeting.status === 'held' ? 'met' : 'plan to meet'}${details.length ? ` ${details.join(' ')}` : ''}. ${meeting.articleCount} of ${dataset.articles.length} articles report it.`,
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
        body: `${capitalise(factDateWords(after.date))}: the latest event the articles report.`,
        quote: quoteFrom(dataset, after.evidence),
        selection: { kind: 'event', id: after.id },
        step: null,
      });
    }
  }
  const inForce = inForceStep(dataset);
  if (inForce) steps.push(inForce);
  return steps;
}

/**
 * "In force on 16 January 2026": the rates in force on the last day a rate changed, for the measures the articles
 * report raised, cut, paused, exempted or lifted; on the flow chart, which fades what was no longer in force. Only
 * when some measure changed (a story of measures only put in force has no such step).
 */
export function inForceStep(dataset: Dataset): StoryStep | null {
  const changed = (dataset.measureLives ?? []).filter((life) =>
    life.steps.some((step) => step.date && step.stage !== 'announced' && step.stage !== 'in force'),
  );
  const day = changeDays(changed).at(-1);
  if (!day) return null;
  return {
    key: 'in-force',
    chart: 'flow',
    kicker: 'What was in force',
    title: `In force on ${isoDayWords(day)}`,
    body: describeInForce(inForceOn(changed, day), {
      name: (code) => actorName(code, dataset),
      formatDay: isoDayWords,
    }),
    quote: null,
    selection: null,
    step: null,
    params: { on: day },
  };
}

function latestEventAfter(
  events: readonly TimelineEvent[],
  meeting: Meeting,
  meetingEvent: TimelineEvent | undefined,
): TimelineEvent | undefined {
  if (!meeting.date) return undefined;
  const later = events
    .filter((event) => event !== meetingEvent && event.date && event.date.value > meeting.date!.value)
    .sort(byDateThenId);
  return later[later.length - 1];
}

/** Clamps a 1-based step number from the URL to the story's range. */
export function clampStep(step: number, total: number): number {
  if (total <= 0) return 1;
  return Math.min(Math.max(1, Math.round(step)), total);
}
