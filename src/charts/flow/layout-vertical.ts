// Phone form: a vertical chain read top → bottom. Each actor is a narrow column of marks at the left; each measure
// has its own row, its label to the right of the columns, and a heading row starts each month (or "Date not stated",
// last). One measure per row means labels cannot collide, and nothing is wider than the screen. Arrows run down from
// a measure to its answer in channels between the columns: every arrow has a channel of its own over its span, so
// no two arrows merge into one trunk (the gaps between columns widen to hold them).
import { answerRelations, displayTimes } from './answers.ts';
import { factDateWords } from '../../lib/date-words.ts';
import type { ResolvedOptions } from './layout-horizontal.ts';
import type { FlowLane, FlowLayout, FlowNode, FlowTick } from './layout-types.ts';
import { disputedDates, labelLines, markRadius, widestLine } from './marks.ts';
import { columnRoute } from './routes.ts';
import { textWidth } from '../../lib/text-metrics.ts';

export function layoutVertical(options: ResolvedOptions): FlowLayout {
  const { width, fontSize, lanes, ordered, conflicts, actorName } = options;
  const times = displayTimes(ordered);
  const relations = answerRelations(ordered, times);
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.round(fontSize * 0.6);
  const padding = Math.round(fontSize * 0.5);
  const columnWidth = Math.max(14, Math.min(fontSize * 3.2, (width * 0.34) / Math.max(1, lanes.length)));
  // Marks stop short of their column's edges: the space left is where arrows run, and where an arrowhead lands.
  const maxRadius = Math.max(3, Math.min(columnWidth / 2 - Math.max(3, fontSize * 0.7), fontSize * 1.1));
  const markZone = 2 * maxRadius + 2;
  const baseGap = columnWidth - markZone;

  // Rows first (y does not depend on the columns' x), then channels, then the columns' x.
  // A row's height needs its label's line count, which needs the label's width: known once the columns are.
  let currentHeading: string | null = null;
  const rows = ordered.map((measure, order) => {
    const undated = !times.has(measure.id);
    // Headings at month precision: a day-precise date still groups under its month.
    const text = undated
      ? 'Date not stated'
      : factDateWords(
          measure.date && {
            value: measure.date.value.slice(0, 7),
            precision: measure.date.precision === 'year' ? 'year' : 'month',
          },
          { short: true },
        );
    const heading = text === currentHeading ? null : text;
    currentHeading = text;
    return {
      measure,
      order,
      undated,
      heading,
      r: markRadius(measure.ratePct, maxRadius),
      otherDates: disputedDates(measure, conflicts),
    };
  });

  // Channels: gap k lies left of column k (gap 0 at the far left, gap N right of the last column). Each answer has a
  // channel of its own, beside its column on the side most of what it answered lies (its lines join there, as a
  // tree); it takes the first slot of that gap free over its span. Slots are `spacing` apart. The columns may widen
  // for channels up to 42% of the width; an answer that finds no slot within that is told in words on both labels
  // ("answers …", "answered by …"): on a phone, a line many screens long could not be followed anyway.
  const spacing = Math.max(7, Math.round(fontSize * 0.6));
  const rowIndex = new Map(rows.map((row, index) => [row.measure.id, index]));
  const byAnswer = new Map<string, string[]>();
  for (const [source, target] of relations.arrows) byAnswer.set(target, [...(byAnswer.get(target) ?? []), source]);
  const column = (id: string) => lanes.indexOf(ordered[rowIndex.get(id)!]!.imposer);
  const spanOf = (target: string): [number, number] => {
    const rowsSpanned = [target, ...byAnswer.get(target)!].map((id) => rowIndex.get(id)!);
    return [Math.min(...rowsSpanned), Math.max(...rowsSpanned)];
  };
  const capacity = Array.from({ length: lanes.length + 1 }, (_, index) => {
    const edge = index === 0 || index === lanes.length;
    return Math.max(0, Math.floor((edge ? baseGap / 2 : baseGap) / spacing) - 1);
  });
  let spareSlots = Math.max(0, Math.floor((width * 0.42 - lanes.length * columnWidth) / spacing));
  const channelOf = new Map<string, { gap: number; slot: number }>();
  const occupied = new Map<number, [number, number][][]>();
  const notes = new Map(
    [...relations.notes].map(([id, note]) => [id, { answers: [...note.answers], answeredBy: [...note.answeredBy] }]),
  );
  const note = (id: string) => notes.get(id) ?? notes.set(id, { answers: [], answeredBy: [] }).get(id)!;
  // Short trees first: they are the ones a reader can follow, and they leave long spans the slots that remain.
  const answers = [...byAnswer.keys()].sort(
    (a, b) => spanOf(a)[1] - spanOf(a)[0] - (spanOf(b)[1] - spanOf(b)[0]) || rowIndex.get(a)! - rowIndex.get(b)!,
  );
  for (const target of answers) {
    const sources = byAnswer.get(target)!;
    const own = column(target);
    const leftward = sources.filter((source) => column(source) < own).length;
    const rightward = sources.filter((source) => column(source) > own).length;
    const candidates = leftward >= rightward ? [own, own + 1] : [own + 1, own];
    const span = spanOf(target);
    let best: { gap: number; slot: number; cost: number } | null = null;
    for (const gapIndex of candidates) {
      const taken = occupied.get(gapIndex) ?? [];
      // Spans are compared inclusively: two channels that meet at a row would read as one line.
      let slot = taken.findIndex((intervals) => intervals.every(([from, to]) => to < span[0] || from > span[1]));
      if (slot === -1) slot = taken.length;
      const cost = Math.max(0, slot + 1 - capacity[gapIndex]!);
      // The side facing the sources wins ties; the other side only when it costs fewer spare slots.
      if (cost <= spareSlots && (!best || cost < best.cost)) best = { gap: gapIndex, slot, cost };
    }
    if (!best) {
      for (const source of sources) {
        note(target).answers.push(ordered[rowIndex.get(source)!]!);
        note(source).answeredBy.push(ordered[rowIndex.get(target)!]!);
      }
      continue;
    }
    spareSlots -= best.cost;
    capacity[best.gap]! += best.cost;
    const taken = occupied.get(best.gap) ?? [];
    (taken[best.slot] ??= []).push(span);
    occupied.set(best.gap, taken);
    channelOf.set(target, { gap: best.gap, slot: best.slot });
  }
  const drawnArrows = relations.arrows.filter(([, target]) => channelOf.has(target));
  const gapWidths = Array.from({ length: lanes.length + 1 }, (_, index) => {
    const count = occupied.get(index)?.length ?? 0;
    const edge = index === 0 || index === lanes.length;
    return Math.max(edge ? Math.max(2, baseGap / 2) : baseGap, count ? (count + 1) * spacing : 0);
  });
  const centres: number[] = [];
  let cursor = 0;
  lanes.forEach((_, index) => {
    cursor += gapWidths[index]!;
    centres.push(cursor + markZone / 2);
    cursor += markZone;
  });
  const columnsRight = cursor + gapWidths[lanes.length]!;
  const labelLeft = columnsRight + Math.max(2, gap - gapWidths[lanes.length]! / 2);
  const labelMaxWidth = Math.max(fontSize * 4, width - labelLeft - 4);
  const channelX = ({ gap: gapIndex, slot }: { gap: number; slot: number }) => {
    const gapLeft = gapIndex === 0 ? 0 : centres[gapIndex - 1]! + markZone / 2;
    return gapLeft + (slot + 1) * spacing;
  };

  // Column headings: the names when every name fits its column, else the codes (the legend spells them out). Codes
  // wider than a column are staggered over several heading rows, so neighbours never touch.
  const columnSpan = (index: number) => markZone + Math.min(gapWidths[index]!, gapWidths[index + 1]!);
  const namesFit = lanes.every((lane, index) => textWidth(actorName(lane), fontSize, 'bold') <= columnSpan(index) - 2);
  const titles = lanes.map((lane) => (namesFit ? actorName(lane) : lane));
  const narrowest = Math.min(...lanes.map((_, index) => columnSpan(index)), Infinity);
  const widest = Math.max(0, ...titles.map((title) => textWidth(title, fontSize, 'bold')));
  const headingRows = Math.max(1, Math.ceil((widest + 2) / (Number.isFinite(narrowest) ? narrowest : widest + 2)));
  const headerHeight = Math.round(lineHeight * (headingRows + 0.6));

  // Now the rows' heights and y.
  const nodes: FlowNode[] = [];
  const ticks: FlowTick[] = [];
  let y = headerHeight;
  let undatedY: number | null = null;
  rows.forEach((row) => {
    const { measure } = row;
    if (row.heading !== null) {
      if (row.undated) undatedY = y;
      ticks.push({ text: row.heading, x: labelLeft, y: y + Math.round(lineHeight * 1.1) });
      y += Math.round(lineHeight * 1.5);
    }
    const lines = labelLines(measure, row.otherDates, labelMaxWidth, fontSize, actorName, {
      titleLines: 4,
      short: options.shortLabels,
      relations: notes.get(measure.id),
    });
    const labelHeight = lines.length * lineHeight;
    const rowHeight = Math.max(2 * row.r, labelHeight);
    const cy = y + rowHeight / 2;
    nodes.push({
      id: measure.id,
      measure,
      lane: measure.imposer,
      x: centres[lanes.indexOf(measure.imposer)]!,
      y: cy,
      r: row.r,
      rateUnknown: measure.ratePct === null,
      planned: measure.status === 'planned',
      undated: row.undated,
      order: row.order,
      dispute: row.otherDates.length
        ? { otherDates: row.otherDates, ghostX: null, bracketY: null, bracketX: null }
        : null,
      label: {
        id: measure.id,
        x: labelLeft,
        y: cy - labelHeight / 2,
        width: widestLine(lines, fontSize, labelMaxWidth),
        height: labelHeight,
        anchor: 'start',
        lineHeight,
        lines,
      },
    });
    y += rowHeight + padding * 2;
  });

  const height = Math.ceil(y + padding);
  const laneShapes: FlowLane[] = lanes.map((lane, index) => {
    const name = actorName(lane);
    const title = titles[index] ?? lane;
    const half = textWidth(title, fontSize, 'bold') / 2;
    const left = index === 0 ? 0 : centres[index]! - markZone / 2 - gapWidths[index]! / 2;
    const right =
      index === lanes.length - 1 ? columnsRight : centres[index]! + markZone / 2 + gapWidths[index + 1]! / 2;
    // Centred on its column, but kept inside the columns' area at both ends.
    const titleX = Math.min(columnsRight - half, Math.max(half, centres[index]!));
    return {
      actor: lane,
      name,
      x: left,
      y: 0,
      width: right - left,
      height,
      title,
      titleX,
      titleY: Math.round(lineHeight * (1.1 + (index % headingRows))),
    };
  });

  const byId = new Map(nodes.map((node) => [node.id, node]));
  // Where each line leaves a mark (one height per line) and where an answer's lines enter it (one height), spread
  // over the side facing the channel.
  const sideKeys = new Map<string, string[]>();
  const side = (id: string, channel: number) => `${id}:${channel >= byId.get(id)!.x ? 'right' : 'left'}`;
  const add = (key: string, entry: string) => sideKeys.set(key, [...(sideKeys.get(key) ?? []), entry]);
  for (const [target, sources] of byAnswer) {
    if (!channelOf.has(target)) continue;
    const channel = channelX(channelOf.get(target)!);
    add(side(target, channel), `in@${target}`);
    for (const source of sources) add(side(source, channel), `${source}->${target}`);
  }
  const offsetOf = (id: string, channel: number, entry: string) => {
    const keys = sideKeys.get(side(id, channel))!;
    return keys.length === 1 ? 0 : (keys.indexOf(entry) / (keys.length - 1) - 0.5) * byId.get(id)!.r;
  };
  const radius = Math.max(3, Math.round(fontSize * 0.4));
  const links = drawnArrows.map(([source, target]) => {
    const from = byId.get(source)!;
    const to = byId.get(target)!;
    const channel = channelX(channelOf.get(target)!);
    return {
      id: `${source}->${target}`,
      source,
      target,
      actor: to.lane,
      path: columnRoute(
        { ...from, dy: offsetOf(source, channel, `${source}->${target}`) },
        { ...to, dy: offsetOf(target, channel, `in@${target}`) },
        channel,
        radius,
      ),
    };
  });

  return {
    orientation: 'vertical',
    width,
    height,
    fontSize,
    lanes: laneShapes,
    nodes,
    links,
    ticks,
    breaks: [],
    undated:
      undatedY === null
        ? null
        : {
            x: labelLeft,
            y: undatedY,
            width: width - labelLeft,
            height: height - undatedY,
            title: 'Date not stated',
            titleX: labelLeft,
            titleY: undatedY + Math.round(lineHeight * 1.1),
          },
  };
}
