// Desktop form: one lane per imposing actor, time left → right on a time axis whose long empty stretches are shortened
// (time-axis.ts), and a "Date not stated" row under the lanes for measures with no date. Collisions are resolved by
// packing each lane into rows: a mark and its label take an interval of x, and an interval goes into the first row of
// its lane that it does not touch. Rows are separated by empty gutters, where the arrows run (routes.ts): each arrow
// has its own track in a gutter and its own vertical run, so no two arrows lie on one another.
import type { Measure } from '../../lib/dataset.ts';
import { answerRelations, displayTimes, type AnswerRelations } from './answers.ts';
import { parseFactDate } from '../../lib/date-words.ts';
import { factDateMidpoint } from './dates.ts';
import type { FlowLabelLine, FlowLane, FlowLayout, FlowLayoutOptions, FlowLink, FlowNode } from './layout-types.ts';
import { disputedDates, labelLines, markRadius, widestLine, type LabelOptions } from './marks.ts';
import { chooseCorridor, wideRoute, type Obstacle, type RoutedMark } from './routes.ts';
import { textWidth } from '../../lib/text-metrics.ts';
import { compressedTimeScale, monthTicks } from './time-axis.ts';
import { fitNote } from './lane-rates.ts';

export interface ResolvedOptions {
  width: number;
  fontSize: number;
  lanes: string[];
  ordered: Measure[];
  conflicts: NonNullable<FlowLayoutOptions['conflicts']>;
  actorName: (code: string) => string;
  shortLabels: boolean;
  laneNotes: NonNullable<FlowLayoutOptions['laneNotes']>;
}

/**
 * Where lane notes may go in their title rows, in order of preference, and the most of the width they take: at the
 * lane's right end, then straight after its title, then narrower. The first that costs no arrow its route is kept.
 */
const NOTE_PLACES = [
  { align: 'end', share: 1 },
  { align: 'start', share: 1 },
  { align: 'start', share: 0.35 },
] as const;

type PlacedNode = Omit<FlowNode, 'y' | 'label'> & {
  labelWidth: number;
  labelLines: FlowNode['label']['lines'];
  anchor: 'start' | 'end';
};

interface Placed {
  node: PlacedNode;
  start: number;
  end: number;
  height: number;
}

/** Left margin kept free of everything, so an arrow can always get from one gutter to another. */
const MARGIN_CHANNEL = 3;
const MARGIN_RIGHT = 4;

/**
 * Lays out the lanes and routes the arrows. An answer whose lines find no free vertical run (a dense chart: labels
 * fill every x over its span) is told in words on the labels instead, and the lanes are laid out again for the longer
 * labels, until every arrow left has a run of its own (each round words at least one more answer, so it ends).
 */
export function layoutHorizontal(options: ResolvedOptions): FlowLayout {
  const times = displayTimes(options.ordered);
  const found = answerRelations(options.ordered, times);
  let worded = new Set<string>();
  // Most labels are the same from one round to the next: wrapping text is the costly part of a round.
  const labels = new Map<string, FlowLabelLine[]>();
  for (;;) {
    const { layout, unrouted, route } = layoutOnce(options, times, found, worded, labels);
    if (!unrouted.length) return withLaneNotes(layout, options, route);
    worded = new Set([...worded, ...unrouted]);
  }
}

/**
 * A lane's rate note sits in its title row, which arrows also use: a note may never cost an answer its arrow. The
 * notes go at the first place (NOTE_PLACES) where every arrow still routes around them; else none are drawn (the
 * chart then lists them under the drawing). Only the arrows are routed again: the marks do not move.
 */
function withLaneNotes(
  layout: FlowLayout,
  { laneNotes, width, fontSize }: ResolvedOptions,
  route: (lanes: readonly FlowLane[]) => { links: FlowLink[]; unrouted: string[] },
): FlowLayout {
  if (!laneNotes.length) return layout;
  const right = width - MARGIN_RIGHT;
  for (const place of NOTE_PLACES) {
    const lanes = layout.lanes.map((lane) => {
      const note = laneNotes.find((candidate) => candidate.actor === lane.actor);
      // The note ends at the lane's right end, or starts a gap of 1.5 em after the title.
      const titleEnd = lane.titleX + textWidth(`● ${lane.title}`, fontSize, 'bold') + fontSize * 1.5;
      const room = Math.min(right - titleEnd, width * place.share);
      if (!note || room <= fontSize * 4) return lane;
      const text = fitNote(note, room, fontSize);
      const noteWidth = textWidth(text, fontSize, 'bold');
      return { ...lane, note: { text, x: place.align === 'end' ? right - noteWidth : titleEnd, width: noteWidth } };
    });
    const { links, unrouted } = route(lanes);
    if (!unrouted.length) return { ...layout, lanes, links };
  }
  return layout;
}

