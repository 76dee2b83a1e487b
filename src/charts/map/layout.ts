// The summit map's layout for one view: where each stop, context place, route leg, label, the scale bar and the
// locator globe go. Pure: the component draws what this returns, and calls it again for every frame of a zoom. The map
// was projected at build time (geometry.ts): a view scales and shifts those coordinates.
import { globePoint, tripProjection } from './conic.ts';
import { clipLine, linePath, type MapGeometry } from './geometry.ts';
import { overlaps, placeLabels, segmentHitsBox, separateMarkers, textWidth, type Box, type Segment } from './labels.ts';
import type { MapModel } from './model.ts';
import { viewMapping, type MapView } from './projection.ts';
import { legFractions } from './route.ts';
import { groupThousands, scaleBar, type ScaleBar } from './scale-bar.ts';

export interface MapLayoutOptions {
  width: number;
  height: number;
  /** The projected map (the same at every step and width). */
  geometry: MapGeometry;
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

type Frame = { left: number; top: number; right: number; bottom: number };

function inside(point: readonly number[], box: Frame): boolean {
  const [x = NaN, y = NaN] = point;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * Where a line (x, y pairs on screen, from a near stop to a far one) leaves `box`, and its bearing there (degrees
 * clockwise from up): the far stop's marker goes there. Null when the near stop is itself outside or the line stays in.
 */
export function edgePoint(line: readonly number[], box: Frame): { x: number; y: number; bearing: number } | null {
  if (!inside(line, box)) return null;
  for (let index = 2; index < line.length; index += 2) {
    const [x1, y1, x2, y2] = [line[index - 2]!, line[index - 1]!, line[index]!, line[index + 1]!];
    if (inside([x2, y2], box)) continue;
    // The fraction of the piece at which it crosses the edge it leaves by.
    const t = Math.min(
      x2 > box.right ? (box.right - x1) / (x2 - x1) : x2 < box.left ? (box.left - x1) / (x2 - x1) : 1,
      y2 > box.bottom ? (box.bottom - y1) / (y2 - y1) : y2 < box.top ? (box.top - y1) / (y2 - y1) : 1,
    );
    return {
      x: x1 + t * (x2 - x1),
      y: y1 + t * (y2 - y1),
      bearing: (Math.atan2(x2 - x1, y1 - y2) * 180) / Math.PI,
    };
  }
  return null;
}

/** A line of x, y pairs the other way round. */
const reversed = (line: readonly number[]) =>
  line.flatMap((_, at) => (at % 2 ? [] : [line.at(-at - 2)!, line.at(-at - 1)!]));

/** The route legs as straight pieces on screen, near the frame only (a leg to a far stop wraps far outside it). */
function routeSegments(legs: readonly (readonly number[])[], width: number, height: number): Segment[] {
  const near = { left: -width, top: -height, right: 2 * width, bottom: 2 * height };
  const frame = { x: 0, y: 0, width, height };
  const segments: Segment[] = [];
  for (const line of legs) {
    for (let index = 2; index < line.length; index += 2) {
      const segment = { x1: line[index - 2]!, y1: line[index - 1]!, x2: line[index]!, y2: line[index + 1]! };
      if (!inside([segment.x1, segment.y1], near) || !inside([segment.x2, segment.y2], near)) continue;
      // Only pieces that cross the frame can touch a label.
      if (segmentHitsBox(segment, frame)) segments.push(segment);
    }
  }
  return segments;
}

export function layoutMap(model: MapModel, options: MapLayoutOptions): MapLayout {
  const { width, height, geometry, view, step, showContext, large = false, labels: withLabels = true } = options;
  // Reference pixels to this view's.
  const { k, x: dx, y: dy } = viewMapping(geometry.reference, view);
  const onScreen = (line: readonly number[]) => line.map((value, index) => (index % 2 ? dy : dx) + k * value);
  // Each leg's lines on screen (the projection cuts a leg in two only far outside the frame, at its antimeridian).
  const legLines = geometry.legs.map((lines) => lines.map(onScreen));
  const { fontSize, contextFontSize, markerRadius } = typeScale(width, large);
  const lineHeight = Math.round(fontSize * 1.25);
  const whole = { left: 0, top: 0, right: width, bottom: height };
  // Room for the marker and its arrow, which points out of the frame.
  const edgeInset = markerRadius + 14;
  const edgeBox = { left: edgeInset, top: edgeInset, right: width - edgeInset, bottom: height - edgeInset };

  const positions = geometry.stops.map((stop, index) => {
    if (!stop.far) {
      const point = onScreen([stop.x, stop.y]) as [number, number];
      return { x: point[0], y: point[1], visible: inside(point, whole), offMap: null };
    }
    // A far stop: on the frame's edge along its leg to the nearest near neighbour in trip order.
    const { neighbour, km } = stop.far;
    let edge = null;
    if (neighbour !== null) {
      const leg = legLines[Math.min(index, neighbour)]!.flat();
      // Walked from the near stop outwards.
      edge = edgePoint(neighbour < index ? leg : reversed(leg), edgeBox);
    }
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
        const projected = geometry.context.find((item) => item.id === place.id);
        const point = projected ? onScreen([projected.x, projected.y]) : [];
        return inside(point, whole)
          ? [{ id: place.id, name: place.name, x: point[0]!, y: point[1]!, radius: contextRadius }]
          : [];
      })
    : [];

  const fractions = legFractions(Math.max(0, model.stops.length - 1), step);
  // Drawn up to 20 px beyond the frame, as the frame clips them.
  const clip = { left: -20, top: -20, right: width + 20, bottom: height + 20 };
  const legs: LegMark[] = legLines.map((lines, index) => ({
    id: `${model.stops[index]!.id}→${model.stops[index + 1]!.id}`,
    index,
    d: linePath(lines.flatMap((line) => clipLine(line, clip))),
    fraction: fractions[index] ?? 0,
    arriving: step !== null && index === step - 1,
  }));
  const segments = routeSegments(legLines.flat(), width, height);
  const projection = tripProjection(geometry.conic, view);

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
  const locator = geometry.stops.some((stop) => stop.far)
    ? locatorLayout(geometry, {
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
function locatorLayout(geometry: MapGeometry, options: LocatorOptions): LocatorLayout {
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

  return {
    x: corner.x,
    y: corner.y,
    radius,
    stops: geometry.stops.flatMap((stop, index) =>
      stop.globe
        ? [{ id: stop.id, x: stop.globe[0] * radius, y: stop.globe[1] * radius, current: step === index }]
        : [],
    ),
  };
}

/**
 * The main frame's outline on the locator globe of `radius` (its pixels, origin at the centre): the frame's edges
 * walked back to longitude and latitude, on the globe's near side. Apart from layoutMap: drawn once the globe is.
 */
export function locatorOutline(
  geometry: MapGeometry,
  view: MapView,
  size: { width: number; height: number },
  radius: number,
): string {
  const { width, height } = size;
  const projection = tripProjection(geometry.conic, view);
  const outline: number[][] = [];
  let line: number[] | null = null;
  const edge = (from: [number, number], to: [number, number], close = false) => {
    for (let index = 0; index <= (close ? 12 : 11); index++) {
      const t = index / 12;
      const place = projection.invert([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
      const point = place && globePoint(geometry.globeCenter, place);
      if (!point) line = null;
      else {
        if (!line) outline.push((line = []));
        line.push(point[0] * radius, point[1] * radius);
      }
    }
  };
  edge([0, 0], [width, 0]);
  edge([width, 0], [width, height]);
  edge([width, height], [0, height]);
  edge([0, height], [0, 0], true);
  return linePath(outline.filter((part) => part.length >= 4));
}

/** The route on the locator globe (radius 100, origin at the centre; the layer scales it): all legs, and those travelled by `step`. */
export function locatorRoute(geometry: MapGeometry, step: number | null): { route: string; travelled: string } {
  const legs = geometry.globe.legs;
  return { route: legs.join(''), travelled: legs.filter((_, index) => step === null || index < step).join('') };
}
