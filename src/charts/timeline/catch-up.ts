// While the view moves, the marks drawn catch up with the marks wanted a few rows at a time, between frames: a regroup
// (clusters splitting or merging) or a pan past the laid-out range then never costs one frame the creation of a
// hundred marks. Rows are the unit because clusters never span two rows: a row drawn at the old level beside a row at
// the new one never overlaps it. Pure; no DOM.
import type { LevelMark } from './level-marks.ts';

const rowOf = (mark: LevelMark) =>
  mark.type === 'item' ? mark.placed.lane * 1024 + mark.placed.row : mark.lane * 1024 + mark.row;

/**
 * One step from the marks `drawn` towards the marks `wanted`: whole rows take their wanted marks, in lane and row
 * order, until `budget` new marks (marks not drawn yet) have been taken; a row with more than the budget still goes
 * whole. Rows that are the same on both sides are kept as they are. Returns `wanted` itself when this step takes
 * every row left, and `drawn` itself when no row differs (nothing to draw: the caller stops); does not modify its inputs.
 */
export function catchUp(
  drawn: readonly LevelMark[],
  wanted: readonly LevelMark[],
  budget: number,
): readonly LevelMark[] {
  const drawnSet = new Set(drawn);
  const wantedSet = new Set(wanted);
  // The rows that differ, each with its cost: the wanted marks it holds that are not drawn yet.
  const cost = new Map<number, number>();
  for (const mark of wanted) if (!drawnSet.has(mark)) cost.set(rowOf(mark), (cost.get(rowOf(mark)) ?? 0) + 1);
  for (const mark of drawn) if (!wantedSet.has(mark) && !cost.has(rowOf(mark))) cost.set(rowOf(mark), 0);
  if (!cost.size) return drawn;
  const taken = new Set<number>();
  let spent = 0;
  for (const [row, rowCost] of [...cost].sort((a, b) => a[0] - b[0])) {
    if (taken.size && spent + rowCost > budget) break;
    taken.add(row);
    spent += rowCost;
  }
  if (taken.size === cost.size) return wanted;
  // Back in lane and row order; a stable sort keeps each row's marks in their order.
  return [...drawn.filter((mark) => !taken.has(rowOf(mark))), ...wanted.filter((mark) => taken.has(rowOf(mark)))].sort(
    (a, b) => rowOf(a) - rowOf(b),
  );
}
