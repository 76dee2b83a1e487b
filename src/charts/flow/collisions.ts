// Overlap checks on a finished layout: used by the tests and the benchmark to prove that no label touches another
// label or a mark, and that no arrow runs through a label or a mark it does not start or end at.
import type { FlowLayout } from './layout-types.ts';
import { textWidth } from '../../lib/text-metrics.ts';

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when the two boxes share any area (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every problem found: "label a overlaps label b", "mark a is outside the frame", … Empty when the layout is clean. */
export function layoutCollisions(layout: FlowLayout): string[] {
  const problems: string[] = [];
  const marks: Box[] = layout.nodes.map((node) => ({
    id: node.id,
    x: node.x - node.r,
    y: node.y - node.r,
    width: 2 * node.r,
    height: 2 * node.r,
  }));
  const fontSize = layout.fontSize;
  // Lane headings and time labels are text too: boxes from their baseline, one line high.
  const headings: Box[] = [
    ...layout.lanes.map((lane) => {
      const width = textWidth(layout.orientation === 'horizontal' ? `● ${lane.title}` : lane.title, fontSize, 'bold');
      const x = layout.orientation === 'horizontal' ? lane.titleX : lane.titleX - width / 2;
      return { id: `lane ${lane.actor}`, x, y: lane.titleY - fontSize, width, height: fontSize * 1.2 };
    }),
    ...layout.ticks.map((tick) => {
      // Time ticks are regular weight; the phone's month headings are bold.
      const width = textWidth(tick.text, fontSize, layout.orientation === 'horizontal' ? 'regular' : 'bold');
      const x = layout.orientation === 'horizontal' ? tick.x - width / 2 : tick.x;
      return { id: `time ${tick.text}`, x, y: tick.y - fontSize, width, height: fontSize * 1.2 };
    }),
  ];
  const labels: Box[] = [...layout.nodes.map((node) => node.label), ...headings];
  const inside = (box: Box) =>
    box.x >= -0.5 &&
    box.y >= -0.5 &&
    box.x + box.width <= layout.width + 0.5 &&
    box.y + box.height <= layout.height + 0.5;
  for (const box of marks) if (!inside(box)) problems.push(`mark ${box.id} is outside the frame`);
  for (const box of labels) if (!inside(box)) problems.push(`label ${box.id} is outside the frame`);
  // Sort by x so each box is compared only with those that start before it ends (a sweep, not n²).
  const all = [
    ...labels.map((box) => ({ ...box, kind: 'label' })),
    ...marks.map((box) => ({ ...box, kind: 'mark' })),
  ].sort((a, b) => a.x - b.x);
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (b.x >= a.x + a.width) break;
      if (boxesIntersect(a, b)) problems.push(`${a.kind} ${a.id} overlaps ${b.kind} ${b.id}`);
    }
  });
  problems.push(...arrowCollisions(layout, labels, marks));
  return problems;
}

/** "arrow a->b crosses label c" for every label, heading or other mark an arrow runs through. */
function arrowCollisions(layout: FlowLayout, labels: readonly Box[], marks: readonly Box[]): string[] {
  const problems: string[] = [];
  for (const link of layout.links) {
    const segments = flattenPath(link.path);
    const crossed = (box: Box) => segments.some(([a, b]) => segmentCrossesBox(a, b, box));
    for (const box of labels) if (crossed(box)) problems.push(`arrow ${link.id} crosses label ${box.id}`);
    for (const box of marks) {
      if (box.id === link.source || box.id === link.target) continue;
      // A circle's bounding box is bigger than the circle: count only a run through its middle square.
      const inset = box.width * 0.15;
      if (
        crossed({
          ...box,
          x: box.x + inset,
          y: box.y + inset,
          width: box.width - 2 * inset,
          height: box.height - 2 * inset,
        })
      ) {
        problems.push(`arrow ${link.id} crosses mark ${box.id}`);
      }
    }
    for (const [a, b] of segments) {
      for (const point of [a, b]) {
        if (point.x < -0.5 || point.y < -0.5 || point.x > layout.width + 0.5 || point.y > layout.height + 0.5) {
          problems.push(`arrow ${link.id} leaves the frame`);
          break;
        }
      }
    }
  }
  return [...new Set(problems)];
}

