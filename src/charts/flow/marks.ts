// What each measure's mark says and how big it is: shared by the horizontal and vertical layouts.
import type { Conflict, Measure } from '../../lib/dataset.ts';
import { factDateFromValue, factDateMidpoint, formatFactDate } from './dates.ts';
import type { FlowLabelLine } from './layout-types.ts';
import { wrapText, type Weight } from './text-metrics.ts';

export const DEFAULT_ACTOR_ORDER = ['US', 'CA', 'CN'];

/** Lanes: the preferred actors first (when present), then the others by number of measures, then by code. */
export function orderActors(measures: readonly Measure[], preferred: readonly string[] = DEFAULT_ACTOR_ORDER): string[] {
  const counts = new Map<string, number>();
  for (const measure of measures) counts.set(measure.imposer, (counts.get(measure.imposer) ?? 0) + 1);
  const first = preferred.filter((code) => counts.has(code));
  const rest = [...counts.keys()]
    .filter((code) => !preferred.includes(code))
    .sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
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
): FlowLabelLine[] {
  const lines: FlowLabelLine[] = [];
  const push = (text: string, kind: FlowLabelLine['kind'], maxLines: number, weight: Weight) => {
    for (const line of wrapText(text, maxWidth, fontSize, maxLines, weight)) lines.push({ text: line, kind });
  };
  push(`${rateText(measure)} · ${productsText(measure)}`, 'title', titleLines, 'bold');
  const kind = measure.kind === 'tariff' ? '' : ` · ${measure.kind}`;
  push(`→ ${actorName(measure.target)}${kind} · ${formatFactDate(measure.date)}`, 'meta', 2, 'regular');
  if (otherDates.length) push(`date disputed: also ${otherDates.map(formatDateValue).join(', ')}`, 'note', 2, 'regular');
  return lines;
}

/** A curved arrow path from one circle to another, ending at the target's rim so the arrowhead stays visible. */
export function curvedArrow(
  from: { x: number; y: number; r: number },
  to: { x: number; y: number; r: number },
  bend = 0.25,
  bounds: { width: number; height: number } = { width: Infinity, height: Infinity },
): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  // Bend to the left of the travel direction; the control point sits off the chord's midpoint, kept inside the frame
  // (a quadratic curve never leaves the triangle of its three points).
  const cx = clamp((from.x + to.x) / 2 - dy * bend, 2, bounds.width - 2);
  const cy = clamp((from.y + to.y) / 2 + dx * bend, 2, bounds.height - 2);
  const start = towards(from, { x: cx, y: cy }, from.r + 1);
  const end = towards(to, { x: cx, y: cy }, to.r + 2);
  return `M${round(start.x)},${round(start.y)}Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`;
}

/**
 * A backward-in-time arrow on the wide layout (an answer pointing at what it answered, further left): it bows like
 * `curvedArrow`, but enters the answered mark from the side away from its label, so the arrowhead stays clear.
 */
export function backwardArrow(
  from: { x: number; y: number; r: number; labelSide: 'left' | 'right' },
  to: { x: number; y: number; r: number; labelSide: 'left' | 'right' },
  minX: number,
): string {
  const dx = from.x - to.x;
  // Leave along an arc bowed above the straight line (over the rows between, as `curvedArrow` bends) ...
  const c1 = { x: (from.x + to.x) / 2 + (to.y - from.y) * -0.22, y: Math.max(2, (from.y + to.y) / 2 - dx * 0.22) };
  const available = to.x - to.r - minX;
  const reach = Math.max(0, Math.min(40, Math.max(14, dx * 0.08), available));
  // ... and arrive from the side of the answered mark that has no label.
  const c2 = to.labelSide === 'right' ? { x: to.x - to.r - reach, y: to.y } : { x: to.x + to.r + Math.min(40, dx * 0.3), y: to.y };
  const start = towards(from, c1, from.r + 1);
  const end = towards(to, c2, to.r + 2);
  return `M${round(start.x)},${round(start.y)}C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(end.x)},${round(end.y)}`;
}

function towards(point: { x: number; y: number }, target: { x: number; y: number }, length: number) {
  const dx = target.x - point.x;
  const dy = target.y - point.y;
  const distance = Math.hypot(dx, dy) || 1;
  return { x: point.x + (dx / distance) * length, y: point.y + (dy / distance) * length };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
