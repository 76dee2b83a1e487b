import { describe, expect, it } from 'vitest';
import { clusterMarks, type TimelineMark } from './clusters.ts';
import { day, event, month, storyDataset } from './fixtures.ts';
import { timelineItems } from './items.ts';
import { textWidth as estimateTextWidth, twoLines } from '../../lib/text-metrics.ts';
import { HEADING_ROW, markText, placeLabels, type PlacedLabel } from './labels.ts';
import { assignLanes } from './lanes.ts';
import { syntheticDataset } from './synthetic.ts';
import type { Dataset } from '../../lib/dataset.ts';

function scale(width: number, k = 1, focus = Date.UTC(2017, 0, 1)) {
  const start = Date.UTC(2016, 11, 1);
  const end = Date.UTC(2026, 1, 1);
  const base = (time: number) => ((time - start) / (end - start)) * width * k;
  const x = -base(focus);
  return (time: number) => base(time) + x;
}

/** Every pair of labels in the same row, and every label against every other mark in its row, must not overlap. */
function expectNoOverlap(labels: readonly PlacedLabel[], marks: readonly TimelineMark[], width: number) {
  for (const label of labels) {
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width).toBeLessThanOrEqual(width + 0.001);
  }
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      const first = labels[a]!;
      const second = labels[b]!;
      if (first.lane !== second.lane || first.row !== second.row) continue;
      const overlap = first.x < second.x + second.width && second.x < first.x + first.width;
      expect(overlap, `${first.text} / ${second.text}`).toBe(false);
    }
  }
  for (const label of labels) {
    for (const mark of marks) {
      if (mark.id === label.id) continue;
      const lane = mark.type === 'item' ? mark.placed.lane : mark.lane;
      const row = mark.type === 'item' ? mark.placed.row : mark.row;
      if (lane !== label.lane || row !== label.row) continue;
      const spans = mark.type === 'item' ? [mark.solid, ...mark.disputes] : [mark];
      const x0 = Math.min(...spans.map((span) => span.x0));
      const x1 = Math.max(...spans.map((span) => span.x1));
      expect(label.x < x1 && x0 < label.x + label.width, `${label.text} over ${mark.id}`).toBe(false);
    }
  }
}

