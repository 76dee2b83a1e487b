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

/** The leftmost mark on screen (the first of the keyboard order, found without sorting), or null. */
export function firstOnScreen(marks: readonly LevelMark[], { k, x, width, dotRadius }: ScreenView): LevelMark | null {
  let best: LevelMark | null = null;
  let bestLeft = Infinity;
  for (const mark of marks) {
    const { x0, x1 } = onScreen(mark, k, x, dotRadius);
    if (x1 >= 0 && x0 <= width && x0 < bestLeft) {
      best = mark;
      bestLeft = x0;
    }
  }
  return best;
}

/** Id of the mark that stands for an item: its own, or the cluster holding it; null when neither is drawn. */
export function markHolding(marks: readonly LevelMark[], itemId: string): string | null {
  for (const mark of marks) {
    if (mark.type === 'item' ? mark.id === itemId : mark.members.some((member) => member.item.id === itemId))
      return mark.id;
  }
  return null;
}

/**
 * The item Previous (`delta` −1) or Next (+1) steps to from the item at index `current` in date order: the next one
 * that way, held at the ends; from none (−1), the first (Next) or the last (Previous). Null when there is no item.
 */
export function stepIndex(count: number, current: number, delta: number): number | null {
  if (count === 0) return null;
  if (current === -1) return delta > 0 ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, current + delta));
}
