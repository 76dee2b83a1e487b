// Desktop form: one lane per imposing actor, time left → right, undated measures in a column at the end.
// Collisions are resolved by packing each lane into rows: a mark and its label take an interval of x, and an
// interval goes into the first row of its lane that it does not touch. Rows are separated by empty gutters, which
// is where the arrows run (see routes.ts), so an arrow never crosses a label.
import { utcMonth } from 'd3-time';
import { utcTimeScale } from '../../lib/utc-time-scale.ts';
import type { Measure } from '../../lib/dataset.ts';
import { factDateFromValue, factDateMidpoint, formatTick } from './dates.ts';
import type { FlowLane, FlowLayout, FlowLayoutOptions, FlowLink, FlowNode, FlowTick } from './layout-types.ts';
import { answerPairs, disputedDates, labelLines, markRadius } from './marks.ts';
import { wideRoute, type Obstacle, type RoutedMark } from './routes.ts';
import { textWidth } from './text-metrics.ts';

export interface ResolvedOptions {
  width: number;
  fontSize: number;
  lanes: string[];
  ordered: Measure[];
  conflicts: NonNullable<FlowLayoutOptions['conflicts']>;
  actorName: (code: string) => string;
  shortLabels: boolean;
}

interface Placed {
  node: Omit<FlowNode, 'y' | 'label'> & { labelWidth: number; labelLines: FlowNode['label']['lines']; anchor: 'start' | 'end' };
  start: number;
  end: number;
  height: number;
}

/** Left margin kept free of everything, so an arrow can always get from one gutter to another. */
const MARGIN_CHANNEL = 3;

