// Geometry for placing labels without collisions: boxes, the frame, line pieces, circles and intervals on a row.
//
// API
//   boxesOverlap(a, b, gap?)                  true when the boxes, `gap` px apart at least, would still share area
//   insideFrame(box, frame, margin?)          true when the box lies inside the frame, `margin` px from its edges
//   segmentCrossesBox(from, to, box, gap?)    true when the straight piece runs through the box's inside (grown by gap)
//   boxHitsCircle(box, cx, cy, radius)        true when the box reaches into the circle
//   intervalsOverlap(a, b, gap?)              the same test as boxesOverlap along one axis ([start, end] in px)
//   distanceToBox(box, x, y)                  0 inside, else the distance to the nearest edge
//
// Touching edges never count as a collision: labels may sit flush against each other.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Frame {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Interval = readonly [number, number];

/** True when `a` and `b` share area, or come closer than `gap` px (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** True when [a0, a1] and [b0, b1] overlap or come closer than `gap` (touching ends do not count). */
export function intervalsOverlap(a: Interval, b: Interval, gap = 0): boolean {
  return a[0] < b[1] + gap && b[0] < a[1] + gap;
}

export function insideFrame(box: Box, frame: Frame, margin = 0): boolean {
  return (
    box.x >= margin &&
    box.y >= margin &&
    box.x + box.width <= frame.width - margin &&
    box.y + box.height <= frame.height - margin
  );
}

/** Distance from a point to a box (0 inside). */
export function distanceToBox(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

export function boxHitsCircle(box: Box, cx: number, cy: number, radius: number): boolean {
  const nearestX = Math.max(box.x, Math.min(cx, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(cy, box.y + box.height));
  return Math.hypot(cx - nearestX, cy - nearestY) < radius;
}

/**
 * Whether the segment from–to passes through the inside of the box grown by `gap` on every side (Liang–Barsky
 * clipping). Running along an edge, or touching a corner, does not count.
 */
export function segmentCrossesBox(from: Point, to: Point, box: Box, gap = 0): boolean {
  const left = box.x - gap;
  const right = box.x + box.width + gap;
  const top = box.y - gap;
  const bottom = box.y + box.height + gap;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, from.x - left],
    [dx, right - from.x],
    [-dy, from.y - top],
    [dy, bottom - from.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-6;
}
