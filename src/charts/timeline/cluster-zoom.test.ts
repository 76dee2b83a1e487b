// Every numbered group of the timeline, at every zoom level and width, opens onto its own events (issue 15: the
// group "2 events, 24–28 October" zoomed into an empty view). Checked over the compiled seeds and a bigger dataset.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset.ts';
import { timeExtent, timelineItems } from './items.ts';
import { assignLanes } from './lanes.ts';
import { anchorTime, layoutAtLevel, levelOf, marksBetween, type LevelClusterMark } from './level-marks.ts';
import { syntheticDataset } from './synthetic.ts';
import { openGroupTransform } from './open-group.ts';
import { maxZoom, paddedDomain, transformForInterval, visibleInterval } from './zoom.ts';

const WIDTHS = [320, 375, 768, 1440];

interface Failure {
  width: number;
  level: number;
  cluster: string;
  problem: string;
}

/** Opens every group at every level and width the way a click does; returns what went wrong. */
function openEveryGroup(dataset: Dataset): { groups: number; failures: Failure[] } {
  const { items } = timelineItems(dataset);
  const placed = assignLanes(items).placed;
  const domain = paddedDomain(timeExtent(items)!);
  const failures: Failure[] = [];
  let groups = 0;
  for (const width of WIDTHS) {
    const fontSize = width < 600 ? 12 : 13;
    const options = { domain, width, dotRadius: 5, minGap: fontSize, clusterMinWidth: fontSize * 2, pillHeight: 18 };
    const kMax = maxZoom(domain, width);
    for (let level = 1; level <= levelOf(kMax); level *= Math.SQRT2) {
      const clusters = layoutAtLevel(placed, level, options).marks.filter(
        (mark): mark is LevelClusterMark => mark.type === 'cluster',
      );
      for (const cluster of clusters) {
        groups++;
        const opened = openGroupTransform(cluster, placed, options, kMax);
        const fail = (problem: string) => failures.push({ width, level, cluster: cluster.id, problem });
        // Each member is drawn in the view (not in the margin laid out for a pan), alone or inside a smaller group.
        const after = layoutAtLevel(placed, levelOf(opened.k), options);
        const drawn = marksBetween(after, -opened.x / opened.k, (width - opened.x) / opened.k);
        const drawnIds = new Set(
          drawn.flatMap((mark) => (mark.type === 'item' ? [mark.id] : mark.members.map((member) => member.item.id))),
        );
        const missing = cluster.members.filter(({ item }) => !drawnIds.has(item.id));
        if (missing.length) fail(`${missing.length} of ${cluster.members.length} members not in view`);
        // The group falls apart, unless the zoom is at its most (a day 48 px wide), where the details box lists it.
        const stillWhole = drawn.some(
          (mark) => mark.type === 'cluster' && cluster.members.every((member) => mark.members.includes(member)),
        );
        // (or unless one more step of zoom would push a member out of view).
        const anchors = cluster.members.map(anchorTime);
        const spanPx = ((Math.max(...anchors) - Math.min(...anchors)) / (domain.end - domain.start)) * width * opened.k;
        if (stillWhole && opened.k < kMax * 0.999 && spanPx * Math.SQRT2 < width)
          fail('still one group, though the zoom could go further');
      }
    }
  }
  return { groups, failures };
}

describe('a click on a group', () => {
  const compiled = 'public/dataset.json';
  it.runIf(existsSync(compiled))(
    'opens onto its events, for every group of the compiled seeds at every level and width',
    () => {
      const dataset = JSON.parse(readFileSync(compiled, 'utf8')) as Dataset;
      const { groups, failures } = openEveryGroup(dataset);
      expect(groups).toBeGreaterThan(10);
      expect(failures).toEqual([]);
    },
  );

  it('opens onto its events for every group of 1,500 generated events (disputed dates among them) at every level and width', () => {
    const base = { events: [], meetings: [], measures: [], conflicts: [], articles: [] } as unknown as Dataset;
    const { groups, failures } = openEveryGroup(syntheticDataset(base, 1500));
    expect(groups).toBeGreaterThan(1000);
    expect(failures.length, JSON.stringify(failures.slice(0, 3))).toBe(0);
  });

  it('shows a span that asks for more than the most zoom centred at the most zoom (it was pushed off screen)', () => {
    // 24–28 October 2025 and a day spare either side, in a 2016–2026 domain: more zoom than a day at 48 px.
    const domain = { start: Date.UTC(2016, 11, 1), end: Date.UTC(2026, 1, 1) };
    const width = 1440;
    const kMax = maxZoom(domain, width);
    const cluster = { start: Date.UTC(2025, 9, 24), end: Date.UTC(2025, 9, 29) };
    const opened = transformForInterval(
      { start: cluster.start - 86_400_000, end: cluster.end + 86_400_000 },
      domain,
      width,
      kMax,
    );
    expect(opened.k).toBeCloseTo(kMax, 6);
    const shown = visibleInterval(opened, domain, width);
    expect(shown.start).toBeLessThan(cluster.start);
    expect(shown.end).toBeGreaterThan(cluster.end);
  });
});
