// Dataset → timeline items: events, plus dated meetings and measures no event already stands for, each with the time
// interval its precision supports; undated events kept apart (never placed at a guessed day).
import type {
  Conflict,
  Dataset,
  EventCategory,
  Evidence,
  FactDate,
  Measure,
  MeasureStage,
  TimelineEvent,
} from '../../lib/dataset.ts';

export type TimelineItemKind = 'event' | 'meeting' | 'measure';

/** A half-open time interval in UTC milliseconds: [start, end). */
export interface TimeInterval {
  start: number;
  end: number;
}

/** Another date the sources give for the same fact: drawn as a second, linked position. */
export interface DisputedPosition extends TimeInterval {
  date: FactDate;
  /** The conflict that records the disagreement. */
  conflictId: string;
  subject: string;
}

export interface TimelineItem extends TimeInterval {
  id: string;
  kind: TimelineItemKind;
  title: string;
  category: EventCategory;
  date: FactDate;
  evidence: Evidence[];
  relatedIds: string[];
  disputes: DisputedPosition[];
  /** Position in date order (0-based), the index the `step` prop refers to. */
  order: number;
  /**
   * For a trade measure (or an event standing for measures): whether it raised the stakes (a measure put in force or
   * raised), lowered them (cut, paused, lifted), or only exempted some goods (a carve-out, drawn apart: the measure
   * stays on the rest); null when neither or when its measures disagree.
   */
  direction: TradeDirection | null;
  /** The stages of the measures behind it that gave the direction ("raised", "cut"), for words. */
  stages: MeasureStage[];
}

export type TradeDirection = 'escalation' | 'de-escalation' | 'exemption';

const STAGE_DIRECTION: Partial<Record<MeasureStage, TradeDirection>> = {
  'in force': 'escalation',
  raised: 'escalation',
  cut: 'de-escalation',
  paused: 'de-escalation',
  exempted: 'exemption',
  lifted: 'de-escalation',
};

/**
 * The direction of a set of measures' stages: one direction when all that have one agree, else null. An exemption
 * beside cuts or liftings is part of a de-escalation (a deal that cuts some duties and exempts some goods).
 */
export function tradeDirection(measures: readonly Pick<Measure, 'stage'>[]): {
  direction: TradeDirection | null;
  stages: MeasureStage[];
} {
  const stages = [
    ...new Set(measures.flatMap((measure) => (measure.stage && STAGE_DIRECTION[measure.stage] ? [measure.stage] : []))),
  ];
  const directions = new Set(stages.map((stage) => STAGE_DIRECTION[stage]!));
  if (directions.size === 2 && directions.has('exemption') && directions.has('de-escalation'))
    return { direction: 'de-escalation', stages };
  return directions.size === 1 ? { direction: [...directions][0]!, stages } : { direction: null, stages: [] };
}

