// Fits the summit map's projection: an azimuthal equal-area view centred on what the current step shows, so the
// Arctic great circle from Ottawa and the 300 km hop from Kuala Lumpur to Singapore both read well.
import { geoAzimuthalEqualArea, geoCircle, geoDistance, geoInterpolate, type GeoProjection } from 'd3-geo';
import type { MultiPoint, Polygon } from 'geojson';
import { greatCircleArc, type LonLat, type RoutePoint } from './route.ts';
import { sphericalMean } from './sphere.ts';

/** A view is everything the projection needs: centre (lon, lat), scale and translate for a frame size. */
export interface MapView {
  center: LonLat;
  /** Roll (degrees) turning the route to fit the frame's long side; 0 is north up. */
  roll: number;
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

// Beyond ~120° from the centre an azimuthal map turns into a ring of stretched shapes: clip it.
const CLIP_ANGLE = 120;

/**
 * A d3 projection for a view. With a frame size, shapes are also cut to the frame (plus a margin): a zoomed view
 * then projects and writes only what shows, which keeps a zoom frame near 10 ms instead of 50. A coarser
 * `precision` (pixels of adaptive resampling) suits the frames of a zoom, which nobody reads closely.
 */
export function projectionFor(view: MapView, frame?: { width: number; height: number }, precision = 0.3): GeoProjection {
  const projection = geoAzimuthalEqualArea()
    .rotate([-view.center[0], -view.center[1], view.roll])
    .clipAngle(CLIP_ANGLE)
    .precision(precision)
    .scale(view.scale)
    .translate(view.translate);
  return frame ? projection.clipExtent([[-20, -20], [frame.width + 20, frame.height + 20]]) : projection;
}

// Rolls tried when fitting; north up unless a roll lets the map be drawn markedly larger.
const ROLLS = [0, -15, 15, -30, 30, -45, 45, -60, 60, -75, 75, -90, 90];
const ROLL_GAIN = 1.25;
/** Degrees from the centre to the farthest point below which the view stays north up. */
const MIN_ROLL_SPREAD = 40;

/**
 * Fits a view to `points` (lon, lat) in the frame: centred on their spherical centroid, inside the padded frame,
 * rolled when that draws the points much larger (the Ottawa–Asia route runs north–south over the pole).
 */
export function fitView(points: readonly LonLat[], options: FitOptions): MapView {
  let best = fitRolled(points, options, 0);
  // A regional view stays north up, where readers recognise the coastlines; only a view of a hemisphere may roll.
  const spread = Math.max(...points.map((point) => geoDistance(point, best.center))) * (180 / Math.PI);
  if (spread < MIN_ROLL_SPREAD) return best;
  for (const roll of ROLLS.slice(1)) {
    const candidate = fitRolled(points, options, roll);
    if (candidate.scale > best.scale * (best.roll === 0 ? ROLL_GAIN : 1)) best = candidate;
  }
  return best;
}

function fitRolled(points: readonly LonLat[], options: FitOptions, roll: number): MapView {
  if (!points.length) throw new Error('fitView: no points to fit');
  const multiPoint: MultiPoint = { type: 'MultiPoint', coordinates: points.map((point) => [point[0], point[1]]) };
  const center = sphericalMean(multiPoint.coordinates);
  const circle = geoCircle().center(center).radius(options.minRadius)() as Polygon;
  const fitted: MultiPoint = { type: 'MultiPoint', coordinates: [...multiPoint.coordinates, ...(circle.coordinates[0] ?? [])] };
  const { width, height, padding } = options;
  const projection = geoAzimuthalEqualArea()
    .rotate([-center[0], -center[1], roll])
    .clipAngle(CLIP_ANGLE)
    .fitExtent(
      [
        [padding.left, padding.top],
        [Math.max(padding.left + 1, width - padding.right), Math.max(padding.top + 1, height - padding.bottom)],
      ],
      fitted,
    );
  const [tx, ty] = projection.translate();
  return { center, roll, scale: projection.scale(), translate: [tx, ty] };
}

/** What a step shows: the overview (null) shows the whole route; step 0 the whole route too (the trip starts); step i the leg into stop i. */
export function stepPoints(stops: readonly RoutePoint[], step: number | null): LonLat[] {
  const arc = (from: RoutePoint, to: RoutePoint) => greatCircleArc([from.lon, from.lat], [to.lon, to.lat], 16);
  if (stops.length === 1) return [[stops[0]!.lon, stops[0]!.lat]];
  if (step === null || step <= 0) return stops.slice(1).flatMap((stop, index) => arc(stops[index]!, stop));
  const index = Math.min(step, stops.length - 1);
  return arc(stops[index - 1]!, stops[index]!);
}

/** The view of each step (overview first), for a frame size. */
export function viewForStep(stops: readonly RoutePoint[], step: number | null, options: FitOptions): MapView {
  return fitView(stepPoints(stops, step), options);
}

/** Smooth path between two views: centre along the great circle, scale geometrically, translate linearly. */
export function interpolateView(a: MapView, b: MapView): (t: number) => MapView {
  const center = geoInterpolate(a.center, b.center);
  const logA = Math.log(a.scale);
  const logB = Math.log(b.scale);
  return (t) => ({
    center: t <= 0 ? a.center : t >= 1 ? b.center : center(t),
    roll: a.roll + (b.roll - a.roll) * t,
    scale: Math.exp(logA + (logB - logA) * t),
    translate: [a.translate[0] + (b.translate[0] - a.translate[0]) * t, a.translate[1] + (b.translate[1] - a.translate[1]) * t],
  });
}

/** Cubic ease in and out (d3-ease's easeCubicInOut; that module's other eases cannot be shaken out of the build). */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/** Frame padding for a width: room for labels beside the outermost stops. */
export function paddingFor(width: number, large = false): FitOptions['padding'] {
  const side = Math.round(Math.min(140, Math.max(44, width * 0.14)) * (large ? 1.4 : 1));
  return { top: large ? 56 : 40, right: side, bottom: large ? 56 : 40, left: side };
}

/** Map height for a width: a landscape frame on wide screens, near-square on phones. */
export function heightFor(width: number, large = false): number {
  if (large) return Math.round(Math.max(360, Math.min(width * 0.5, 620)));
  if (width < 560) return Math.round(Math.max(300, width * 0.95));
  return Math.round(Math.max(320, Math.min(width * 0.56, 600)));
}
