import { describe, expect, it } from 'vitest';
import { projectMapGeometry } from '../../../scripts/vite-plugin-map-geometry.ts';
import { mapFixture } from './fixture.ts';
import { insideFrame, overlaps, segmentHitsBox } from './labels.ts';
import { layoutMap } from './layout.ts';
import { mapModel } from './model.ts';
import { heightFor, paddingFor, viewForStep } from './projection.ts';

const model = mapModel(mapFixture());
// The map as the build projects it (no country shapes: the layout does not read them).
const geometry = projectMapGeometry(model, []);

function layoutAt(width: number, step: number | null, large = false, showContext = true) {
  const height = heightFor(width, large);
  const view = viewForStep(geometry, step, { width, height, padding: paddingFor(width, large) });
  return layoutMap(model, { width, height, geometry, view, step, showContext, large });
}

describe('layoutMap', () => {
  for (const width of [320, 375, 768, 1440, 1920]) {
    for (const step of [null, 0, 1, 2, 3]) {
      it(`at ${width} px, step ${step ?? 'overview'}: labels inside the frame, overlapping no label, marker, route or map furniture`, () => {
        const layout = layoutAt(width, step);
        const box = { width: layout.width, height: layout.height };
        for (const [index, label] of layout.labels.entries()) {
          expect(insideFrame(label, box)).toBe(true);
          for (const other of layout.labels.slice(index + 1))
            expect(overlaps(label, other), `${label.id} / ${other.id}`).toBe(false);
          for (const segment of layout.routeSegments)
            expect(segmentHitsBox(segment, label), `${label.id} crossed by the route`).toBe(false);
          const compass = {
            x: layout.compass.x - layout.compass.radius,
            y: layout.compass.y - layout.compass.radius,
            width: layout.compass.radius * 2,
            height: layout.compass.radius * 2,
          };
          expect(overlaps(label, compass), `${label.id} / compass`).toBe(false);
          if (layout.locator) {
            const globe = {
              x: layout.locator.x - layout.locator.radius,
              y: layout.locator.y - layout.locator.radius,
              width: layout.locator.radius * 2,
              height: layout.locator.radius * 2,
            };
            expect(overlaps(label, globe), `${label.id} / locator`).toBe(false);
          }
        }
        const seen = layout.stops.filter((mark) => mark.visible);
        for (const stop of seen) {
          for (const other of seen.filter((mark) => mark.id !== stop.id)) {
            expect(Math.hypot(stop.markerX - other.markerX, stop.markerY - other.markerY)).toBeGreaterThanOrEqual(
              stop.radius * 2,
            );
          }
        }
      });
    }

    it(`at ${width} px, the overview draws and labels every stop, each label nearer its own marker than any other or tied to it by a leader`, () => {
      const layout = layoutAt(width, null);
      expect(layout.stops.every((stop) => stop.visible)).toBe(true);
      const distance = (label: { x: number; y: number; width: number; height: number }, x: number, y: number) =>
        Math.hypot(
          Math.max(label.x - x, 0, x - label.x - label.width),
          Math.max(label.y - y, 0, y - label.y - label.height),
        );
      for (const stop of layout.stops) {
        const label = layout.labels.find((item) => item.id === stop.id);
        expect(label, stop.id).toBeDefined();
        // A label set apart has a leader line to its marker; one beside it must not sit nearer another marker.
        if (label!.leader) continue;
        for (const other of layout.stops.filter((item) => item.id !== stop.id)) {
          expect(
            distance(label!, stop.markerX, stop.markerY),
            `${stop.id} label nearer ${other.id}`,
          ).toBeLessThanOrEqual(distance(label!, other.markerX, other.markerY));
        }
      }
    });

    it(`at ${width} px, a stop further north is drawn higher and one further east to the right`, () => {
      const layout = layoutAt(width, null);
      const byId = new Map(layout.stops.map((stop) => [stop.id, stop]));
      const [kualaLumpur, singapore, gyeongju] = ['st-kuala-lumpur', 'st-singapore', 'st-gyeongju'].map((id) =>
        byId.get(id)!,
      );
      expect(gyeongju!.y).toBeLessThan(kualaLumpur!.y);
      expect(kualaLumpur!.y).toBeLessThan(singapore!.y);
      expect(gyeongju!.x).toBeGreaterThan(singapore!.x);
      expect(singapore!.x).toBeGreaterThan(kualaLumpur!.x);
    });
  }

  it('puts Ottawa on the frame edge where its leg leaves, with its distance, and draws the locator globe', () => {
    const layout = layoutAt(768, null);
    const ottawa = layout.stops.find((stop) => stop.id === 'st-ottawa')!;
    expect(ottawa.offMap).not.toBeNull();
    const edge = Math.min(ottawa.x, ottawa.y, layout.width - ottawa.x, layout.height - ottawa.y);
    expect(edge).toBeLessThan(ottawa.radius + 16);
    // The route from Kuala Lumpur leaves over the Arctic: through the top of the frame, arrow pointing up.
    expect(ottawa.y).toBeLessThan(layout.height / 2);
    expect(Math.abs(ottawa.offMap!.bearing)).toBeLessThan(45);
    expect(ottawa.offMap!.km).toBeGreaterThan(13000);
    expect(
      layout.labels
        .find((label) => label.id === 'st-ottawa')!
        .lines.map((line) => line.text)
        .join(' '),
    ).toMatch(/1\d,\d00 km away/);
    expect(layout.locator).not.toBeNull();
    expect(layout.locator!.stops.map((stop) => stop.id)).toEqual(model.stops.map((stop) => stop.id));
  });

  it('has a scale bar whose length matches its distance at the centre', () => {
    const layout = layoutAt(1440, null);
    expect(layout.scale).not.toBeNull();
    expect([1, 2, 5].some((lead) => Number.isInteger(Math.log10(layout.scale!.km / lead)))).toBe(true);
    expect(layout.scale!.length).toBeGreaterThan(30);
    expect(layout.scale!.length).toBeLessThanOrEqual(130);
    expect(layoutAt(1440, 2).scale!.km).toBeLessThan(layout.scale!.km);
  });

  it('labels the current stop and the one before it at each step on a phone', () => {
    for (let step = 1; step < model.stops.length; step++) {
      const labelled = layoutAt(375, step).labels.map((label) => label.id);
      expect(labelled).toContain(model.stops[step]!.id);
      expect(labelled).toContain(model.stops[step - 1]!.id);
    }
  });

  it('labels each stop with its number, city and dates', () => {
    const label = layoutAt(1440, null).labels.find((item) => item.id === 'st-kuala-lumpur')!;
    expect(label.lines.map((line) => line.text)).toEqual(['2 Kuala Lumpur', '26–28 October 2025']);
    expect(layoutAt(1440, null).labels.find((item) => item.id === 'st-gyeongju')!.lines[1]!.text).toBe(
      'dates not stated',
    );
  });

  it('draws the legs up to the current stop, the last one arriving', () => {
    const legs = layoutAt(768, 2).legs;
    expect(legs.map((leg) => leg.fraction)).toEqual([1, 1, 0]);
    expect(legs.map((leg) => leg.arriving)).toEqual([false, true, false]);
  });

  it('hides context places when asked to', () => {
    expect(layoutAt(768, null, false, false).context).toEqual([]);
    expect(layoutAt(768, null, false, true).context.length).toBeGreaterThan(0);
  });

  it('uses no text under 24 px in presentation mode', () => {
    const layout = layoutAt(1280, null, true);
    expect(Math.min(...layout.labels.map((label) => label.fontSize))).toBeGreaterThanOrEqual(24);
  });

  it('points the north arrow straight up', () => {
    for (const step of [null, 1, 2, 3]) expect(Math.abs(layoutAt(768, step).northAngle)).toBeLessThan(5);
  });

  it('does not modify the model, the projected map or the view it is given', () => {
    const height = heightFor(375);
    const view = viewForStep(geometry, 2, { width: 375, height, padding: paddingFor(375) });
    const before = structuredClone({ model, view, geometry });
    layoutMap(model, { width: 375, height, geometry, view, step: 2, showContext: true });
    expect({ model, view, geometry }).toEqual(before);
  });
});
