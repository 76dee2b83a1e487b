// The chain in words, for the text alternative: who imposed what on whom, when, and what it answered.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import { factDateWords, parseFactDate } from '../../lib/date-words.ts';
import { chronologicalOrder, disputedDates, formatRate, orderActors } from './marks.ts';

export interface SummaryOptions {
  actorName: (code: string) => string;
  conflicts?: readonly Conflict[];
}

const DEMONYMS: Record<string, string> = {
  CA: 'Canadian',
  CN: 'Chinese',
  US: 'American',
  MX: 'Mexican',
  JP: 'Japanese',
};

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Chinese electric vehicles and batteries", "all Canadian goods", "canola from Ruritania". */
function goodsText(measure: Measure, actorName: (code: string) => string): string {
  const demonym = DEMONYMS[measure.target];
  const products = measure.products.filter((product) => product !== 'all goods');
  const allGoods = products.length < measure.products.length;
  const parts: string[] = [];
  if (allGoods) parts.push(demonym ? `all ${demonym} goods` : `all goods from ${actorName(measure.target)}`);
  if (products.length)
    parts.push(
      demonym ? `${demonym} ${listText(products)}` : `${listText(products)} from ${actorName(measure.target)}`,
    );
  if (!parts.length) return demonym ? `${demonym} goods` : `goods from ${actorName(measure.target)}`;
  return listText(parts);
}

/** "a 100% tariff", "an 18% levy", "a tariff (rate not stated)". */
function rateAndKind(measure: Measure): string {
  if (measure.ratePct === null) return `a ${measure.kind} (rate not stated)`;
  const rate = formatRate(measure.ratePct);
  const article = /^(8|11|18)(\D|$)/.test(rate) ? 'an' : 'a';
  return `${article} ${rate} ${measure.kind}`;
}

function datePhrase(measure: Measure): string {
  if (!measure.date) return 'At a date the articles do not give';
  const text = factDateWords(measure.date);
  return measure.date.precision === 'day' ? `On ${text}` : `In ${text}`;
}

function clause(measure: Measure, actorName: (code: string) => string): string {
  const what = `${rateAndKind(measure)} on ${goodsText(measure, actorName)}`;
  if (measure.action === 'remove') return `${actorName(measure.imposer)} lifted its ${what.replace(/^an? /, '')}`;
  if (measure.action === 'reduce')
    return `${actorName(measure.imposer)} cut its ${measure.kind} on ${goodsText(measure, actorName)}${measure.ratePct === null ? '' : ` to ${formatRate(measure.ratePct)}`}`;
  return `${actorName(measure.imposer)} imposed ${what}`;
}

function possessiveName(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** Country names read in running text: "the United States", "the Philippines", "Canada". */
export function nameInText(name: string): string {
  return /^(the |united |netherlands|philippines|bahamas|gambia|czech republic|dominican republic|central african|marshall islands|solomon islands|maldives|comoros)/i.test(
    name,
  )
    ? name.replace(/^(?!the )/i, 'the ')
    : name;
}

/** "in retaliation for Canada's 100% tariff on Chinese electric vehicles" or "following the United States". */
function answerPhrase(measure: Measure, answered: Measure, actorName: (code: string) => string): string {
  const possessive = `${possessiveName(actorName(answered.imposer))} ${answered.ratePct === null ? '' : `${formatRate(answered.ratePct)} `}${answered.kind} on ${goodsText(answered, actorName)}`;
  if (answered.imposer === measure.target) return `in retaliation for ${possessive}`;
  return `following ${possessive}`;
}

/** One sentence per measure, in chronological order (undated last), then one on the overall count. */
export function summarizeChain(measures: readonly Measure[], options: SummaryOptions): string[] {
  const { conflicts = [] } = options;
  const actorName = (code: string) => nameInText(options.actorName(code));
  if (!measures.length) return ['No tariff measure matches the current filters.'];
  const lanes = orderActors(measures);
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const sentences: string[] = [];
  const counts = lanes.map((code) => {
    const count = measures.filter((measure) => measure.imposer === code).length;
    return `${count} by ${actorName(code)}`;
  });
  sentences.push(
    `The articles report ${measures.length} tariff measure${measures.length === 1 ? '' : 's'}: ${listText(counts)}.`,
  );
  let previousDate: string | null = null;
  for (const measure of chronologicalOrder(measures, lanes)) {
    const dateKey = measure.date?.value ?? 'none';
    const opening =
      dateKey === previousDate ? (measure.date ? 'The same month' : 'Also at an unstated date') : datePhrase(measure);
    previousDate = dateKey;
    const answered = measure.respondsTo
      .map((id) => byId.get(id))
      .filter((other): other is Measure => other !== undefined);
    // "in retaliation for A and B, following C": one phrase per kind of answer, not one per answered measure.
    const phrases = (['in retaliation for', 'following'] as const)
      .map((lead) =>
        answered.map((other) => answerPhrase(measure, other, actorName)).filter((phrase) => phrase.startsWith(lead)),
      )
      .filter((group) => group.length)
      .map((group) =>
        listText(
          group.map((phrase, index) => (index === 0 ? phrase : phrase.replace(/^(in retaliation for|following) /, ''))),
        ),
      );
    let sentence = `${opening}, ${clause(measure, actorName)}${phrases.length ? `, ${phrases.join(', ')}` : ''}.`;
    const others = disputedDates(measure, conflicts);
    if (others.length) {
      const dates = others.map((value) => {
        const date = parseFactDate(value);
        return date ? factDateWords(date) : value;
      });
      sentence += ` Articles disagree on its date: another gives ${listText(dates)}.`;
    }
    sentences.push(sentence);
  }
  return sentences;
}
