// Lanes by category, and rows inside a lane so items whose dates overlap never sit on top of each other.
import type { EventCategory } from '../../lib/dataset.ts';
import type { TimelineItem } from './items.ts';

export interface LaneDefinition {
  key: string;
  label: string;
  categories: EventCategory[];
}

/** Lanes from top to bottom: the dispute itself first, then diplomacy, then the people caught in it. */
export const LANES: readonly LaneDefinition[] = [
  { key: 'trade', label: 'Trade measures', categories: ['trade measure'] },
  { key: 'meeting', label: 'Meetings', categories: ['meeting'] },
  { key: 'visit', label: 'Visits and agreements', categories: ['visit', 'agreement'] },
  { key: 'statement', label: 'Statements', categories: ['statement'] },
  { key: 'detention', label: 'Detentions and consular cases', categories: ['detention/consular'] },
];

const CATEGORY_KEYS: Record<EventCategory, string> = {
  'trade measure': 'trade',
  meeting: 'meeting',
  'detention/consular': 'detention',
  statement: 'statement',
  visit: 'visit',
  agreement: 'agreement',
};

/** A category as one word, as in theme.css's colour variables (--color-trade) and the marks' classes (cat-trade). */
export function categoryKey(category: EventCategory): string {
  return CATEGORY_KEYS[category];
}

/** The CSS colour variable of a category (theme.css). */
export function categoryColor(category: EventCategory): string {
  return `var(--color-${CATEGORY_KEYS[category]})`;
}

export function laneKeyOf(category: EventCategory): string {
  return LANES.find((lane) => lane.categories.includes(category))?.key ?? 'statement';
}

export interface Lane extends LaneDefinition {
  rows: number;
}

export interface PlacedItem {
  item: TimelineItem;
  lane: number;
  row: number;
}

export interface LaneAssignment {
  /** Only the lanes that hold an item, top to bottom. */
  lanes: Lane[];
  /** Every item with its lane index (into `lanes`) and row, in the items' order. */
  placed: PlacedItem[];
}

/**
 * Puts each item in its category's lane and, inside the lane, in the first row whose last item ends before it starts
 * (a disputed position counts as part of the item). Past `maxRows` an item shares the row that frees up first; the
 * clusters then group what overlaps. Items must be in date order; they are not modified.
 */
export function assignLanes(
  items: readonly TimelineItem[],
  { maxRows = 3 }: { maxRows?: number } = {},
): LaneAssignment {
  const rowEnds = new Map<string, number[]>();
  const keyed = items.map((item) => {
    const key = laneKeyOf(item.category);
    const ends = rowEnds.get(key) ?? [];
    rowEnds.set(key, ends);
    const start = Math.min(item.start, ...item.disputes.map((position) => position.start));
    const end = Math.max(item.end, ...item.disputes.map((position) => position.end));
    let row = ends.findIndex((rowEnd) => rowEnd <= start);
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, end);
    return { item, key, row };
  });
  const lanes: Lane[] = LANES.filter((lane) => rowEnds.has(lane.key)).map((lane) => ({
    ...lane,
    categories: [...lane.categories],
    rows: rowEnds.get(lane.key)!.length,
  }));
  const laneIndex = new Map(lanes.map((lane, index) => [lane.key, index]));
  return { lanes, placed: keyed.map(({ item, key, row }) => ({ item, lane: laneIndex.get(key)!, row })) };
}

export interface LaneGeometry {
  /** Top of each lane, the centre line of its heading (the lane's name), and the y of each of its rows' centre lines. */
  lanes: { top: number; height: number; headingY: number; rowY: number[] }[];
  height: number;
}

/** Vertical layout: each lane a heading line then its rows, sized from the font size. */
export function laneGeometry(
  lanes: readonly Lane[],
  { fontSize, top = 0 }: { fontSize: number; top?: number },
): LaneGeometry {
  const headingHeight = Math.round(fontSize * 1.6);
  // Room for a title on two lines (labels.ts) between the marks of the rows above and below.
  const rowHeight = Math.round(fontSize * 2.5);
  let y = top;
  const geometry = lanes.map((lane) => {
    const laneTop = y;
    const rowY = Array.from(
      { length: lane.rows },
      (_, row) => laneTop + headingHeight + rowHeight * row + rowHeight / 2,
    );
    const height = headingHeight + rowHeight * lane.rows + Math.round(fontSize * 0.4);
    y += height;
    return { top: laneTop, height, headingY: laneTop + fontSize * 0.7, rowY };
  });
  return { lanes: geometry, height: y - top };
}
