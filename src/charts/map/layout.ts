// The summit map's layout for one view: where each stop, context place, route leg, label, the scale bar and the
// locator globe go. Pure: the component draws what this returns, and calls it again for every frame of a zoom.
import { geoInterpolate, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import { overlaps, placeLabels, segmentHitsBox, separateMarkers, textWidth, type Box, type Segment } from './labels.ts';
import type { MapModel } from './model.ts';
import { globeProjection, projectionFor, type MapView, type TripFrame } from './projection.ts';
import { legFractions, routeLegs, type LonLat } from './route.ts';
import { scaleBar, type ScaleBar } from './scale-bar.ts';
import { arcDistance, groupThousands, svgPath } from './sphere.ts';

export interface MapLayoutOptions {
  width: number;
  height: number;
  /** The trip's projection (the same at every step). */
  frame: TripFrame;
  view: MapView;
  /** Current stop (0-based), or null for the whole trip. */
  step: number | null;
  showContext: boolean;
  large?: boolean;
  /** False while the view zooms: labels are placed once it settles (placing them every frame was most of a frame's work). */
  labels?: boolean;
}

export interface StopMark {
  id: string;
  number: number;
  /** The place's projected position (for a far stop: where its leg leaves the frame). */
  x: number;
  y: number;
  /** Where the numbered marker is drawn (moved off crowded neighbours). */
  markerX: number;
  markerY: number;
  radius: number;
  /** Inside the frame (every stop is drawn, so keyboard focus never loses its element; these are the ones seen). */
  visible: boolean;
  current: boolean;
  visited: boolean;
  /** A stop too far away to share the frame: drawn at the frame's edge, pointing (degrees, clockwise from up) along its leg. */
  offMap: { bearing: number; km: number } | null;
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

/** The locator globe: the whole trip on a small north-up globe, with the main map's frame outlined. */
export interface LocatorLayout {
  x: number;
  y: number;
  radius: number;
  /** The main frame's outline, in globe pixels (origin at the centre). */
  outline: string;
  stops: { id: string; x: number; y: number; current: boolean }[];
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
  /** The route as straight pieces on screen (what labels keep clear of). */
  routeSegments: Segment[];
  fontSize: number;
  /** Direction of north at the map's centre, degrees clockwise from up (0: the projection keeps north up). */
  northAngle: number;
  compass: { x: number; y: number; radius: number };
  scale: (ScaleBar & { x: number; y: number }) | null;
  locator: LocatorLayout | null;
}

/** Type sizes derived from the width (and presentation mode: nothing under 24 px). */
export function typeScale(
  width: number,
  large = false,
): { fontSize: number; contextFontSize: number; markerRadius: number } {
  if (large) return { fontSize: 24, contextFontSize: 24, markerRadius: 20 };
  return width < 480
    ? { fontSize: 12, contextFontSize: 11, markerRadius: 10 }
    : { fontSize: 14, contextFontSize: 12, markerRadius: 12 };
}

const EARTH_KM = 6371;

function inside(
  point: [number, number] | null,
  box: { left: number; top: number; right: number; bottom: number },
): point is [number, number] {
  return (
    point !== null &&
    Number.isFinite(point[0]) &&
    Number.isFinite(point[1]) &&
    point[0] >= box.left &&
    point[0] <= box.right &&
    point[1] >= box.top &&
    point[1] <= box.bottom
  );
}

/**
 * Where the leg from a near stop to a far one leaves the frame (shrunk by `inset`): the far stop's marker goes there.
 * Null when the near stop is itself outside.
 */
export function edgePoint(
  projection: GeoProjection,
  near: LonLat,
  far: LonLat,
  box: { left: number; top: number; right: number; bottom: number },
): { x: number; y: number; bearing: number } | null {
  if (!inside(projection(near), box)) return null;
  const along = geoInterpolate(near, far);
  let low = 0;
  let high = 1;
  // The first sample outside, then bisection between it and the last one inside.
  for (let index = 1; index <= 64; index++) {
    if (!inside(projection(along(index / 64)), box)) {
      low = (index - 1) / 64;
      high = index / 64;
      break;
    }
    if (index === 64) return null;
  }
  for (let round = 0; round < 20; round++) {
    const middle = (low + high) / 2;
    if (inside(projection(along(middle)), box)) low = middle;
    else high = middle;
  }
  const [x, y] = projection(along(low))!;
  const [bx, by] = projection(along(Math.min(1, low + 0.01)))!;
  return { x, y, bearing: (Math.atan2(bx - x, y - by) * 180) / Math.PI };
}

/** The route legs as straight pieces on screen, near the frame only (a leg to a far stop wraps far outside it). */
function routeSegments(projection: GeoProjection, legs: LonLat[][], width: number, height: number): Segment[] {
  const near = { left: -width, top: -height, right: 2 * width, bottom: 2 * height };
  const frame = { x: 0, y: 0, width, height };
  const segments: Segment[] = [];
  for (const coordinates of legs) {
    const points = coordinates.map((point) => projection(point));
    for (let index = 1; index < points.length; index++) {
      const a = points[index - 1] ?? null;
      const b = points[index] ?? null;
      if (!inside(a, near) || !inside(b, near)) continue;
      const segment = { x1: a[0], y1: a[1], x2: b[0], y2: b[1] };
      // Only pieces that cross the frame can touch a label.
      if (segmentHitsBox(segment, frame)) segments.push(segment);
    }
  }
  return segments;
}

export function layoutMap(model: MapModel, options: MapLayoutOptions): MapLayout {
  const { width, height, frame, view, step, showContext, large = false, labels: withLabels = true } = options;
  const projection = projectionFor(frame, view, { width, height });
  const { fontSize, contextFontSize, markerRadius } = typeScale(width, large);
  const lineHeight = Math.round(fontSize * 1.25);
  const whole = { left: 0, top: 0, right: width, bottom: height };
  // Room for the marker and its arrow, which points out of the frame.
  const edgeInset = markerRadius + 14;
  const edgeBox = { left: edgeInset, top: edgeInset, right: width - edgeInset, bottom: height - edgeInset };

  const positions = model.stops.map((stop, index) => {
    if (!frame.far.includes(index)) {
      const point = projection([stop.lon, stop.lat]) ?? [NaN, NaN];
      return { x: point[0], y: point[1], visible: inside(point, whole), offMap: null };
    }
    // A far stop: on the frame's edge along its leg to the nearest near neighbour in trip order.
    const neighbour = [index + 1, index - 1]
      .map((other) => model.stops[other])
      .find((other, at) => other && !frame.far.includes(index + (at === 0 ? 1 : -1)));
    const edge = neighbour
      ? edgePoint(projection, [neighbour.lon, neighbour.lat], [stop.lon, stop.lat], edgeBox)
      : null;
    const km = neighbour
      ? Math.round((arcDistance([neighbour.lon, neighbour.lat], [stop.lon, stop.lat]) * EARTH_KM) / 100) * 100
      : 0;
    return edge
      ? { x: edge.x, y: edge.y, visible: true, offMap: { bearing: edge.bearing, km } }
      : { x: -1000, y: -1000, visible: false, offMap: { bearing: 0, km } };
  });
  const separated = separateMarkers(
    model.stops.flatMap((stop, index) =>
      positions[index]!.visible
        ? [{ id: stop.id, x: positions[index]!.x, y: positions[index]!.y, radius: markerRadius }]
        : [],
    ),
    markerRadius * 2 + 3,
    { width, height },
  );
  const byId = new Map(separated.map((marker) => [marker.id, marker]));
  const stops: StopMark[] = model.stops.map((stop, index) => {
    const marker = byId.get(stop.id);
    const position = positions[index]!;
    return {
      id: stop.id,
      number: stop.number,
      x: position.x,
      y: position.y,
      markerX: marker?.markerX ?? position.x,
      markerY: marker?.markerY ?? position.y,
      radius: markerRadius,
      visible: position.visible,
      current: step === index,
      visited: step === null || index <= step,
      offMap: position.offMap,
    };
  });

  const contextRadius = large ? 7 : 4;
  const contextCandidates: ContextMark[] = showContext
    ? model.context.flatMap((place) => {
        const point = projection([place.lon, place.lat]);
        return inside(point, whole)
          ? [{ id: place.id, name: place.name, x: point[0], y: point[1], radius: contextRadius }]
          : [];
      })
    : [];

  const fractions = legFractions(Math.max(0, model.stops.length - 1), step);
  const routePoints = model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat }));
  const legs: LegMark[] = routeLegs(routePoints, 2).map((leg) => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [leg.coordinates[0]!, leg.coordinates[leg.coordinates.length - 1]!],
    };
    return {
      id: leg.id,
      index: leg.index,
      d: svgPath(projection, line),
      fraction: fractions[leg.index] ?? 0,
      arriving: step !== null && leg.index === step - 1,
    };
  });
  const segments = routeSegments(
    projection,
    routeLegs(routePoints, 48).map((leg) => leg.coordinates),
    width,
    height,
  );

  // Fixed furniture: compass (top right), scale bar (bottom left), locator globe (a free corner).
  const compassRadius = large ? 24 : 14;
  const compass = { x: width - compassRadius - 10, y: compassRadius + 22, radius: compassRadius };
  const bar = scaleBar(projection, { width, height }, Math.min(large ? 220 : 130, width * 0.3));
  const scale = bar ? { ...bar, x: 10, y: height - (large ? 18 : 12) } : null;
  const obstacles: Box[] = [
    {
      x: compass.x - compassRadius - 4,
      y: compass.y - compassRadius - fontSize - 8,
      width: compassRadius * 2 + 8,
      height: compassRadius * 2 + fontSize + 12,
    },
  ];
  if (scale)
    obstacles.push({ x: scale.x - 4, y: scale.y - fontSize - 10, width: scale.length + 8, height: fontSize + 18 });
  const locator = frame.far.length
    ? locatorLayout(model, frame, projection, {
        width,
        height,
        step,
        large,
        segments,
        stops,
        scaleTop: scale ? scale.y - fontSize - 14 : height,
      })
    : null;
  if (locator)
    obstacles.push({
      x: locator.x - locator.radius - 4,
      y: locator.y - locator.radius - 4,
      width: locator.radius * 2 + 8,
      height: locator.radius * 2 + 8,
    });

  const stopLines = new Map(
    stops.map((stop, index) => {
      const item = model.stops[index]!;
      // On a phone and on a slide (24 px type) only the current stop's label carries its dates; all are in the
      // panel, the slide's text and the text version.
      const lines: LabelLine[] = [{ text: `${stop.number} ${item.place.name}`, bold: true }];
      if (stop.current || (width >= 480 && !large) || (large && step === null))
        lines.push({ text: item.dates, bold: false });
      if (stop.offMap) lines.push({ text: `${groupThousands(stop.offMap.km)} km away`, bold: false });
      return [stop.id, lines];
    }),
  );
  const stopInputs = stops
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
        // The current stop's label is placed first, then the one the leg came from, then the others in trip order,
        // a far stop (its marker on the edge) last.
        priority: stop.current
          ? 0
          : step !== null && stop.number === step
            ? 0.5
            : (stop.offMap ? 2 : 1) + stop.number / 100,
      };
    });
  const stopMarkers = stops
    .filter((stop) => stop.visible)
    .map((stop) => ({ id: stop.id, x: stop.markerX, y: stop.markerY, radius: stop.radius }));
  // Stops first: their labels may cover a context place, which is then left out (a stop's name matters more).
  const stopPlacement = withLabels
    ? placeLabels(stopInputs, stopMarkers, { width, height }, { segments, obstacles })
    : { placed: [], hidden: [] };
  const taken = [...stopPlacement.placed, ...obstacles];
  const context = contextCandidates.filter(
    (mark) =>
      !taken.some((box) =>
        overlaps(
          { x: mark.x - mark.radius, y: mark.y - mark.radius, width: 2 * mark.radius, height: 2 * mark.radius },
          box,
          2,
        ),
      ),
  );
  const contextInputs = context.map((mark) => ({
    id: mark.id,
    anchorX: mark.x,
    anchorY: mark.y,
    anchorRadius: mark.radius,
    width: textWidth(mark.name, contextFontSize),
    height: Math.round(contextFontSize * 1.25),
    priority: 10,
  }));
  const contextPlacement = !withLabels
    ? { placed: [], hidden: [] }
    : placeLabels(
        contextInputs,
        [...stopMarkers, ...context.map((mark) => ({ id: mark.id, x: mark.x, y: mark.y, radius: mark.radius }))],
        { width, height },
        { segments, obstacles: taken },
      );
  const placed = [...stopPlacement.placed, ...contextPlacement.placed];
  const hidden = [...stopPlacement.hidden, ...contextPlacement.hidden];
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
  const centerPoint = projection.invert?.([width / 2, height / 2]);
  const centre = centerPoint ? projection(centerPoint) : null;
  const north = centerPoint ? projection([centerPoint[0], Math.min(89.9, centerPoint[1] + 1)]) : null;
  const northAngle = centre && north ? (Math.atan2(north[0] - centre[0], centre[1] - north[1]) * 180) / Math.PI : 0;
  return {
    width,
    height,
    stops,
    context,
    legs,
    labels,
    hiddenLabels: hidden,
    routeSegments: segments,
    fontSize,
    northAngle,
    compass,
    scale,
    locator,
  };
}

