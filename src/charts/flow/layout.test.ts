import { describe, expect, it } from 'vitest';
import { factDateMidpoint } from './dates.ts';
import { displayTimes } from './answers.ts';
import { flattenPath, layoutCollisions, sharedRuns } from './collisions.ts';
import { crossfireMeasures, storyConflicts, storyMeasures, syntheticMeasures } from './fixtures.ts';
import { layoutFlow, type FlowLayout } from './layout.ts';

const widths = [320, 375, 599, 600, 768, 1024, 1440, 1920];

describe('layoutFlow(measures, {width})', () => {
  const cases = [
    ...widths.map((width) => ({
      name: `the seeds' story at ${width}px`,
      measures: storyMeasures(),
      width,
      fontSize: 13,
    })),
    {
      name: "the seeds' story in presentation type (24px) at 1280px",
      measures: storyMeasures(),
      width: 1280,
      fontSize: 24,
    },
    {
      name: "the seeds' story in presentation type (24px) at 375px",
      measures: storyMeasures(),
      width: 375,
      fontSize: 24,
    },
    ...[320, 1440].map((width) => ({
      name: `the dev corpus's crossfire at ${width}px`,
      measures: crossfireMeasures(),
      width,
      fontSize: 13,
    })),
    ...[375, 1440].map((width) => ({
      name: `200 synthetic measures among 10 actors at ${width}px`,
      measures: syntheticMeasures(200, 10),
      width,
      fontSize: 13,
    })),
    {
      name: '200 synthetic measures, seed 7, at 1024px',
      measures: syntheticMeasures(200, 10, 7),
      width: 1024,
      fontSize: 13,
    },
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
  // An undated measure in the chain adds the "Date not stated" row under the lanes (about 130–160 px at 24 px type); the
  // chart then leaves out its count line, so the slide has about 560 px for it.
  const presentationCases = [
    {
      name: "Canada's measure and China's three answers (two lanes, a disputed date)",
      ids: ['m-ca-ev', 'm-cn-canola-seed', 'm-cn-canola-oil', 'm-cn-seafood'],
      maxHeight: 560,
    },
    // Three lanes do not fit 500 px at 24 px; the presentation centres the selected mark, so the chain must stay
    // within about 310 px of it either way (the undated row, below, has no arrow to follow).
    {
      name: 'the same with the US measure it answered (undated: no lane of its own, two measures in the undated row)',
      ids: ['m-ca-ev', 'm-us-ev', 'm-cn-canola-seed', 'm-cn-canola-oil', 'm-cn-seafood'],
      maxHeight: 560,
    },
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
      for (const node of layout.nodes.filter((candidate) => !candidate.undated)) {
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

  it('orders lanes US, Canada, China so the retaliation arrows stay short; an actor with only undated measures has no lane', () => {
    expect(layoutFlow(crossfireMeasures(), { width: 1024 }).lanes.map((lane) => lane.actor)).toEqual([
      'US',
      'CA',
      'CN',
    ]);
    expect(
      layoutFlow(
        crossfireMeasures().filter((measure) => measure.imposer !== 'US'),
        { width: 1024 },
      ).lanes.map((lane) => lane.actor),
    ).toEqual(['CA', 'CN']);
    // The seeds' US measures are all undated: they are in the undated row, and no empty US lane is drawn.
    expect(layoutFlow(storyMeasures(), { width: 1024 }).lanes.map((lane) => lane.actor)).toEqual(['CA', 'CN']);
    expect(layoutFlow(storyMeasures(), { width: 375 }).lanes.map((lane) => lane.actor)).toEqual(['US', 'CA', 'CN']);
  });

  it('puts undated measures in a row of their own, labelled "Date not stated", under every lane and off the time axis', () => {
    for (const measures of [storyMeasures(), crossfireMeasures()]) {
      const layout = layoutFlow(measures, { width: 1024 });
      const undated = layout.nodes.filter((node) => node.undated);
      expect(undated.map((node) => node.id).sort()).toEqual(
        measures
          .filter((measure) => measure.date === null)
          .map((measure) => measure.id)
          .sort(),
      );
      expect(layout.undated?.title).toBe('Date not stated');
      const band = layout.undated!;
      const lanesBottom = Math.max(...layout.lanes.map((lane) => lane.y + lane.height));
      expect(band.y).toBeGreaterThanOrEqual(lanesBottom);
      for (const node of undated) {
        // Inside the band, below its heading, with "date not stated" in the label.
        expect(node.y - node.r).toBeGreaterThan(band.titleY);
        expect(node.y + node.r).toBeLessThanOrEqual(band.y + band.height);
        expect(node.label.lines.map((line) => line.text).join(' ')).toContain('date not stated');
      }
      for (const node of layout.nodes.filter((candidate) => !candidate.undated))
        expect(node.y + node.r).toBeLessThanOrEqual(lanesBottom);
    }
    // On phones: after every dated measure, under a "Date not stated" heading.
    const narrow = layoutFlow(crossfireMeasures(), { width: 320 });
    const heading = narrow.ticks.find((tick) => tick.text === 'Date not stated')!;
    expect(narrow.undated?.title).toBe('Date not stated');
    const lastDated = Math.max(...narrow.nodes.filter((node) => !node.undated).map((node) => node.y));
    for (const node of narrow.nodes.filter((candidate) => candidate.undated)) {
      expect(node.y).toBeGreaterThan(heading.y);
      expect(node.y).toBeGreaterThan(lastDated);
    }
    expect(heading.y).toBeGreaterThan(lastDated);
  });

  it('tells an answer with an undated side in words, since no arrow can place it in time', () => {
    const layout = layoutFlow(crossfireMeasures(), { width: 1440 });
    const text = (id: string) =>
      layout.nodes
        .find((node) => node.id === id)!
        .label.lines.map((line) => line.text)
        .join(' ');
    expect(text('cn-seafood')).toContain('answers Canada’s 100% on electric vehicles');
    expect(text('us-ev')).toContain('answered by Canada’s 100% on electric vehicles');
    expect(layout.links.some((link) => link.source === 'us-ev' || link.target === 'cn-seafood')).toBe(false);
  });

  it('sizes marks by rate (area), draws an unknown rate pale and a planned measure hollow, and labels rate and product', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    const at = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(at('m-ca-ev').r).toBeGreaterThan(at('m-cn-canola-seed').r);
    expect(at('m-cn-canola-seed').r).toBeGreaterThan(at('m-ca-steel').r);
    expect(at('m-cn-seafood').rateUnknown).toBe(true);
    expect(at('m-cn-seafood').planned).toBe(false);
    const text = (id: string, kind: string) =>
      at(id)
        .label.lines.filter((line) => line.kind === kind)
        .map((line) => line.text)
        .join(' ');
    expect(text('m-cn-seafood', 'title')).toBe('Tariff on seafood, pork');
    expect(text('m-cn-seafood', 'meta')).toContain('rate not stated');
    expect(text('m-ca-ev', 'title')).toBe('100% on electric vehicles, batteries');
    expect(text('m-ca-ev', 'meta')).toBe('→ China · Oct 2024');
    const planned = layoutFlow(crossfireMeasures(), { width: 1024 }).nodes.find((node) => node.id === 'us-chips')!;
    expect(planned.planned).toBe(true);
    expect(planned.label.lines[0]!.text).toMatch(/^Planned: /);
  });

  it('draws an arrow from a measure to each answer to it, arrowhead at the answer, when both are dated', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    expect(layout.links.map((link) => link.id).sort()).toEqual([
      'm-ca-ev->m-cn-canola-oil',
      'm-ca-ev->m-cn-canola-seed',
    ]);
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const link of layout.links) {
      const segments = flattenPath(link.path);
      const start = segments[0]![0];
      const end = segments[segments.length - 1]![1];
      const source = byId.get(link.source)!;
      const target = byId.get(link.target)!;
      // Starts on the measure's rim, ends just outside the answer's rim (room for the arrowhead).
      expect(Math.hypot(start.x - source.x, start.y - source.y)).toBeCloseTo(source.r + 1, 0);
      expect(Math.hypot(end.x - target.x, end.y - target.y)).toBeCloseTo(target.r + 2, 0);
      expect(link.actor).toBe(target.lane);
    }
  });

  /** Every arrow's answer lies later (or at the same time) along the layout's time axis than the measure it answers. */
  function arrowsAgainstTime(layout: FlowLayout): string[] {
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    const along = (id: string) => (layout.orientation === 'horizontal' ? byId.get(id)!.x : byId.get(id)!.order);
    const times = displayTimes(layout.nodes.map((node) => node.measure));
    return (
      layout.links
        // Same-day answers may sit either way round on the phone's chain, which gives each measure a row of its own.
        .filter(
          (link) =>
            (along(link.target) < along(link.source) - 0.01 && times.get(link.target) !== times.get(link.source)) ||
            times.get(link.target)! < times.get(link.source)! ||
            byId.get(link.source)!.undated ||
            byId.get(link.target)!.undated,
        )
        .map((link) => link.id)
    );
  }

  for (const width of [320, 375, 768, 1440, 1920]) {
    it(`runs every arrow forward in time, and no two answers' arrows along one another (${width}px)`, () => {
      for (const measures of [storyMeasures(), crossfireMeasures(), syntheticMeasures(200, 10)]) {
        const layout = layoutFlow(measures, { width, conflicts: storyConflicts() });
        expect(arrowsAgainstTime(layout)).toEqual([]);
        expect(sharedRuns(layout)).toEqual([]);
      }
      // Not a vacuous pass: the crossfire's six China–Canada lines and the same-day exchange are all drawn.
      expect(layoutFlow(crossfireMeasures(), { width }).links.length).toBe(9);
    });
  }

  it('the time check and the overlap check catch a backward arrow and two answers on one line', () => {
    const layout = layoutFlow(crossfireMeasures(), { width: 1440 });
    const forward = layout.links.find((link) => link.id === 'ca-ev->cn-oil')!;
    expect(arrowsAgainstTime({ ...layout, links: [forward] })).toEqual([]);
    expect(
      arrowsAgainstTime({ ...layout, links: [{ ...forward, source: forward.target, target: forward.source }] }),
    ).toHaveLength(1);
    const [a, b] = layout.links.filter((link) => link.target !== forward.target);
    const doubled = { ...layout, links: [a!, { ...b!, path: a!.path }] };
    expect(sharedRuns(doubled)).toHaveLength(1);
  });

  it('places an answer with a vaguer date no earlier than what it answered (Mar 2025 answering 8 Mar 2025)', () => {
    const measures = crossfireMeasures().map((measure) =>
      measure.id === 'cn-oil' ? { ...measure, respondsTo: ['cn-agri'] } : measure,
    );
    const layout = layoutFlow(measures, { width: 1440 });
    const at = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(factDateMidpoint(at('cn-oil').measure.date)).toBeGreaterThan(factDateMidpoint(at('cn-agri').measure.date)!);
    expect(at('cn-oil').x).toBeGreaterThanOrEqual(at('cn-agri').x);
    expect(layout.links.map((link) => link.id)).toContain('cn-agri->cn-oil');
  });

  it("routes arrows around labels: none crosses a label, a heading or another mark, on the seeds' story or 200 measures", () => {
    for (const width of [768, 1024, 1440]) {
      const story = layoutFlow(crossfireMeasures(), { width, conflicts: storyConflicts() });
      expect(story.links.length).toBe(9);
      expect(layoutCollisions(story).filter((problem) => problem.startsWith('arrow'))).toEqual([]);
    }
    const dense = layoutFlow(syntheticMeasures(200, 10), { width: 1440 });
    // Not a vacuous pass: the synthetic set has many answers.
    expect(dense.links.length).toBeGreaterThan(15);
    expect(layoutCollisions(dense).filter((problem) => problem.startsWith('arrow'))).toEqual([]);
  });

  it('the collision check catches an arrow drawn straight through a label', () => {
    const layout = layoutFlow(storyMeasures(), { width: 1024 });
    const label = layout.nodes.find((node) => node.id === 'm-ca-steel')!.label;
    const y = label.y + label.height / 2;
    const crossing = {
      ...layout,
      links: [
        {
          id: 'x',
          source: 'm-ca-ev',
          target: 'm-cn-seafood',
          actor: 'CN',
          path: `M${label.x - 5},${y}L${label.x + label.width + 5},${y}`,
        },
      ],
    };
    expect(layoutCollisions(crossing)).toContain('arrow x crosses label m-ca-steel');
    const along = {
      ...layout,
      links: [
        {
          id: 'y',
          source: 'm-ca-ev',
          target: 'm-cn-seafood',
          actor: 'CN',
          path: `M${label.x - 5},${label.y - 2}L${label.x + label.width + 5},${label.y - 2}`,
        },
      ],
    };
    expect(layoutCollisions(along)).toEqual([]);
  });

  it('leaves out arrows to measures that are not drawn (filtered away)', () => {
    const layout = layoutFlow(
      storyMeasures().filter((measure) => measure.imposer !== 'US'),
      { width: 1024 },
    );
    expect(layout.links.some((link) => link.source === 'm-us-ev')).toBe(false);
  });

  it('shows a disputed date: a note with the other date and, on wide screens, where that date would be', () => {
    const wide = layoutFlow(storyMeasures(), { width: 1024, conflicts: storyConflicts() });
    const node = wide.nodes.find((candidate) => candidate.id === 'm-cn-canola-seed')!;
    expect(node.dispute?.otherDates).toEqual(['2025-08']);
    expect(node.dispute!.ghostX!).toBeGreaterThan(node.x);
    const note = (candidate: typeof node) =>
      candidate.label.lines
        .filter((line) => line.kind === 'note')
        .map((line) => line.text)
        .join(' ');
    expect(note(node)).toBe('date disputed: also Aug 2025');
    const narrow = layoutFlow(storyMeasures(), { width: 375, conflicts: storyConflicts() });
    expect(note(narrow.nodes.find((candidate) => candidate.id === 'm-cn-canola-seed')!)).toBe(
      'date disputed: also Aug 2025',
    );
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

  it('labels month ticks with the year where the year changes or after a break, and shortens long empty stretches', () => {
    for (const width of [768, 1440]) {
      const layout = layoutFlow(storyMeasures(), { width, conflicts: storyConflicts() });
      const ticks = layout.ticks.map((tick) => tick.text);
      expect(ticks[0]).toBe('Oct 2024');
      // Nov 2024 – Feb 2025 holds no measure (nor Apr–Jul 2025, before the disputed date): breaks, then March with
      // its year.
      expect(layout.breaks.length).toBe(2);
      expect(ticks).toContain('Mar 2025');
      ticks.forEach((text) => expect(text).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/));
    }
    // 2018 and 2023 measures no longer squeeze the 2024–2026 story: its five months take a fair share of the width.
    const cross = layoutFlow(crossfireMeasures(), { width: 1440 });
    const x = (id: string) => cross.nodes.find((node) => node.id === id)!.x;
    expect(x('cn-oil') - x('ca-ev')).toBeGreaterThan(1440 / 8);
    expect(cross.breaks.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps time ticks apart and inside the frame', () => {
    const layout = layoutFlow(syntheticMeasures(200, 10), { width: 1024 });
    expect(layout.ticks.length).toBeGreaterThan(2);
    const xs = layout.ticks.map((tick) => tick.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThan(40));
  });
});
