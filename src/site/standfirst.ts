// The headline and standfirst, written from the dataset: what moved first, who answered, the counts, the dates and the key rates.
import { actorName } from '../lib/actors.ts';
import type { Dataset, Measure } from '../lib/dataset.ts';
import { byDateThenId, compareFactDates } from '../lib/compare.ts';
import { indexDataset } from '../lib/dataset-index.ts';
import { earliestAndLatest, factDateWords } from '../lib/date-words.ts';
import { joinList, plural, possessive } from '../lib/phrases.ts';

export interface StoryText {
  /** Above the headline: the countries involved and the years covered, e.g. "Canada · China · United States, 2017–2025". */
  kicker: string;
  headline: string;
  standfirst: string;
}

export const FALLBACK_HEADLINE = 'Canada, China and the tariff tit-for-tat';

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
    .sort(
      (a, b) =>
        compareFactDates(a.date, b.date) ||
        answerCount(b) - answerCount(a) ||
        (b.ratePct ?? 0) - (a.ratePct ?? 0) ||
        byDateThenId(a, b),
    );
  const first = answered[0];
  if (!first) return null;
  const firstMoves = answered.filter((measure) => measure.imposer === first.imposer && measure.target === first.target);
  const answers = imposed
    .filter((measure) => measure.respondsTo.some((id) => firstMoves.some((move) => move.id === id)))
    .sort(byDateThenId);
  const answerers = [...new Set(answers.map((measure) => actorName(measure.imposer, dataset)))];
  return `${actorName(first.imposer, dataset)} taxed ${joinList(productsOf([first], 2))} from ${actorName(first.target, dataset)}; ${joinList(answerers)} answered on ${joinList(productsOf(answers, 3))}`;
}

/** The highest-rate measure each country imposed, in the order the countries first acted. */
export function keyRates(dataset: Dataset): Measure[] {
  const imposed = dataset.measures
    .filter((measure) => measure.action === 'impose' && measure.ratePct !== null)
    .sort(byDateThenId);
  const top = new Map<string, Measure>();
  for (const measure of imposed) {
    const current = top.get(measure.imposer);
    if (!current || (measure.ratePct ?? 0) > (current.ratePct ?? 0)) top.set(measure.imposer, measure);
  }
  const order = [...new Set(imposed.map((measure) => measure.imposer))];
  return order.map((code) => top.get(code)).filter((measure): measure is Measure => measure !== undefined);
}

/** A standfirst a phone reader takes in at a glance, before the first chart: about 45 words at most. */
export const STANDFIRST_WORD_LIMIT = 45;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "Canada’s 100% tariff on electric vehicles and batteries": a measure as a possessive phrase, products kept short. */
function rateWords(dataset: Dataset, measure: Measure, productLimit: number): string {
  return `${possessive(actorName(measure.imposer, dataset))} ${measure.ratePct}% ${measure.kind} on ${joinList(productsOf([measure], productLimit))}`;
}

/**
 * The standfirst: the exchange told by its key rates (the first mover's and the answer's), the latest held meeting,
 * and where the facts come from. The counts are left to the chapters. Parts are dropped, least needed first, until it
 * fits STANDFIRST_WORD_LIMIT.
 */
function writeStandfirst(dataset: Dataset): string {
  const rates = keyRates(dataset);
  const [first, next] = rates;
  // "drew" only for a measure the articles say answered it: the highest-rate one.
  const answer = first
    ? dataset.measures
        .filter(
          (measure) => measure.ratePct !== null && measure.action === 'impose' && measure.respondsTo.includes(first.id),
        )
        .sort((a, b) => (b.ratePct ?? 0) - (a.ratePct ?? 0) || byDateThenId(a, b))[0]
    : undefined;
  const held = dataset.meetings
    .filter((meeting) => meeting.status === 'held' && meeting.date)
    .sort((a, b) => compareFactDates(b.date, a.date))[0];
  const index = indexDataset(dataset);
  const who = held
    ? held.participants.map((id) => index.people.get(id)?.name).filter((name): name is string => !!name)
    : [];
  const place = held?.place ? index.places.get(held.place)?.name : undefined;
  const source = `Every mark below links to the sentences in ${plural(dataset.articles.length, 'news article')} that report it.`;

  const variants = (productLimit: number, withOccasion: boolean): string[] => {
    const sentences: string[] = [];
    if (first && answer)
      sentences.push(`${rateWords(dataset, first, productLimit)} drew ${rateWords(dataset, answer, productLimit)}.`);
    else if (first)
      sentences.push(
        `The key rates: ${[first, next]
          .filter((measure): measure is Measure => Boolean(measure))
          .map((measure) => rateWords(dataset, measure, productLimit))
          .join('; ')}.`,
      );
    if (held) {
      const subject = who.length >= 2 ? `${joinList(who)} met` : held.title;
      sentences.push(
        `On ${factDateWords(held.date)}, ${subject}${place ? ` in ${place}` : ''}${withOccasion && held.occasion ? ` at the ${held.occasion}` : ''}.`,
      );
    }
    sentences.push(source);
    return sentences;
  };
  const candidates = [variants(3, true), variants(3, false), variants(2, false), variants(1, false)];
  const fitting = candidates.find((sentences) => wordCount(sentences.join(' ')) <= STANDFIRST_WORD_LIMIT);
  if (fitting) return fitting.join(' ');
  // Still too long (very long names): keep whole sentences from the start, and always the source line.
  const shortest = candidates[candidates.length - 1]!;
  const kept: string[] = [];
  for (const sentence of shortest.slice(0, -1)) {
    if (wordCount([...kept, sentence, source].join(' ')) <= STANDFIRST_WORD_LIMIT) kept.push(sentence);
  }
  return [...kept, source].join(' ');
}

/** Writes the page's headline and standfirst. Pure; every figure comes from the dataset, nothing is assumed about it. */
export function writeStoryText(dataset: Dataset): StoryText {
  const headline = escalationHeadline(dataset) ?? FALLBACK_HEADLINE;
  const range = earliestAndLatest(dataset.events.map((event) => event.date));
  const countries = [...new Set(dataset.measures.flatMap((measure) => [measure.imposer, measure.target]))].map((code) =>
    actorName(code, dataset),
  );
  const years = range ? [range.from.value.slice(0, 4), range.to.value.slice(0, 4)] : [];
  const yearSpan = years[0] && years[0] !== years[1] ? `${years[0]}–${years[1]}` : (years[0] ?? '');
  const kicker = [countries.join(' · '), yearSpan].filter(Boolean).join(', ') || 'From the news articles';
  return { kicker, headline, standfirst: writeStandfirst(dataset) };
}