function layoutOnce(
  options: ResolvedOptions,
  times: ReadonlyMap<string, number>,
  found: AnswerRelations,
  worded: ReadonlySet<string>,
  labelCache: Map<string, FlowLabelLine[]>,
): {
  layout: FlowLayout;
  unrouted: string[];
  /** Routes the same arrows again beside other lane headings (with notes). */
  route: (lanes: readonly FlowLane[]) => { links: FlowLink[]; unrouted: string[] };
} {
  const { width, fontSize, ordered, conflicts, actorName, shortLabels } = options;
  // A lane for each actor with a dated measure: one whose measures are all undated has only the undated row.
  const lanes = options.lanes.filter((lane) =>
    ordered.some((measure) => measure.imposer === lane && times.has(measure.id)),
  );
  const relations = {
    arrows: found.arrows,
    notes: new Map(
      [...found.notes].map(([id, note]) => [id, { answers: [...note.answers], answeredBy: [...note.answeredBy] }]),
    ),
  };
  const byId = new Map(ordered.map((measure) => [measure.id, measure]));
  for (const [source, target] of relations.arrows) {
    if (!worded.has(target)) continue;
    const note = (id: string) =>
      relations.notes.get(id) ?? relations.notes.set(id, { answers: [], answeredBy: [] }).get(id)!;
    note(target).answers.push(byId.get(source)!);
    note(source).answeredBy.push(byId.get(target)!);
  }
  const arrows = relations.arrows.filter(([, target]) => !worded.has(target));
  // Presentation's large type reads well a little tighter, and every pixel of height counts on a projector.
  const lineHeight = Math.round(fontSize * (shortLabels ? 1.2 : 1.3));
  const gap = Math.round(fontSize * 0.5);
  const padding = Math.round(arrows.length ? Math.min(fontSize * 0.9, 9 + fontSize * 0.25) : fontSize * 0.6);
  // Tracks of different arrows in one gutter, and different answers' vertical runs, stay this far apart: far enough
  // to follow one line with the eye.
  const spacing = Math.max(8, Math.round(fontSize * 0.4));
  const maxRadius = Math.round(Math.min(22, Math.max(8, fontSize * 1.2)));
  const maxLabelWidth = shortLabels ? Math.min(fontSize * 15.5, width * 0.46) : Math.min(fontSize * 15, width * 0.3);
  const axisHeight = Math.round(fontSize * (shortLabels ? 1.9 : 2.4));
  const margin = { left: MARGIN_CHANNEL + 9, right: MARGIN_RIGHT };
  const bracketSpace = Math.round(fontSize * 0.6);
  // A relation with an undated side is told on the undated measure's label only (the lanes stay compact; the
  // undated row is where a reader looks for what time cannot show); one whose dates contradict it, on both.
  const labelOptions = (measure: Measure, extra: LabelOptions = {}): LabelOptions => {
    const notes = relations.notes.get(measure.id);
    const dated = (other: Measure) => times.has(other.id);
    const keep = times.has(measure.id) ? dated : () => true;
    return {
      titleLines: shortLabels ? 3 : 2,
      short: shortLabels,
      relations: notes && { answers: notes.answers.filter(keep), answeredBy: notes.answeredBy.filter(keep) },
      ...extra,
    };
  };

  const right = width - margin.right;
  const axisTimes = [...times.values()];
  for (const measure of ordered) {
    if (!times.has(measure.id)) continue;
    for (const value of disputedDates(measure, conflicts)) {
      const time = factDateMidpoint(parseFactDate(value));
      if (time !== null) axisTimes.push(time);
    }
  }
  // Leave room on the right for a label that stays right of the last mark when there is space for it. The first
  // month's tick label, centred on its tick, must fit left of it too.
  const rangeLeft = Math.max(margin.left + maxRadius + padding, textWidth('Sep 2025', fontSize) / 2 + 2);
  const rangeRight = Math.max(
    rangeLeft + 1,
    right - maxRadius - padding - Math.min(maxLabelWidth * 0.5, (right - rangeLeft) * 0.25),
  );
  const x = compressedTimeScale(axisTimes, [rangeLeft, rangeRight]);

  // Undated labels are wrapped so that up to four share a row when there is room for it (a row fewer is worth more
  // than a line fewer per label).
  const undatedCount = ordered.filter((measure) => !times.has(measure.id)).length;
  const perRow = (count: number) => (right - margin.left - (count - 1) * gap * 3) / count - 2 * maxRadius - gap;
  const sharing =
    [4, 3, 2, 1].find((count) => count <= Math.max(1, undatedCount) && perRow(count) >= fontSize * 12) ?? 1;
  const undatedLabelWidth = Math.max(fontSize * 6, Math.min(maxLabelWidth, perRow(sharing)));
  const placedByLane = new Map<string, Placed[][]>(lanes.map((lane) => [lane, []]));
  const undatedPlaced: Placed[] = [];
  ordered.forEach((measure, order) => {
    const time = times.get(measure.id);
    const r = markRadius(measure.ratePct, maxRadius);
    const otherDates = disputedDates(measure, conflicts);
    const common = {
      id: measure.id,
      measure,
      lane: measure.imposer,
      r,
      rateUnknown: measure.ratePct === null,
      planned: measure.status === 'planned',
      order,
    };
    if (time === undefined) {
      const lines = cachedLabel(
        labelCache,
        measure,
        otherDates,
        undatedLabelWidth,
        fontSize,
        actorName,
        labelOptions(measure, { withImposer: true }),
      );
      const labelWidth = widestLine(lines, fontSize, undatedLabelWidth);
      undatedPlaced.push({
        node: {
          ...common,
          x: 0,
          undated: true,
          dispute: otherDates.length ? { otherDates, ghostX: null, bracketY: null, bracketX: null } : null,
          labelWidth,
          labelLines: lines,
          anchor: 'start',
        },
        start: 0,
        end: 2 * r + gap + labelWidth,
        height: Math.max(2 * r, lines.length * lineHeight),
      });
      return;
    }
    const cx = x(time);
    const ghostTimes = otherDates
      .map((value) => factDateMidpoint(parseFactDate(value)))
      .filter((t): t is number => t !== null);
    const ghostX = ghostTimes[0] !== undefined ? x(ghostTimes[0]) : null;
    const label = (lineWidth: number) =>
      cachedLabel(labelCache, measure, otherDates, lineWidth, fontSize, actorName, labelOptions(measure));
    let lines = label(maxLabelWidth);
    let labelWidth = widestLine(lines, fontSize, maxLabelWidth);
    // Right of the mark when it fits, else left of it; when neither side has room, the label is wrapped narrower to
    // the roomier side.
    const roomRight = right - (cx + r + gap);
    const roomLeft = cx - r - gap - margin.left;
    let anchor: 'start' | 'end' = 'start';
    if (labelWidth > roomRight) {
      if (labelWidth <= roomLeft) anchor = 'end';
      else if (Math.max(roomLeft, roomRight) >= fontSize * 6) {
        anchor = roomLeft > roomRight ? 'end' : 'start';
        lines = label(Math.max(roomLeft, roomRight));
        labelWidth = widestLine(lines, fontSize, Math.max(roomLeft, roomRight));
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
        ...common,
        x: cx,
        undated: false,
        dispute: otherDates.length ? { otherDates, ghostX, bracketY: null, bracketX: null } : null,
        labelWidth,
        labelLines: lines,
        anchor,
      },
      start,
      end,
      height,
    };
    // Each arrow leaves a mark's row through its gutter; a mark's leg must not pass through a label in the rows it
    // crosses, so rows are only shared by intervals that keep `gap` apart.
    const row = rows.find((candidate) =>
      candidate.every((other) => other.end + gap <= start || end + gap <= other.start),
    );
    if (row) row.push(placed);
    else rows.push([placed]);
  });

  // Tracks each gutter must hold: one per arrow that starts in the row above it, one per answer in that row.
  const rowOf = new Map<string, string>();
  for (const [lane, rows] of placedByLane)
    rows.forEach((row, index) => row.forEach(({ node }) => rowOf.set(node.id, `${lane}:${index}`)));
  const tracksNeeded = new Map<string, number>();
  const count = (row: string) => tracksNeeded.set(row, (tracksNeeded.get(row) ?? 0) + 1);
  for (const [source] of arrows) count(rowOf.get(source)!);
  for (const target of new Set(arrows.map(([, target]) => target))) count(rowOf.get(target)!);
  const gutterHeight = (row: string) => Math.max(padding, ((tracksNeeded.get(row) ?? 0) + 1) * spacing);

  const nodes: FlowNode[] = [];
  const gutterById = new Map<string, { top: number; height: number }>();
  const laneShapes: FlowLane[] = [];
  let top = axisHeight;
  const titleHeight = Math.round(lineHeight * (shortLabels ? 1.3 : 1.4));
  const place = (placed: Placed, rowTop: number, rowHeight: number, cx: number) => {
    const { node, height } = placed;
    const disputed = node.dispute?.ghostX != null;
    // Centred in the row; a disputed date's connector takes the space reserved under the mark and label.
    const content = height - (disputed ? bracketSpace : 0);
    const cy = rowTop + (rowHeight - height) / 2 + content / 2;
    const labelHeight = node.labelLines.length * lineHeight;
    const { labelWidth, labelLines: lines, anchor, ...rest } = node;
    nodes.push({
      ...rest,
      x: cx,
      dispute: rest.dispute && {
        ...rest.dispute,
        bracketY: disputed ? Math.max(cy + labelHeight / 2, cy + node.r) + bracketSpace / 2 : null,
        bracketX: disputed ? cx + (node.dispute!.ghostX! < cx ? -0.6 : 0.6) * node.r : null,
      },
      y: cy,
      label: {
        id: node.id,
        x: anchor === 'start' ? cx + node.r + gap : cx - node.r - gap - labelWidth,
        y: cy - labelHeight / 2,
        width: labelWidth,
        height: labelHeight,
        anchor,
        lineHeight,
        lines,
      },
    });
  };
  for (const lane of lanes) {
    const rows = placedByLane.get(lane)!;
    const laneTop = top;
    let rowTop = laneTop + titleHeight;
    rows.forEach((row, index) => {
      const rowHeight = Math.max(...row.map((placed) => placed.height));
      const gutter = gutterHeight(`${lane}:${index}`);
      for (const placed of row) {
        place(placed, rowTop, rowHeight, placed.node.x);
        gutterById.set(placed.node.id, { top: rowTop + rowHeight, height: gutter });
      }
      rowTop += rowHeight + gutter;
    });
    // The gutter under the last row (arrows run in it) is the space between lanes.
    const laneHeight = Math.max(rowTop, laneTop + titleHeight + maxRadius * 2 + padding) - laneTop;
    const name = actorName(lane);
    const title = `${name} imposes`;
    const shape: FlowLane = {
      actor: lane,
      name,
      x: 0,
      y: laneTop,
      width,
      height: laneHeight,
      title,
      titleX: margin.left,
      titleY: laneTop + Math.round(lineHeight * 1.05),
    };
    laneShapes.push(shape);
    top = laneTop + laneHeight;
  }

  // The undated row: a band of its own under the lanes, its measures side by side (wrapping), in lane order. No arrow
  // reaches it: its relations are said in its labels.
  let undated: FlowLayout['undated'] = null;
  if (undatedPlaced.length) {
    const bandTop = top;
    // The heading on a line of its own, like the lanes' (beside the first row, it left room for one label only).
    let rowTop = bandTop + titleHeight;
    const rowLeft = margin.left;
    const byLane = [...undatedPlaced].sort(
      (a, b) => options.lanes.indexOf(a.node.lane) - options.lanes.indexOf(b.node.lane) || a.node.order - b.node.order,
    );
    let row: Placed[] = [];
    let cursor = rowLeft;
    const flush = () => {
      if (!row.length) return;
      const rowHeight = Math.max(...row.map((placed) => placed.height));
      let at = rowLeft;
      for (const placed of row) {
        place(placed, rowTop, rowHeight, at + placed.node.r);
        at += placed.end + gap * 3;
      }
      rowTop += rowHeight + padding;
      row = [];
      cursor = rowLeft;
    };
    for (const placed of byLane) {
      if (row.length && cursor + placed.end > right) flush();
      row.push(placed);
      cursor += placed.end + gap * 3;
    }
    flush();
    // Half a gutter under the last row is enough: no arrow runs there.
    rowTop -= padding / 2;
    undated = {
      x: 0,
      y: bandTop,
      width,
      height: rowTop - bandTop,
      title: 'Date not stated',
      titleX: margin.left,
      titleY: bandTop + Math.round(lineHeight * 1.05),
    };
    top = rowTop;
  }
  nodes.sort((a, b) => a.order - b.order);

  const ticks = times.size
    ? monthTicks(x, fontSize, 0, right).map((tick) => ({ ...tick, y: Math.round(fontSize * 1.2) }))
    : [];
  const height = Math.ceil(top + 2);
  const radius = Math.max(4, Math.min(8, Math.round(fontSize * 0.4)));
  const route = (lanes: readonly FlowLane[]) =>
    routeArrows(nodes, arrows, gutterById, [...lanes, ...(undated ? [undated] : [])], {
      width,
      fontSize,
      spacing,
      radius,
      clearance: radius + 1,
    });
  const { links, unrouted } = route(laneShapes);
  if (unrouted.length) return { layout: null as unknown as FlowLayout, unrouted, route };
  const layout: FlowLayout = {
    orientation: 'horizontal',
    width,
    height,
    fontSize,
    lanes: laneShapes,
    nodes,
    links,
    ticks,
    breaks: times.size ? x.breaks.map((gapMark) => ({ x: gapMark.x })) : [],
    undated,
  };
  return { layout, unrouted: [], route };
}

