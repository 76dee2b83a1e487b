import { describe, expect, it } from 'vitest';
import { clusterMarks, type ClusterMark, type ItemMark } from './clusters.ts';
import { day, event, month, storyDataset } from './fixtures.ts';
import { timelineItems } from './items.ts';
import { assignLanes } from './lanes.ts';

/** A linear scale over 2017–2026 onto `width` px, zoomed by k about the left edge, shifted by x. */
function scale(width: number, k = 1, x = 0) {
  const start = Date.UTC(2017, 0, 1);
  const end = Date.UTC(2026, 0, 1);
  return (time: number) => ((time - start) / (end - start)) * width * k + x;
}

function placedFrom(events: ReturnType<typeof event>[]) {
  return assignLanes(timelineItems({ events, meetings: [], measures: [], conflicts: [] }).items).placed;
}

describe('clusterMarks(placed, x, options)', () => {
  const dense = Array.from({ length: 8 }, (_, index) =>
    event(`s${index}`, day(`2025-10-${String(index + 1).padStart(2, '0')}`), 'statement'),
  );

  it('merges items closer than the gap into one cluster that lists them', () => {
    const marks = clusterMarks(placedFrom(dense), scale(900), { width: 900 });
    expect(marks).toHaveLength(1);
    const cluster = marks[0] as ClusterMark;
    expect(cluster.type).toBe('cluster');
    expect(cluster.members.map((member) => member.item.id)).toEqual(dense.map((item) => item.id));
    expect(cluster.start).toBe(Date.UTC(2025, 9, 1));
    expect(cluster.end).toBe(Date.UTC(2025, 9, 9));
  });

  it('expands the cluster into single marks as the scale widens', () => {
    const width = 900;
    const k = 200;
    // Put October 2025 in view at k = 200.
    const zoomed = scale(width, k);
    const x = -zoomed(Date.UTC(2025, 8, 28));
    const marks = clusterMarks(placedFrom(dense), scale(width, k, x), { width });
    expect(marks.every((mark) => mark.type === 'item')).toBe(true);
    expect(marks.map((mark) => mark.id)).toEqual(dense.map((item) => item.id));
    const centres = (marks as ItemMark[]).map((mark) => (mark.x0 + mark.x1) / 2);
    for (let index = 1; index < centres.length; index++)
      expect(centres[index]! - centres[index - 1]!).toBeGreaterThan(12);
  });

  it('draws a day as a dot of dotRadius and a month as a bar across the month', () => {
    const events = [event('d', day('2025-10-31'), 'meeting'), event('m', month('2025-03'), 'trade measure')];
    const x = scale(1000, 20, -scale(1000, 20)(Date.UTC(2025, 0, 1)));
    const marks = clusterMarks(placedFrom(events), x, { width: 3000, dotRadius: 5 }) as ItemMark[];
    const dot = marks.find((mark) => mark.id === 'd')!;
    expect(dot.x1 - dot.x0).toBeCloseTo(10, 5);
    const bar = marks.find((mark) => mark.id === 'm')!;
    expect(bar.x0).toBeCloseTo(x(Date.UTC(2025, 2, 1)), 5);
    expect(bar.x1).toBeCloseTo(x(Date.UTC(2025, 3, 1)), 5);
  });

  it('never clusters across lanes or rows', () => {
    const events = [
      event('a', month('2018-12'), 'detention/consular'),
      event('b', month('2018-12'), 'detention/consular'),
      event('c', month('2018-12'), 'statement'),
    ];
    const marks = clusterMarks(placedFrom(events), scale(400), { width: 400 });
    expect(marks.map((mark) => mark.type)).toEqual(['item', 'item', 'item']);
  });

  it('leaves out marks outside the view', () => {
    const x = scale(800, 9, -scale(800, 9)(Date.UTC(2025, 0, 1)));
    const { items } = timelineItems(storyDataset());
    const marks = clusterMarks(assignLanes(items).placed, x, { width: 800, margin: 0 });
    expect(marks.map((mark) => mark.id)).not.toContain('event-trudeau-2017');
    expect(marks.map((mark) => mark.id)).toContain('event-carney-xi');
  });

  it('keeps a disputed item and its second position in one mark', () => {
    const { items } = timelineItems(storyDataset());
    const marks = clusterMarks(assignLanes(items).placed, scale(2000, 4, -scale(2000, 4)(Date.UTC(2024, 6, 1))), {
      width: 2000,
    });
    const canola = marks.find((mark) => mark.id === 'event-canola') as ItemMark;
    expect(canola.disputes).toHaveLength(1);
    expect(canola.disputes[0]!.x0).toBeGreaterThan(canola.x1);
  });

  it('does not modify its input', () => {
    const placed = placedFrom(dense);
    const before = structuredClone(placed);
    clusterMarks(placed, scale(900), { width: 900 });
    expect(placed).toEqual(before);
  });
});
