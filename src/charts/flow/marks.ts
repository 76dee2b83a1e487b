// What each measure's mark says and how big it is: shared by the horizontal and vertical layouts.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import { factDateFromValue, factDateMidpoint, formatFactDate } from './dates.ts';
import type { FlowLabelLine } from './layout-types.ts';
import { wrapText, type Weight } from './text-metrics.ts';
import { compareStrings } from '../../lib/compare.ts';

export const DEFAULT_ACTOR_ORDER = ['US', 'CA', 'CN'];

/** Lanes: the preferred actors first (when present), then the others by number of measures, then by code. */
export function orderActors(measures: readonly Measure[], preferred: readonly string[] = DEFAULT_ACTOR_ORDER): string[] {
  const counts = new Map<string, number>();
  for (const measure of measures) counts.set(measure.imposer, (counts.get(measure.imposer) ?? 0) + 1);
  const first = preferred.filter((code) => counts.has(code));
  const rest = [...counts.keys()]
    .filter((code) => !preferred.includes(code))
    .sort((a, b) => counts.get(b)! - counts.get(a)! || compareStrings(a, b));
  return [...first, ...rest];
}

/** Chronological order: dated measures by their date's midpoint, then undated ones; ties by imposer lane, then id. */
export function chronologicalOrder(measures: readonly Measure[], lanes: readonly string[]): Measure[] {
  // Decorate once, then sort: parsing dates inside the comparator dominated the layout's run time.
  const keyed = measures.map((measure) => ({
    measure,
    time: factDateMidpoint(measure.date) ?? Number.POSITIVE_INFINITY,
    lane: lanes.indexOf(measure.imposer),
  }));
  keyed.sort((a, b) => a.time - b.time || a.lane - b.lane || (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0));
  return keyed.map((entry) => entry.measure);
}

/** [answer, answered] id pairs where both measures are drawn, in the answers' order; answers to hidden measures are left out. */
export function answerPairs(measures: readonly Measure[]): [string, string][] {
  const drawn = new Set(measures.map((measure) => measure.id));
  const pairs: [string, string][] = [];
  for (const measure of measures) {
    for (const answered of new Set(measure.respondsTo)) {
      if (answered !== measure.id && drawn.has(answered)) pairs.push([measure.id, answered]);
    }
  }
  return pairs;
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

/** "100%", "rate not stated", "lifted", "cut to 10%". */
export function rateText(measure: Measure): string {
  if (measure.action === 'remove') return 'lifted';
  if (measure.ratePct === null) return measure.action === 'reduce' ? 'cut (rate not stated)' : 'rate not stated';
  return measure.action === 'reduce' ? `cut to ${formatRate(measure.ratePct)}` : formatRate(measure.ratePct);
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
  const date = factDateFromValue(value);
  return date ? formatFactDate(date) : value;
}

/**
 * The label's lines, wrapped to `maxWidth`: "100% · electric vehicles" (bold, up to 2 lines), "→ China · Oct 2024",
 * and "date disputed: Mar 2025" when articles disagree.
 */
export function labelLines(
  measure: Measure,
  otherDates: readonly string[],
  maxWidth: number,
  fontSize: number,
  actorName: (code: string) => string,
  /** The vertical chain has height to spare, so it lets the title run longer before cutting it. */
  titleLines = 2,
  /** Leave out the "→ target · date" line (presentation: the slide says it, the axis shows when). */
  short = false,
): FlowLabelLine[] {
  const lines: FlowLabelLine[] = [];
  const push = (text: string, kind: FlowLabelLine['kind'], maxLines: number, weight: Weight) => {
    for (const line of wrapText(text, maxWidth, fontSize, maxLines, weight)) lines.push({ text: line, kind });
  };
  push(`${rateText(measure)} · ${productsText(measure)}`, 'title', titleLines, 'bold');
  const kind = measure.kind === 'tariff' ? '' : ` · ${measure.kind}`;
  if (!short) push(`→ ${actorName(measure.target)}${kind} · ${formatFactDate(measure.date)}`, 'meta', 2, 'regular');
  if (otherDates.length) push(`date disputed: also ${otherDates.map(formatDateValue).join(', ')}`, 'note', 2, 'regular');
  return lines;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
