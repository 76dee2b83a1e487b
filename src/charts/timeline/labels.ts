// Label placement without collisions: each mark's label goes right of it, else left, else (a mark in a lane's first
// row) on the lane's heading line just above it; where one line has no room, the title wraps onto two lines beside its
// mark; where even that has no room, the label is left out (the mark stays, and its title shows in the details box).
// A title is never cut: "four Canadians…" hid "given the death penalty". Widths from lib/text-metrics.ts. Pure; no DOM.
import { markLane, markRow, type TimelineMark } from './clusters.ts';
import { onScreen, type LevelMark } from './level-marks.ts';
import { textWidth, twoLines } from '../../lib/text-metrics.ts';

export interface PlacedLabel {
  /** Id of the mark it names. */
  id: string;
  /** The whole title (the lines joined by a space). */
  text: string;
  /** One line, or two, centred on the row's line. */
  lines: string[];
  /** Left edge and width of the text box (its longer line), in px. */
  x: number;
  width: number;
  lane: number;
  /** The row of its mark, or HEADING_ROW: the lane's heading line, above the lane's first row. */
  row: number;
}

/** The row number of a lane's heading line in placed labels. */
export const HEADING_ROW = -1;

export interface LabelOptions {
  width: number;
  fontSize: number;
  /** Ids to label first (selected and highlighted marks). */
  priority?: ReadonlySet<string>;
  /** Space kept between a mark and its label, and between labels. */
  gap?: number;
  /** Radius of a day's dot (px), for marks given in unit px. */
  dotRadius?: number;
  /**
   * Per lane, where its name on the heading line ends (px): the rest of that line may carry the label of a mark in
   * the lane's first row that has no room beside its mark (the latest event, at the right edge, next to another).
   */
  headings?: ReadonlyMap<number, number>;
}

