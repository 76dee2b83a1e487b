// The chain in words, for the text alternative: who imposed what on whom, when, and what it answered.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import { factDateFromValue, formatFactDate } from './dates.ts';
import { chronologicalOrder, disputedDates, formatRate, orderActors } from './marks.ts';

export interface SummaryOptions {
  actorName: (code: string) => string;
  conflicts?: readonly Conflict[];
}

const DEMONYMS: Record<string, string> = { CA: 'Canadian', CN: 'Chinese', US: 'American', MX: 'Mexican', JP: 'Japanese' };

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
  if (products.length) parts.push(demonym ? `${demonym} ${listText(products)}` : `${listText(products)} from ${actorName(measure.target)}`);
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
  const text = formatFactDate(measure.date, true);
  return measure.date.precision === 'day' ? `On ${text}` : `In ${text}`;
}

function clause(measure: Measure, actorName: (code: string) => string): string {
  const what = `${rateAndKind(measure)} on ${goodsText(measure, actorName)}`;
  if (measure.action === 'remove') return `${actorName(measure.imposer)} lifted its ${what.replace(/^an? /, '')}`;
  if (measure.action === 'reduce') return `${actorName(measure.imposer)} cut its ${measure.kind} on ${goodsText(measure, actorName)}${measure.ratePct === null ? '' : ` to ${formatRate(measure.ratePct)}`}`;
  return `${actorName(measure.imposer)} imposed ${what}`;
}

function possessiveName(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** "in retaliation for Canada's 100% tariff on Chinese electric vehicles" or "following the United States". */
function answerPhrase(measure: Measure, answered: Measure, actorName: (code: string) => string): string {
  const possessive = `${possessiveName(actorName(answered.imposer))} ${answered.ratePct === null ? '' : `${formatRate(answered.ratePct)} `}${answered.kind} on ${goodsText(answered, actorName)}`;
  if (answered.imposer === measure.target) return `in retaliation for ${possessive}`;
  return `following ${possessive}`;
}

/** One sentence per measure, in chronological order (undated last), then one on the overall count. */
export function summarizeChain(measures: readonly Measure[], options: SummaryOptions): string[] {
  const { actorName, conflicts = [] } = options;
  if (!measures.length) return ['No tariff measure matches the current filters.'];
  const lanes = orderActors(measures);
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const sentences: string[] = [];
  const counts = lanes.map((code) => {
    const count = measures.filter((measure) => measure.imposer === code).length;
    return `${count} by ${actorName(code)}`;
  });
  sentences.push(`The articles report ${measures.length} tariff measure${measures.length === 1 ? '' : 's'}: ${listText(counts)}.`);
  let previousDate: string | null = null;
  for (const measure of chronologicalOrder(measures, lanes)) {
    const dateKey = measure.date?.value ?? 'none';
    const opening = dateKey === previousDate ? (measure.date ? 'The same month' : 'Also at an unstated date') : datePhrase(measure);
    previousDate = dateKey;
    const answers = measure.respondsTo
      .map((id) => byId.get(id))
      .filter((answered): answered is Measure => answered !== undefined)
      .map((answered) => answerPhrase(measure, answered, actorName));
    let sentence = `${opening}, ${clause(measure, actorName)}${answers.length ? `, ${listText(answers)}` : ''}.`;
    const others = disputedDates(measure, conflicts);
    if (others.length) {
      const dates = others.map((value) => {
        const date = factDateFromValue(value);
        return date ? formatFactDate(date, true) : value;
      });
      sentence += ` Articles disagree on its date: another gives ${listText(dates)}.`;
    }
    sentences.push(sentence);
  }
  return sentences;
}
