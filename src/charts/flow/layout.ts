// The flow chart's layout, a pure function: measures → marks, labels, arrows, lanes and time ticks, in px.
// Wide: lanes by actor with time left → right; narrow (phone): a vertical chain. See layout-horizontal/vertical.ts.
import type { Measure } from '../../lib/dataset.ts';
import { layoutHorizontal } from './layout-horizontal.ts';
import type { FlowLayout, FlowLayoutOptions } from './layout-types.ts';
import { layoutVertical } from './layout-vertical.ts';
import { chronologicalOrder, DEFAULT_ACTOR_ORDER, orderActors } from './marks.ts';

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
    shortLabels: options.shortLabels ?? false,
    laneNotes: options.laneNotes ?? [],
  };
  // Lane rate notes are placed by the horizontal layout (in the lanes' title rows, where they cost no arrow); phones
  // list them under the drawing.
  return width < (options.verticalBelow ?? 600) ? layoutVertical(resolved) : layoutHorizontal(resolved);
}
