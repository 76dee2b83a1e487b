// Marks for drawing under a zoom transform without relaying them out on every frame. Clusters are formed at a few
// zoom levels (steps of √2) and kept, per level, for the whole time range; marks sit in "unit" coordinates (px at zoom
// 1, from the domain's start), so one transform on their group, translate(x) scale(k, 1), places them all. Parts
// drawn at a fixed size in px (dots, pills, labels) are counter-scaled by the drawing; bars scale with time.
// A mark that does not change between levels is the same object, so a keyed list leaves it alone.
import { clusterMarks, type ClusterMark, type ItemMark, type TimelineMark } from './clusters.ts';
import type { TimeInterval } from './items.ts';
import type { PlacedItem } from './lanes.ts';

/** A date on the unit axis: a bar across its interval, or (a day, or a bar too short to see) a fixed-size mark at `c`. */
export interface DrawSpan {
  /** Centre, start and end in unit px. */
  c: number;
  x0: number;
  x1: number;
  /** Drawn at a fixed size in px, centred on `c` (a day's dot, or a bar shorter than a dot at this level). */
  fixed: boolean;
}

export interface LevelItemMark {
  type: 'item';
  id: string;
  placed: PlacedItem;
  own: DrawSpan;
  /** The item's disputed positions, linked to `own`. */
  disputes: DrawSpan[];
}

export interface LevelClusterMark {
  type: 'cluster';
  id: string;
  members: PlacedItem[];
  lane: number;
  row: number;
  /** Centre in unit px. */
  c: number;
  /**
   * The pill drawn as a line with round caps of the pill's height (a stroke that keeps its size under the zoom),
   * from the first member's date to the last one's (anchorTime), in unit px: it widens with the zoom as its members spread, and
   * it is the same at every level that groups the same members.
   */
  x0: number;
  x1: number;
  /** Radius of the caps (half the pill's height), px. */
  radius: number;
  /** Time span of the members. */
  start: number;
  end: number;
}

export type LevelMark = LevelItemMark | LevelClusterMark;

export interface LevelLayout {
  level: number;
  /** Every mark of the whole time range at this level, by lane, row and position. */
  marks: LevelMark[];
  /** Each mark's extent in unit px at this level (fixed-size parts included), for culling. */
  lo: Float64Array;
  hi: Float64Array;
}

export interface LevelOptions {
  domain: TimeInterval;
  /** Chart width in px (the unit axis runs from 0 to width). */
  width: number;
  dotRadius: number;
  minGap: number;
  clusterMinWidth: number;
  /** Height of a cluster's pill (px). */
  pillHeight: number;
}

/**
 * A hair's breadth in unit px: hit lines are tilted by it, since a level (or zero-length) line has an empty bounding
 * box, which tools and browser tests take for an element not shown.
 */
export const HAIR = 0.001;

/** The clustering level for zoom k: the largest power of √2 not above k (never below 1). */
export function levelOf(k: number): number {
  if (!(k > 1)) return 1;
  return Math.SQRT2 ** Math.floor(Math.log2(k) * 2 + 1e-9);
}

interface Cache {
  key: string;
  levels: Map<number, LevelLayout>;
  /** Marks by identity key, shared by all levels: a mark that is the same at two levels is one object. */
  interned: Map<string, LevelMark>;
}
const caches = new WeakMap<readonly PlacedItem[], Cache>();

/** The marks of every item at a zoom level; cached per placement and options, so repeated calls cost a lookup. */
export function layoutAtLevel(placed: readonly PlacedItem[], level: number, options: LevelOptions): LevelLayout {
  const { domain, width, dotRadius, minGap, clusterMinWidth, pillHeight } = options;
  const key = `${domain.start}:${domain.end}:${width}:${dotRadius}:${minGap}:${clusterMinWidth}:${pillHeight}`;
  let cache = caches.get(placed);
  if (!cache || cache.key !== key) caches.set(placed, (cache = { key, levels: new Map(), interned: new Map() }));
  const found = cache.levels.get(level);
  if (found) return found;

  const span = domain.end - domain.start;
  const unit = (time: number) => ((time - domain.start) / span) * width;
  const full = width * level;
  const grouped = clusterMarks(placed, (time) => unit(time) * level, {
    width: full,
    margin: 0,
    dotRadius,
    minGap,
    clusterMinWidth,
  });
  const marks: LevelMark[] = [];
  const lo = new Float64Array(grouped.length);
  const hi = new Float64Array(grouped.length);
  const half = dotRadius / level;
  grouped.forEach((mark, index) => {
    const drawn = mark.type === 'item' ? itemMark(mark, unit, level, dotRadius) : clusterMark(mark, unit, pillHeight);
    // A cluster's members run on in date order from its first: its id and its size say which they are.
    const identity =
      drawn.type === 'item'
        ? `i:${drawn.id}:${drawn.own.fixed}:${drawn.disputes.map((d) => d.fixed).join()}`
        : `c:${drawn.id}:${drawn.members.length}`;
    let interned = cache.interned.get(identity);
    if (!interned) cache.interned.set(identity, (interned = drawn));
    marks.push(interned);
    if (interned.type === 'cluster') {
      lo[index] = interned.x0 - interned.radius / level;
      hi[index] = interned.x1 + interned.radius / level;
    } else {
      let left = Infinity;
      let right = -Infinity;
      for (const part of [interned.own, ...interned.disputes]) {
        left = Math.min(left, part.fixed ? part.c - half : part.x0);
        right = Math.max(right, part.fixed ? part.c + half : part.x1);
      }
      lo[index] = left;
      hi[index] = right;
    }
  });
  const layout = { level, marks, lo, hi };
  cache.levels.set(level, layout);
  return layout;
}

