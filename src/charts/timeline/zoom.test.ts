import { describe, expect, it } from 'vitest';
import {
  centreOn,
  clampTransform,
  maxZoom,
  panBy,
  panToShow,
  transformForInterval,
  visibleInterval,
  zoomAbout,
  zoomKeyAction,
} from './zoom.ts';

const DAY = 86_400_000;
const domain = { start: Date.UTC(2016, 11, 1), end: Date.UTC(2026, 2, 1) };
const width = 1000;
const kMax = maxZoom(domain, width);

function assertInDelta(actual: number, expected: number, delta = 1e-6) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);
}

describe('zoom maths', () => {
  it('maxZoom lets a day grow to about 48 px and never goes below 1', () => {
    const days = (domain.end - domain.start) / DAY;
    assertInDelta((width * kMax) / days, 48);
    expect(maxZoom({ start: 0, end: DAY }, 1000)).toBe(1);
  });

  it('clampTransform keeps the data covering the view and k within [1, kMax]', () => {
    expect(clampTransform({ k: 0.5, x: 300 }, width, kMax)).toEqual({ k: 1, x: 0 });
    expect(clampTransform({ k: 2, x: -5000 }, width, kMax)).toEqual({ k: 2, x: -1000 });
    expect(clampTransform({ k: kMax * 3, x: 0 }, width, kMax).k).toBe(kMax);
  });

  it('zoomAbout keeps the point under the centre still', () => {
    const start = { k: 2, x: -500 };
    const centre = 400;
    const before = visibleInterval(start, domain, width);
    const timeAtCentre = before.start + ((before.end - before.start) * centre) / width;
    const next = zoomAbout(start, 1.5, centre, width, kMax);
    expect(next.k).toBe(3);
    const after = visibleInterval(next, domain, width);
    assertInDelta(after.start + ((after.end - after.start) * centre) / width, timeAtCentre, 1);
    // Zooming in narrows the dates in view.
    expect(after.end - after.start).toBeLessThan(before.end - before.start);
  });

  it('zooming out at k = 1 changes nothing; panning stops at the ends', () => {
    expect(zoomAbout({ k: 1, x: 0 }, 1 / 1.5, 500, width, kMax)).toEqual({ k: 1, x: 0 });
    expect(panBy({ k: 2, x: -100 }, 500, width, kMax)).toEqual({ k: 2, x: 0 });
    expect(panBy({ k: 2, x: -900 }, -500, width, kMax)).toEqual({ k: 2, x: -1000 });
  });

  it('transformForInterval and visibleInterval are inverses', () => {
    const target = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 11, 1) };
    const transform = transformForInterval(target, domain, width, kMax);
    const shown = visibleInterval(transform, domain, width);
    assertInDelta(shown.start, target.start, 1000);
    assertInDelta(shown.end, target.end, 1000);
  });

  it('panToShow moves the view just enough to show an item, and not at all when it is in view', () => {
    const transform = transformForInterval(
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) },
      domain,
      width,
      kMax,
    );
    const inView = { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 5, 2) };
    expect(panToShow(transform, inView, domain, width, kMax)).toBe(transform);
    const later = { start: Date.UTC(2025, 9, 31), end: Date.UTC(2025, 10, 1) };
    const moved = visibleInterval(panToShow(transform, later, domain, width, kMax), domain, width);
    expect(moved.end).toBeGreaterThan(later.end);
    expect(moved.start).toBeLessThan(later.start);
  });

  it('centreOn brings a date to the middle of the view, keeping the zoom, within the clamps', () => {
    const domain = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2026, 0, 1) };
    const width = 600;
    const middle = Date.UTC(2023, 0, 1);
    const centred = centreOn({ k: 4, x: 0 }, middle, domain, width, 100);
    expect(centred.k).toBe(4);
    const view = visibleInterval(centred, domain, width);
    expect((view.start + view.end) / 2).toBeCloseTo(middle, -3);
    // Near the end the clamps win: the view stops at the domain's end.
    expect(visibleInterval(centreOn({ k: 4, x: 0 }, domain.end, domain, width, 100), domain, width).end).toBeCloseTo(
      domain.end,
      -3,
    );
  });

  it('zoomKeyAction maps + / − / Shift+arrows / 0 and ignores other keys', () => {
    const tests = [
      { key: '+', shift: false, expected: { type: 'zoom', factor: 1.5 } },
      { key: '=', shift: false, expected: { type: 'zoom', factor: 1.5 } },
      { key: '-', shift: false, expected: { type: 'zoom', factor: 1 / 1.5 } },
      { key: 'ArrowLeft', shift: true, expected: { type: 'pan', share: 0.25 } },
      { key: 'ArrowRight', shift: true, expected: { type: 'pan', share: -0.25 } },
      { key: '0', shift: false, expected: { type: 'reset' } },
      { key: 'ArrowRight', shift: false, expected: null },
      { key: 'a', shift: false, expected: null },
    ];
    for (const { key, shift, expected } of tests) expect(zoomKeyAction(key, shift)).toEqual(expected);
  });

  it('does not modify its input', () => {
    const transform = { k: 2, x: -300 };
    const before = { ...transform };
    zoomAbout(transform, 2, 100, width, kMax);
    panBy(transform, 50, width, kMax);
    clampTransform(transform, width, kMax);
    expect(transform).toEqual(before);
  });
});