export interface TimelineItems {
  /** Dated items in date order. */
  items: TimelineItem[];
  /** Events the sources give no date for, in the dataset's order. */
  undated: TimelineEvent[];
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The interval a date covers: a year-only date spans its year, a month-only date its month, a day its day. */
export function dateInterval(date: FactDate): TimeInterval {
  const match = DATE_PATTERN.exec(date.value);
  if (!match) throw new Error(`Timeline: date "${date.value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : 0;
  const day = match[3] ? Number(match[3]) : 1;
  const precision = drawnPrecision(date);
  if (precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (precision === 'month') return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
}

/** The precision a date is drawn with (the coarser of what the value holds and what the field says). */
export function drawnPrecision(date: FactDate): FactDate['precision'] {
  const parts = date.value.split('-').length;
  const fromValue = parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[fromValue] < rank[date.precision] ? fromValue : date.precision;
}

function isValidDate(date: FactDate | null): date is FactDate {
  return date !== null && DATE_PATTERN.test(date.value);
}

/** Date conflicts about the item itself or a fact it stands for, as positions other than the item's own date. */
function disputesFor(
  id: string,
  relatedIds: readonly string[],
  date: FactDate,
  conflicts: readonly Conflict[],
): DisputedPosition[] {
  const positions: DisputedPosition[] = [];
  for (const conflict of conflicts) {
    if (conflict.field !== 'date' || (conflict.factId !== id && !relatedIds.includes(conflict.factId))) continue;
    for (const side of conflict.sides) {
      if (side.value === date.value || !DATE_PATTERN.test(side.value)) continue;
      if (positions.some((position) => position.date.value === side.value)) continue;
      const parts = side.value.split('-').length;
      const sideDate: FactDate = { value: side.value, precision: parts === 1 ? 'year' : parts === 2 ? 'month' : 'day' };
      positions.push({ ...dateInterval(sideDate), date: sideDate, conflictId: conflict.id, subject: conflict.subject });
    }
  }
  return positions;
}

/** Date order; ties in code-unit order of the ids (not localeCompare: loading ICU's collation costs the first draw ~30 ms). */
function byDate(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the timeline's items from the dataset; does not modify it. */
export function timelineItems(dataset: Pick<Dataset, 'events' | 'meetings' | 'measures' | 'conflicts'>): TimelineItems {
  const represented = new Set(dataset.events.flatMap((event) => event.relatedIds));
  const measuresById = new Map(dataset.measures.map((measure) => [measure.id, measure]));
  // Only trade events carry a direction: a meeting about a measure neither raises nor cuts it.
  const eventDirection = (event: TimelineEvent) =>
    event.category === 'trade measure'
      ? tradeDirection(event.relatedIds.flatMap((id) => measuresById.get(id) ?? []))
      : { direction: null, stages: [] };
  const items: TimelineItem[] = [];
  const undated: TimelineEvent[] = [];

  for (const event of dataset.events) {
    if (!isValidDate(event.date)) {
      undated.push(event);
      continue;
    }
    items.push({
      id: event.id,
      kind: 'event',
      title: event.title,
      category: event.category,
      date: { value: event.date.value, precision: drawnPrecision(event.date) },
      ...dateInterval(event.date),
      evidence: event.evidence,
      relatedIds: [...event.relatedIds],
      disputes: disputesFor(event.id, event.relatedIds, event.date, dataset.conflicts),
      order: 0,
      ...eventDirection(event),
    });
  }
  for (const meeting of dataset.meetings) {
    if (!isValidDate(meeting.date) || represented.has(meeting.id)) continue;
    items.push({
      id: meeting.id,
      kind: 'meeting',
      title: `Meeting: ${meeting.title}`,
      category: 'meeting',
      date: { value: meeting.date.value, precision: drawnPrecision(meeting.date) },
      ...dateInterval(meeting.date),
      evidence: meeting.evidence,
      relatedIds: [...meeting.participants],
      disputes: disputesFor(meeting.id, [], meeting.date, dataset.conflicts),
      order: 0,
      direction: null,
      stages: [],
    });
  }
  for (const measure of dataset.measures) {
    if (!isValidDate(measure.date) || represented.has(measure.id)) continue;
    items.push({
      id: measure.id,
      kind: 'measure',
      title: measure.label,
      category: 'trade measure',
      date: { value: measure.date.value, precision: drawnPrecision(measure.date) },
      ...dateInterval(measure.date),
      evidence: measure.evidence,
      relatedIds: [...measure.respondsTo],
      disputes: disputesFor(measure.id, [], measure.date, dataset.conflicts),
      order: 0,
      ...tradeDirection([measure]),
    });
  }
  items.sort(byDate);
  return { items: items.map((item, order) => ({ ...item, order })), undated };
}

/** The whole time span of the items and their disputed positions, or null when there is none. */
export function timeExtent(items: readonly TimelineItem[]): TimeInterval | null {
  if (!items.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start, ...item.disputes.map((position) => position.start));
    end = Math.max(end, item.end, ...item.disputes.map((position) => position.end));
  }
  return { start, end };
}
