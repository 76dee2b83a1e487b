import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset.ts';
import { catchUp } from './catch-up.ts';
import { timeExtent, timelineItems } from './items.ts';
import { assignLanes } from './lanes.ts';
import { layoutAtLevel, marksBetween, type LevelMark } from './level-marks.ts';
import { syntheticDataset } from './synthetic.ts';
import { paddedDomain } from './zoom.ts';

const WIDTH = 1440;

function setUp() {
  const dataset = syntheticDataset(
    { events: [], meetings: [], measures: [], conflicts: [], articles: [] } as unknown as Dataset,
    2000,
  );
  const { items } = timelineItems(dataset);
  const placed = assignLanes(items).placed;
  const options = {
    domain: paddedDomain(timeExtent(items)!),
    width: WIDTH,
    dotRadius: 5,
    minGap: 13,
    clusterMinWidth: 26,
    pillHeight: 18,
  };
  // A regroup in the middle of a zoom: the view over 2025 at level 8, then the same stretch at level 32.
  const from = WIDTH * 0.85;
  const to = WIDTH * 0.95;
  return {
    before: marksBetween(layoutAtLevel(placed, 8, options), from, to),
    after: marksBetween(layoutAtLevel(placed, 32, options), from, to),
  };
}

const rowOf = (mark: LevelMark) =>
  mark.type === 'item' ? `${mark.placed.lane}:${mark.placed.row}` : `${mark.lane}:${mark.row}`;
/** Ids of the items the marks stand for. */
const itemIds = (marks: readonly LevelMark[]) =>
  marks.flatMap((mark) => (mark.type === 'item' ? [mark.id] : mark.members.map((member) => member.item.id))).sort();

describe('catchUp(drawn, wanted, budget)', () => {
  it('reaches the wanted marks in a few steps, each taking whole rows and about `budget` new marks', () => {
    const { before, after } = setUp();
    const steps: (readonly LevelMark[])[] = [before];
    while (steps.at(-1) !== after && steps.length < 50) steps.push(catchUp(steps.at(-1)!, after, 24));
    expect(steps.at(-1)).toBe(after);
    expect(steps.length, 'more than one step: the regroup is spread').toBeGreaterThan(2);
    for (let index = 1; index < steps.length; index++) {
      const previous = new Set(steps[index - 1]);
      const added = steps[index]!.filter((mark) => !previous.has(mark)).length;
      const rows = new Set(steps[index]!.filter((mark) => !previous.has(mark)).map(rowOf));
      // Over the budget only when a single row holds more than it.
      expect(added <= 24 || rows.size === 1, `step ${index}: ${added} new marks in ${rows.size} rows`).toBe(true);
    }
  });

  it('never draws an item twice: each row is drawn wholly as it was or wholly as wanted', () => {
    const { before, after } = setUp();
    const rowsOf = (marks: readonly LevelMark[]) => {
      const rows = new Map<string, LevelMark[]>();
      for (const mark of marks) rows.set(rowOf(mark), [...(rows.get(rowOf(mark)) ?? []), mark]);
      return rows;
    };
    const beforeRows = rowsOf(before);
    const afterRows = rowsOf(after);
    let drawn: readonly LevelMark[] = before;
    while (drawn !== after) {
      drawn = catchUp(drawn, after, 24);
      const ids = itemIds(drawn);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [row, marks] of rowsOf(drawn)) expect([beforeRows.get(row), afterRows.get(row)]).toContainEqual(marks);
    }
  });

  it('keeps the marks in lane, row and position order', () => {
    const { before, after } = setUp();
    const order = (marks: readonly LevelMark[]) => marks.map(rowOf);
    const step = catchUp(before, after, 24);
    const rows = order(step);
    const sorted = [...rows].sort(
      (a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0]) || Number(a.split(':')[1]) - Number(b.split(':')[1]),
    );
    expect(rows).toEqual(sorted);
  });

  it('returns the wanted list when a step completes, the drawn list when nothing differs, and does not modify its inputs', () => {
    const { before, after } = setUp();
    const beforeCopy = [...before];
    const afterCopy = [...after];
    catchUp(before, after, 24);
    expect(before).toEqual(beforeCopy);
    expect(after).toEqual(afterCopy);
    expect(catchUp(after, after, 24)).toBe(after);
    // The same marks in another list: nothing to draw, the drawn list is kept (no redraw).
    const same = [...after];
    expect(catchUp(same, after, 24)).toBe(same);
  });
});
