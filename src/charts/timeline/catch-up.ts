// While the view moves, the marks drawn catch up with the marks wanted a few rows at a time, between frames: a regroup
// (clusters splitting or merging) or a pan past the laid-out range then never costs one frame the creation of a
// hundred marks. Rows are the unit because clusters never span two rows: a row drawn at the old level beside a row at
// the new one never overlaps it. Pure; no DOM.
import type { LevelMark } from './level-marks.ts';

function rowKey(mark: LevelMark): number {
  return mark.type === 'item' ? mark.placed.lane * 1024 + mark.placed.row : mark.lane * 1024 + mark.row;
}

function byRow(marks: readonly LevelMark[]): Map<number, LevelMark[]> {
  const rows = new Map<number, LevelMark[]>();
  for (const mark of marks) {
    const key = rowKey(mark);
    const list = rows.get(key);
    if (list) list.push(mark);
    else rows.set(key, [mark]);
  }
  return rows;
}

function sameMarks(a: readonly LevelMark[] | undefined, b: readonly LevelMark[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((mark, index) => mark === b[index]);
}

/**
 * One step from the marks `drawn` towards the marks `wanted`: whole rows take their wanted marks, in lane and row
 * order, until `budget` new marks (marks not drawn yet) have been taken; a row with more than the budget still goes
 * whole. Rows that are the same on both sides are kept as they are. Returns `wanted` itself once every row has caught
 * up (so the caller can tell it is done); does not modify its inputs.
 */
export function catchUp(drawn: readonly LevelMark[], wanted: readonly LevelMark[], budget: number): readonly LevelMark[] {
  if (drawn === wanted) return wanted;
  const drawnRows = byRow(drawn);
  const wantedRows = byRow(wanted);
  const keys = [...new Set([...drawnRows.keys(), ...wantedRows.keys()])].sort((a, b) => a - b);
  const present = new Set(drawn);
  let spent = 0;
  let pending = false;
  const next: LevelMark[] = [];
  for (const key of keys) {
    const before = drawnRows.get(key);
    const after = wantedRows.get(key);
    if (sameMarks(before, after)) {
      next.push(...(after ?? []));
      continue;
    }
    const cost = after ? after.reduce((sum, mark) => sum + (present.has(mark) ? 0 : 1), 0) : 0;
    if (spent === 0 || spent + cost <= budget) {
      spent += Math.max(cost, 1);
      next.push(...(after ?? []));
    } else {
      pending = true;
      next.push(...(before ?? []));
    }
  }
  if (!pending) return wanted;
  return next;
}