describe('placeLabels(marks, options)', () => {
  it('labels an isolated mark in full, to its right', () => {
    const { items } = timelineItems({
      events: [event('e', day('2025-10-31'), 'meeting', [], 'Meeting: Mark Carney – Xi Jinping')],
      meetings: [],
      measures: [],
      conflicts: [],
    });
    const x = scale(1200, 6, Date.UTC(2025, 0, 1));
    const marks = clusterMarks(assignLanes(items).placed, x, { width: 1200 });
    const [label] = placeLabels(marks, { width: 1200, fontSize: 13 });
    // The lane says "Meetings", so the label drops the prefix.
    expect(label).toMatchObject({ id: 'e', text: 'Mark Carney – Xi Jinping' });
    expect(label!.x).toBeGreaterThan(marks[0]!.x1);
  });

  it('flips a label to the left at the right edge', () => {
    const { items } = timelineItems({
      events: [event('e', month('2025-12'), 'statement', [], 'A statement at the end')],
      meetings: [],
      measures: [],
      conflicts: [],
    });
    const x = scale(600, 1);
    const marks = clusterMarks(assignLanes(items).placed, x, { width: 600 });
    const [label] = placeLabels(marks, { width: 600, fontSize: 13 });
    expect(label!.x + label!.width).toBeLessThanOrEqual(marks[0]!.x0);
  });

  describe("the latest meeting, at the right edge with last month's meeting just before it", () => {
    const story = () =>
      timelineItems({
        events: [
          event('li-carney', month('2025-09'), 'meeting', [], 'Meeting: Li Qiang – Mark Carney (UN General Assembly)'),
          event('carney-xi', day('2025-10-31'), 'meeting', [], 'Meeting: Mark Carney – Xi Jinping (APEC summit)'),
        ],
        meetings: [],
        measures: [],
        conflicts: [],
      }).items;
    // The chart's default views: two years at 1440 px, eighteen months at 375 px (zoom.ts), domain Dec 2016 – Feb 2026.
    const span = Date.UTC(2026, 1, 1) - Date.UTC(2016, 11, 1);
    const views = [
      { width: 1440, start: Date.UTC(2024, 0, 1), fontSize: 13, text: /^Mark Carney – Xi Jinping \(APEC summit\)$/ },
    ];
    for (const { width, start, fontSize, text } of views) {
      it(`is labelled ${text} on the lane's heading line, clear of the lane's name, at ${width} px`, () => {
        const k = span / (Date.UTC(2026, 1, 1) - start);
        const marks = clusterMarks(assignLanes(story()).placed, scale(width, k, start), {
          width,
          minGap: fontSize,
          clusterMinWidth: fontSize * 2,
        });
        expect(
          marks.map((mark) => mark.id),
          'the two meetings stand apart',
        ).toEqual(['li-carney', 'carney-xi']);
        const nameEnd = 4 + fontSize + estimateTextWidth('Meetings', fontSize) * 1.1;
        const labels = placeLabels(marks, { width, fontSize, headings: new Map([[0, nameEnd]]) });
        const latest = labels.find((label) => label.id === 'carney-xi');
        expect(latest?.row).toBe(HEADING_ROW);
        expect(latest?.text).toMatch(text);
        expect(latest!.x).toBeGreaterThan(nameEnd);
        // It ends over its mark, the dot it names.
        const dot = marks[1]!;
        expect(latest!.x + latest!.width).toBeGreaterThan(dot.x0 - 2);
        expect(latest!.x + latest!.width).toBeLessThanOrEqual(dot.x1);
        expectNoOverlap(labels, marks, width);
      });
    }

    it('is labelled in full on a phone, on two lines beside its dot where one line has no room: never cut', () => {
      const width = 375;
      const fontSize = 12;
      // The last nine months: the dot a quarter of the width from the right edge, too little room for one line on either side.
      const k = span / (Date.UTC(2026, 1, 1) - Date.UTC(2025, 5, 1));
      const alone = story().filter((item) => item.id === 'carney-xi');
      const marks = clusterMarks(assignLanes(alone).placed, scale(width, k, Date.UTC(2025, 5, 1)), {
        width,
        minGap: fontSize,
        clusterMinWidth: fontSize * 2,
      });
      const nameEnd = 4 + fontSize + estimateTextWidth('Meetings', fontSize) * 1.1;
      const labels = placeLabels(marks, { width, fontSize, headings: new Map([[0, nameEnd]]) });
      const latest = labels.find((label) => label.id === 'carney-xi')!;
      expect(latest.text).toBe('Mark Carney – Xi Jinping (APEC summit)');
      expect(latest.lines.join(' ')).toBe(latest.text);
      expect(latest.lines.length).toBe(2);
      expect(latest.row).toBe(0);
      for (const line of latest.lines) expect(estimateTextWidth(line, fontSize)).toBeLessThanOrEqual(latest.width);
      expectNoOverlap(labels, marks, width);
    });

    it('stays in its row when there is room beside the mark', () => {
      const width = 1440;
      const k = span / (Date.UTC(2026, 1, 1) - Date.UTC(2025, 0, 1));
      const marks = clusterMarks(assignLanes(story()).placed, scale(width, k * 1.6, Date.UTC(2025, 5, 1)), { width });
      const labels = placeLabels(marks, { width, fontSize: 13, headings: new Map([[0, 100]]) });
      expect(labels.find((label) => label.id === 'carney-xi')!.row).toBe(0);
    });
  });

  it('names a cluster by its count', () => {
    const events = Array.from({ length: 5 }, (_, index) =>
      event(`s${index}`, day(`2025-10-0${index + 1}`), 'statement'),
    );
    const marks = clusterMarks(
      assignLanes(timelineItems({ events, meetings: [], measures: [], conflicts: [] }).items).placed,
      scale(500),
      { width: 500 },
    );
    expect(placeLabels(marks, { width: 500, fontSize: 12 }).map((label) => label.text)).toEqual(['5 events']);
  });

  const cases = [
    { name: 'the seed-shaped story at 375 px', width: 375, k: 4, focus: Date.UTC(2024, 0, 1), synthetic: 0 },
    {
      name: 'the seed-shaped story at 1440 px, all years',
      width: 1440,
      k: 1,
      focus: Date.UTC(2016, 11, 1),
      synthetic: 0,
    },
    {
      name: '2,000 synthetic events at 1440 px, zoomed to 2025',
      width: 1440,
      k: 9,
      focus: Date.UTC(2025, 0, 1),
      synthetic: 2000,
    },
    {
      name: '2,000 synthetic events at 320 px, zoomed in',
      width: 320,
      k: 60,
      focus: Date.UTC(2025, 5, 1),
      synthetic: 2000,
    },
  ];
  for (const { name, width, k, focus, synthetic } of cases) {
    it(`places no label over another label or mark: ${name}`, () => {
      const base = storyDataset();
      const data = synthetic ? syntheticDataset({ ...base, articles: [] } as unknown as Dataset, synthetic) : base;
      const { items } = timelineItems(data);
      const marks = clusterMarks(assignLanes(items).placed, scale(width, k, focus), { width, clusterMinWidth: 24 });
      const labels = placeLabels(marks, { width, fontSize: 13 });
      expect(labels.length).toBeGreaterThan(0);
      expectNoOverlap(labels, marks, width);
    });
  }

  it('labels priority marks first', () => {
    const events = [
      event('a', month('2025-03'), 'statement', [], 'A long statement title that takes room'),
      event('b', month('2025-05'), 'statement', [], 'Another long statement title'),
    ];
    const x = scale(900, 3, Date.UTC(2024, 6, 1));
    const marks = clusterMarks(
      assignLanes(timelineItems({ events, meetings: [], measures: [], conflicts: [] }).items).placed,
      x,
      { width: 900 },
    );
    const withPriority = placeLabels(marks, { width: 900, fontSize: 13, priority: new Set(['b']) });
    expect(withPriority.find((label) => label.id === 'b')!.text).toBe('Another long statement title');
  });

  it('does not modify its input', () => {
    const { items } = timelineItems(storyDataset());
    const marks = clusterMarks(assignLanes(items).placed, scale(800, 2), { width: 800 });
    const before = structuredClone(marks);
    placeLabels(marks, { width: 800, fontSize: 13 });
    expect(marks).toEqual(before);
  });
});