interface LocatorOptions {
  width: number;
  height: number;
  step: number | null;
  large: boolean;
  segments: Segment[];
  stops: StopMark[];
  /** The scale bar's top: a bottom-left globe sits above it. */
  scaleTop: number;
}

/** The locator globe, in the corner where it covers the fewest stops and route pieces. */
function locatorLayout(
  model: MapModel,
  frame: TripFrame,
  projection: GeoProjection,
  options: LocatorOptions,
): LocatorLayout {
  const { width, height, step, large, segments, stops } = options;
  const radius = Math.round(Math.max(36, Math.min(large ? 80 : 64, width * (large ? 0.09 : 0.075))));
  const gap = 8;
  const corners = [
    { x: width - radius - gap, y: height - radius - gap },
    { x: radius + gap, y: radius + gap },
    { x: radius + gap, y: options.scaleTop - radius - gap },
    { x: width - radius - gap, y: radius + gap + (large ? 70 : 50) },
  ];
  const cost = (corner: { x: number; y: number }) => {
    const box = { x: corner.x - radius, y: corner.y - radius, width: 2 * radius, height: 2 * radius };
    const covered = stops.filter(
      (stop) =>
        stop.visible &&
        Math.hypot(
          Math.max(box.x - stop.markerX, 0, stop.markerX - box.x - box.width),
          Math.max(box.y - stop.markerY, 0, stop.markerY - box.y - box.height),
        ) <
          stop.radius + 40,
    ).length;
    const crossed = segments.filter((segment) =>
      [segment.x1, segment.x2].some(
        (x, at) =>
          Math.abs(x - corner.x) < radius + 4 && Math.abs((at ? segment.y2 : segment.y1) - corner.y) < radius + 4,
      ),
    ).length;
    return covered * 100 + crossed;
  };
  const corner = corners
    .map((item, index) => ({ item, index, cost: cost(item) }))
    .sort((a, b) => a.cost - b.cost || a.index - b.index)[0]!.item;

  const globe = globeProjection(frame, radius);
  // The main frame's outline, walked along its edges and drawn on the globe.
  const ring: LonLat[] = [];
  const edge = (from: [number, number], to: [number, number]) => {
    for (let index = 0; index < 12; index++) {
      const t = index / 12;
      const point = projection.invert?.([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
      if (point && point.every(Number.isFinite)) ring.push([point[0], point[1]]);
    }
  };
  edge([0, 0], [width, 0]);
  edge([width, 0], [width, height]);
  edge([width, height], [0, height]);
  edge([0, height], [0, 0]);
  if (ring[0]) ring.push(ring[0]);
  const outline = ring.length > 3 ? svgPath(globe, { type: 'LineString', coordinates: ring }) : '';
  return {
    x: corner.x,
    y: corner.y,
    radius,
    outline,
    stops: model.stops.flatMap((stop, index) => {
      const point = globe([stop.lon, stop.lat]);
      // The near side of the globe only (an orthographic projection also maps the far side's points).
      const visible = arcDistance([stop.lon, stop.lat], frame.globeCenter) < Math.PI / 2;
      return point && visible ? [{ id: stop.id, x: point[0], y: point[1], current: step === index }] : [];
    }),
  };
}

/** The route on the locator globe (radius 100, origin at the centre; the layer scales it): all legs, and those travelled by `step`. */
export function locatorRoute(
  model: MapModel,
  frame: TripFrame,
  step: number | null,
): { route: string; travelled: string } {
  const globe = globeProjection(frame, 100);
  const legs = routeLegs(
    model.stops.map((stop) => ({ id: stop.id, lon: stop.lon, lat: stop.lat })),
    2,
  );
  const pathOf = (chosen: typeof legs) =>
    chosen
      .map((leg) =>
        svgPath(globe, {
          type: 'LineString',
          coordinates: [leg.coordinates[0]!, leg.coordinates[leg.coordinates.length - 1]!],
        }),
      )
      .join('');
  return { route: pathOf(legs), travelled: pathOf(legs.filter((leg) => step === null || leg.index < step)) };
}
