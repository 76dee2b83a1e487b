// What each measure's mark says and how big it is: shared by the horizontal and vertical layouts.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import { displayTimes } from './answers.ts';
import { factDateWords, parseFactDate } from '../../lib/date-words.ts';
import type { FlowLabelLine } from './layout-types.ts';
import { textWidth, wrapText, type Weight } from '../../lib/text-metrics.ts';
import { compareStrings } from '../../lib/compare.ts';

export const DEFAULT_ACTOR_ORDER = ['US', 'CA', 'CN'];

/** The theme colour an actor's marks and arrows take (theme.css has --color-ca, -cn, -us; others share one). */
export const actorColorKey = (actor: string): string =>
  ['CA', 'CN', 'US'].includes(actor.toUpperCase()) ? actor.toLowerCase() : 'other';

/** Lanes: the preferred actors first (when present), then the others by number of measures, then by code. */
export function orderActors(
  measures: readonly Measure[],
  preferred: readonly string[] = DEFAULT_ACTOR_ORDER,
): string[] {
  const counts = new Map<string, number>();
  for (const measure of measures) counts.set(measure.imposer, (counts.get(measure.imposer) ?? 0) + 1);
  const first = preferred.filter((code) => counts.has(code));
  const rest = [...counts.keys()]
    .filter((code) => !preferred.includes(code))
    .sort((a, b) => counts.get(b)! - counts.get(a)! || compareStrings(a, b));
  return [...first, ...rest];
}

/** Chronological order: dated measures by their time on the axis (see displayTimes), then undated ones; ties by
 * imposer lane, then id. */
export function chronologicalOrder(measures: readonly Measure[], lanes: readonly string[]): Measure[] {
  // Decorate once, then sort: parsing dates inside the comparator dominated the layout's run time.
  const times = displayTimes(measures);
  const keyed = measures.map((measure) => ({
    measure,
    time: times.get(measure.id) ?? Number.POSITIVE_INFINITY,
    lane: lanes.indexOf(measure.imposer),
  }));
  keyed.sort(
    (a, b) =>
      a.time - b.time || a.lane - b.lane || (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.measure);
}

/** Mark radius: area proportional to the rate (100% → maxRadius), never smaller than a tappable dot. */
export function markRadius(ratePct: number | null, maxRadius: number): number {
  const minRadius = Math.max(3, maxRadius * 0.28);
  if (ratePct === null) return Math.max(minRadius, maxRadius * 0.6);
  const share = Math.min(1, Math.max(0, ratePct) / 100);
  return Math.max(minRadius, maxRadius * Math.sqrt(share));
}

export function formatRate(ratePct: number): string {
  return `${Number.isInteger(ratePct) ? ratePct : ratePct.toFixed(1)}%`;
}

export function productsText(measure: Measure): string {
  return measure.products.length ? measure.products.join(', ') : measure.kind;
}

/** Other dates the articles give for this measure (from `date` conflicts), as FactDate values. */
export function disputedDates(measure: Measure, conflicts: readonly Conflict[]): string[] {
  const values = new Set<string>();
  for (const conflict of conflicts) {
    if (conflict.factId !== measure.id || conflict.field !== 'date') continue;
    for (const side of conflict.sides) if (side.value !== measure.date?.value) values.add(side.value);
  }
  return [...values].sort();
}

export function formatDateValue(value: string): string {
  const date = parseFactDate(value);
  return date ? factDateWords(date, { short: true }) : value;
}

/** "100% on electric vehicles", "Cut to 6.1% on steel", "Lifted: all goods", "Levy on seafood" (rate not stated). */
export function headline(measure: Measure): string {
  const products = productsText(measure);
  if (measure.action === 'remove') return `Lifted: ${products}`;
  if (measure.ratePct === null)
    return `${capitalise(measure.action === 'reduce' ? `cut ${measure.kind}` : measure.kind)} on ${products}`;
  return `${measure.action === 'reduce' ? 'Cut to ' : ''}${formatRate(measure.ratePct)} on ${products}`;
}

/** A measure named in a few words, for "answers …" notes: "Canada’s 100% on electric vehicles" (its first product). */
export function shortReference(measure: Measure, actorName: (code: string) => string): string {
  const head = headline({ ...measure, products: measure.products.slice(0, 1) });
  const name = actorName(measure.imposer);
  return `${name}${name.endsWith('s') ? '’' : '’s'} ${head.charAt(0).toLowerCase()}${head.slice(1)}`;
}

export interface LabelOptions {
  /** The vertical chain has height to spare, so it lets the title run longer before cutting it. */
  titleLines?: number;
  /** Leave out the "→ target · date" line (presentation: the slide says it, the axis shows when). */
  short?: boolean;
  /** Name the imposer too ("United States → Canada"): in the undated row, which is not a lane. */
  withImposer?: boolean;
  /** Relations no arrow shows (an undated side): said in words. */
  relations?: { answers: readonly Measure[]; answeredBy: readonly Measure[] } | undefined;
}

/**
 * The label's lines, wrapped to `maxWidth`: "Planned: 100% on electric vehicles" (bold, up to 2 lines), "→ China · Oct
 * 2024" (with "rate not stated" when it is not), "date disputed: also Mar 2025" when articles disagree, and
 * "answers …" / "answered by …" for relations that no arrow shows.
 */
export function labelLines(
  measure: Measure,
  otherDates: readonly string[],
  maxWidth: number,
  fontSize: number,
  actorName: (code: string) => string,
  { titleLines = 2, short = false, withImposer = false, relations }: LabelOptions = {},
): FlowLabelLine[] {
  const lines: FlowLabelLine[] = [];
  const push = (text: string, kind: FlowLabelLine['kind'], maxLines: number, weight: Weight) => {
    for (const line of wrapText(text, maxWidth, fontSize, maxLines, weight)) lines.push({ text: line, kind });
  };
  push(`${measure.status === 'planned' ? 'Planned: ' : ''}${headline(measure)}`, 'title', titleLines, 'bold');
  const who = withImposer
    ? `${actorName(measure.imposer)} → ${actorName(measure.target)}`
    : `→ ${actorName(measure.target)}`;
  const kind = measure.kind === 'tariff' || measure.ratePct === null ? '' : ` · ${measure.kind}`;
  const rate = measure.ratePct === null && measure.action !== 'remove' ? ' · rate not stated' : '';
  if (!short) push(`${who}${kind} · ${factDateWords(measure.date, { short: true })}${rate}`, 'meta', 2, 'regular');
  if (otherDates.length)
    push(`date disputed: also ${otherDates.map(formatDateValue).join(', ')}`, 'note', 2, 'regular');
  // As many lines as the title may take (the phone's chain has the height to name every measure answered), two in
  // presentation, where every line of height counts.
  const noteLines = short ? 2 : titleLines;
  if (relations?.answers.length)
    push(
      `answers ${relations.answers.map((other) => shortReference(other, actorName)).join('; ')}`,
      'note',
      noteLines,
      'regular',
    );
  if (relations?.answeredBy.length)
    push(
      `answered by ${relations.answeredBy.map((other) => shortReference(other, actorName)).join('; ')}`,
      'note',
      noteLines,
      'regular',
    );
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The width of a label's widest line, at most `maxWidth`. */
export function widestLine(lines: readonly FlowLabelLine[], fontSize: number, maxWidth: number): number {
  return Math.min(
    maxWidth,
    Math.max(0, ...lines.map((line) => textWidth(line.text, fontSize, line.kind === 'title' ? 'bold' : 'regular'))),
  );
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
