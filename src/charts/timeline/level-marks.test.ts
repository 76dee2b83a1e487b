import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset.ts';
import { day, event, storyDataset } from './fixtures.ts';
import { timelineItems } from './items.ts';
import { textWidth } from '../../lib/text-metrics.ts';
import { drawnLabels, HEADING_ROW, labelOffset, labelsAtRest } from './labels.ts';
import { assignLanes } from './lanes.ts';
import { layoutAtLevel, levelOf, marksBetween, onScreen, type LevelMark } from './level-marks.ts';
import { syntheticDataset } from './synthetic.ts';
import { paddedDomain } from './zoom.ts';
import { timeExtent } from './items.ts';

const WIDTH = 1000;
const OPTIONS = { width: WIDTH, dotRadius: 5, minGap: 13, clusterMinWidth: 26, pillHeight: 18 };

function setUp(events: Parameters<typeof timelineItems>[0]) {
  const { items } = timelineItems(events);
  const placed = assignLanes(items).placed;
  const domain = paddedDomain(timeExtent(items)!);
  return { items, placed, options: { ...OPTIONS, domain } };
}

const synthetic = () =>
  syntheticDataset({ events: [], meetings: [], measures: [], conflicts: [], articles: [] } as unknown as Dataset, 400);

/** Ids of the items a list of marks stands for. */
function itemIds(marks: readonly LevelMark[]): string[] {
  return marks
    .flatMap((mark) => (mark.type === 'item' ? [mark.id] : mark.members.map((member) => member.item.id)))
    .sort();
}

describe('levelOf(k)', () => {
  const tests = [
    { k: 0.5, expected: 1 },
    { k: 1, expected: 1 },
    { k: 1.4, expected: 1 },
    { k: 1.5, expected: Math.SQRT2 },
    { k: 2, expected: 2 },
    { k: 100, expected: 64 * Math.SQRT2 },
  ];
  for (const { k, expected } of tests) {
    it(`groups zoom ${k} at level ${expected.toFixed(3)}`, () => expect(levelOf(k)).toBeCloseTo(expected, 9));
  }
});

describe('layoutAtLevel(placed, level, options)', () => {
  it('stands for every item exactly once, at every level', () => {
    const { items, placed, options } = setUp(synthetic());
    for (const level of [1, 2, 8, 64]) {
      expect(itemIds(layoutAtLevel(placed, level, options).marks)).toEqual(items.map((item) => item.id).sort());
    }
  });

  it('splits clusters as the level rises', () => {
    const { placed, options } = setUp(synthetic());
    const clustersAt = (level: number) =>
      layoutAtLevel(placed, level, options).marks.filter((mark) => mark.type === 'cluster').length;
    const singlesAt = (level: number) =>
      layoutAtLevel(placed, level, options).marks.filter((mark) => mark.type === 'item').length;
    expect(clustersAt(1)).toBeGreaterThan(0);
    expect(singlesAt(64)).toBeGreaterThan(singlesAt(1));
  });

  it('keeps a mark that is the same at two levels as one object, and caches each level', () => {
    const { placed, options } = setUp(storyDataset());
    const wide = layoutAtLevel(placed, 8, options);
    const wider = layoutAtLevel(placed, 16, options);
    const carneyXi = (layout: typeof wide) => layout.marks.find((mark) => mark.id === 'event-carney-xi');
    expect(carneyXi(wide)).toBeDefined();
    expect(carneyXi(wider)).toBe(carneyXi(wide));
    expect(layoutAtLevel(placed, 8, options)).toBe(wide);
  });

  it('places a day at its centre in unit px (px at zoom 1), drawn at a fixed size', () => {
    const { placed, options } = setUp(storyDataset());
    const mark = layoutAtLevel(placed, 4, options).marks.find((candidate) => candidate.id === 'event-carney-xi');
    expect(mark?.type).toBe('item');
    if (mark?.type !== 'item') return;
    const centre = Date.UTC(2025, 9, 31, 12);
    const expected = ((centre - options.domain.start) / (options.domain.end - options.domain.start)) * WIDTH;
    expect(mark.own.c).toBeCloseTo(expected, 6);
    expect(mark.own.fixed).toBe(true);
  });

  it('links the disputed canola date to its other position', () => {
    const { placed, options } = setUp(storyDataset());
    const canola = layoutAtLevel(placed, 16, options).marks.find((mark) => mark.id === 'event-canola');
    expect(canola?.type).toBe('item');
    if (canola?.type !== 'item') return;
    expect(canola.disputes).toHaveLength(1);
    // March 2025 and August 2025: the other position lies to the right.
    expect(canola.disputes[0]!.x0).toBeGreaterThan(canola.own.x1);
  });

  it('does not modify its input', () => {
    const { placed, options } = setUp(synthetic());
    const before = JSON.stringify(placed);
    layoutAtLevel(placed, 4, options);
    expect(JSON.stringify(placed)).toBe(before);
  });
});

