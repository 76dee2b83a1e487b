// Phone form: a vertical chain read top → bottom. Each actor is a narrow column of marks at the left; each measure
// has its own row, its label to the right of the columns, and a heading row starts each month (or "Date not stated").
// One measure per row means labels cannot collide, and nothing is wider than the screen. Arrows run along the
// boundaries between columns (no mark reaches them) and never enter the labels' side.
import { factDateMidpoint, formatFactDate } from './dates.ts';
import type { ResolvedOptions } from './layout-horizontal.ts';
import type { FlowLane, FlowLayout, FlowNode, FlowTick } from './layout-types.ts';
import { answerPairs, disputedDates, labelLines, markRadius } from './marks.ts';
import { columnRoute, type ColumnMark } from './routes.ts';
import { textWidth } from './text-metrics.ts';

export function layoutVertical(options: ResolvedOptions): FlowLayout {
  const { width, fontSize, lanes, ordered, conflicts, actorName } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.round(fontSize * 0.6);
  const padding = Math.round(fontSize * 0.5);
  const columnWidth = Math.max(14, Math.min(fontSize * 3.2, (width * 0.34) / Math.max(1, lanes.length)));
  // Marks stop short of their column's edges: the space left is where arrows run, and where an arrowhead lands.
  const maxRadius = Math.max(3, Math.min(columnWidth / 2 - Math.max(3, fontSize * 0.7), fontSize * 1.1));
  const columnsRight = lanes.length * columnWidth;
  const labelLeft = columnsRight + gap;
  const labelMaxWidth = Math.max(fontSize * 4, width - labelLeft - 4);
  // Column headings: the names when every name fits its column, else the codes (the legend spells them out). Codes
  // wider than a column are staggered over several heading rows, so neighbours never touch.
  const namesFit = lanes.every((lane) => textWidth(actorName(lane), fontSize, 'bold') <= columnWidth - 2);
  const titles = lanes.map((lane) => (namesFit ? actorName(lane) : lane));
  const widest = Math.max(0, ...titles.map((title) => textWidth(title, fontSize, 'bold')));
  const headingRows = Math.max(1, Math.ceil((widest + 2) / columnWidth));
  const headerHeight = Math.round(lineHeight * (headingRows + 0.6));

  const nodes: FlowNode[] = [];
  const ticks: FlowTick[] = [];
  let top = headerHeight;
  let currentHeading: string | null = null;
  let undatedTop: number | null = null;
  ordered.forEach((measure, order) => {
    const undated = factDateMidpoint(measure.date) === null;
    // Headings at month precision: a day-precise date still groups under its month.
    const heading = undated ? 'Date not stated' : formatFactDate(measure.date && { value: measure.date.value.slice(0, 7), precision: measure.date.precision === 'year' ? 'year' : 'month' });
    if (heading !== currentHeading) {
      if (undated) undatedTop = top;
      ticks.push({ text: heading, x: labelLeft, y: top + Math.round(lineHeight * 1.1) });
      top += Math.round(lineHeight * 1.5);
      currentHeading = heading;
    }
    const otherDates = disputedDates(measure, conflicts);
    const lines = labelLines(measure, otherDates, labelMaxWidth, fontSize, actorName, 4, options.shortLabels);
    const r = markRadius(measure.ratePct, maxRadius);
    const labelHeight = lines.length * lineHeight;
    const rowHeight = Math.max(2 * r, labelHeight);
    const cy = top + rowHeight / 2;
    const laneIndex = lanes.indexOf(measure.imposer);
    nodes.push({
      id: measure.id,
      measure,
      lane: measure.imposer,
      x: laneIndex * columnWidth + columnWidth / 2,
      y: cy,
      r,
      hollow: measure.ratePct === null,
      undated,
      order,
      dispute: otherDates.length ? { otherDates, ghostX: null, bracketY: null, bracketX: null } : null,
      label: {
        id: measure.id,
        x: labelLeft,
        y: cy - labelHeight / 2,
        width: Math.min(labelMaxWidth, Math.max(...lines.map((line) => textWidth(line.text, fontSize, line.kind === 'title' ? 'bold' : 'regular')))),
        height: labelHeight,
        anchor: 'start',
        lineHeight,
        lines,
      },
    });
    top += rowHeight + padding * 2;
  });

  const height = Math.ceil(top + padding);
  const laneShapes: FlowLane[] = lanes.map((lane, index) => {
    const name = actorName(lane);
    const title = titles[index] ?? lane;
    const half = textWidth(title, fontSize, 'bold') / 2;
    // Centred on its column, but kept inside the columns' area at both ends.
    const titleX = Math.min(columnsRight - half, Math.max(half, index * columnWidth + columnWidth / 2));
    return {
      actor: lane,
      name,
      x: index * columnWidth,
      y: 0,
      width: columnWidth,
      height,
      title,
      titleX,
      titleY: Math.round(lineHeight * (1.1 + (index % headingRows))),
    };
  });

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const column = (node: FlowNode): ColumnMark => {
    const left = lanes.indexOf(node.lane) * columnWidth;
    return { x: node.x, y: node.y, r: node.r, columnLeft: left, columnRight: left + columnWidth };
  };
  const radius = Math.max(3, Math.round(fontSize * 0.4));
  const links = answerPairs(ordered).map(([source, target]) => ({
    id: `${source}->${target}`,
    source,
    target,
    actor: byId.get(source)!.lane,
    path: columnRoute(column(byId.get(source)!), column(byId.get(target)!), radius, 2),
  }));

  return {
    orientation: 'vertical',
    width,
    height,
    fontSize,
    lanes: laneShapes,
    nodes,
    links,
    ticks,
    undated: undatedTop === null ? null : { x: labelLeft, y: undatedTop, width: width - labelLeft, height: height - undatedTop, title: 'Date not stated' },
  };
}
