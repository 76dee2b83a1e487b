// The flow chart's layout, a pure function: measures → marks, labels, arrows, lanes and time ticks, in px.
// Wide: lanes by actor with time left → right; narrow (phone): a vertical chain. See layout-horizontal/vertical.ts.
import type { Measure } from '../../lib/dataset.ts';
import { layoutHorizontal } from './layout-horizontal.ts';
import type { FlowLayout, FlowLayoutOptions, FlowLink } from './layout-types.ts';
import { layoutVertical } from './layout-vertical.ts';
import { backwardArrow, chronologicalOrder, curvedArrow, DEFAULT_ACTOR_ORDER, orderActors } from './marks.ts';

export type * from './layout-types.ts';

const FALLBACK_NAMES: Record<string, string> = { CA: 'Canada', CN: 'China', US: 'United States' };

/** Lays out the measures for a drawing `width` px wide. Does not modify `measures` or `options`. */
export function layoutFlow(measures: readonly Measure[], options: FlowLayoutOptions): FlowLayout {
  const width = Math.max(200, Math.floor(options.width));
  const fontSize = options.fontSize ?? 13;
  const lanes = orderActors(measures, options.actorOrder ?? DEFAULT_ACTOR_ORDER);
  const resolved = {
    width,
    fontSize,
    lanes,
    ordered: chronologicalOrder(measures, lanes),
    conflicts: options.conflicts ?? [],
    actorName: options.actorName ?? ((code: string) => FALLBACK_NAMES[code] ?? code),
  };
  const layout = width < (options.verticalBelow ?? 600) ? layoutVertical(resolved) : layoutHorizontal(resolved);
  return { ...layout, links: arrows(layout) };
}

/** One arrow per (measure, answered measure) pair where both are drawn; answers to hidden measures are left out. */
function arrows({ nodes, orientation, width, height }: Omit<FlowLayout, 'links'>): FlowLink[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links: FlowLink[] = [];
  for (const node of nodes) {
    for (const answered of node.measure.respondsTo) {
      const target = byId.get(answered);
      if (!target || target === node) continue;
      // Wide: an arrow back in time leaves and enters its marks on the sides away from their labels.
      const backward = orientation === 'horizontal' && target.x < node.x - node.r - target.r;
      const side = (candidate: typeof node) => ({ ...candidate, labelSide: candidate.label.anchor === 'start' ? ('right' as const) : ('left' as const) });
      // Vertical chains bend to the left, into the columns, away from the labels.
      const bend = orientation === 'vertical' ? (target.y < node.y ? -0.3 : 0.3) : 0.22;
      const path = backward ? backwardArrow(side(node), side(target), 2) : curvedArrow(node, target, bend, { width, height });
      links.push({ id: `${node.id}->${target.id}`, source: node.id, target: target.id, path });
    }
  }
  return links;
}
