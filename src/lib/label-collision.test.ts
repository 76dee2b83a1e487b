import { describe, expect, it } from 'vitest';
import {
  boxHitsCircle,
  boxesOverlap,
  distanceToBox,
  insideFrame,
  intervalsOverlap,
  segmentCrossesBox,
} from './label-collision.ts';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('label collision', () => {
  it('tells overlapping labels from ones side by side', () => {
    expect(boxesOverlap(box, { x: 25, y: 15, width: 20, height: 10 })).toBe(true);
    expect(boxesOverlap(box, { x: 30, y: 10, width: 20, height: 10 })).toBe(false);
    expect(boxesOverlap(box, { x: 32, y: 10, width: 20, height: 10 }, 4)).toBe(true);
  });

  it('tells intervals on a row apart the same way', () => {
    expect(intervalsOverlap([0, 10], [10, 20])).toBe(false);
    expect(intervalsOverlap([0, 10], [12, 20], 4)).toBe(true);
  });

  it('keeps labels inside the frame with a margin', () => {
    expect(insideFrame(box, { width: 40, height: 30 })).toBe(true);
    expect(insideFrame(box, { width: 40, height: 30 }, 12)).toBe(false);
  });

  it('finds a route line through a label but not one along its edge', () => {
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 50, y: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 50, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 8 }, { x: 50, y: 8 }, box, 4)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 5, y: 5 }, box)).toBe(false);
  });

  it('finds a marker under a label', () => {
    expect(boxHitsCircle(box, 35, 15, 6)).toBe(true);
    expect(boxHitsCircle(box, 40, 15, 6)).toBe(false);
    expect(distanceToBox(box, 33, 14)).toBe(3);
    expect(distanceToBox(box, 15, 15)).toBe(0);
  });
});
