import { describe, expect, it } from 'vitest';
import { firstFit, nextFit, overflows, shrinkToFit, type ChartFit, type FitOptions, type FitRoom } from './fit.ts';

/** Runs the measure → refit loop against a model of a chart's height at a width, as the slide does with the DOM. */
function settle(
  room: FitRoom,
  options: FitOptions,
  heightAt: (width: number) => number,
): { fit: ChartFit; height: number } {
  let fit = firstFit(room, options);
  let previous: { width: number; height: number } | undefined;
  for (let pass = 0; pass < 10; pass++) {
    const height = heightAt(fit.width);
    const next = nextFit(fit, height, room, options, previous);
    if (next === fit) break;
    previous = { width: fit.width, height };
    fit = next;
  }
  return { fit: shrinkToFit(fit, heightAt(fit.width), room), height: heightAt(fit.width) };
}

const room720 = { width: 800, height: 620 };

describe('fitting a slide’s chart', () => {
  it('shrinks a chart taller than the room (the timeline’s lanes) until it fits, using the whole width', () => {
    const { fit, height } = settle(room720, { maxScale: 1.4, heightFollowsWidth: false }, () => 900);
    expect(overflows(fit, height, room720)).toBe(false);
    expect(fit.scale).toBeCloseTo(620 / 900, 2);
    expect(fit.width * fit.scale).toBeCloseTo(800, 0);
  });

  it('enlarges a short chart (the flow chart at 1080p) up to the largest scale, not beyond', () => {
    const room = { width: 1200, height: 980 };
    const { fit, height } = settle(room, { maxScale: 1.5, heightFollowsWidth: false }, () => 430);
    expect(fit.scale).toBe(1.5);
    expect(overflows(fit, height, room)).toBe(false);
  });

  it('narrows a chart whose height follows its width (the map) and keeps its type scale', () => {
    // Like the map in presentation: half as tall as wide, plus 300 px of title, legend and source.
    const { fit, height } = settle(room720, { maxScale: 1, heightFollowsWidth: true }, (width) => 300 + width * 0.5);
    expect(fit.scale).toBe(1);
    expect(overflows(fit, height, room720)).toBe(false);
    expect(height).toBeGreaterThan(610);
    expect(fit.width).toBeCloseTo(640, -1);
  });

  it('keeps the whole width for a map that already fits', () => {
    const room = { width: 1200, height: 980 };
    const { fit } = settle(room, { maxScale: 1.5, heightFollowsWidth: true }, (width) => 120 + width * 0.5);
    expect(fit).toMatchObject({ width: 800, scale: 1.5 });
  });

  it('returns the same fit when nothing is worth changing, so measuring can stop', () => {
    const fit = { width: 800, scale: 1 };
    expect(nextFit(fit, 619.5, room720, { maxScale: 1, heightFollowsWidth: false })).toBe(fit);
  });

  it('settles on a scale that fits for a chart whose rows wrap when it narrows (no swing between two scales)', () => {
    // 500 px tall when laid out 700 px wide or more; 700 px tall below that (its labels wrap onto a second line).
    const heightAt = (width: number) => (width >= 700 ? 500 : 700);
    const { fit, height } = settle(room720, { maxScale: 1.4, heightFollowsWidth: false }, heightAt);
    expect(overflows(fit, height, room720)).toBe(false);
    expect(fit.scale).toBeGreaterThan(1.1);
  });

  it('corrects even a small overflow (6 px on a 1,056 px room), which a "not worth a pass" rule would keep', () => {
    const room = { width: 1268, height: 1056 };
    const fit = { width: 1268 / 1.8, scale: 1.8 };
    const next = nextFit(fit, 1062 / 1.8, room, { maxScale: 2, heightFollowsWidth: false });
    expect(next).not.toBe(fit);
    expect(overflows(next, 1062 / 1.8, room)).toBe(false);
  });

  it('starts again when the chart grows at a scale that fitted before (it was still loading)', () => {
    let loaded = false;
    const { fit, height } = settle(room720, { maxScale: 1.4, heightFollowsWidth: false }, () => {
      const height = loaded ? 900 : 300;
      loaded = true;
      return height;
    });
    expect(overflows(fit, height, room720)).toBe(false);
    expect(fit.scale).toBeCloseTo(620 / 900, 2);
  });

  it('fits even a chart that grows as it narrows, as a last resort', () => {
    const { fit, height } = settle(
      room720,
      { maxScale: 1.4, heightFollowsWidth: false },
      (width) => 900 + (800 - width),
    );
    expect(overflows(fit, height, room720)).toBe(false);
  });
});
