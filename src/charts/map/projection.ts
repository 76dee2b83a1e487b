// Fits the summit map's projection: one conic conformal projection for the whole trip, its central meridian and
// standard parallels fitted to the stops, so north is up and east is right at every width and step (a step only
// changes the scale and the offset). A stop far from the others (Ottawa) does not share the frame: it is drawn at
// the frame's edge where its leg leaves, and on a locator globe.
import { geoCircle, geoConicConformal, geoOrthographic, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import { greatCircleArc, type LonLat, type RoutePoint } from './route.ts';
import { arcDistance, sphericalMean } from './sphere.ts';

/** The projection's fixed part, read from the stops once: the same for every step and width. */
export interface TripFrame {
  /** Indexes (trip order) of the stops the main map is fitted to. */
  near: number[];
  /** Indexes of the stops too far from the others to share the frame (shown at the edge and on the locator). */
  far: number[];
  /** Central meridian, degrees. */
  centralLongitude: number;
  /** Standard parallels, degrees, south first. */
  parallels: [number, number];
  /** Centre of the locator globe: on the central meridian, the latitude from which the farthest stop is nearest. */
  globeCenter: LonLat;
}

/** A view: the scale and offset of the trip's projection for one frame. */
export interface MapView {
  scale: number;
  translate: [number, number];
}

export interface FitOptions {
  width: number;
  height: number;
  /** Space kept free around the fitted points (labels go there). */
  padding: { top: number; right: number; bottom: number; left: number };
  /** The view never zooms in closer than a circle of this radius (degrees) around the points' centre. */
  minRadius: number;
}

const DEGREES = 180 / Math.PI;
/** A stop farther than this (degrees of arc, ~3,900 km) from the others' centre gets the locator instead. */
const FAR_DEGREES = 35;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The trip's projection parameters; pure, deterministic, and rounded so a small change of coordinates keeps them. */
export function tripFrame(stops: readonly RoutePoint[]): TripFrame {
  if (!stops.length) throw new Error('tripFrame: no stops to fit');
  const near = stops.map((_, index) => index);
  const far: number[] = [];
  // Drop the farthest stop from the group's centre while it lies beyond FAR_DEGREES (one at a time: the centre moves).
  while (near.length > 1) {
    const center = sphericalMean(near.map((index) => [stops[index]!.lon, stops[index]!.lat]));
    let farthest = -1;
    let farthestDistance = FAR_DEGREES;
    for (const index of near) {
      const distance = arcDistance(center, [stops[index]!.lon, stops[index]!.lat]) * DEGREES;
      if (distance > farthestDistance) [farthest, farthestDistance] = [index, distance];
    }
    if (farthest < 0) break;
    near.splice(near.indexOf(farthest), 1);
    far.push(farthest);
  }
  far.sort((a, b) => a - b);
  const center = sphericalMean(near.map((index) => [stops[index]!.lon, stops[index]!.lat]));
  const latitudes = near.map((index) => stops[index]!.lat);
  const south = Math.min(...latitudes);
  const north = Math.max(...latitudes);
  // The one-sixth rule for standard parallels; at least 2° apart so a single-stop map still has a cone.
  const inset = (north - south) / 6;
  const parallels: [number, number] =
    north - south < 2 ? [round1(center[1] - 1), round1(center[1] + 1)] : [round1(south + inset), round1(north - inset)];
  const centralLongitude = round1(center[0]);
  return { near, far, centralLongitude, parallels, globeCenter: globeCenterFor(stops, centralLongitude) };
}

/**
 * The locator globe's centre: on the map's central meridian (so the globe's north is the map's north), at the
 * latitude from which the farthest stop or route point is nearest.
 */
function globeCenterFor(stops: readonly RoutePoint[], longitude: number): LonLat {
  const points: LonLat[] = stops.flatMap((stop, index) => {
    const next = stops[index + 1];
    return next ? greatCircleArc([stop.lon, stop.lat], [next.lon, next.lat], 8) : [[stop.lon, stop.lat] as LonLat];
  });
  // Each latitude's farthest distance computed once (the scan revisits them): this ran at the map's first drawing.
  const cache = new Map<number, number>();
  const worst = (lat: number) => {
    let value = cache.get(lat);
    if (value === undefined) {
      value = 0;
      for (const point of points) value = Math.max(value, arcDistance([longitude, lat], point));
      cache.set(lat, value);
    }
    return value;
  };
  // Every 5°, then every degree around the best (the farthest distance is unimodal in latitude along a meridian).
  let bestLat = 0;
  for (let lat = -80; lat <= 80; lat += 5) if (worst(lat) < worst(bestLat) - 1e-9) bestLat = lat;
  for (let lat = Math.max(-80, bestLat - 4); lat <= Math.min(80, bestLat + 4); lat += 1)
    if (worst(lat) < worst(bestLat) - 1e-9) bestLat = lat;
  return [longitude, bestLat];
}

/** The trip's conic conformal projection, unscaled; `view` sets scale and offset. Clipped to the frame when given. */
export function projectionFor(
  frame: TripFrame,
  view?: MapView,
  clip?: { width: number; height: number; margin?: number },
  precision = 0.3,
): GeoProjection {
  const projection = geoConicConformal()
    .parallels(frame.parallels)
    .rotate([-frame.centralLongitude, 0])
    .precision(precision);
  if (view) projection.scale(view.scale).translate(view.translate);
  if (clip) {
    const margin = clip.margin ?? 20;
    projection.clipExtent([
      [-margin, -margin],
      [clip.width + margin, clip.height + margin],
    ]);
  }
  return projection;
}

/** Fits a view to `points` in the padded frame, never closer than a circle of `minRadius` degrees around them. */
export function fitView(frame: TripFrame, points: readonly LonLat[], options: FitOptions): MapView {
  if (!points.length) throw new Error('fitView: no points to fit');
  const circle = geoCircle()
    .center(sphericalMean(points.map((point) => [point[0], point[1]])))
    .radius(options.minRadius)() as Polygon;
  const { width, height, padding } = options;
  const projection = projectionFor(frame).fitExtent(
    [
      [padding.left, padding.top],
      [Math.max(padding.left + 1, width - padding.right), Math.max(padding.top + 1, height - padding.bottom)],
    ],
    {
      type: 'MultiPoint',
      coordinates: [...points.map((point) => [point[0], point[1]]), ...(circle.coordinates[0] ?? [])],
    },
  );
  const [tx, ty] = projection.translate();
  return { scale: projection.scale(), translate: [tx, ty] };
}

/**
 * What a step shows: the overview (null), the first stop and any leg from or to a far stop show all the near stops;
 * step i shows the leg into stop i when both its ends are near.
 */
export function stepPoints(frame: TripFrame, stops: readonly RoutePoint[], step: number | null): LonLat[] {
  const overview = frame.near.map((index) => [stops[index]!.lon, stops[index]!.lat] as LonLat);
  if (step === null || step <= 0 || stops.length < 2) return overview;
  const index = Math.min(step, stops.length - 1);
  if (frame.far.includes(index) || frame.far.includes(index - 1)) return overview;
  const from = stops[index - 1]!;
  const to = stops[index]!;
  return greatCircleArc([from.lon, from.lat], [to.lon, to.lat], 16);
}

/** The view of a step (null: the overview) for a frame size. */
export function viewForStep(
  frame: TripFrame,
  stops: readonly RoutePoint[],
  step: number | null,
  options: FitOptions,
): MapView {
  return fitView(frame, stepPoints(frame, stops, step), options);
}

/**
 * Smooth path between two views of the same frame size: the point under the frame's centre moves in a straight line
 * (in projected units) while the scale changes geometrically, so the zoom neither swerves nor speeds up.
 */
export function interpolateView(
  a: MapView,
  b: MapView,
  size: { width: number; height: number },
): (t: number) => MapView {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const ua = [(cx - a.translate[0]) / a.scale, (cy - a.translate[1]) / a.scale];
  const ub = [(cx - b.translate[0]) / b.scale, (cy - b.translate[1]) / b.scale];
  const logA = Math.log(a.scale);
  const logB = Math.log(b.scale);
  return (t) => {
    if (t <= 0) return a;
    if (t >= 1) return b;
    const scale = Math.exp(logA + (logB - logA) * t);
    const ux = ua[0]! + (ub[0]! - ua[0]!) * t;
    const uy = ua[1]! + (ub[1]! - ua[1]!) * t;
    return { scale, translate: [cx - ux * scale, cy - uy * scale] };
  };
}

/**
 * The SVG transform taking shapes projected once with `reference` to `view` (same projection, other scale and
 * offset): the basemap is projected once and every step and width only changes this transform.
 */
export function viewTransform(reference: MapView, view: MapView): string {
  const k = view.scale / reference.scale;
  const x = view.translate[0] - k * reference.translate[0];
  const y = view.translate[1] - k * reference.translate[1];
  return `translate(${x.toFixed(2)},${y.toFixed(2)}) scale(${k.toFixed(5)})`;
}

/** The view the basemap is projected with once: the overview in a 1000 px square. */
export function referenceView(frame: TripFrame, stops: readonly RoutePoint[]): MapView {
  return fitView(frame, stepPoints(frame, stops, null), {
    width: 1000,
    height: 1000,
    padding: { top: 0, right: 0, bottom: 0, left: 0 },
    minRadius: 4,
  });
}

/**
 * The longitude–latitude box a view can show, with `margin` frames around it (sampled on a grid of the frame):
 * countries outside it are not projected at all. Clipping them to the frame cost far more than projecting.
 */
export function viewBox(
  frame: TripFrame,
  view: MapView,
  size: { width: number; height: number },
  margin = 1,
): [number, number, number, number] {
  const projection = projectionFor(frame, view);
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= 12; i++) {
    for (let j = 0; j <= 12; j++) {
      const point = projection.invert?.([
        (-margin + ((1 + 2 * margin) * i) / 12) * size.width,
        (-margin + ((1 + 2 * margin) * j) / 12) * size.height,
      ]);
      if (!point || !point.every(Number.isFinite)) continue;
      box[0] = Math.min(box[0], point[0]);
      box[1] = Math.min(box[1], point[1]);
      box[2] = Math.max(box[2], point[0]);
      box[3] = Math.max(box[3], point[1]);
    }
  }
  return box;
}

/** The locator globe: an orthographic view of the whole trip, north up, radius 1 at the origin (scale it to draw). */
export function globeProjection(frame: TripFrame, radius = 1, precision = 0.5): GeoProjection {
  return geoOrthographic()
    .rotate([-frame.globeCenter[0], -frame.globeCenter[1], 0])
    .clipAngle(90)
    .precision(precision)
    .scale(radius)
    .translate([0, 0]);
}

/** Frame padding for a width: room for labels beside the outermost stops. */
export function paddingFor(width: number, large = false): FitOptions['padding'] {
  const side = Math.round(Math.min(150, Math.max(48, width * 0.15)) * (large ? 1.4 : 1));
  return { top: large ? 70 : 56, right: side, bottom: large ? 84 : 66, left: side };
}

/** Map height for a width: a landscape frame on wide screens, near-square on phones. */
export function heightFor(width: number, large = false): number {
  if (large) return Math.round(Math.max(360, Math.min(width * 0.5, 620)));
  if (width < 560) return Math.round(Math.max(320, width * 1.05));
  return Math.round(Math.max(340, Math.min(width * 0.6, 620)));
}
