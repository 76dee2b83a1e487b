// Marks at one zoom scale: items far enough apart are drawn alone; items closer than a tap target in the same row
// become one "N events" cluster, which falls apart again as the scale widens. Only marks in view are returned.
import type { PlacedItem } from './lanes.ts';

export interface ItemMark {
  type: 'item';
  id: string;
  placed: PlacedItem;
  /** Pixel extent of the item's own date (a day is a dot of `dotRadius` around its centre). */
  x0: number;
  x1: number;
  /** Pixel extents of its disputed positions. */
  disputes: { x0: number; x1: number }[];
  /**
   * The opaque part, which other marks and labels must not cover: the whole mark, except for a year-only date,
   * whose faint bar may lie under other marks and labels; only its start edge counts.
   */
  solid: { x0: number; x1: number };
}

export interface ClusterMark {
  type: 'cluster';
  id: string;
  members: PlacedItem[];
  lane: number;
  row: number;
  x0: number;
  x1: number;
  /** Time span of the members, for zooming into the cluster. */
  start: number;
  end: number;
}

export type TimelineMark = ItemMark | ClusterMark;

export interface ClusterOptions {
  /** Viewport width in px; marks wholly outside [-margin, width + margin] are left out. */
  width: number;
  /** Marks closer than this (px) merge. */
  minGap?: number;
  /** Radius of a day's dot; also the least half-width of a bar, so a short bar stays visible. */
  dotRadius?: number;
  margin?: number;
  /** Least width of a cluster's pill, so its count fits. */
  clusterMinWidth?: number;
  /**
   * Most width a cluster may grow to by chaining (px): a dense stretch becomes a row of pills whose counts read like
   * a histogram, rather than one pill across two years.
   */
  clusterMaxWidth?: number;
}

const CLUSTER_PREFIX = 'cluster-';

/**
 * The item a mark id stands for: its own, or a group's first member (a group is named after it), so the focus can
 * find its item's mark again once the group it was on splits or merges.
 */
export function itemOfMarkId(markId: string): string {
  return markId.startsWith(CLUSTER_PREFIX) ? markId.slice(CLUSTER_PREFIX.length) : markId;
}

export function markLane(mark: TimelineMark): number {
  return mark.type === 'item' ? mark.placed.lane : mark.lane;
}

export function markRow(mark: TimelineMark): number {
  return mark.type === 'item' ? mark.placed.row : mark.row;
}

/** Pixel extent of an interval: a day is a dot, a longer span a bar at least 2 × dotRadius wide. */
function extent(
  start: number,
  end: number,
  isDay: boolean,
  x: (time: number) => number,
  dotRadius: number,
): { x0: number; x1: number } {
  const left = x(start);
  const right = x(end);
  if (isDay || right - left < dotRadius * 2) {
    const centre = (left + right) / 2;
    return { x0: centre - dotRadius, x1: centre + dotRadius };
  }
  return { x0: left, x1: right };
}

/** One row's items with their full time spans (own date and disputes), computed once per placement. */
interface RowEntry {
  entry: PlacedItem;
  isDay: boolean;
  isYear: boolean;
  /** Start and end of the item and its disputed positions together. */
  start: number;
  end: number;
  /** Earliest `start` of this entry and every later one in the row: past the view's right edge, the row is done. */
  restStart: number;
}

// Rows depend only on the placement, not on the scale: index them once per placement array, not on every frame.
const rowIndexCache = new WeakMap<readonly PlacedItem[], RowEntry[][]>();

function rowIndex(placed: readonly PlacedItem[]): RowEntry[][] {
  const cached = rowIndexCache.get(placed);
  if (cached) return cached;
  const rows = new Map<string, { lane: number; row: number; entries: RowEntry[] }>();
  for (const entry of placed) {
    const key = `${entry.lane}:${entry.row}`;
    let bucket = rows.get(key);
    if (!bucket) rows.set(key, (bucket = { lane: entry.lane, row: entry.row, entries: [] }));
    const { item } = entry;
    let start = item.start;
    let end = item.end;
    for (const position of item.disputes) {
      start = Math.min(start, position.start);
      end = Math.max(end, position.end);
    }
    bucket.entries.push({
      entry,
      isDay: item.date.precision === 'day',
      isYear: item.date.precision === 'year',
      start,
      end,
      restStart: start,
    });
  }
  const index = [...rows.values()].sort((a, b) => a.lane - b.lane || a.row - b.row).map((bucket) => bucket.entries);
  for (const entries of index) {
    for (let position = entries.length - 2; position >= 0; position--) {
      entries[position]!.restStart = Math.min(entries[position]!.start, entries[position + 1]!.restStart);
    }
  }
  rowIndexCache.set(placed, index);
  return index;
}

