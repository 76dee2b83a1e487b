// The summit map's projections, at build time (d3-geo runs here, never in the browser): the trip's frame (one conic
// conformal projection fitted to the stops, so north is up and east is right at every width and step; a stop far
// from the others, Ottawa, gets the locator globe instead), great-circle legs, what each step shows, and path data.
// scripts/vite-plugin-map-geometry.ts projects the map with these once per build.
import {
  geoCircle,
  geoConicConformal,
  geoInterpolate,
  geoOrthographic,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapView } from '../src/charts/map/projection.ts';

export type LonLat = [number, number];

export interface RoutePoint {
  id: string;
  lon: number;
  lat: number;
}

export interface RouteLeg {
  /** "<from stop id>→<to stop id>". */
  id: string;
  from: string;
  to: string;
  /** Index of the leg: leg i joins stop i to stop i + 1. */
  index: number;
  /** Points along the great circle, first and last exactly the stops. */
  coordinates: LonLat[];
}

const RADIANS = Math.PI / 180;

/** The spherical mean of points (lon, lat in degrees), as d3's geoCentroid gives for a MultiPoint; NaN for none. */
export function sphericalMean(points: readonly Position[]): LonLat {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon = 0, lat = 0] of points) {
    const cosLat = Math.cos(lat * RADIANS);
    x += cosLat * Math.cos(lon * RADIANS);
    y += cosLat * Math.sin(lon * RADIANS);
    z += Math.sin(lat * RADIANS);
  }
  if (!points.length) return [NaN, NaN];
  return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS];
}

/** Great-circle distance in radians (haversine), as d3's geoDistance gives. */
export function arcDistance(a: readonly number[], b: readonly number[]): number {
  const lat1 = (a[1] ?? 0) * RADIANS;
  const lat2 = (b[1] ?? 0) * RADIANS;
  const sinLat = Math.sin((lat2 - lat1) / 2);
  const sinLon = Math.sin((((b[0] ?? 0) - (a[0] ?? 0)) * RADIANS) / 2);
  const h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
  return 2 * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

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

const DEGREES = 180 / Math.PI;
/** A stop farther than this (degrees of arc, ~3,900 km) from the others' centre gets the locator instead. */
const FAR_DEGREES = 35;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** `segments + 1` points along the great circle from `a` to `b`; the ends are `a` and `b` themselves. */
export function greatCircleArc(a: LonLat, b: LonLat, segments = 32): LonLat[] {
  const interpolate = geoInterpolate(a, b);
  const points: LonLat[] = [[a[0], a[1]]];
  for (let index = 1; index < segments; index++) points.push(interpolate(index / segments));
  points.push([b[0], b[1]]);
  return points;
}

/** One leg per pair of consecutive stops, in trip order. */
export function routeLegs(stops: readonly RoutePoint[], segments = 32): RouteLeg[] {
  const legs: RouteLeg[] = [];
  for (let index = 0; index + 1 < stops.length; index++) {
    const from = stops[index]!;
    const to = stops[index + 1]!;
    legs.push({
      id: `${from.id}→${to.id}`,
      from: from.id,
      to: to.id,
      index,
      coordinates: greatCircleArc([from.lon, from.lat], [to.lon, to.lat], segments),
    });
  }
  return legs;
}

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
  const worst = (lat: number) => Math.max(...points.map((point) => arcDistance([longitude, lat], point)));
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

/** The locator globe: an orthographic view of the whole trip, north up, radius 1 at the origin (scale it to draw). */
export function globeProjection(frame: TripFrame, radius = 1, precision = 0.5): GeoProjection {
  return geoOrthographic()
    .rotate([-frame.globeCenter[0], -frame.globeCenter[1], 0])
    .clipAngle(90)
    .precision(precision)
    .scale(radius)
    .translate([0, 0]);
}

/**
 * What a step shows: the overview (null), the first stop and any leg from or to a far stop show all the near stops;
 * step i shows the leg into stop i when both its ends are near. Never closer than a circle of `minRadius` degrees
 * around the points' centre (its outline is part of what is shown).
 */
export function stepPoints(
  frame: TripFrame,
  stops: readonly RoutePoint[],
  step: number | null,
  minRadius: number,
): LonLat[] {
  const overview = frame.near.map((index) => [stops[index]!.lon, stops[index]!.lat] as LonLat);
  let points = overview;
  if (step !== null && step > 0 && stops.length >= 2) {
    const index = Math.min(step, stops.length - 1);
    if (!frame.far.includes(index) && !frame.far.includes(index - 1)) {
      const from = stops[index - 1]!;
      const to = stops[index]!;
      points = greatCircleArc([from.lon, from.lat], [to.lon, to.lat], 16);
    }
  }
  const circle = geoCircle().center(sphericalMean(points)).radius(minRadius)() as Polygon;
  return [...points, ...((circle.coordinates[0] ?? []) as LonLat[])];
}

/** The box [left, top, right, bottom] of points under a projection (the bounds d3's fitExtent fits, for points). */
export function projectedBounds(
  projection: GeoProjection,
  points: readonly LonLat[],
): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    const [x, y] = projection(point) ?? [NaN, NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * The longitude–latitude box a view can show, with `margin` frames around it (sampled on a grid of the frame):
 * countries outside it are not projected at all.
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

const rounder = (digits: number) => {
  const factor = 10 ** digits;
  return (value: number) => Math.round(value * factor) / factor;
};

/**
 * The lines of a GeoJSON object (polygons' rings, line strings) under a projection, clipped and resampled by the
 * projection as geoPath would: each line a flat list of x, y (rounded to `digits`), and whether it is a closed ring.
 */
export function projectedLines(
  projection: GeoProjection,
  object: GeoPermissibleObjects,
  digits = 2,
): { points: number[]; closed: boolean }[] {
  const round = rounder(digits);
  const lines: { points: number[]; closed: boolean }[] = [];
  let line: number[] | null = null;
  let inPolygon = false;
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        line?.push(round(x), round(y));
      },
      lineStart() {
        line = [];
      },
      lineEnd() {
        if (line && line.length >= 2) lines.push({ points: line, closed: inPolygon });
        line = null;
      },
      polygonStart() {
        inPolygon = true;
      },
      polygonEnd() {
        inPolygon = false;
      },
      sphere() {},
    }),
  );
  return lines;
}