/** The text a mark would like to show. */
export function markText(mark: TimelineMark): string {
  if (mark.type === 'cluster') return `${mark.members.length} events`;
  // The lane already says "Meetings": the compiler's "Meeting: " prefix would only take room.
  return mark.placed.item.category === 'meeting'
    ? mark.placed.item.title.replace(/^Meeting:\s*/, '')
    : mark.placed.item.title;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Labelling order: the priority ids, then the most precise dates (the story's fixed points), then date order. */
function labelRank(mark: TimelineMark, priority: ReadonlySet<string>): number {
  if (priority.has(mark.id)) return 0;
  if (mark.type === 'cluster') return 4;
  return 1 + PRECISION_RANK[mark.placed.item.date.precision];
}

export type Interval = [number, number];

/**
 * What a mark covers in its row: for an item, its solid part (a year-only bar is faint and may carry labels), its
 * disputed dates and the dashed link between them.
 */
export function markSpan(mark: TimelineMark): Interval {
  const spans = mark.type === 'item' ? [mark.solid, ...mark.disputes] : [mark];
  return [Math.min(...spans.map((span) => span.x0)) - 1, Math.max(...spans.map((span) => span.x1)) + 1];
}

type Line = { interval: Interval; owner: number }[];

interface Spot {
  line: Line;
  row: number;
  /** The label starts at this x (side 'right') or ends at it (side 'left'). */
  edge: number;
  side: 'left' | 'right';
  room: number;
}

/** Room (px) from `edge` towards `side` on a line, up to the first thing there but mark `self`, or the chart's edge. */
function roomAt(line: Line, edge: number, side: 'left' | 'right', self: number, width: number, gap: number): number {
  if (edge < 0 || edge > width) return 0;
  let room = side === 'right' ? width - edge : edge;
  for (const { interval, owner } of line) {
    if (owner === self) continue;
    if (interval[0] - gap < edge && interval[1] + gap > edge) return 0;
    if (side === 'right' && interval[0] >= edge) room = Math.min(room, interval[0] - gap - edge);
    if (side === 'left' && interval[1] <= edge) room = Math.min(room, edge - interval[1] - gap);
  }
  return Math.max(0, room);
}

/** Places labels for the marks of one view; labels never overlap one another, another mark, or the chart's edges. */
export function placeLabels(marks: readonly TimelineMark[], options: LabelOptions): PlacedLabel[] {
  const { width, fontSize, priority = new Set<string>(), gap = 4, headings } = options;
  // Per row: the intervals taken, each with the index of the mark it belongs to (-1 for a label or a lane's name).
  const occupied = new Map<string, Line>();
  for (const [lane, nameEnd] of headings ?? [])
    occupied.set(`${lane}:${HEADING_ROW}`, [{ interval: [-Infinity, nameEnd], owner: -1 }]);
  marks.forEach((mark, index) => {
    const key = `${markLane(mark)}:${markRow(mark)}`;
    const list = occupied.get(key) ?? [];
    list.push({ interval: markSpan(mark), owner: index });
    occupied.set(key, list);
  });
  const order = marks
    .map((mark, index) => ({ mark, index, rank: labelRank(mark, priority) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);

  const labels: PlacedLabel[] = [];
  for (const { mark, index } of order) {
    // A mark beyond the edges (laid out for a pan) gets no label: a label at the edge would name something not shown.
    if (markSpan(mark)[1] < 0 || markSpan(mark)[0] > width) continue;
    const lane = markLane(mark);
    const row = markRow(mark);
    const own = markSpan(mark);
    const full = markText(mark);
    const fullWidth = textWidth(full, fontSize);
    // Where the label may go, best first: right of the mark, left of it, then (first row only) on the heading line
    // above, ending over the mark's right edge (reading towards it) or starting over its left edge. Each with the
    // room there up to the next obstacle or the chart's edge.
    const rowLine = occupied.get(`${lane}:${row}`)!;
    const headingLine = row === 0 ? occupied.get(`${lane}:${HEADING_ROW}`) : undefined;
    const places: Omit<Spot, 'room'>[] = [
      { line: rowLine, row, edge: own[1] + gap, side: 'right' },
      { line: rowLine, row, edge: own[0] - gap, side: 'left' },
    ];
    if (headingLine) {
      places.push(
        { line: headingLine, row: HEADING_ROW, edge: own[1] - 1, side: 'left' },
        { line: headingLine, row: HEADING_ROW, edge: own[0] + 1, side: 'right' },
      );
    }
    const spots: Spot[] = places.map((place) => ({
      ...place,
      room: roomAt(place.line, place.edge, place.side, index, width, gap),
    }));
    // The whole title on one line where it fits, else on two lines beside the mark (the heading line has one line).
    let spot = spots.find((candidate) => candidate.room >= fullWidth);
    let lines = [full];
    let labelWidth = fullWidth;
    if (!spot) {
      // A group's "N events" stays on one line: it reads with its pill or not at all.
      const wrapped = mark.type === 'item' ? twoLines(full, fontSize) : null;
      spot = wrapped ? spots.find((candidate) => candidate.row === row && candidate.room >= wrapped.width) : undefined;
      if (!spot || !wrapped) continue;
      lines = wrapped.lines;
      labelWidth = wrapped.width;
    }
    const x = spot.side === 'right' ? spot.edge : spot.edge - labelWidth;
    spot.line.push({ interval: [x, x + labelWidth], owner: -1 });
    labels.push({ id: mark.id, text: full, lines, x, width: labelWidth, lane, row: spot.row });
  }
  return labels;
}

/** A text drawn over the marks at rest: a label, a cluster's count, or the word "disputed" on a dashed link. */
export interface DrawnLabel {
  /** Id of the mark it names. */
  id: string;
  /** Key in the drawn list (a mark may carry a label and a count, or a label and the word "disputed"). */
  key: string;
  kind: 'item' | 'cluster' | 'count' | 'disputed';
  text: string;
  /** The text's lines: one, or a title on two. */
  lines: string[];
  lane: number;
  row: number;
  /** Anchor in screen px: the text's start, end or middle, as `anchor` says. */
  x: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface DrawnLabelOptions extends LabelOptions {
  /** The zoom transform the marks are drawn under: screen px = unit px × k + x. */
  k: number;
  x: number;
  /** Width the word "disputed" needs between a date and its disputed position (px). */
  disputedWidth: number;
}

/**
 * The texts over marks given in unit px (see level-marks.ts) under the transform (k, x): labels placed without
 * collisions, each cluster's count, and the word "disputed" on each dashed link with room for it. Only for what is
 * on screen (a count past the edge would only cost a text to lay out).
 */
export function drawnLabels(marks: readonly LevelMark[], options: DrawnLabelOptions): DrawnLabel[] {
  const { k, x, disputedWidth, width } = options;
  const dotRadius = options.dotRadius ?? 5;
  const screen = marks.map((mark) => onScreen(mark, k, x, dotRadius));
  const byId = new Map(screen.map((mark) => [mark.id, mark]));
  const drawn: DrawnLabel[] = placeLabels(screen, options).map((label) => {
    const mark = byId.get(label.id)!;
    // Left of its mark (or, on the heading line, ending over it): anchored by its end.
    const onRight = label.x >= mark.x0;
    return {
      id: label.id,
      key: label.id,
      kind: mark.type,
      text: label.text,
      lines: label.lines,
      lane: label.lane,
      row: label.row,
      x: onRight ? label.x : label.x + label.width,
      anchor: onRight ? 'start' : 'end',
    };
  });
  for (const mark of screen) {
    if (mark.x1 < 0 || mark.x0 > width) continue;
    if (mark.type === 'cluster') {
      drawn.push({
        id: mark.id,
        key: `${mark.id}:count`,
        kind: 'count',
        text: String(mark.members.length),
        lines: [String(mark.members.length)],
        lane: mark.lane,
        row: mark.row,
        x: (mark.x0 + mark.x1) / 2,
        anchor: 'middle',
      });
      continue;
    }
    mark.disputes.forEach((span, index) => {
      const gapLeft = Math.min(mark.x1, span.x1);
      const gapRight = Math.max(mark.x0, span.x0);
      if (gapRight - gapLeft <= disputedWidth) return;
      drawn.push({
        id: mark.id,
        key: `${mark.id}:disputed:${index}`,
        kind: 'disputed',
        text: 'disputed',
        lines: ['disputed'],
        lane: mark.placed.lane,
        row: mark.placed.row,
        x: (gapLeft + gapRight) / 2,
        anchor: 'middle',
      });
    });
  }
  return drawn;
}

/** Labels placed for a view at rest: its marks and the transform they were placed under. */
export interface RestLabels {
  k: number;
  x: number;
  labels: DrawnLabel[];
}

/**
 * The labels of the view at rest `rest` (its marks under its transform k, x), the lanes' names (drawn bold on their
 * heading lines) given, `priority` labelled first; null when there is no rest yet.
 */
export function labelsAtRest(
  rest: { marks: readonly LevelMark[]; k: number; x: number } | null,
  options: {
    width: number;
    fontSize: number;
    dotRadius: number;
    laneNames: readonly string[];
    priority: ReadonlySet<string>;
  },
): RestLabels | null {
  if (!rest) return null;
  const { fontSize, laneNames } = options;
  const headings = new Map(laneNames.map((name, index) => [index, 4 + fontSize + textWidth(name, fontSize, 'bold')]));
  const disputedWidth = textWidth('disputed', fontSize) + 8;
  const labels = drawnLabels(rest.marks, { ...options, headings, k: rest.k, x: rest.x, disputedWidth });
  return { k: rest.k, x: rest.x, labels };
}

/**
 * How far the labels placed at rest move under the transform now: they follow a pan as one group (the x moved since);
 * null while the zoom differs from theirs (they wait for the next rest).
 */
export function labelOffset(placed: Pick<RestLabels, 'k' | 'x'> | null, now: { k: number; x: number }): number | null {
  return placed !== null && Math.abs(placed.k / now.k - 1) < 1e-9 ? now.x - placed.x : null;
}