describe('twoLines(text, fontSize) and estimateTextWidth', () => {
  it('twoLines breaks a title at the space that makes the longer line shortest, and keeps a single word whole', () => {
    const title = 'Foreign affairs minister Melanie Joly confirms four Canadians given the death penalty in China';
    const wrapped = twoLines(title, 13)!;
    expect(wrapped.lines.join(' ')).toBe(title);
    expect(wrapped.lines[1]).toMatch(/death penalty in China$/);
    const [first, second] = wrapped.lines.map((line) => estimateTextWidth(line, 13));
    expect(wrapped.width).toBe(Math.max(first!, second!));
    expect(wrapped.width).toBeLessThan(estimateTextWidth(title, 13) * 0.6);
    expect(twoLines('Kovrig', 13)).toBeNull();
  });

  it('never cuts a title: a label is the whole title, on one line or two, or none', () => {
    const { placed } = assignLanes(timelineItems(storyDataset()).items);
    for (const width of [320, 375, 768, 1440]) {
      const marks = clusterMarks(placed, scale(width, 1), { width });
      for (const label of placeLabels(marks, { width, fontSize: 13 })) {
        const mark = marks.find((candidate) => candidate.id === label.id)!;
        expect(label.lines.join(' ')).toBe(markText(mark));
        expect(label.text).not.toMatch(/…/);
      }
    }
  });

  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Meetings', 24)).toBeGreaterThan(estimateTextWidth('Meetings', 12));
    expect(estimateTextWidth('Meetings and visits', 12)).toBeGreaterThan(estimateTextWidth('Meetings', 12));
  });
});

describe('placeLabels(marks, options) at the edges', () => {
  it('gives no label to a mark wholly beyond the edges', async () => {
    const { placeLabels } = await import('./labels.ts');
    const item = (id: string, x: number) => ({
      type: 'item' as const,
      id,
      placed: {
        item: {
          id,
          title: `Event ${id}`,
          category: 'statement',
          date: { value: '2025-01-01', precision: 'day' },
        } as never,
        lane: 0,
        row: 0,
      },
      x0: x - 5,
      x1: x + 5,
      disputes: [],
      solid: { x0: x - 5, x1: x + 5 },
    });
    const labels = placeLabels([item('shown', 100), item('beyond', 1200)], { width: 1000, fontSize: 13 });
    expect(labels.map((label) => label.id)).toEqual(['shown']);
  });
});