/**
 * SVG path data of lines (x, y pairs; closed ones are rings): each line starts with an absolute move, then relative
 * steps between the points rounded to `digits` (no rounding error adds up, and the numbers are short); rings close
 * with Z. "" for no line.
 */
export function linesPath(lines: readonly { points: readonly number[]; closed: boolean }[], digits: number): string {
  const factor = 10 ** digits;
  const text = (units: number) => String(units / factor).replace(/^(-?)0\./, '$1.');
  let d = '';
  for (const { points, closed } of lines) {
    let x = Math.round(points[0]! * factor);
    let y = Math.round(points[1]! * factor);
    d += `M${text(x)},${text(y)}`;
    let steps = '';
    for (let index = 2; index < points.length; index += 2) {
      const nx = Math.round(points[index]! * factor);
      const ny = Math.round(points[index + 1]! * factor);
      if (nx === x && ny === y) continue;
      const dx = text(nx - x);
      const dy = text(ny - y);
      // A minus sign separates numbers on its own.
      steps += `${steps && !dx.startsWith('-') ? ' ' : ''}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
      x = nx;
      y = ny;
    }
    if (steps) d += `l${steps}`;
    if (closed) d += 'Z';
  }
  return d;
}

/** SVG path data of a GeoJSON object under a projection, clipped and resampled as geoPath would; "" for nothing. */
export function svgPath(projection: GeoProjection, object: GeoPermissibleObjects, digits = 1): string {
  return linesPath(projectedLines(projection, object, digits), digits);
}

/**
 * Path data of countries drawn small (the locator globe): their projected rings simplified in the plane by
 * topojson-simplify (Visvalingam over shared arcs, so neighbours keep one border) down to triangles of `minArea`
 * square pixels, rings under four such triangles dropped. A ring keeps its direction, so a hole stays a hole.
 */
export function simplifiedCountryPaths(
  projection: GeoProjection,
  countries: readonly CountryFeature[],
  minArea: number,
  digits = 1,
): string[] {
  const features: Feature<MultiPolygon>[] = countries.flatMap((country) => {
    const rings = projectedLines(projection, country, digits + 2)
      .filter((line) => line.closed && line.points.length >= 6)
      .map((line) => {
        const ring: Position[] = [];
        for (let index = 0; index < line.points.length; index += 2)
          ring.push([line.points[index]!, line.points[index + 1]!]);
        return [...ring, ring[0]!];
      });
    return rings.length
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) },
          },
        ]
      : [];
  });
  if (!features.length) return [];
  const planar = topology({
    countries: { type: 'FeatureCollection', features } as FeatureCollection,
  }) as Parameters<typeof presimplify>[0];
  // Rings left smaller than a few triangles (islands of a pixel or less) go too.
  const thinned = simplify(presimplify(planar, planarTriangleArea), minArea);
  const simplified = filter(thinned, filterWeight(thinned, 4 * minArea, planarRingArea));
  const shapes = feature(simplified as Topology, simplified.objects.countries as GeometryCollection);
  return (shapes as FeatureCollection<MultiPolygon | null>).features
    .map((shape) =>
      linesPath(
        (shape.geometry?.coordinates ?? []).flat().map((ring) => ({ points: ring.slice(0, -1).flat(), closed: true })),
        digits,
      ),
    )
    .filter(Boolean);
}

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** The countries of a basemap topology, as GeoJSON features; throws a clear message on a malformed file. */
export function countriesFromTopology(topology: Topology, source = 'basemap'): CountryFeature[] {
  const countries = topology?.objects?.countries as GeometryCollection<{ name: string }> | undefined;
  if (!countries || countries.type !== 'GeometryCollection')
    throw new Error(`${source}: no "countries" GeometryCollection in the topology`);
  const collection = feature(topology, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return collection.features;
}

/** A country's longitude–latitude box [west, south, east, north] (one across the antimeridian spans all longitudes). */
export function countryBox(country: CountryFeature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings =
    country.geometry.type === 'Polygon' ? country.geometry.coordinates : country.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  return box;
}

/** Whether two longitude–latitude boxes meet (no wrap: a box across the antimeridian spans every longitude). */
export function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;
}