function drawSpan(
  start: number,
  end: number,
  isDay: boolean,
  unit: (time: number) => number,
  level: number,
  dotRadius: number,
): DrawSpan {
  const x0 = unit(start);
  const x1 = unit(end);
  return { c: (x0 + x1) / 2, x0, x1, fixed: isDay || (x1 - x0) * level < dotRadius * 2 };
}

function itemMark(mark: ItemMark, unit: (time: number) => number, level: number, dotRadius: number): LevelItemMark {
  const { item } = mark.placed;
  return {
    type: 'item',
    id: mark.id,
    placed: mark.placed,
    own: drawSpan(item.start, item.end, item.date.precision === 'day', unit, level, dotRadius),
    disputes: item.disputes.map((position) =>
      drawSpan(position.start, position.end, position.date.precision === 'day', unit, level, dotRadius),
    ),
  };
}

/**
 * Where a member of a group shows as solid, the pill's ends: a year-only date at its start edge (the rest of its bar
 * is faint and groups with nothing), else its middle.
 */
export function anchorTime({ item }: PlacedItem): number {
  return item.date.precision === 'year' ? item.start : (item.start + item.end) / 2;
}

function clusterMark(mark: ClusterMark, unit: (time: number) => number, pillHeight: number): LevelClusterMark {
  const { members, lane, row, start, end } = mark;
  const centre = (member: PlacedItem) => unit(anchorTime(member));
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const member of members) {
    x0 = Math.min(x0, centre(member));
    x1 = Math.max(x1, centre(member));
  }
  return {
    type: 'cluster',
    id: mark.id,
    members,
    lane,
    row,
    c: (x0 + x1) / 2,
    x0,
    x1,
    radius: pillHeight / 2,
    start,
    end,
  };
}

/** The marks whose extent meets [from, to] (unit px), in the layout's order. */
export function marksBetween(layout: LevelLayout, from: number, to: number): LevelMark[] {
  const found: LevelMark[] = [];
  for (let index = 0; index < layout.marks.length; index++) {
    if (layout.hi[index]! >= from && layout.lo[index]! <= to) found.push(layout.marks[index]!);
  }
  return found;
}

/** A span's extent on screen under the transform (k, x). */
export function screenSpan(span: DrawSpan, k: number, x: number, dotRadius: number): { x0: number; x1: number } {
  if (span.fixed) return { x0: span.c * k + x - dotRadius, x1: span.c * k + x + dotRadius };
  return { x0: span.x0 * k + x, x1: span.x1 * k + x };
}

/** A mark as it stands on screen under the transform (k, x): the px form labels and keyboard order work with. */
export function onScreen(mark: LevelMark, k: number, x: number, dotRadius: number): TimelineMark {
  if (mark.type === 'cluster') {
    const { radius } = mark;
    return {
      type: 'cluster',
      id: mark.id,
      members: mark.members,
      lane: mark.lane,
      row: mark.row,
      x0: mark.x0 * k + x - radius,
      x1: mark.x1 * k + x + radius,
      start: mark.start,
      end: mark.end,
    };
  }
  const own = screenSpan(mark.own, k, x, dotRadius);
  const solidX1 = mark.placed.item.date.precision === 'year' ? Math.min(own.x1, own.x0 + dotRadius * 2) : own.x1;
  return {
    type: 'item',
    id: mark.id,
    placed: mark.placed,
    x0: own.x0,
    x1: own.x1,
    disputes: mark.disputes.map((span) => screenSpan(span, k, x, dotRadius)),
    solid: { x0: own.x0, x1: solidX1 },
  };
}