describe('marksBetween(layout, from, to)', () => {
  it('returns the marks meeting the range, in the layout order', () => {
    const { placed, options } = setUp(synthetic());
    const layout = layoutAtLevel(placed, 8, options);
    const found = marksBetween(layout, 300, 400);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(layout.marks.length);
    for (const mark of found) {
      const index = layout.marks.indexOf(mark);
      expect(layout.hi[index]).toBeGreaterThanOrEqual(300);
      expect(layout.lo[index]).toBeLessThanOrEqual(400);
    }
    const indices = found.map((mark) => layout.marks.indexOf(mark));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });
});

describe('onScreen(mark, k, x, dotRadius)', () => {
  it('puts a day at k · unit + x with its dot radius either side', () => {
    const { placed, options } = setUp({
      events: [event('a', day('2025-10-31'), 'meeting')],
      meetings: [],
      measures: [],
      conflicts: [],
    });
    const [mark] = layoutAtLevel(placed, 4, options).marks;
    if (mark?.type !== 'item') throw new Error('expected an item mark');
    const screen = onScreen(mark, 5, -300, 5);
    expect((screen.x0 + screen.x1) / 2).toBeCloseTo(mark.own.c * 5 - 300, 6);
    expect(screen.x1 - screen.x0).toBeCloseTo(10, 6);
  });
});

describe('drawnLabels(marks, options)', () => {
  it('labels marks on screen without two texts overlapping in a row, and counts each cluster', () => {
    const { placed, options } = setUp(synthetic());
    const k = 3;
    const x = -800;
    const marks = layoutAtLevel(placed, levelOf(k), options).marks;
    const labels = drawnLabels(marks, { width: WIDTH, fontSize: 13, dotRadius: 5, k, x, disputedWidth: 60 });
    const named = labels.filter((label) => label.kind === 'item' || label.kind === 'cluster');
    expect(named.length).toBeGreaterThan(0);
    const boxes = named.map((label) => {
      const width = Math.max(...label.lines.map((line) => textWidth(line, 13)));
      const left = label.anchor === 'start' ? label.x : label.x - width;
      return { row: `${label.lane}:${label.row}`, left, right: left + width };
    });
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(WIDTH);
      const overlapping = boxes.filter(
        (other) => other !== box && other.row === box.row && other.left < box.right && other.right > box.left,
      );
      expect(overlapping).toEqual([]);
    }
    const onScreenClusters = marks
      .map((mark) => onScreen(mark, k, x, 5))
      .filter((mark) => mark.type === 'cluster' && mark.x1 >= 0 && mark.x0 <= WIDTH);
    expect(
      labels
        .filter((label) => label.kind === 'count')
        .map((label) => label.id)
        .sort(),
    ).toEqual(onScreenClusters.map((mark) => mark.id).sort());
  });

  it('writes "disputed" on the canola link when there is room, between the two positions', () => {
    const { placed, options } = setUp(storyDataset());
    const k = 8;
    const canola = layoutAtLevel(placed, levelOf(k), options).marks.find((mark) => mark.id === 'event-canola')!;
    if (canola.type !== 'item') throw new Error('expected an item mark');
    const x = -canola.own.x0 * k + 100;
    const labels = drawnLabels([canola], { width: WIDTH, fontSize: 13, dotRadius: 5, k, x, disputedWidth: 60 });
    const word = labels.find((label) => label.kind === 'disputed');
    expect(word).toBeDefined();
    expect(word!.x).toBeGreaterThan(canola.own.x1 * k + x);
    expect(word!.x).toBeLessThan(canola.disputes[0]!.x0 * k + x);
  });
});

describe('labelsAtRest(rest, options) and labelOffset(placed, now)', () => {
  it("places the rest's labels under its transform, a lane's heading line free past its name, none before a rest", () => {
    const { placed, options } = setUp(synthetic());
    const k = 3;
    const x = -800;
    const marks = layoutAtLevel(placed, levelOf(k), options).marks;
    const laneNames = ['Trade measures', 'Meetings', 'Statements'];
    const rest = labelsAtRest(
      { marks, k, x },
      { width: WIDTH, fontSize: 13, dotRadius: 5, laneNames, priority: new Set() },
    );
    expect(rest?.k).toBe(k);
    expect(rest?.x).toBe(x);
    expect(rest!.labels.length).toBeGreaterThan(0);
    // A label on a heading line starts past the lane's name (drawn bold) and what is left of the heading line.
    for (const label of rest!.labels.filter((label) => label.row === HEADING_ROW)) {
      const left = label.anchor === 'start' ? label.x : label.x - textWidth(label.lines[0]!, 13);
      expect(left).toBeGreaterThan(textWidth(laneNames[label.lane]!, 13, 'bold'));
    }
    expect(labelsAtRest(null, { width: WIDTH, fontSize: 13, dotRadius: 5, laneNames, priority: new Set() })).toBeNull();
  });

  it('moves the labels with a pan, and has none while the zoom differs from theirs', () => {
    expect(labelOffset({ k: 2, x: -300 }, { k: 2, x: -250 })).toBe(50);
    expect(labelOffset({ k: 2, x: -300 }, { k: 2.5, x: -300 })).toBeNull();
    expect(labelOffset(null, { k: 2, x: -300 })).toBeNull();
  });
});
