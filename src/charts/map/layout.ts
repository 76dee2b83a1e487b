// The summit map's layout for one view: where each stop, context place, route leg and label goes. Pure: the
// component draws what this returns, and calls it again for every frame of a zoom.
import type { LineString } from 'geojson';
import { placeLabels, separateMarkers, textWidth, type Box } from './labels.ts';
import type { MapModel } from './model.ts';
import { projectionFor, type MapView } from './projection.ts';
import { legFractions, routeLegs } from './route.ts';
import { svgPath } from './sphere.ts';

export interface MapLayoutOptions {
  width: number;
  height: number;
  view: MapView;
  /** Current stop (0-based), or null for the whole trip. */
  step: number | null;
  showContext: boolean;
  large?: boolean;
}

export interface StopMark {
  id: string;
  number: number;
  /** The place's projected position. */
  x: number;
  y: number;
  /** Where the numbered marker is drawn (moved off crowded neighbours). */
  markerX: number;
  markerY: number;
  radius: number;
  visible: boolean;
  current: boolean;
  visited: boolean;
}

export interface ContextMark {
  id: string;
  name: string;
  x: number;
  y: number;
  radius: number;
}

export interface LabelLine {
  text: string;
  bold: boolean;
}

export interface MapLabel extends Box {
  id: string;
  kind: 'stop' | 'context';
  lines: LabelLine[];
  fontSize: number;
  lineHeight: number;
  leader: boolean;
  anchorX: number;
  anchorY: number;
}

export interface LegMark {
  id: string;
  index: number;
  d: string;
  /** 1 when drawn at this step, 0 when not yet travelled. */
  fraction: number;
  /** The leg that ends at the current stop (the one the chart animates). */
  arriving: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  stops: StopMark[];
  context: ContextMark[];
  legs: LegMark[];
  labels: MapLabel[];
  /** Ids of visible marks whose label found no room. */
  hiddenLabels: string[];
  fontSize: number;
  /** Direction of north at the map's centre, degrees clockwise from up (the view may be rolled). */
  northAngle: number;
  /** Where the compass goes (top right); labels keep clear of it. */
  compass: { x: number; y: number; radius: number };
}

/** Type sizes derived from the width (and presentation mode: nothing under 24 px). */
export function typeScale(width: number, large = false): { fontSize: number; contextFontSize: number; markerRadius: number } {
  if (large) return { fontSize: 24, contextFontSize: 24, markerRadius: 20 };
  return width < 480 ? { fontSize: 12, contextFontSize: 11, markerRadius: 10 } : { fontSize: 14, contextFontSize: 12, markerRadius: 12 };
}

function inFrame(point: [number, number] | null, width: number, height: number): point is [number, number] {
  return point !== null && Number.isFinite(point[0]) && Number.isFinite(point[1]) && point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= height;
}

export function layoutMap(model: MapModel, options: MapLayoutOptions): MapLayout {
  const { width, height, view, step, showContext, large = false } = options;
  const projection = projectionFor(view, { width, height });
  const { fontSize, contextFontSize, markerRadius } = typeScale(width, large);
  const lineHeight = Math.round(fontSize * 1.25);

  const projected = model.stops.map((stop) => projection([stop.lon, stop.lat]));
  const visibleStops = model.stops.map((_, index) => inFrame(projected[index] ?? null, width, height));
  const separated = separateMarkers(
    model.stops.flatMap((stop, index) => (visibleStops[index] ? [{ id: stop.id, x: projected[index]![0], y: projected[index]![1], radius: markerRadius }] : [])),
    markerRadius * 2 + 3,
    { width, height },
  );
  const byId = new Map(separated.map((marker) => [marker.id, marker]));
  const stops: StopMark[] = model.stops.map((stop, index) => {
    const marker = byId.get(stop.id);
    const point = projected[index] ?? [NaN, NaN];
    return {
      id: stop.id,
      number: stop.number,
      x: point[0],
      y: point[1],
      markerX: marker?.markerX ?? point[0],
      markerY: marker?.markerY ?? point[1],
      radius: markerRadius,
      visible: marker !== undefined,
      current: step === index,
      visited: step === null || index <= step,
    };
  });

  const contextRadius = large ? 7 : 4;
  const context: ContextMark[] = showContext
    ? model.context.flatMap((place) => {
        const point = projection([place.lon, place.lat]);
        return inFrame(point, width, height) ? [{ id: place.id, name: place.name, x: point[0], y: point[1], radius: contextRadius }] : [];
      })
    : [];

  const fractions = legFractions(Math.max(0, model.stops.length - 1), step);
  const legs: LegMark[] = routeLegs(model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }))).map((leg) => {
    const line: LineString = { type: 'LineString', coordinates: [leg.coordinates[0]!, leg.coordinates[leg.coordinates.length - 1]!] };
    return { id: leg.id, index: leg.index, d: svgPath(projection, line), fraction: fractions[leg.index] ?? 0, arriving: step !== null && leg.index === step - 1 };
  });

  const stopLines = new Map(
    model.stops.map((stop) => [stop.id, [{ text: `${stop.number} ${stop.place.name}`, bold: true }, { text: stop.dates, bold: false }] as LabelLine[]]),
  );
  const labelInputs = [
    ...stops
      .filter((stop) => stop.visible)
      .map((stop) => {
        const lines = stopLines.get(stop.id)!;
        return {
          id: stop.id,
          anchorX: stop.markerX,
          anchorY: stop.markerY,
          anchorRadius: stop.radius,
          width: Math.max(...lines.map((line) => textWidth(line.text, fontSize, line.bold))),
          height: lines.length * lineHeight,
          // The current stop's label is placed first, then the others in trip order.
          priority: stop.current ? 0 : 1 + stop.number / 100,
        };
      }),
    ...context.map((mark) => ({
      id: mark.id,
      anchorX: mark.x,
      anchorY: mark.y,
      anchorRadius: mark.radius,
      width: textWidth(mark.name, contextFontSize),
      height: Math.round(contextFontSize * 1.25),
      priority: 10,
    })),
  ];
  const compassRadius = large ? 30 : 16;
  const compass = { x: width - compassRadius * 2.2, y: compassRadius * 2.6, radius: compassRadius };
  const obstacles = [
    // The compass and its "N" (up to 1.6 radii out, whichever way north points).
    { x: compass.x, y: compass.y, radius: compassRadius * 1.6 + fontSize },
    ...stops.filter((stop) => stop.visible).map((stop) => ({ x: stop.markerX, y: stop.markerY, radius: stop.radius })),
    ...context.map((mark) => ({ x: mark.x, y: mark.y, radius: mark.radius })),
  ];
  const { placed, hidden } = placeLabels(labelInputs, obstacles, { width, height });
  const contextNames = new Map(context.map((mark) => [mark.id, mark.name]));
  const labels: MapLabel[] = placed.map((label) => {
    const isStop = stopLines.has(label.id);
    const size = isStop ? fontSize : contextFontSize;
    return {
      ...label,
      kind: isStop ? 'stop' : 'context',
      lines: isStop ? stopLines.get(label.id)! : [{ text: contextNames.get(label.id) ?? label.id, bold: false }],
      fontSize: size,
      lineHeight: Math.round(size * 1.25),
    };
  });
  const centre = projection(view.center);
  const north = projection([view.center[0], Math.min(89.9, view.center[1] + 1)]);
  const northAngle = centre && north ? (Math.atan2(north[0] - centre[0], centre[1] - north[1]) * 180) / Math.PI : 0;
  return { width, height, stops, context, legs, labels, hiddenLabels: hidden, fontSize, northAngle, compass };
}
