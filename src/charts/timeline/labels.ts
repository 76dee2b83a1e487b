// Label placement without collisions: each mark's label goes right of it, else left, else shortened into the room
// left, else it is hidden (the mark stays, and its title shows in the details box). Pure; no DOM.
import { markLane, markRow, type TimelineMark } from './clusters.ts';

export interface PlacedLabel {
  /** Id of the mark it names. */
  id: string;
  text: string;
  /** Left edge and width of the text box, in px. */
  x: number;
  width: number;
  lane: number;
  row: number;
}

export interface LabelOptions {
  width: number;
  fontSize: number;
  /** Ids to label first (selected and highlighted marks). */
  priority?: ReadonlySet<string>;
  /** Space kept between a mark and its label, and between labels. */
  gap?: number;
  /** Longest label, in characters, before it is cut with "…". */
  maxChars?: number;
}

/** Estimated width of a text in the system sans-serif: generous, since an overestimate only costs room. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) {
    if (/[iljtfrI.,;:'’|!() ]/.test(char)) units += 0.62;
    else if (/[mwMW%@—–]/.test(char)) units += 1.45;
    else if (/[A-Z0-9]/.test(char)) units += 1.15;
    else units += 1;
  }
  return units * fontSize * 0.6;
}

/** The text a mark would like to show. */
export function markText(mark: TimelineMark): string {
  if (mark.type === 'cluster') return `${mark.members.length} events`;
  // The lane already says "Meetings": the compiler's "Meeting: " prefix would only take room.
  return mark.placed.item.category === 'meeting' ? mark.placed.item.title.replace(/^Meeting:\s*/, '') : mark.placed.item.title;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Labelling order: the priority ids, then the most precise dates (the story's fixed points), then date order. */
function labelRank(mark: TimelineMark, priority: ReadonlySet<string>): number {
  if (priority.has(mark.id)) return 0;
  if (mark.type === 'cluster') return 4;
  return 1 + PRECISION_RANK[mark.placed.item.date.precision];
}

/** Cuts text to at most `maxChars` characters (on a word boundary when one is near), ending in "…". */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars < 2) return '';
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Longest prefix (shortened with "…") of `text` that fits `room` px, or "" when not even a few letters fit. */
function fitText(text: string, room: number, fontSize: number, minChars: number): string {
  let chars = text.length;
  let candidate = text;
  while (chars >= minChars) {
    candidate = shorten(text, chars);
    if (estimateTextWidth(candidate, fontSize) <= room) return candidate;
    chars = Math.floor(chars * 0.85);
  }
  return '';
}

export type Interval = [number, number];

function overlaps(intervals: readonly Interval[], left: number, right: number): boolean {
  return intervals.some(([a, b]) => left < b && right > a);
}

/**
 * What a mark covers in its row: for an item, its solid part (a year-only bar is faint and may carry labels), its
 * disputed dates and the dashed link between them.
 */
export function markSpan(mark: TimelineMark): Interval {
  const spans = mark.type === 'item' ? [mark.solid, ...mark.disputes] : [mark];
  return [Math.min(...spans.map((span) => span.x0)) - 1, Math.max(...spans.map((span) => span.x1)) + 1];
}

/** Places labels for the marks of one view; labels never overlap one another, another mark, or the chart's edges. */
export function placeLabels(marks: readonly TimelineMark[], options: LabelOptions): PlacedLabel[] {
  const { width, fontSize, priority = new Set<string>(), gap = 4, maxChars = 44 } = options;
  const occupied = new Map<string, Interval[]>();
  for (const mark of marks) {
    const key = `${markLane(mark)}:${markRow(mark)}`;
    const list = occupied.get(key) ?? [];
    list.push(markSpan(mark));
    occupied.set(key, list);
  }
  const order = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => labelRank(a.mark, priority) - labelRank(b.mark, priority) || a.index - b.index);

  const labels: PlacedLabel[] = [];
  for (const { mark } of order) {
    const lane = markLane(mark);
    const row = markRow(mark);
    const taken = occupied.get(`${lane}:${row}`)!;
    // The mark's own extent is not an obstacle to its own label.
    const own = markSpan(mark);
    const others = taken.filter((interval) => interval[0] !== own[0] || interval[1] !== own[1]);
    const right = own[1] + gap;
    const left = own[0] - gap;
    const full = shorten(markText(mark), maxChars);
    const fullWidth = estimateTextWidth(full, fontSize);

    let placed: { x: number; text: string; width: number } | null = null;
    if (right >= 0 && right + fullWidth <= width && !overlaps(others, right, right + fullWidth + gap)) placed = { x: right, text: full, width: fullWidth };
    else if (left <= width && left - fullWidth >= 0 && !overlaps(others, left - fullWidth - gap, left)) placed = { x: left - fullWidth, text: full, width: fullWidth };
    else {
      // The room on either side up to the next obstacle or the edge; a few words beat none.
      const roomRight = right < 0 || overlaps(others, right, right + 1) ? 0 : Math.min(width, ...others.filter(([a]) => a >= right).map(([a]) => a - gap)) - right;
      const roomLeft = left > width || overlaps(others, left - 1, left) ? 0 : left - Math.max(0, ...others.filter(([, b]) => b <= left).map(([, b]) => b + gap));
      const onRight = roomRight >= roomLeft;
      const text = fitText(full, Math.max(roomRight, roomLeft), fontSize, Math.min(8, full.length));
      if (text) {
        const textWidth = estimateTextWidth(text, fontSize);
        placed = { x: onRight ? right : left - textWidth, text, width: textWidth };
      }
    }
    if (!placed) continue;
    taken.push([placed.x, placed.x + placed.width]);
    labels.push({ id: mark.id, lane, row, ...placed });
  }
  return labels;
}
