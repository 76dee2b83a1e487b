// Which country shapes a view can show. Projecting and clipping all 144 countries costs ~10 ms a frame even when a
// step shows only the Strait of Malacca; a cap (a circle on the sphere) around each country, computed once, lets a
// frame skip the ones that lie wholly outside the frame's own cap.
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './route.ts';
import { sphericalMean } from './sphere.ts';

/** A circle on the sphere: centre (lon, lat) and radius in radians. */
export interface Cap {
  center: LonLat;
  radius: number;
}

// Caps this large are not convex enough to bound their shapes safely (and such a country shows in every view).
const MAX_CAP = Math.PI / 2.2;

function vertices(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** The cap around a shape: the mean of its vertices and the distance to its farthest vertex; Infinity when too wide. */
export function capOf(shape: Feature<Polygon | MultiPolygon>): Cap {
  const points = vertices(shape.geometry);
  const center = sphericalMean(points);
  let radius = 0;
  for (const vertex of points) radius = Math.max(radius, geoDistance(center, vertex as LonLat));
  return { center, radius: Number.isFinite(radius) && radius < MAX_CAP ? radius : Infinity };
}

/**
 * The cap the projection shows in a frame: its centre is the point under the frame's middle, its radius the
 * farthest corner or edge midpoint. Infinity when part of the frame falls off the projected globe (then all show).
 */
export function frameCap(projection: GeoProjection, frame: { width: number; height: number }): Cap {
  const { width, height } = frame;
  const center = projection.invert?.([width / 2, height / 2]);
  if (!center || !center.every(Number.isFinite)) return { center: [0, 0], radius: Infinity };
  let radius = 0;
  for (const x of [0, width / 2, width]) {
    for (const y of [0, height / 2, height]) {
      const point = projection.invert?.([x, y]);
      if (!point || !point.every(Number.isFinite)) return { center: center as LonLat, radius: Infinity };
      radius = Math.max(radius, geoDistance(center as LonLat, point as LonLat));
    }
  }
  return { center: center as LonLat, radius };
}

/** Whether two caps can overlap (a small margin keeps shapes that only touch the frame's edge). */
export function capsMeet(a: Cap, b: Cap, margin = 0.02): boolean {
  if (!Number.isFinite(a.radius) || !Number.isFinite(b.radius)) return true;
  return geoDistance(a.center, b.center) <= a.radius + b.radius + margin;
}
