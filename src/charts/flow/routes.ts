// Arrow routing: each "answered" arrow runs only through space that holds no text and no mark, so an arrow never
// crosses a label. Arrows are orthogonal runs with rounded corners (a metro-map look: arrows into the same measure
// share their last run and read as one bundle).
// Wide form: a mark's leg drops from the mark into the empty gutter below its row; gutters are joined by a vertical
// "corridor" at an x where nothing stands between the two gutters (the left margin is kept free as a last resort).
// Phone form: runs go along the boundaries between actor columns, where no mark reaches; labels sit right of them.
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
  /** Which side of straight down an arrow leaves from (−1 left, the default; 1 right). */
  exit?: -1 | 1;
}

/** Rounded orthogonal path through `points` (each turn a quarter curve of at most `radius`). */
export function roundedPath(points: readonly Point[], radius: number): string {
  const clean = points.filter((point, index) => index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y);
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

/** Something an arrow keeps clear of; `shareable` ones (other arrows' runs) may be joined when avoiding them costs a
 * detour; an obstacle with an `owner` is not in that owner's own way (an answer's lines share its runs). */
export type Obstacle = Box & { clearance?: number; shareable?: boolean; owner?: string };

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

export interface WideRouteOptions {
  /** Everything an arrow must not cross: labels, headings, marks, and other arrows' vertical runs. */
  obstacles: readonly Obstacle[];
  /** Left edge of the always-free margin column. */
  marginX: number;
  width: number;
  /** Corner radius and the space kept between a run and any obstacle. */
  radius: number;
  clearance: number;
  /** Extra run length (px) worth taking to keep beside, rather than on, another arrow's run. */
  sharePenalty: number;
  /** The answer being routed: its own earlier runs are not in its way. */
  owner?: string;
}

/**
 * From an answer (source) to what it answered (target) on the wide layout. Leaves the source just to one side of
 * straight down, enters the target from below.
 */
export function wideRoute(source: RoutedMark, target: RoutedMark, options: WideRouteOptions): { path: string; corridor: number | null } {
  // Leaves from the rim a little to one side of straight down (about 37°; the side away from a disputed date's
  // connector), so it never shares the incoming arrows' last run into the same mark.
  const out = Math.min(source.r * 0.6, Math.max(0, source.r - 1.5));
  const start = { x: source.x + (source.exit ?? -1) * out, y: source.y + Math.sqrt(Math.max(0, source.r ** 2 - out ** 2)) + 1 };
  const end = { x: target.x, y: target.y + target.r + 2 };
  const points: Point[] = [start, { x: start.x, y: source.gutterY }];
  let corridor: number | null = null;
  if (source.gutterY !== target.gutterY) {
    corridor = chooseCorridor(source.gutterY, target.gutterY, start.x, end.x, options);
    points.push({ x: corridor, y: source.gutterY }, { x: corridor, y: target.gutterY });
  }
  points.push({ x: end.x, y: target.gutterY }, end);
  return { path: roundedPath(points, options.radius), corridor };
}

/**
 * A vertical run between two gutters: beside other arrows' runs when that costs little, else joined onto the nearest
 * one (a long detour reads worse than two answers sharing a run); the free left margin as a last resort.
 */
function chooseCorridor(y0: number, y1: number, from: number, to: number, options: WideRouteOptions): number {
  const { obstacles, clearance, marginX, width, sharePenalty, owner } = options;
  const own = (box: Obstacle) => owner !== undefined && box.owner === owner;
  const find = (skip: (box: Obstacle) => boolean) => freeCorridor(obstacles, y0, y1, from, to, clearance, marginX, width - 2, skip);
  const cost = (x: number) => Math.abs(from - x) + Math.abs(x - to);
  const apart = find(own);
  // No detour at all: nothing could beat it.
  if (apart !== null && apart >= Math.min(from, to) && apart <= Math.max(from, to)) return apart;
  const loose = find((box) => own(box) || box.shareable === true);
  if (loose === null || (apart !== null && cost(apart) <= cost(loose) + sharePenalty)) return apart ?? marginX;
  const top = Math.min(y0, y1);
  const bottom = Math.max(y0, y1);
  const overlaps = (box: Box) => box.y < bottom && box.y + box.height > top;
  // Join the nearest run exactly, rather than lie a pixel beside it, if nothing else is in the way there.
  const joined = obstacles
    .filter((box) => box.shareable && !own(box) && overlaps(box) && Math.abs(box.x - loose) <= (box.clearance ?? clearance))
    .sort((a, b) => Math.abs(a.x - loose) - Math.abs(b.x - loose))[0];
  const clear = (x: number) =>
    obstacles.every((box) => box.shareable || !overlaps(box) || x <= box.x - (box.clearance ?? clearance) || x >= box.x + box.width + (box.clearance ?? clearance));
  return joined && clear(joined.x) ? joined.x : loose;
}

/** A mark on the phone's vertical chain: centre, radius and its column's left and right edges. */
export interface ColumnMark {
  x: number;
  y: number;
  r: number;
  columnLeft: number;
  columnRight: number;
}

/**
 * From an answer to what it answered on the vertical chain: out of the source's side, along the boundary of the
 * target's column that faces the source (no mark reaches a boundary), and into the target's side.
 */
export function columnRoute(source: ColumnMark, target: ColumnMark, radius: number, minX: number): string {
  const channel = source.x > target.x ? target.columnRight : Math.max(minX, target.columnLeft);
  const side = (mark: ColumnMark) => (channel >= mark.x ? 1 : -1);
  const start = { x: source.x + side(source) * (source.r + 1), y: source.y };
  const end = { x: target.x + side(target) * (target.r + 2), y: target.y };
  return roundedPath([start, { x: channel, y: source.y }, { x: channel, y: target.y }, end], radius);
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
}
