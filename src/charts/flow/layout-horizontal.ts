// Desktop form: one lane per imposing actor, time left → right, undated measures in a column at the end.
// Collisions are resolved by packing each lane into rows: a mark and its label take an interval of x, and an
// interval goes into the first row of its lane that it does not touch.
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { Measure } from '../../lib/dataset.ts';
import { factDateFromValue, factDateMidpoint, formatTick } from './dates.ts';
import type { FlowLane, FlowLayout, FlowNode, FlowTick } from './layout-types.ts';
import { disputedDates, labelLines, markRadius } from './marks.ts';
import { textWidth } from './text-metrics.ts';

export interface ResolvedOptions {
  width: number;
  fontSize: number;
  lanes: string[];
  ordered: Measure[];
  conflicts: NonNullable<import('./layout-types.ts').FlowLayoutOptions['conflicts']>;
  actorName: (code: string) => string;
}

interface Placed {
  node: Omit<FlowNode, 'y' | 'label'> & { labelWidth: number; labelLines: FlowNode['label']['lines'] };
  start: number;
  end: number;
  height: number;
}

export function layoutHorizontal(options: ResolvedOptions): Omit<FlowLayout, 'links'> {
  const { width, fontSize, lanes, ordered, conflicts, actorName } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.round(fontSize * 0.5);
  const padding = Math.round(fontSize * 0.6);
  const maxRadius = Math.round(Math.min(22, Math.max(8, fontSize * 1.2)));
  const maxLabelWidth = Math.min(fontSize * 15, width * 0.3);
  const axisHeight = Math.round(fontSize * 2.4);
  const margin = { left: 4, right: 4 };

  const undatedCount = ordered.filter((measure) => factDateMidpoint(measure.date) === null).length;
  const undatedWidth = undatedCount ? maxRadius * 2 + gap + maxLabelWidth + padding * 2 : 0;
  const datedRight = width - margin.right - undatedWidth;
  const times = ordered.map((measure) => factDateMidpoint(measure.date)).filter((time): time is number => time !== null);
  for (const measure of ordered) {
    for (const value of disputedDates(measure, conflicts)) {
      const time = factDateMidpoint(factDateFromValue(value));
      if (time !== null) times.push(time);
    }
  }
  const minTime = times.length ? Math.min(...times) : 0;
  const maxTime = times.length ? Math.max(...times) : 0;
  // Pad a single-instant domain by a month each side so the scale stays defined.
  const month = 31 * 24 * 3600 * 1000;
  // Whole months, so the first mark's month gets its tick.
  const domain = minTime === maxTime ? [minTime - month, maxTime + month] : [utcMonth.floor(new Date(minTime)).getTime(), maxTime];
  // Leave room on the right for a label that stays right of the last mark when there is space for it.
  // The first month's tick label, centred on its tick, must fit left of it too.
  const rangeLeft = Math.max(margin.left + maxRadius + padding, textWidth('Sep 2025', fontSize) / 2 + 2);
  const rangeRight = Math.max(rangeLeft + 1, datedRight - maxRadius - padding - Math.min(maxLabelWidth * 0.5, (datedRight - rangeLeft) * 0.25));
  const x = scaleUtc().domain(domain).range([rangeLeft, rangeRight]);

  const placedByLane = new Map<string, Placed[][]>(lanes.map((lane) => [lane, []]));
  ordered.forEach((measure, order) => {
    const time = factDateMidpoint(measure.date);
    const r = markRadius(measure.ratePct, maxRadius);
    const otherDates = disputedDates(measure, conflicts);
    const lines = labelLines(measure, otherDates, maxLabelWidth, fontSize, actorName);
    const labelWidth = Math.min(
      maxLabelWidth,
      Math.max(...lines.map((line) => textWidth(line.text, fontSize, line.kind === 'title' ? 'bold' : 'regular'))),
    );
    const undated = time === null;
    const cx = undated ? datedRight + padding + maxRadius : x(time);
    const ghostTimes = otherDates.map((value) => factDateMidpoint(factDateFromValue(value))).filter((t): t is number => t !== null);
    const ghostX = !undated && ghostTimes[0] !== undefined ? x(ghostTimes[0]) : null;
    // Right of the mark unless that runs past the dated area; then left of it.
    const anchor: 'start' | 'end' = undated || cx + r + gap + labelWidth <= datedRight ? 'start' : 'end';
    let start = anchor === 'start' ? cx - r : cx - r - gap - labelWidth;
    let end = anchor === 'start' ? cx + r + gap + labelWidth : cx + r;
    if (ghostX !== null) {
      start = Math.min(start, ghostX - maxRadius * 0.4);
      end = Math.max(end, ghostX + maxRadius * 0.4);
    }
    const height = Math.max(2 * r, lines.length * lineHeight);
    const rows = placedByLane.get(measure.imposer)!;
    const placed: Placed = {
      node: {
        id: measure.id,
        measure,
        lane: measure.imposer,
        x: cx,
        r,
        hollow: measure.ratePct === null,
        undated,
        order,
        dispute: otherDates.length ? { otherDates, ghostX } : null,
        labelWidth,
        labelLines: lines,
      },
      start,
      end,
      height,
    };
    const row = rows.find((candidate) => candidate.every((other) => other.end + gap <= start || end + gap <= other.start));
    if (row) row.push(placed);
    else rows.push([placed]);
  });

  const nodes: FlowNode[] = [];
  const laneShapes: FlowLane[] = [];
  let top = axisHeight;
  const titleHeight = Math.round(lineHeight * 1.4);
  for (const lane of lanes) {
    const rows = placedByLane.get(lane)!;
    const laneTop = top;
    let rowTop = laneTop + titleHeight;
    for (const row of rows) {
      const rowHeight = Math.max(...row.map((placed) => placed.height));
      for (const { node } of row) {
        const cy = rowTop + rowHeight / 2;
        const labelHeight = node.labelLines.length * lineHeight;
        const { labelWidth, labelLines: lines, ...rest } = node;
        nodes.push({
          ...rest,
          y: cy,
          label: {
            id: node.id,
            x: node.undated || node.x + node.r + gap + labelWidth <= datedRight ? node.x + node.r + gap : node.x - node.r - gap - labelWidth,
            y: cy - labelHeight / 2,
            width: labelWidth,
            height: labelHeight,
            anchor: node.undated || node.x + node.r + gap + labelWidth <= datedRight ? 'start' : 'end',
            lineHeight,
            lines,
          },
        });
      }
      rowTop += rowHeight + padding;
    }
    const laneHeight = Math.max(rowTop, laneTop + titleHeight + maxRadius * 2) - laneTop + padding;
    const name = actorName(lane);
    laneShapes.push({
      actor: lane,
      name,
      x: 0,
      y: laneTop,
      width,
      height: laneHeight,
      title: `${name} imposes`,
      titleX: margin.left,
      titleY: laneTop + Math.round(lineHeight * 1.05),
    });
    top = laneTop + laneHeight;
  }
  nodes.sort((a, b) => a.order - b.order);

  const ticks: FlowTick[] = [];
  if (times.length) {
    const tickSpace = textWidth('Sep 2025', fontSize) + fontSize * 1.5;
    const candidates = x.ticks(Math.max(2, Math.floor((rangeRight - rangeLeft) / tickSpace)));
    let lastRight = -Infinity;
    for (const tick of candidates) {
      const tx = x(tick);
      const text = formatTick(tick.getTime());
      const half = textWidth(text, fontSize) / 2;
      if (tx - half < lastRight + fontSize || tx + half > datedRight || tx - half < 0) continue;
      ticks.push({ text, x: tx, y: Math.round(fontSize * 1.2) });
      lastRight = tx + half;
    }
  }

  return {
    orientation: 'horizontal',
    width,
    height: Math.ceil(top + 2),
    fontSize,
    lanes: laneShapes,
    nodes,
    ticks,
    undated: undatedCount
      ? { x: datedRight, y: axisHeight, width: width - datedRight, height: top - axisHeight, title: 'Date not stated' }
      : null,
  };
}
