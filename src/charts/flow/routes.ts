// Arrow routing: each "answered" arrow runs from a measure to its answer only through space that holds no text and no
// mark, so an arrow never crosses a label. Arrows are orthogonal runs with rounded corners; each has runs of its own
// (no two arrows lie on one another), so every answer can be followed to its end.
// Wide form: a leg drops from the mark into the empty gutter below its row; gutters are joined by a vertical
// "corridor" at an x where nothing stands between the two gutters (the left margin is kept free as a last resort).
// Phone form: each arrow runs in its own channel between the actor columns, where no mark reaches.
import type { Box } from './collisions.ts';
import { round } from './marks.ts';

export interface Point {
  x: number;
  y: number;
}

/** A mark as the wide router sees it: centre, radius, and the y of this arrow's track in the gutter below its row. */
export interface RoutedMark {
  x: number;
  y: number;
  r: number;
  gutterY: number;
  /** Where on the bottom of the rim the arrow leaves or enters: px right of the centre (within ±r). */
  offset?: number;
}

/** Rounded orthogonal path through `points` (each turn a quarter curve of at most `radius`). */
export function roundedPath(points: readonly Point[], radius: number): string {
  const clean = points.filter(
    (point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y,
  );
  if (clean.length < 2) return '';
  const first = clean[0]!;
  let path = `M${round(first.x)},${round(first.y)}`;
  for (let index = 1; index < clean.length - 1; index++) {
    const previous = clean[index - 1]!;
    const corner = clean[index]!;
    const next = clean[index + 1]!;
    // Half of each neighbouring run at most, so two corners never overlap.
    const r = Math.min(radius, distance(previous, corner) / 2, distance(corner, next) / 2);
    const before = towards(corner, previous, r);
    const after = towards(corner, next, r);
    path += `L${round(before.x)},${round(before.y)}Q${round(corner.x)},${round(corner.y)} ${round(after.x)},${round(after.y)}`;
  }
  const last = clean[clean.length - 1]!;
  return `${path}L${round(last.x)},${round(last.y)}`;
}

/** Something an arrow keeps clear of, at its own `clearance` when it has one (other arrows' runs: their spacing). */
export type Obstacle = Box & { clearance?: number };

/**
 * The x of a vertical run from y0 to y1 that keeps `clearance` px from every obstacle, within [minX, maxX]: inside
 * [from, to] when possible (no detour), else as near it as possible; ties go to the x nearest `to`. Null when
 * every x is blocked. Fastest when `obstacles` come sorted by their left edge less clearance (the layout keeps them so).
 */
export function freeCorridor(
  obstacles: readonly Obstacle[],
  y0: number,
  y1: number,
  from: number,
  to: number,
  clearance: number,
  minX: number,
  maxX: number,
  skip: (box: Obstacle) => boolean = () => false,
): number | null {
  const top = Math.min(y0, y1);
  const bottom = Math.max(y0, y1);
  // A loop rather than filter/map/sort: the layout asks this a few hundred times on a large chart.
  const starts: number[] = [];
  const ends: number[] = [];
  let sorted = true;
  for (const box of obstacles) {
    if (box.y >= bottom || box.y + box.height <= top || skip(box)) continue;
    const margin = box.clearance ?? clearance;
    const start = box.x - margin;
    if (starts.length && start < starts[starts.length - 1]!) sorted = false;
    starts.push(start);
    ends.push(box.x + box.width + margin);
  }
  let order = starts.map((_, index) => index);
  if (!sorted) order = order.sort((a, b) => starts[a]! - starts[b]!);
  // Free intervals between the merged blocked ones.
  const free: [number, number][] = [];
  let cursor = minX;
  for (const index of order) {
    const start = starts[index]!;
    if (start > cursor) free.push([cursor, Math.min(start, maxX)]);
    cursor = Math.max(cursor, ends[index]!);
    if (cursor >= maxX) break;
  }
  if (cursor < maxX) free.push([cursor, maxX]);
  // Cost: the horizontal distance run (|from − x| + |x − to|), then nearness to `to`.
  const cost = (x: number) => Math.abs(from - x) + Math.abs(x - to) + Math.abs(x - to) * 1e-3;
  let best: number | null = null;
  for (const [start, end] of free) {
    if (end < start) continue;
    const x = Math.min(end, Math.max(start, to));
    if (best === null || cost(x) < cost(best)) best = x;
  }
  return best;
}

/**
 * From a measure (source) to its answer (target) on the wide layout: down from the bottom of the source's rim into
 * the gutter under its row, along its track there to the answer's vertical run (`corridor`; null when both tracks are
 * at one height), along the answer's track in the gutter under its row, and up into the bottom of the answer's rim,
 * where the arrowhead is.
 */
export function wideRoute(source: RoutedMark, target: RoutedMark, corridor: number | null, radius: number): string {
  const rim = (mark: RoutedMark, gap: number) => {
    const offset = Math.max(-mark.r, Math.min(mark.r, mark.offset ?? 0));
    return { x: mark.x + offset, y: mark.y + Math.sqrt(Math.max(0, mark.r ** 2 - offset ** 2)) + gap };
  };
  const start = rim(source, 1);
  const end = rim(target, 2);
  const points: Point[] = [start, { x: start.x, y: source.gutterY }];
  if (corridor !== null && source.gutterY !== target.gutterY)
    points.push({ x: corridor, y: source.gutterY }, { x: corridor, y: target.gutterY });
  points.push({ x: end.x, y: target.gutterY }, end);
  return roundedPath(points, radius);
}

/**
 * A vertical run from y0 to y1 clear of every obstacle (other answers' runs included): between `from` and `to` when
 * there is room, so an arrow only ever moves forward in time; else the nearest free x; the free left margin
 * (`marginX`) as a last resort.
 */
export function chooseCorridor(
  obstacles: readonly Obstacle[],
  y0: number,
  y1: number,
  from: number,
  to: number,
  { marginX, width, clearance }: { marginX: number; width: number; clearance: number },
): number {
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  return (
    freeCorridor(obstacles, y0, y1, from, to, clearance, low, high) ??
    freeCorridor(obstacles, y0, y1, from, to, clearance, marginX, width - 2) ??
    marginX
  );
}

/** A mark on the phone's vertical chain: centre, radius, and how far below its centre (dy) an arrow meets it. */
export interface ColumnMark {
  x: number;
  y: number;
  r: number;
  dy?: number;
}

/**
 * From a measure to its answer on the vertical chain: out of the source's side facing `channel`, along the channel
 * (an x between the columns that no mark reaches), and into the answer's side, where the arrowhead is.
 */
export function columnRoute(source: ColumnMark, target: ColumnMark, channel: number, radius: number): string {
  const rim = (mark: ColumnMark, gap: number) => {
    const dy = Math.max(-mark.r, Math.min(mark.r, mark.dy ?? 0));
    const side = channel >= mark.x ? 1 : -1;
    return { x: mark.x + side * (Math.sqrt(Math.max(0, mark.r ** 2 - dy ** 2)) + gap), y: mark.y + dy };
  };
  const start = rim(source, 1);
  const end = rim(target, 2);
  return roundedPath([start, { x: channel, y: start.y }, { x: channel, y: end.y }, end], radius);
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
}