/**
 * Groups the placed items (in date order) into marks for the scale `x` (time in ms → px). Returns marks in view,
 * ordered by lane, row and position; does not modify its input.
 */
export function clusterMarks(
  placed: readonly PlacedItem[],
  x: (time: number) => number,
  options: ClusterOptions,
): TimelineMark[] {
  const { width, minGap = 12, dotRadius = 5, margin = 40, clusterMinWidth = 20, clusterMaxWidth = 120 } = options;
  const marks: TimelineMark[] = [];
  for (const row of rowIndex(placed)) {
    let group: Group | null = null;
    for (const { entry, isDay, isYear, start, end, restStart } of row) {
      const { item } = entry;
      const own = extent(item.start, item.end, isDay, x, dotRadius);
      const solidX1 = isYear ? Math.min(own.x1, own.x0 + dotRadius * 2) : own.x1;
      // An item and its disputed positions travel together: the dashed link between them must stay whole.
      let x0 = own.x0;
      let x1 = solidX1;
      let disputes: { x0: number; x1: number }[] = NO_SPANS;
      if (item.disputes.length) {
        disputes = item.disputes.map((position) =>
          extent(position.start, position.end, position.date.precision === 'day', x, dotRadius),
        );
        for (const span of disputes) {
          x0 = Math.min(x0, span.x0);
          x1 = Math.max(x1, span.x1);
        }
      }
      const fullX1 = Math.max(own.x1, x1);
      if (group && x0 - group.x1 < minGap && x1 - group.x0 <= clusterMaxWidth) {
        group.members.push(entry);
        group.x1 = Math.max(group.x1, x1);
        group.fullX1 = Math.max(group.fullX1, fullX1);
        group.start = Math.min(group.start, start);
        group.end = Math.max(group.end, end);
      } else {
        if (group) pushInView(marks, group, width, margin, clusterMinWidth);
        // Past the view's right edge (disputed positions included): nothing further in this row can show.
        if (x(restStart) - dotRadius > width + margin) {
          group = null;
          break;
        }
        group = {
          members: [entry],
          first: { ...own, disputes, solid: { x0: own.x0, x1: solidX1 } },
          x0,
          x1,
          fullX1,
          start,
          end,
        };
      }
    }
    if (group) pushInView(marks, group, width, margin, clusterMinWidth);
  }
  return marks;
}

const NO_SPANS: { x0: number; x1: number }[] = [];

interface Group {
  members: PlacedItem[];
  /** Extents of the first member, used when it stays alone. */
  first: { x0: number; x1: number; disputes: { x0: number; x1: number }[]; solid: { x0: number; x1: number } };
  /** Extent that chains the next item into the group (solid parts and disputes). */
  x0: number;
  x1: number;
  /** Right edge including faint year bars, for culling. */
  fullX1: number;
  start: number;
  end: number;
}

function pushInView(marks: TimelineMark[], group: Group, width: number, margin: number, clusterMinWidth: number): void {
  if (group.fullX1 < -margin || group.x0 > width + margin) return;
  const first = group.members[0]!;
  if (group.members.length === 1) {
    marks.push({ type: 'item', id: first.item.id, placed: first, ...group.first });
    return;
  }
  const { members, start, end } = group;
  const centre = (group.x0 + group.x1) / 2;
  const half = Math.max(group.x1 - group.x0, clusterMinWidth) / 2;
  marks.push({
    type: 'cluster',
    id: `${CLUSTER_PREFIX}${first.item.id}`,
    members,
    lane: first.lane,
    row: first.row,
    x0: centre - half,
    x1: centre + half,
    start,
    end,
  });
}
