import { describe, expect, it } from 'vitest';
import { layoutCollisions } from './collisions.ts';
import { storyConflicts, storyMeasures, syntheticMeasures } from './fixtures.ts';
import { layoutFlow } from './layout.ts';

const widths = [320, 375, 599, 600, 768, 1024, 1440, 1920];

describe('layoutFlow(measures, {width})', () => {
  const cases = [
    ...widths.map((width) => ({ name: `the seeds' story at ${width}px`, measures: storyMeasures(), width, fontSize: 13 })),
    { name: "the seeds' story in presentation type (24px) at 1280px", measures: storyMeasures(), width: 1280, fontSize: 24 },
    { name: "the seeds' story in presentation type (24px) at 375px", measures: storyMeasures(), width: 375, fontSize: 24 },
    ...[375, 1440].map((width) => ({ name: `200 synthetic measures among 10 actors at ${width}px`, measures: syntheticMeasures(200, 10), width, fontSize: 13 })),
    { name: '200 synthetic measures, seed 7, at 1024px', measures: syntheticMeasures(200, 10, 7), width: 1024, fontSize: 13 },
  ];

  for (const { name, measures, width, fontSize } of cases) {
    it(`places every measure with no overlapping label or mark, inside the frame: ${name}`, () => {
      const layout = layoutFlow(measures, { width, fontSize, conflicts: storyConflicts() });
      expect(layout.nodes.map((node) => node.id).sort()).toEqual(measures.map((measure) => measure.id).sort());
      expect(layoutCollisions(layout)).toEqual([]);
      expect(layout.width).toBe(width);
      for (const node of layout.nodes) {
        expect(Number.isFinite(node.x) && Number.isFinite(node.y) && node.r > 0).toBe(true);
        expect(node.label.lines.length).toBeGreaterThan(0);
      }
    });
  }

  // Presentation: 1280×720, the chart column ~810 px wide; the bar, the chart's title and its legend leave ~500 px.
  const presentationCases = [
    { name: "Canada's measure and China's three answers (two lanes, a disputed date)", ids: ['m-ca-ev', 'm-cn-canola-seed', 'm-cn-canola-oil', 'm-cn-seafood'], maxHeight: 500 },
    // Three lanes do not fit 500 px at 24 px; the presentation centres the selected mark, so the chain must stay
    // within about 310 px of it either way.
    { name: 'the same with the US measure it answered (three lanes)', ids: ['m-ca-ev', 'm-us-ev', 'm-cn-canola-seed', 'm-cn-canola-oil', 'm-cn-seafood'], maxHeight: 620 },
  ];
  for (const { name, ids, maxHeight } of presentationCases) {
    it(`fits a presentation step's chain in large type on a 1280×720 screen: ${name}`, () => {
      const layout = layoutFlow(
        storyMeasures().filter((measure) => ids.includes(measure.id)),
        { width: 810, fontSize: 24, conflicts: storyConflicts(), shortLabels: true },
      );
      expect(layout.orientation).toBe('horizontal');
      expect(layoutCollisions(layout)).toEqual([]);
      expect(layout.height).toBeLessThanOrEqual(maxHeight);
      const selected = layout.nodes.find((node) => node.id === 'm-ca-ev')!;
      for (const node of layout.nodes) {
        expect(Math.abs(node.label.y - selected.y)).toBeLessThan(310);
        expect(Math.abs(node.label.y + node.label.height - selected.y)).toBeLessThan(310);
      }
      // Short labels: rate and products, and the disputed date, without the "→ target · date" line.
      const seed = layout.nodes.find((node) => node.id === 'm-cn-canola-seed')!;
      expect(seed.label.lines.map((line) => line.kind)).not.toContain('meta');
      expect(seed.label.lines.map((line) => line.text).join(' ')).toContain('date disputed: also Aug 2025');
    });
  }

  it('does not modify its input', () => {
    const measures = storyMeasures();
    const conflicts = storyConflicts();
    const before = JSON.stringify({ measures, conflicts });
    layoutFlow(measures, { width: 1024, conflicts });
    layoutFlow(measures, { width: 375, conflicts });
    expect(JSON.stringify({ measures, conflicts })).toBe(before);
  });

  it('draws wide screens left → right in time and phones top → bottom', () => {
    const wide = layoutFlow(storyMeasures(), { width: 1024 });
    const narrow = layoutFlow(storyMeasures(), { width: 375 });
    expect(wide.orientation).toBe('horizontal');
    expect(narrow.orientation).toBe('vertical');
    const at = (layout: typeof wide, id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(at(wide, 'm-ca-ev').x).toBeLessThan(at(wide, 'm-cn-canola-seed').x);
    expect(at(narrow, 'm-ca-ev').y).toBeLessThan(at(narrow, 'm-cn-canola-seed').y);
  });

  it('orders lanes US, Canada, China so the retaliation arrows stay short', () => {
    expect(layoutFlow(storyMeasures(), { width: 1024 }).lanes.map((lane) => lane.actor)).toEqual(['US', 'CA', 'CN']);
    expect(layoutFlow(storyMeasures().filter((measure) => measure.imposer !== 'US'), { width: 1024 }).lanes.map((lane) => lane.actor)).toEqual(['CA', 'CN']);
  });

  it('keeps undated measures, in an "undated" column after every dated one, and says so', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    const undated = layout.nodes.filter((node) => node.undated);
    expect(undated.map((node) => node.id).sort()).toEqual(['m-cn-seafood', 'm-us-all', 'm-us-autos', 'm-us-ev', 'm-us-steel']);
    const lastDatedX = Math.max(...layout.nodes.filter((node) => !node.undated).map((node) => node.label.x + node.label.width));
    for (const node of undated) {
      expect(node.x - node.r).toBeGreaterThan(lastDatedX);
      expect(node.label.lines.map((line) => line.text).join(' ')).toContain('date not stated');
    }
    expect(layout.undated?.title).toBe('Date not stated');
  });

  it('sizes marks by rate (area) and draws an unknown rate hollow, labelled "rate not stated"', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    const at = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(at('m-ca-ev').r).toBeGreaterThan(at('m-cn-canola-seed').r);
    expect(at('m-cn-canola-seed').r).toBeGreaterThan(at('m-ca-steel').r);
    expect(at('m-cn-seafood').hollow).toBe(true);
    expect(at('m-cn-seafood').label.lines[0]?.text).toMatch(/^rate not stated/);
    const text = (kind: string) => at('m-ca-ev').label.lines.filter((line) => line.kind === kind).map((line) => line.text).join(' ');
    expect(text('title')).toBe('100% · electric vehicles, batteries');
    expect(text('meta')).toBe('→ China · Oct 2024');
  });

  it('draws one arrow per answered measure, from the answer to what it answered', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    expect(layout.links.map((link) => link.id).sort()).toEqual([
      'm-ca-ev->m-us-ev',
      'm-cn-canola-oil->m-ca-ev',
      'm-cn-canola-seed->m-ca-ev',
      'm-cn-seafood->m-ca-ev',
      'm-cn-seafood->m-ca-steel',
    ]);
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const link of layout.links) {
      const numbers = link.path.match(/-?[\d.]+/g)!.map(Number);
      const [startX, startY] = numbers.slice(0, 2) as [number, number];
      const [endX, endY] = numbers.slice(-2) as [number, number];
      const source = byId.get(link.source)!;
      const target = byId.get(link.target)!;
      // Starts on the answer's rim, ends just outside the answered mark's rim (room for the arrowhead).
      expect(Math.hypot(startX - source.x, startY - source.y)).toBeCloseTo(source.r + 1, 0);
      expect(Math.hypot(endX - target.x, endY - target.y)).toBeCloseTo(target.r + 2, 0);
    }
  });

  it("routes arrows around labels: none crosses a label, a heading or another mark, on the seeds' story or 200 measures", () => {
    for (const width of [768, 1024, 1440]) {
      const story = layoutFlow(storyMeasures(), { width, conflicts: storyConflicts() });
      expect(story.links.length).toBe(5);
      expect(layoutCollisions(story).filter((problem) => problem.startsWith('arrow'))).toEqual([]);
    }
    const dense = layoutFlow(syntheticMeasures(200, 10), { width: 1440 });
    // Not a vacuous pass: the synthetic set has many answers.
    expect(dense.links.length).toBeGreaterThan(50);
    expect(layoutCollisions(dense).filter((problem) => problem.startsWith('arrow'))).toEqual([]);
  });

  it('the collision check catches an arrow drawn straight through a label', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    const label = layout.nodes.find((node) => node.id === 'm-ca-steel')!.label;
    const y = label.y + label.height / 2;
    const crossing = { ...layout, links: [{ id: 'x', source: 'm-cn-seafood', target: 'm-ca-ev', actor: 'CN', path: `M${label.x - 5},${y}L${label.x + label.width + 5},${y}` }] };
    expect(layoutCollisions(crossing)).toContain('arrow x crosses label m-ca-steel');
    const along = { ...layout, links: [{ id: 'y', source: 'm-cn-seafood', target: 'm-ca-ev', actor: 'CN', path: `M${label.x - 5},${label.y - 2}L${label.x + label.width + 5},${label.y - 2}` }] };
    expect(layoutCollisions(along)).toEqual([]);
  });

  it('leaves out arrows to measures that are not drawn (filtered away)', () => {
    const layout = layoutFlow(storyMeasures().filter((measure) => measure.imposer !== 'US'), { width: 1024 });
    expect(layout.links.some((link) => link.target === 'm-us-ev')).toBe(false);
  });

  it('shows a disputed date: a note with the other date and, on wide screens, where that date would be', () => {
    const wide = layoutFlow(storyMeasures(), { width: 1024, conflicts: storyConflicts() });
    const node = wide.nodes.find((candidate) => candidate.id === 'm-cn-canola-seed')!;
    expect(node.dispute?.otherDates).toEqual(['2025-08']);
    expect(node.dispute!.ghostX!).toBeGreaterThan(node.x);
    const note = (candidate: typeof node) => candidate.label.lines.filter((line) => line.kind === 'note').map((line) => line.text).join(' ');
    expect(note(node)).toBe('date disputed: also Aug 2025');
    const narrow = layoutFlow(storyMeasures(), { width: 375, conflicts: storyConflicts() });
    expect(note(narrow.nodes.find((candidate) => candidate.id === 'm-cn-canola-seed')!)).toBe('date disputed: also Aug 2025');
  });

  it('gives each node its chronological position, undated last', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    expect(layout.nodes.map((node) => node.order)).toEqual(layout.nodes.map((_, index) => index));
    const firstUndated = layout.nodes.findIndex((node) => node.undated);
    expect(layout.nodes.slice(firstUndated).every((node) => node.undated)).toBe(true);
  });

  it('lays out an empty list as an empty chart', () => {
    const layout = layoutFlow([], { width: 800 });
    expect(layout.nodes).toEqual([]);
    expect(layout.links).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('labels month ticks with the year only where the year changes', () => {
    for (const width of [768, 1440]) {
      const ticks = layoutFlow(storyMeasures(), { width, conflicts: storyConflicts() }).ticks.map((tick) => tick.text);
      expect(ticks[0]).toBe('Oct 2024');
      expect(ticks).toContain('Jan 2025');
      expect(ticks.length).toBeGreaterThan(3);
      ticks.forEach((text, index) => {
        if (index > 0 && !/\d{4}$/.test(text)) expect(text).toMatch(/^(Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);
      });
    }
  });

  it('keeps time ticks apart and inside the frame', () => {
    const layout = layoutFlow(syntheticMeasures(200, 10), { width: 1024 });
    expect(layout.ticks.length).toBeGreaterThan(2);
    const xs = layout.ticks.map((tick) => tick.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThan(40));
  });
});
