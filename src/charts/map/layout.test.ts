import { describe, expect, it } from 'vitest';
import { mapFixture } from './fixture.ts';
import { insideFrame, overlaps } from './labels.ts';
import { layoutMap } from './layout.ts';
import { mapModel } from './model.ts';
import { heightFor, paddingFor, viewForStep } from './projection.ts';

const model = mapModel(mapFixture());
const points = model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }));

function layoutAt(width: number, step: number | null, large = false) {
  const height = heightFor(width, large);
  const view = viewForStep(points, step, { width, height, padding: paddingFor(width, large), minRadius: 4 });
  return layoutMap(model, { width, height, view, step, showContext: true, large });
}

describe('layoutMap', () => {
  for (const width of [320, 375, 768, 1440]) {
    for (const step of [null, 0, 1, 2, 3]) {
      it(`at ${width} px, step ${step ?? 'overview'}: labels inside the frame, none overlapping another label or a marker`, () => {
        const layout = layoutAt(width, step);
        const frame = { width: layout.width, height: layout.height };
        for (const [index, label] of layout.labels.entries()) {
          expect(insideFrame(label, frame)).toBe(true);
          for (const other of layout.labels.slice(index + 1)) expect(overlaps(label, other), `${label.id} / ${other.id}`).toBe(false);
          const compass = { x: layout.compass.x - layout.compass.radius, y: layout.compass.y - layout.compass.radius, width: layout.compass.radius * 2, height: layout.compass.radius * 2 };
          expect(overlaps(label, compass), `${label.id} / compass`).toBe(false);
        }
        for (const stop of layout.stops.filter((mark) => mark.visible)) {
          for (const other of layout.stops.filter((mark) => mark.visible && mark.id !== stop.id)) {
            expect(Math.hypot(stop.markerX - other.markerX, stop.markerY - other.markerY)).toBeGreaterThanOrEqual(stop.radius * 2);
          }
        }
      });
    }

    it(`at ${width} px, the overview draws and labels every stop inside the frame`, () => {
      const layout = layoutAt(width, null);
      expect(layout.stops.every((stop) => stop.visible)).toBe(true);
      const labelled = new Set(layout.labels.map((label) => label.id));
      for (const stop of layout.stops) {
        expect(labelled.has(stop.id), stop.id).toBe(true);
        expect(stop.markerX).toBeGreaterThanOrEqual(stop.radius);
        expect(stop.markerX).toBeLessThanOrEqual(width - stop.radius);
      }
    });
  }

  it('labels the current stop and the one before it at each step on a phone', () => {
    for (let step = 1; step < model.stops.length; step++) {
      const layout = layoutAt(375, step);
      const labelled = layout.labels.map((label) => label.id);
      expect(labelled).toContain(model.stops[step]!.id);
      expect(labelled).toContain(model.stops[step - 1]!.id);
    }
  });

  it('labels each stop with its number, city and dates', () => {
    const label = layoutAt(1440, null).labels.find((item) => item.id === 'st-kuala-lumpur')!;
    expect(label.lines.map((line) => line.text)).toEqual(['2 Kuala Lumpur', '26–28 October 2025']);
    expect(layoutAt(1440, null).labels.find((item) => item.id === 'st-gyeongju')!.lines[1]!.text).toBe('dates not stated');
  });

  it('draws the legs up to the current stop, the last one arriving', () => {
    const legs = layoutAt(768, 2).legs;
    expect(legs.map((leg) => leg.fraction)).toEqual([1, 1, 0]);
    expect(legs.map((leg) => leg.arriving)).toEqual([false, true, false]);
    expect(legs.every((leg) => leg.d.startsWith('M'))).toBe(true);
  });

  it('hides context places when asked to', () => {
    const height = heightFor(768);
    const view = viewForStep(points, null, { width: 768, height, padding: paddingFor(768), minRadius: 4 });
    expect(layoutMap(model, { width: 768, height, view, step: null, showContext: false }).context).toEqual([]);
    expect(layoutMap(model, { width: 768, height, view, step: null, showContext: true }).context.length).toBeGreaterThan(0);
  });

  it('uses no text under 24 px in presentation mode', () => {
    const layout = layoutAt(1280, null, true);
    expect(Math.min(...layout.labels.map((label) => label.fontSize))).toBeGreaterThanOrEqual(24);
  });

  it('gives the direction of north for the compass: up when the view is not rolled, turned back by the roll', () => {
    const height = heightFor(768);
    const view = viewForStep(points, null, { width: 768, height, padding: paddingFor(768), minRadius: 4 });
    expect(layoutMap(model, { width: 768, height, view: { ...view, roll: 0 }, step: null, showContext: false }).northAngle).toBeCloseTo(0, 3);
    expect(layoutMap(model, { width: 768, height, view: { ...view, roll: 30 }, step: null, showContext: false }).northAngle).toBeCloseTo(-30, 0);
  });

  it('does not modify the model or the view it is given', () => {
    const height = heightFor(375);
    const view = viewForStep(points, 2, { width: 375, height, padding: paddingFor(375), minRadius: 4 });
    const before = structuredClone({ model, view });
    layoutMap(model, { width: 375, height, view, step: 2, showContext: true });
    expect({ model, view }).toEqual(before);
  });
});
