// The headline and standfirst, written from the dataset: what moved first, who answered, the counts, the dates and the key rates.
import { actorName } from '../lib/actors.ts';
import type { Dataset, Measure } from '../lib/dataset.ts';
import { dateRange, formatFactDate, joinList, plural, possessive } from './formatting.ts';
import { compareStrings } from '../lib/compare.ts';

export interface StoryText {
  /** Above the headline: the countries involved and the years covered, e.g. "Canada · China · United States, 2017–2025". */
  kicker: string;
  headline: string;
  standfirst: string;
}

export const FALLBACK_HEADLINE = 'Canada, China and the tariff tit-for-tat';


function byDate(a: Measure, b: Measure): number {
  const left = a.date?.value ?? '9999';
  const right = b.date?.value ?? '9999';
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function productsOf(measures: readonly Measure[], limit: number): string[] {
  const products = [...new Set(measures.flatMap((measure) => measure.products))];
  // A headline names a few products; "and more" says the list goes on.
  return products.length > limit ? [...products.slice(0, limit - 1), 'more'] : products;
}

/** "Canada taxed electric vehicles from China; China answered on canola seed, canola oil and pork": the first move that
 * was answered, and the answers. Null when no measure answers another. */
function escalationHeadline(dataset: Dataset): string | null {
  const imposed = dataset.measures.filter((measure) => measure.action === 'impose');
  const answerCount = (measure: Measure) => imposed.filter((other) => other.respondsTo.includes(measure.id)).length;
  // Among same-date first moves, lead with the one most answered, then the highest rate.
  const answered = imposed
    .filter((measure) => answerCount(measure) > 0)
    .sort((a, b) => compareStrings(a.date?.value ?? '9999', b.date?.value ?? '9999') || answerCount(b) - answerCount(a) || (b.ratePct ?? 0) - (a.ratePct ?? 0) || byDate(a, b));
  const first = answered[0];
  if (!first) return null;
  const firstMoves = answered.filter((measure) => measure.imposer === first.imposer && measure.target === first.target);
  const answers = imposed.filter((measure) => measure.respondsTo.some((id) => firstMoves.some((move) => move.id === id))).sort(byDate);
  const answerers = [...new Set(answers.map((measure) => actorName(measure.imposer, dataset)))];
  return `${actorName(first.imposer, dataset)} taxed ${joinList(productsOf([first], 2))} from ${actorName(first.target, dataset)}; ${joinList(answerers)} answered on ${joinList(productsOf(answers, 3))}`;
}

/** The highest-rate measure each country imposed, in the order the countries first acted. */
export function keyRates(dataset: Dataset): Measure[] {
  const imposed = dataset.measures.filter((measure) => measure.action === 'impose' && measure.ratePct !== null).sort(byDate);
  const top = new Map<string, Measure>();
  for (const measure of imposed) {
    const current = top.get(measure.imposer);
    if (!current || (measure.ratePct ?? 0) > (current.ratePct ?? 0)) top.set(measure.imposer, measure);
  }
  const order = [...new Set(imposed.map((measure) => measure.imposer))];
  return order.map((code) => top.get(code)).filter((measure): measure is Measure => measure !== undefined);
}

function describeRate(dataset: Dataset, measure: Measure): string {
  return `${possessive(actorName(measure.imposer, dataset))} ${measure.ratePct}% ${measure.kind} on ${joinList(measure.products)} from ${actorName(measure.target, dataset)}`;
}

/** Writes the page's headline and standfirst. Pure; every figure comes from the dataset, nothing is assumed about it. */
export function writeStoryText(dataset: Dataset): StoryText {
  const headline = escalationHeadline(dataset) ?? FALLBACK_HEADLINE;
  const sentences: string[] = [];

  const counts = [
    plural(dataset.measures.length, 'trade measure'),
    plural(dataset.meetings.length, 'meeting'),
    plural(dataset.events.length, 'dated event'),
  ];
  const range = dateRange(dataset.events.map((event) => event.date));
  const span = range ? ` from ${formatFactDate(range.from)} to ${formatFactDate(range.to)}` : '';
  sentences.push(`${plural(dataset.articles.length, 'news article')}, read sentence by sentence: ${joinList(counts)}${span}.`);

  const rates = keyRates(dataset);
  if (rates.length) sentences.push(`The key rates: ${rates.map((measure) => describeRate(dataset, measure)).join('; ')}.`);

  const held = dataset.meetings.filter((meeting) => meeting.status === 'held' && meeting.date).sort((a, b) => ((a.date?.value ?? '') < (b.date?.value ?? '') ? 1 : -1))[0];
  if (held) {
    const place = held.place ? dataset.places.find((candidate) => candidate.id === held.place)?.name : undefined;
    const who = held.participants.map((id) => dataset.people.find((person) => person.id === id)?.name).filter((name): name is string => !!name);
    const subject = who.length >= 2 ? `${joinList(who)} met` : held.title;
    sentences.push(`On ${formatFactDate(held.date)}, ${subject}${place ? ` in ${place}` : ''}${held.occasion ? ` at the ${held.occasion}` : ''}.`);
  }
  sentences.push('Every mark below links to the sentences that report it.');
  const countries = [...new Set(dataset.measures.flatMap((measure) => [measure.imposer, measure.target]))].map((code) => actorName(code, dataset));
  const years = range ? [range.from.value.slice(0, 4), range.to.value.slice(0, 4)] : [];
  const yearSpan = years[0] && years[0] !== years[1] ? `${years[0]}–${years[1]}` : (years[0] ?? '');
  const kicker = [countries.join(' · '), yearSpan].filter(Boolean).join(', ') || 'From the news articles';
  return { kicker, headline, standfirst: sentences.join(' ') };
}
