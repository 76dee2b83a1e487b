// The flow chart's layout, a pure function: measures → marks, labels, arrows, lanes and time ticks, in px.
// Wide: lanes by actor with time left → right; narrow (phone): a vertical chain. See layout-horizontal/vertical.ts.
import type { Measure } from '../../lib/dataset.ts';
import { layoutHorizontal } from './layout-horizontal.ts';
import type { FlowLayout, FlowLayoutOptions } from './layout-types.ts';
import { layoutVertical } from './layout-vertical.ts';
import { chronologicalOrder, DEFAULT_ACTOR_ORDER, orderActors } from './marks.ts';

export type * from './layout-types.ts';

const NOTE_PLACES = [
  { align: 'end', share: 1 },
  { align: 'start', share: 1 },
  { align: 'start', share: 0.35 },
] as const;

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
  if (width < (options.verticalBelow ?? 600)) return layoutVertical(resolved);
  if (!resolved.laneNotes.length) return layoutHorizontal(resolved);
  // A lane's rate note sits in its title row, which arrows also use: a note may never cost an answer its arrow.
  // At the lane's right end first, then straight after its title, then narrower; else none (the chart then lists the
  // notes under the drawing).
  const plain = layoutHorizontal({ ...resolved, laneNotes: [] });
  for (const notePlace of NOTE_PLACES) {
    const noted = layoutHorizontal({ ...resolved, notePlace });
    if (noted.links.length >= plain.links.length) return noted;
  }
  return plain;
}