function cachedLabel(
  cache: Map<string, FlowLabelLine[]>,
  measure: Measure,
  otherDates: readonly string[],
  maxWidth: number,
  fontSize: number,
  actorName: (code: string) => string,
  options: LabelOptions,
): FlowLabelLine[] {
  const ids = (list: readonly Measure[] | undefined) => (list ?? []).map((other) => other.id).join(',');
  const key = `${measure.id}|${maxWidth}|${options.withImposer ? 1 : 0}|${ids(options.relations?.answers)}|${ids(options.relations?.answeredBy)}`;
  let lines = cache.get(key);
  if (!lines) cache.set(key, (lines = labelLines(measure, otherDates, maxWidth, fontSize, actorName, options)));
  return lines;
}

/** The answers in arrow order, each with the measures it answered: one tree of arrows per answer. */
function arrowsByAnswer(arrows: readonly [string, string][]): Map<string, string[]> {
  const byAnswer = new Map<string, string[]>();
  for (const [source, target] of arrows) byAnswer.set(target, [...(byAnswer.get(target) ?? []), source]);
  return byAnswer;
}

/** Where each arrow leaves a mark, and where an answer's arrows enter it: spread along the bottom of the rim. */
function rimOffsets(byAnswer: ReadonlyMap<string, string[]>, byId: ReadonlyMap<string, FlowNode>): Map<string, number> {
  const ends = new Map<string, string[]>();
  const add = (id: string, key: string) => ends.set(id, [...(ends.get(id) ?? []), key]);
  for (const [target, sources] of byAnswer) {
    add(target, `in@${target}`);
    for (const source of sources) add(source, `${source}->${target}`);
  }
  const offsets = new Map<string, number>();
  for (const [id, keys] of ends) {
    const node = byId.get(id)!;
    // Away from a disputed date's connector, which leaves from one side of the bottom.
    const side = node.dispute?.ghostX != null ? (node.dispute.ghostX < node.x ? 1 : -1) : 0;
    const reach = node.r * 0.6;
    keys.forEach((key, index) => {
      const spread = keys.length === 1 ? 0 : (index / (keys.length - 1) - 0.5) * 2 * reach;
      offsets.set(key, side === 0 ? spread : side * (reach * 0.5 + (spread + reach) * 0.25));
    });
  }
  return offsets;
}

