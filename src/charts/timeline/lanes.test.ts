import { describe, expect, it } from 'vitest';
import { day, event, month, storyDataset } from './fixtures.ts';
import { timelineItems } from './items.ts';
import { assignLanes, laneGeometry, laneKeyOf, LANES } from './lanes.ts';

describe('assignLanes(items)', () => {
  it('puts each category in its lane, top to bottom in the fixed lane order, leaving out empty lanes', () => {
    const { items } = timelineItems(storyDataset());
    const { lanes, placed } = assignLanes(items);
    expect(lanes.map((lane) => lane.key)).toEqual(['trade', 'meeting', 'detention']);
    for (const { item, lane } of placed) expect(lanes[lane]!.categories).toContain(item.category);
  });

  it('maps visits and agreements to one lane and every category to a lane', () => {
    expect(laneKeyOf('visit')).toBe('visit');
    expect(laneKeyOf('agreement')).toBe('visit');
    const all = LANES.flatMap((lane) => lane.categories);
    expect(new Set(all)).toEqual(
      new Set(['trade measure', 'meeting', 'detention/consular', 'statement', 'visit', 'agreement']),
    );
  });

  it('stacks items whose dates overlap in separate rows, and reuses a row once it is free', () => {
    const events = [
      event('a', month('2018-12'), 'detention/consular'),
      event('b', month('2018-12'), 'detention/consular'),
      event('c', day('2018-12-10'), 'detention/consular'),
      event('d', month('2021-09'), 'detention/consular'),
    ];
    const { items } = timelineItems({ events, meetings: [], measures: [], conflicts: [] });
    const { lanes, placed } = assignLanes(items);
    const rows = Object.fromEntries(placed.map(({ item, row }) => [item.id, row]));
    expect(new Set([rows.a, rows.b, rows.c]).size).toBe(3);
    expect(rows.d).toBe(0);
    expect(lanes[0]!.rows).toBe(3);
  });

  it('lets an item share a row with one that ended before it starts', () => {
    const { items } = timelineItems(storyDataset());
    const { placed } = assignLanes(items);
    const canola = placed.find((entry) => entry.item.id === 'event-canola')!;
    // measure-evs (Oct 2024) ends before the canola event (Mar–Aug 2025) starts: same row is fine.
    expect(placed.find((entry) => entry.item.id === 'measure-evs')!.row).toBe(canola.row);
  });

  it('caps the rows and shares the row that frees first', () => {
    const events = Array.from({ length: 6 }, (_, index) => event(`e${index}`, month('2025-03'), 'statement'));
    const { items } = timelineItems({ events, meetings: [], measures: [], conflicts: [] });
    const { lanes, placed } = assignLanes(items, { maxRows: 2 });
    expect(lanes[0]!.rows).toBe(2);
    expect(placed.every((entry) => entry.row < 2)).toBe(true);
  });

  it('does not modify its input', () => {
    const { items } = timelineItems(storyDataset());
    const before = structuredClone(items);
    assignLanes(items);
    expect(items).toEqual(before);
  });
});

describe('laneGeometry(lanes, {fontSize})', () => {
  it('stacks lanes without overlap and grows with the font size', () => {
    const lanes = [
      { key: 'trade', label: 'Trade measures', categories: ['trade measure' as const], rows: 2 },
      { key: 'meeting', label: 'Meetings', categories: ['meeting' as const], rows: 1 },
    ];
    const small = laneGeometry(lanes, { fontSize: 13, top: 20 });
    expect(small.lanes[0]!.top).toBe(20);
    expect(small.lanes[1]!.top).toBe(20 + small.lanes[0]!.height);
    expect(small.lanes[0]!.rowY[1]! - small.lanes[0]!.rowY[0]!).toBeGreaterThanOrEqual(13 * 2);
    expect(small.lanes[1]!.rowY[0]!).toBeGreaterThan(small.lanes[0]!.rowY[1]!);
    expect(laneGeometry(lanes, { fontSize: 24 }).height).toBeGreaterThan(small.height);
  });
});
