// Which mark the keyboard reaches: the marks on screen in reading order, the first of them (the chart's tab stop when
// nothing is focused or selected), and the mark that stands for an item (its own, or the cluster holding it). Pure.
import { markLane, type TimelineMark } from './clusters.ts';
import { onScreen, type LevelMark } from './level-marks.ts';

export interface ScreenView {
  /** The zoom transform: screen px = unit px × k + x. */
  k: number;
  x: number;
  width: number;
  dotRadius: number;
}

/** The marks on screen, left to right (top to bottom where they start together), as they stand on screen. */
export function keyboardOrder(marks: readonly LevelMark[], { k, x, width, dotRadius }: ScreenView): TimelineMark[] {
  return marks
    .map((mark) => onScreen(mark, k, x, dotRadius))
    .filter((mark) => mark.x1 >= 0 && mark.x0 <= width)
    .sort((a, b) => a.x0 - b.x0 || markLane(a) - markLane(b));
}

/** The leftmost mark on screen, or null; found without allocating, since it is asked on every frame. */
export function firstOnScreen(marks: readonly LevelMark[], { k, x, width, dotRadius }: ScreenView): LevelMark | null {
  let best: LevelMark | null = null;
  let bestLeft = Infinity;
  for (const mark of marks) {
    const fixed = mark.type === 'item' && mark.own.fixed;
    const x0 = mark.type === 'cluster' ? mark.x0 : fixed ? mark.own.c : mark.own.x0;
    const x1 = mark.type === 'cluster' ? mark.x1 : fixed ? mark.own.c : mark.own.x1;
    const pad = mark.type === 'cluster' ? mark.radius : fixed ? dotRadius : 0;
    const left = x0 * k + x - pad;
    if (x1 * k + x + pad >= 0 && left <= width && left < bestLeft) {
      best = mark;
      bestLeft = left;
    }
  }
  return best;
}

/** Id of the mark that stands for an item: its own, or the cluster holding it; null when neither is drawn. */
export function markHolding(marks: readonly LevelMark[], itemId: string): string | null {
  for (const mark of marks) {
    if (mark.type === 'item' ? mark.id === itemId : mark.members.some((member) => member.item.id === itemId)) return mark.id;
  }
  return null;
}