/**
 * One tree per answer: each measure it answered sends a line along its own track in its gutter to the answer's
 * vertical run, which goes down (or up) to the answer's track and into the answer. Different answers never share a
 * run, so each answer can be told apart; lines into one answer join just before it.
 */
function routeArrows(
  nodes: readonly FlowNode[],
  arrows: readonly [string, string][],
  gutterById: ReadonlyMap<string, { top: number; height: number }>,
  headings: readonly { actor?: string; title: string; titleX: number; titleY: number; note?: FlowLane['note'] }[],
  {
    width,
    fontSize,
    spacing,
    radius,
    clearance,
  }: { width: number; fontSize: number; spacing: number; radius: number; clearance: number },
): { links: FlowLink[]; unrouted: string[] } {
  if (!arrows.length) return { links: [], unrouted: [] };
  const obstacles: Obstacle[] = [
    // A mark's box reaches down through its gutter: the legs of its arrows drop there, and a run beside a leg would
    // read as one line with it.
    ...nodes.flatMap((node) => {
      const gutter = gutterById.get(node.id);
      const bottom = gutter ? gutter.top + gutter.height : node.y + node.r;
      return [
        { id: node.id, x: node.x - node.r, y: node.y - node.r, width: 2 * node.r, height: bottom - (node.y - node.r) },
        node.label,
      ];
    }),
    ...headings.map((heading) => ({
      id: heading.actor ?? heading.title,
      x: heading.titleX,
      y: heading.titleY - fontSize,
      width: textWidth(`● ${heading.title}`, fontSize, 'bold'),
      height: fontSize * 1.3,
    })),
    ...headings.flatMap(({ actor, note, titleY }) =>
      note ? [{ id: `${actor}-note`, x: note.x, y: titleY - fontSize, width: note.width, height: fontSize * 1.3 }] : [],
    ),
  ].sort((a, b) => a.x - b.x);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const byAnswer = arrowsByAnswer(arrows);
  const offsets = rimOffsets(byAnswer, byId);
  // Tracks from the top of each gutter down, one per line that runs along it.
  const used = new Map<number, number>();
  const track = (id: string) => {
    const gutter = gutterById.get(id)!;
    const count = (used.get(gutter.top) ?? 0) + 1;
    used.set(gutter.top, count);
    return gutter.top + count * spacing;
  };
  const links = new Map<string, FlowLink>();
  const unrouted: string[] = [];
  for (const [target, sources] of byAnswer) {
    const answer = byId.get(target)!;
    const to: RoutedMark = {
      x: answer.x,
      y: answer.y,
      r: answer.r,
      gutterY: track(target),
      offset: offsets.get(`in@${target}`) ?? 0,
    };
    const froms = sources.map((source): RoutedMark => {
      const node = byId.get(source)!;
      return {
        x: node.x,
        y: node.y,
        r: node.r,
        gutterY: track(source),
        offset: offsets.get(`${source}->${target}`) ?? 0,
      };
    });
    const ys = [to.gutterY, ...froms.map((from) => from.gutterY)];
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    // The answer's run: between the latest measure it answered and the answer when there is room (the tree only
    // moves forward in time), else the nearest free x.
    const latest = Math.max(...froms.map((from) => from.x + (from.offset ?? 0)));
    const endX = to.x + (to.offset ?? 0);
    const corridor =
      top === bottom
        ? null
        : chooseCorridor(obstacles, top, bottom, latest, endX, { marginX: MARGIN_CHANNEL, width, clearance });
    if (corridor === MARGIN_CHANNEL) unrouted.push(target);
    sources.forEach((source, index) => {
      const path = wideRoute(froms[index]!, to, corridor, radius);
      links.set(`${source}->${target}`, { id: `${source}->${target}`, source, target, actor: answer.lane, path });
    });
    // Later answers keep their distance from this one's run, so no two answers' runs lie on top of each other.
    if (corridor !== null) {
      const run: Obstacle = {
        id: `corridor ${target}`,
        clearance: spacing,
        x: corridor,
        y: top,
        width: 0,
        height: bottom - top,
      };
      // Kept in order of left edge less clearance, so the corridor search needs no sort.
      const at = obstacles.findIndex((box) => box.x - (box.clearance ?? clearance) > run.x - spacing);
      obstacles.splice(at === -1 ? obstacles.length : at, 0, run);
    }
  }
  // In the arrows' own order (the answers' chronological order).
  return { links: arrows.map(([source, target]) => links.get(`${source}->${target}`)!), unrouted };
}
