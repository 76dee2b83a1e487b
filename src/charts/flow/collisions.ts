// Overlap checks on a finished layout: used by the tests and the benchmark to prove labels never collide.
import type { FlowLayout } from './layout-types.ts';
import { textWidth } from './text-metrics.ts';

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
  const marks: Box[] = layout.nodes.map((node) => ({ id: node.id, x: node.x - node.r, y: node.y - node.r, width: 2 * node.r, height: 2 * node.r }));
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
  const inside = (box: Box) => box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= layout.width + 0.5 && box.y + box.height <= layout.height + 0.5;
  for (const box of marks) if (!inside(box)) problems.push(`mark ${box.id} is outside the frame`);
  for (const box of labels) if (!inside(box)) problems.push(`label ${box.id} is outside the frame`);
  // Sort by x so each box is compared only with those that start before it ends (a sweep, not n²).
  const all = [...labels.map((box) => ({ ...box, kind: 'label' })), ...marks.map((box) => ({ ...box, kind: 'mark' }))].sort((a, b) => a.x - b.x);
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (b.x >= a.x + a.width) break;
      if (boxesIntersect(a, b)) problems.push(`${a.kind} ${a.id} overlaps ${b.kind} ${b.id}`);
    }
  });
  return problems;
}