type Point = { x: number; y: number };

/**
 * The longest stretch of `a` (in px, sampled every px) that runs within `tolerance` px of `b`: how far two arrows lie
 * on one another. Crossing lines share about 2 × tolerance px; lines that run together, their whole run.
 */
export function sharedLength(
  a: string,
  b: string,
  tolerance = 1.5,
  exempt: readonly { x: number; y: number; radius: number }[] = [],
): number {
  const other = flattenPath(b);
  let longest = 0;
  let run = 0;
  for (const [from, to] of flattenPath(a)) {
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const steps = Math.max(1, Math.ceil(length));
    for (let step = 0; step < steps; step++) {
      const t = (step + 0.5) / steps;
      const point = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
      const near =
        !exempt.some((circle) => Math.hypot(point.x - circle.x, point.y - circle.y) <= circle.radius) &&
        other.some(([p, q]) => distanceToSegment(point, p, q) <= tolerance);
      run = near ? run + length / steps : 0;
      longest = Math.max(longest, run);
    }
  }
  return longest;
}

/**
 * "a and b share 14 px" for every two arrows into different answers that lie on one another for more than `maxShared`
 * px. Arrows into the same answer join just before it, by design; near a mark both arrows touch (`nearMark` px beyond
 * its rim), lines fanning out of it may touch too.
 */
export function sharedRuns(
  layout: Pick<FlowLayout, 'links' | 'nodes'>,
  maxShared = 6,
  tolerance = 1.5,
  nearMark = 12,
): string[] {
  const problems: string[] = [];
  const nodes = new Map(layout.nodes.map((node) => [node.id, node]));
  layout.links.forEach((a, index) => {
    for (const b of layout.links.slice(index + 1)) {
      if (a.target === b.target) continue;
      const common = [a.source, a.target]
        .filter((id) => id === b.source || id === b.target)
        .map((id) => nodes.get(id)!);
      const shared = sharedLength(
        a.path,
        b.path,
        tolerance,
        common.map((node) => ({ x: node.x, y: node.y, radius: node.r + nearMark })),
      );
      if (shared > maxShared) problems.push(`${a.id} and ${b.id} share ${Math.round(shared)} px`);
    }
  });
  return problems;
}

function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared)) : 0;
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

/** Straight pieces of an SVG path made of absolute M, L, Q and C commands (curves cut into 12 pieces each). */
export function flattenPath(path: string): [Point, Point][] {
  const segments: [Point, Point][] = [];
  let current: Point = { x: 0, y: 0 };
  for (const [, command, args] of path.matchAll(/([MLQC])([^MLQC]*)/g)) {
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const points: Point[] = [];
    for (let index = 0; index + 1 < numbers.length; index += 2)
      points.push({ x: numbers[index]!, y: numbers[index + 1]! });
    if (command === 'M') current = points[0] ?? current;
    else if (command === 'L') {
      for (const point of points) {
        segments.push([current, point]);
        current = point;
      }
    } else {
      const controls = [current, ...points];
      const at = (t: number) => bezierPoint(controls, t);
      for (let step = 1; step <= 12; step++) segments.push([at((step - 1) / 12), at(step / 12)]);
      current = controls[controls.length - 1]!;
    }
  }
  return segments;
}

function bezierPoint(controls: readonly Point[], t: number): Point {
  let points = [...controls];
  while (points.length > 1)
    points = points.slice(1).map((point, index) => ({
      x: points[index]!.x + (point.x - points[index]!.x) * t,
      y: points[index]!.y + (point.y - points[index]!.y) * t,
    }));
  return points[0]!;
}

/** Whether the segment a–b passes through the inside of the box (running along an edge does not count). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  // Liang–Barsky clipping against the box's interior.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
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