export function layoutHorizontal(options: ResolvedOptions): FlowLayout {
  const { width, fontSize, lanes, ordered, conflicts, actorName, shortLabels } = options;
  const pairs = answerPairs(ordered);
  // Presentation's large type reads well a little tighter, and every pixel of height counts on a projector.
  const lineHeight = Math.round(fontSize * (shortLabels ? 1.2 : 1.3));
  const gap = Math.round(fontSize * 0.5);
  // Gutters carry the arrows: a little taller when there are arrows, so runs keep clear of the text above and below.
  // (Large type needs no proportionally larger gutter: the runs are not text.)
  const padding = Math.round(pairs.length ? Math.min(fontSize * 0.9, 9 + fontSize * 0.25) : fontSize * 0.6);
  const maxRadius = Math.round(Math.min(22, Math.max(8, fontSize * 1.2)));
  const maxLabelWidth = Math.min(fontSize * 15, width * (shortLabels ? 0.4 : 0.3));
  const axisHeight = Math.round(fontSize * (shortLabels ? 1.9 : 2.4));
  const margin = { left: MARGIN_CHANNEL + 9, right: 4 };
  const bracketSpace = Math.round(fontSize * 0.6);

  const undatedMeasures = ordered.filter((measure) => factDateMidpoint(measure.date) === null);
  const undatedCount = undatedMeasures.length;
  // The undated column is as wide as its widest label needs, leaving the rest to the time axis.
  const undatedLabelWidth = Math.max(
    0,
    ...undatedMeasures.map((measure) =>
      widest(labelLines(measure, disputedDates(measure, conflicts), maxLabelWidth, fontSize, actorName, shortLabels ? 3 : 2, shortLabels), fontSize, maxLabelWidth),
    ),
  );
  const undatedWidth = undatedCount ? maxRadius * 2 + gap + undatedLabelWidth + padding * 2 : 0;
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
  // From the first month's start, so that month gets its tick. A single instant gets two months, so the scale stays
  // defined, its marks sit near the left and their labels get the width on the right.
  const firstMonth = utcMonth.floor(new Date(minTime));
  const domain = [firstMonth.getTime(), minTime === maxTime ? utcMonth.offset(firstMonth, 2).getTime() : maxTime];
  // Leave room on the right for a label that stays right of the last mark when there is space for it.
  // The first month's tick label, centred on its tick, must fit left of it too.
  const rangeLeft = Math.max(margin.left + maxRadius + padding, textWidth('Sep 2025', fontSize) / 2 + 2);
  const rangeRight = Math.max(rangeLeft + 1, datedRight - maxRadius - padding - Math.min(maxLabelWidth * 0.5, (datedRight - rangeLeft) * 0.25));
  const x = utcTimeScale([domain[0]!, domain[1]!], [rangeLeft, rangeRight]);
  const undatedLeft = datedRight + padding + maxRadius;

  const placedByLane = new Map<string, Placed[][]>(lanes.map((lane) => [lane, []]));
  ordered.forEach((measure, order) => {
    const time = factDateMidpoint(measure.date);
    const r = markRadius(measure.ratePct, maxRadius);
    const otherDates = disputedDates(measure, conflicts);
    const undated = time === null;
    const cx = undated ? undatedLeft : x(time);
    const ghostTimes = otherDates.map((value) => factDateMidpoint(factDateFromValue(value))).filter((t): t is number => t !== null);
    const ghostX = !undated && ghostTimes[0] !== undefined ? x(ghostTimes[0]) : null;
    const label = (lineWidth: number) => labelLines(measure, otherDates, lineWidth, fontSize, actorName, shortLabels ? 3 : 2, shortLabels);
    let lines = label(maxLabelWidth);
    let labelWidth = widest(lines, fontSize, maxLabelWidth);
    // Right of the mark when it fits before the undated column, else left of it; when neither side has room, the
    // label is wrapped narrower to the roomier side.
    const right = datedRight - (cx + r + gap);
    const left = cx - r - gap - margin.left;
    let anchor: 'start' | 'end' = 'start';
    if (!undated && labelWidth > right) {
      if (labelWidth <= left) anchor = 'end';
      else if (Math.max(left, right) >= fontSize * 6) {
        anchor = left > right ? 'end' : 'start';
        lines = label(Math.max(left, right));
        labelWidth = widest(lines, fontSize, Math.max(left, right));
      }
    }
    let start = anchor === 'start' ? cx - r : cx - r - gap - labelWidth;
    let end = anchor === 'start' ? cx + r + gap + labelWidth : cx + r;
    if (ghostX !== null) {
      start = Math.min(start, ghostX - maxRadius * 0.4);
      end = Math.max(end, ghostX + maxRadius * 0.4);
    }
    const height = Math.max(2 * r, lines.length * lineHeight) + (ghostX !== null ? bracketSpace : 0);
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
        dispute: otherDates.length ? { otherDates, ghostX, bracketY: null, bracketX: null } : null,
        labelWidth,
        labelLines: lines,
        anchor,
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
  const gutterById = new Map<string, number>();
  const laneShapes: FlowLane[] = [];
  let top = axisHeight;
  const titleHeight = Math.round(lineHeight * (shortLabels ? 1.3 : 1.4));
  for (const lane of lanes) {
    const rows = placedByLane.get(lane)!;
    const laneTop = top;
    let rowTop = laneTop + titleHeight;
    for (const row of rows) {
      const rowHeight = Math.max(...row.map((placed) => placed.height));
      for (const { node, height } of row) {
        const disputed = node.dispute?.ghostX != null;
        // Centred in the row; a disputed date's connector takes the space reserved under the mark and label.
        const content = height - (disputed ? bracketSpace : 0);
        const cy = rowTop + (rowHeight - height) / 2 + content / 2;
        const labelHeight = node.labelLines.length * lineHeight;
        const { labelWidth, labelLines: lines, anchor, ...rest } = node;
        nodes.push({
          ...rest,
          dispute: rest.dispute && {
            ...rest.dispute,
            bracketY: disputed ? Math.max(cy + labelHeight / 2, cy + node.r) + bracketSpace / 2 : null,
            bracketX: disputed ? node.x + exitSide(node) * -0.6 * node.r : null,
          },
          y: cy,
          label: {
            id: node.id,
            x: anchor === 'start' ? node.x + node.r + gap : node.x - node.r - gap - labelWidth,
            y: cy - labelHeight / 2,
            width: labelWidth,
            height: labelHeight,
            anchor,
            lineHeight,
            lines,
          },
        });
        // The middle of the empty space under the row.
        gutterById.set(node.id, rowTop + rowHeight + padding / 2);
      }
      rowTop += rowHeight + padding;
    }
    // The gutter under the last row (arrows run in it) is the space between lanes.
    const laneHeight = Math.max(rowTop, laneTop + titleHeight + maxRadius * 2 + padding) - laneTop;
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

  // Month ticks every 1, 2, 3, 6 or 12 months (aligned: quarters fall on Jan, Apr, Jul, Oct), after the first month's
  // (which names where the axis starts): the smallest step whose labels all fit, so ticks stay evenly spaced. A tick
  // names its year only when the year changes ("Oct 2024 · Jan 2025 · Apr · Jul"), so more of them fit.
  let ticks: FlowTick[] = [];
  if (times.length) {
    const [start, end] = domain as [number, number];
    for (const step of [1, 2, 3, 6, 12]) {
      const candidates = [new Date(start), ...utcMonth.every(step)!.range(new Date(start + 1), new Date(end + 1))];
      const kept: FlowTick[] = [];
      let lastRight = -Infinity;
      let lastYear: number | null = null;
      let dropped = false;
      for (const [index, tick] of candidates.entries()) {
        const tx = x(tick);
        const year = tick.getUTCFullYear();
        const full = formatTick(tick.getTime());
        const text = year === lastYear ? full.slice(0, 3) : full;
        const half = textWidth(text, fontSize) / 2;
        if (tx - half < lastRight + fontSize || tx + half > datedRight || tx - half < 0) {
          // Only the aligned tick right after the first month may give way (to the first month's label).
          if (index > 1 || tx + half > datedRight) dropped = true;
          continue;
        }
        kept.push({ text, x: tx, y: Math.round(fontSize * 1.2) });
        lastRight = tx + half;
        lastYear = year;
      }
      ticks = kept;
      if (!dropped) break;
    }
  }

  const height = Math.ceil(top + 2);
  const radius = Math.max(4, Math.min(8, Math.round(fontSize * 0.4)));
  const links = routeArrows(nodes, pairs, gutterById, laneShapes, { width, fontSize, padding, radius, clearance: radius + 1 });
  return {
    orientation: 'horizontal',
    width,
    height,
    fontSize,
    lanes: laneShapes,
    nodes,
    links,
    ticks,
    undated: undatedCount ? { x: datedRight, y: axisHeight, width: width - datedRight, height: top - axisHeight, title: 'Date not stated' } : null,
  };
}

/** The side (−1 left, 1 right) an answer's arrows leave its mark from: away from a disputed date's connector. */
function exitSide(node: Pick<FlowNode, 'x' | 'dispute'>): -1 | 1 {
  return node.dispute?.ghostX != null && node.dispute.ghostX < node.x ? 1 : -1;
}

function widest(lines: FlowNode['label']['lines'], fontSize: number, maxWidth: number): number {
  return Math.min(maxWidth, Math.max(0, ...lines.map((line) => textWidth(line.text, fontSize, line.kind === 'title' ? 'bold' : 'regular'))));
}

function routeArrows(
  nodes: readonly FlowNode[],
  pairs: readonly [string, string][],
  gutterById: ReadonlyMap<string, number>,
  lanes: readonly FlowLane[],
  { width, fontSize, padding, radius, clearance }: { width: number; fontSize: number; padding: number; radius: number; clearance: number },
): FlowLink[] {
  if (!pairs.length) return [];
  const obstacles: Obstacle[] = [
    ...nodes.flatMap((node) => [
      { id: node.id, x: node.x - node.r, y: node.y - node.r, width: 2 * node.r, height: 2 * node.r },
      node.label,
    ]),
    ...lanes.map((lane) => ({ id: lane.actor, x: lane.titleX, y: lane.titleY - fontSize, width: textWidth(`● ${lane.title}`, fontSize, 'bold'), height: fontSize * 1.3 })),
  ].sort((a, b) => a.x - b.x);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Each answering measure gets its own track in every gutter it runs along, so lines from different measures run
  // side by side instead of merging; lines from one measure share a track and branch like a tree.
  const spacing = Math.max(3, Math.min(5, fontSize * 0.27));
  const maxOffset = Math.max(0, padding / 2 - 1.5);
  const tracks = new Map<number, Map<string, number>>();
  const track = (gutterY: number, source: string) => {
    let bySource = tracks.get(gutterY);
    if (!bySource) tracks.set(gutterY, (bySource = new Map()));
    if (!bySource.has(source)) {
      const index = bySource.size;
      const offset = (index % 2 === 1 ? -1 : 1) * Math.ceil(index / 2) * spacing;
      bySource.set(source, Math.abs(offset) <= maxOffset ? offset : 0);
    }
    return gutterY + bySource.get(source)!;
  };
  const mark = (node: FlowNode, source: string): RoutedMark => ({ x: node.x, y: node.y, r: node.r, gutterY: track(gutterById.get(node.id)!, source), exit: exitSide(node) });
  return pairs.map(([source, target]) => {
    const from = mark(byId.get(source)!, source);
    const to = mark(byId.get(target)!, source);
    // This answer's own earlier corridors are not in its way (`owner`): its lines share them and branch like a tree.
    const route = wideRoute(from, to, { obstacles, marginX: MARGIN_CHANNEL, width, radius, clearance, sharePenalty: fontSize * 10, owner: source });
    // Other answers' corridors keep their distance from this one, so their vertical runs never lie on top of it.
    if (route.corridor !== null) {
      const run: Obstacle = { id: `corridor ${source}`, owner: source, clearance: spacing, shareable: true, x: route.corridor, y: Math.min(from.gutterY, to.gutterY), width: 0, height: Math.abs(from.gutterY - to.gutterY) };
      // Kept in order of left edge less clearance, so the corridor search needs no sort.
      const at = obstacles.findIndex((box) => box.x - (box.clearance ?? clearance) > run.x - spacing);
      obstacles.splice(at === -1 ? obstacles.length : at, 0, run);
    }
    return { id: `${source}->${target}`, source, target, actor: byId.get(source)!.lane, path: route.path };
  });
}
